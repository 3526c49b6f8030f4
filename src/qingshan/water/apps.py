from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class WaterConfig(AppConfig):
    name = "qingshan.water"
    verbose_name = _("Surface water")
    demo_steps = [DemoStep(30, "water", "qingshan.water.demo.load_demo_water")]

    def ready(self) -> None:
        from qingshan.core import stamps

        from .models import WaterImport, WaterSection

        stamps.register(WaterImport, by="id")
        stamps.register(WaterSection)
        from . import signals  # noqa: F401
