from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The home pages: the public portal and each signed-in user's workbench. The top layer: it may read every
    app's selectors; nothing imports it."""

    name = "qingshan.portal"
    verbose_name = _("Portal and workbench")
