from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DispatchConfig(AppConfig):
    name = "qingshan.dispatch"
    verbose_name = _("Progress reports (调度)")
