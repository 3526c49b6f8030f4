from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WaterConfig(AppConfig):
    name = "qingshan.water"
    verbose_name = _("Surface water")

    def ready(self) -> None:
        from . import signals  # noqa: F401
