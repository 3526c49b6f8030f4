from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class AssessmentConfig(AppConfig):
    name = "qingshan.assessment"
    verbose_name = _("Annual assessment (考核)")
    demo_steps = [DemoStep(70, "assessment", "qingshan.assessment.demo.load_demo_assessment")]

    def ready(self) -> None:
        from . import services  # noqa: F401  (connects the receivers: superseding, objection files)
