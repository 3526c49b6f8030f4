from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from qingshan.core.demo import DemoStep


class OrgsConfig(AppConfig):
    name = "qingshan.orgs"
    verbose_name = _("Organisations")
    demo_steps = [
        DemoStep(10, "registry", "qingshan.orgs.demo.load_demo_registry"),
        DemoStep(90, "users", "qingshan.orgs.demo.load_demo_users"),
    ]

    def ready(self) -> None:
        from qingshan.core.access import set_actor_resolver

        from . import auth  # noqa: F401  (connects the token revocation on a password change)
        from .actors import actor_from_profile

        set_actor_resolver(actor_from_profile)
