from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class SourcesConfig(AppConfig):
    name = "qingshan.sources"
    verbose_name = _("Pollution sources")
    demo_steps = [DemoStep(45, "sources", "qingshan.sources.demo.load_demo_sources")]

    def ready(self) -> None:
        from qingshan.core import notices

        from . import workflow  # noqa: F401  (registers the alert workflow: status read-only everywhere)
        from .selectors import alert_reminders

        notices.register(alert_reminders, cheap=True)
