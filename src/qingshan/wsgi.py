"""The WSGI entry point. Everything a first request would load lazily — the URLconf (and with it every app's views,
forms and exports) and the compiled templates — is loaded here, at start-up, so that no visitor pays for it: the
first request of a fresh process is as fast as the next (with ``gunicorn --preload`` it happens once, before the
workers fork)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qingshan.settings")
application = get_wsgi_application()


def _warm_up() -> None:
    from pathlib import Path

    from django.conf import settings
    from django.template import TemplateDoesNotExist, TemplateSyntaxError
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 — imports every app's urls, views, forms
    for root in Path(settings.PACKAGE_DIR).glob("**/templates"):
        for path in root.glob("**/*.html"):
            try:
                get_template(str(path.relative_to(root)))
            except (TemplateDoesNotExist, TemplateSyntaxError):
                continue


_warm_up()
