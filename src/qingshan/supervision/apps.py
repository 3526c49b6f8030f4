from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class SupervisionConfig(AppConfig):
    name = "qingshan.supervision"
    verbose_name = _("Supervision (督察整改, 督办, 月通报)")
    demo_steps = [DemoStep(60, "supervision", "qingshan.supervision.demo.load_demo_supervision")]

    def ready(self) -> None:
        from qingshan.core import notices

        from . import services  # noqa: F401  (connects the transition receivers that store files with events)
        from .selectors import item_reminders, reminders_for

        notices.register(reminders_for, cheap=True)
        notices.register(item_reminders)
