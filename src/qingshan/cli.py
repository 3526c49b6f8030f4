"""The ``qingshan`` console script: Django's management commands under the platform's name.

``qingshan up`` migrates, loads the demo and serves; ``qingshan serve``, ``qingshan migrate``, ``qingshan demo``,
``qingshan air …`` and every other management command work as with ``manage.py``.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qingshan.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    args = sys.argv[1:] if argv is None else argv
    try:
        execute_from_command_line(["qingshan", *(args or ["help"])])
    except ImproperlyConfigured as exc:  # a setting refused at start-up (e.g. the development SECRET_KEY): no traceback
        print(f"qingshan: 设置错误 configuration error: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
