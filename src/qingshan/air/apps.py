from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AirConfig(AppConfig):
    name = "qingshan.air"
    verbose_name = _("Air quality")
