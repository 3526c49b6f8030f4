"""Compile the translation catalogues without GNU gettext: ``python -m qingshan.core.i18n``.

Django's ``compilemessages`` needs ``msgfmt``, which a machine with only Python does not have; polib (a maintained
pure-Python library) writes the same .mo files. Update catalogues with ``qingshan makemessages -l zh_Hans`` where
gettext is installed, translate, then run this.
"""

from __future__ import annotations

from pathlib import Path


def compile_all() -> list[Path]:
    import polib

    done = []
    for po_path in (Path(__file__).resolve().parents[1] / "locale").glob("*/LC_MESSAGES/*.po"):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        done.append(po_path)
    return done


if __name__ == "__main__":
    for p in compile_all():
        print(f"compiled {p}")
