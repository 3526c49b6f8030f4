from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class WaterConfig(AppConfig):
    name = "qingshan.water"
    verbose_name = _("Surface water")
    demo_steps = [DemoStep(30, "water", "qingshan.water.demo.load_demo_water")]

    def ready(self) -> None:
        from . import signals  # noqa: F401
