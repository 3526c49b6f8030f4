from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class LedgerConfig(AppConfig):
    name = "qingshan.ledger"
    verbose_name = _("Plans and task ledger")
    demo_steps = [DemoStep(20, "plans", "qingshan.ledger.demo.load_demo_plans")]
