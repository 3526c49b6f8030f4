from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class DispatchConfig(AppConfig):
    name = "qingshan.dispatch"
    verbose_name = pgettext_lazy("dispatch panel", "Progress reports")

    def ready(self) -> None:
        from qingshan.core import stamps

        from .models import ProgressReport, ReportingSchedule

        stamps.register(ProgressReport)
        stamps.register(ReportingSchedule)
        from qingshan.core import notices, panels
        from qingshan.core.workflow import committed
        from qingshan.ledger.models import Plan

        from .selectors import due_notices, returned_and_waiting_notices, task_reports_panel
        from .services import on_plan_committed

        notices.register(returned_and_waiting_notices, cheap=True)
        notices.register(due_notices)
        panels.register("ledger.task", task_reports_panel, order=10)
        # Reporting (调度) starts once a plan's confirmation commits; the ledger does not know this app.
        committed.connect(on_plan_committed, sender=Plan, dispatch_uid="dispatch.schedule_on_confirm")
