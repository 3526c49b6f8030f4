from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class AirConfig(AppConfig):
    name = "qingshan.air"
    verbose_name = _("Air quality")
    demo_steps = [DemoStep(40, "air", "qingshan.air.demo.load_demo_air")]

    def ready(self) -> None:
        from qingshan.core import stamps

        from .models import AirImport, AirSource

        stamps.register(AirImport, by="id")
        stamps.register(AirSource)
