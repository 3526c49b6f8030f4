from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LedgerConfig(AppConfig):
    name = "qingshan.ledger"
    verbose_name = _("Plans and task ledger")
