"""Compile the translation catalogues without GNU gettext: ``python -m qingshan.core.i18n``.

Django's ``compilemessages`` needs ``msgfmt``, which a machine with only Python does not have; polib (a maintained
pure-Python library) writes the same .mo files. Update catalogues with ``qingshan makemessages -l zh_Hans`` where
gettext is installed, translate, then run this.

Catalogues: the project-wide one (``qingshan/locale``) and one per app (``qingshan/<app>/locale``), which Django
finds by itself for installed apps. An app keeps its own strings in its own catalogue (run ``django-admin
makemessages -l zh_Hans`` inside the app's directory), so work on two apps never edits the same file.
"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import get_language


def is_chinese() -> bool:
    """The active language is Chinese (the site's own; also when none is active, as at the command line)."""
    return (get_language() or "zh-hans").startswith("zh")


def compile_all() -> list[Path]:
    import polib

    done = []
    package = Path(__file__).resolve().parents[1]
    for po_path in sorted(package.glob("**/locale/*/LC_MESSAGES/*.po")):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        done.append(po_path)
    return done


if __name__ == "__main__":
    for p in compile_all():
        print(f"compiled {p}")
