"""Django's makemessages, also collecting ``N_("…")``: the marker pure modules (``targets.rules``,
``standards.hj663``) use for messages the platform translates when it shows them."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=N_"]
