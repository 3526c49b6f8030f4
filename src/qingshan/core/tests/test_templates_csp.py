"""Every template works under the Content-Security-Policy: no inline event handler (``onclick=``, ``onchange=`` …)
and no inline ``<script>`` without the request's nonce (site.js handles ``data-autosubmit`` and ``data-confirm``)."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
SCRIPT = re.compile(r"<script(?![^>]*\b(?:src|nonce)=)[^>]*>", re.IGNORECASE)


def test_no_inline_handlers_or_unnonced_scripts():
    offenders = []
    for path in sorted(PACKAGE.glob("**/templates/**/*.html")):
        text = path.read_text(encoding="utf-8")
        for pattern in (HANDLER, SCRIPT):
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                offenders.append(f"{path.relative_to(PACKAGE)}:{line}: {m.group(0).strip()}")
    assert offenders == [], "\n".join(offenders)


def test_the_check_catches_what_it_should():
    assert HANDLER.search('<select onchange="x()">') and SCRIPT.search("<script>alert(1)</script>")
    assert not SCRIPT.search('<script src="/a.js">') and not SCRIPT.search('<script nonce="{{ n }}">')
