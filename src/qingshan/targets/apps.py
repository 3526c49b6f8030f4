from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TargetsConfig(AppConfig):
    name = "qingshan.targets"
    verbose_name = _("Targets and indicators")

    def ready(self) -> None:
        from django.utils.translation import gettext

        from . import rules

        rules.translate = gettext  # verdicts are rendered in the reader's language (rules.py stays pure)

        from qingshan.core import stamps

        from .models import TargetLink

        stamps.register(TargetLink)
        from qingshan.core.workflow import committed
        from qingshan.ledger.models import Plan
        from qingshan.ledger.signals import plan_imported

        from .services import on_plan_committed, on_plan_imported

        # A new plan's targets are linked to the indicator catalogue inside the import's transaction.
        plan_imported.connect(on_plan_imported, sender=Plan, dispatch_uid="targets.link_on_import")
        # the ledger's pages link a target to its page here (its figures, status and history)
        from django.urls import reverse

        from qingshan.core import pages

        pages.register("ledger.PlanTarget", lambda target: reverse("targets:detail", args=[target.pk]))
        committed.connect(on_plan_committed, sender=Plan, dispatch_uid="targets.links_on_confirm")
