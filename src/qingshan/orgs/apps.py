from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "qingshan.orgs"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from qingshan.core.access import set_actor_resolver

        from .actors import actor_from_profile

        set_actor_resolver(actor_from_profile)
