from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class LedgerConfig(AppConfig):
    name = "qingshan.ledger"
    verbose_name = _("Plans and task ledger")
    demo_steps = [DemoStep(20, "plans", "qingshan.ledger.demo.load_demo_plans")]

    def ready(self) -> None:
        from qingshan.core import stamps

        from .models import Plan, PlanTarget, Task

        stamps.register(Plan)
        stamps.register(Task)
        stamps.register(PlanTarget)

        from qingshan.core import panels

        from .selectors import unit_tasks_panel

        panels.register("orgs.unit", unit_tasks_panel, order=10)

        from qingshan.core import notices

        from .selectors import draft_notices, overdue_task_notices

        notices.register(draft_notices, cheap=True)
        notices.register(overdue_task_notices)
