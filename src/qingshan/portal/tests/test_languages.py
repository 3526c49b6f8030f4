"""#12: Chinese everywhere in Chinese mode, English everywhere in English mode. Every page of the access matrix is
read by several kinds of viewer in both languages; the visible text is checked for the other language:

- in English, a run of Chinese characters that is not part of the data (unit and division names, plan titles, task
  texts, targets … — every text value stored in the database) is a string left untranslated. Allowed by design: a
  Chinese term glossed in brackets after its English ("Close (销号)"), the 演示 label of demo data, and text an
  element marks as Chinese (``lang="zh-Hans"``: the column headers an importer expects, a standard's title);
- in Chinese, a phrase of English words (two or more, or an identifier such as ``reported_by``) that is not data and
  not a technical name on the allow-list (standards, units of measure, file formats) is a string left untranslated.
"""

from __future__ import annotations

import html
import re

import pytest
from django.apps import apps
from django.db import models

from qingshan.core.tests.test_reads_never_write import _records, _urls

VIEWERS = ["anonymous", "office", "dongqu", "sthj", "leader", "enforce", "monitor"]
HIDDEN = re.compile(r"<(script|style|noscript|pre)\b.*?</\1>", re.S | re.I)
TAG = re.compile(r"<[^>]+>")
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]*[\u3400-\u9fff][\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]*")
ENGLISH = re.compile(r"\b[A-Za-z][a-z]+(?:[ _-][A-Za-z][a-z]+)+\b|\b[a-z]+_[a-z_]+\b")
#: Technical names that stay as they are in Chinese pages.
ALLOWED_EN = {
    "Open SDG", "Not Found", "Python Aqi", "Dongsi", "Swagger UI", "Qingshan",
}
ALLOWED_EN_PATTERNS = re.compile(
    r"^(?:HJ|GB|PM|AQI|IAQI|CO|SO|NO|O3|Excel|Word|PDF|JSON|CSV|API|OpenAPI|DRF|MN|CN|QN|ST|NATS)\b|"
    r"plotly|Plotly|openpyxl|python-docx|Playwright|chromium|Django|MODBUS|Rtd|Avg|ZsRtd",
)
#: Chinese that is part of the product's name or a standard's title, shown in English pages by design.
ALLOWED_ZH = {"绿水青山就是金山银山", "演示", "青山", "简体中文"}


OTHER_LANG = {
    "en": re.compile(r"<(\w+)[^>]*\blang=\"zh[^\"]*\"[^>]*>.*?</\1>", re.S),
    "zh-hans": re.compile(r"<(\w+)[^>]*\blang=\"en[^\"]*\"[^>]*>.*?</\1>", re.S),
}
GLOSS = re.compile(r"[(（][^()（）]*[)）]")
PIECES = re.compile(r"[、,,;;::()()\s]+")


def _visible_text(content: str, language: str) -> str:
    body = content[content.find("<body"):] if "<body" in content else content
    text = HIDDEN.sub(" ", body)
    text = OTHER_LANG[language].sub(" ", text)
    text = TAG.sub(" ", text)
    return html.unescape(text)


def _untranslated_zh(text: str, data: str) -> set[str]:
    text = GLOSS.sub(" ", text)
    out = set()
    for run in CJK.findall(text):
        for piece in PIECES.split(run):
            piece = piece.strip("。.…—-")
            if piece and piece not in ALLOWED_ZH and piece not in data and re.search(r"[\u3400-\u9fff]", piece):
                out.add(piece)
    return out


def _data_blob() -> str:
    """Every text stored in the database (names, titles, texts), joined: what a page may show as data."""
    parts = []
    for model in apps.get_models():
        fields = [f.name for f in model._meta.concrete_fields if isinstance(f, (models.CharField, models.TextField))]
        if not fields or model._meta.app_label in ("sessions", "admin", "contenttypes", "auth", "authtoken", "axes"):
            continue
        for row in model.objects.values_list(*fields)[:5000]:
            parts.extend(str(v) for v in row if v)
    return "\n".join(parts)


@pytest.fixture
def pages(users, ledger, reports):
    from qingshan.supervision.tests import records as supervision_records
    from qingshan.water import demo as water_demo

    water_demo.register_demo_sections()
    supervision_records.records_of_sthj()
    return _urls(_records(ledger, reports))


@pytest.mark.django_db
@pytest.mark.parametrize("viewer", VIEWERS)
def test_no_string_of_the_other_language(client, users, pages, viewer):
    if viewer != "anonymous":
        client.force_login(users[viewer])
    data = _data_blob()
    problems: dict[str, set[str]] = {}
    checked = 0
    for language in ("zh-hans", "en"):
        client.cookies["django_language"] = language
        for url in pages:
            if url.startswith("/api/") or url.endswith((".xlsx", ".pdf", ".json")) or "export" in url:
                continue
            resp = client.get(url)
            if resp.status_code != 200 or not resp.get("Content-Type", "").startswith("text/html"):
                continue
            checked += 1
            text = _visible_text(resp.content.decode(), language)
            if language == "en":
                bad = _untranslated_zh(text, data)
            else:
                bad = {m for m in ENGLISH.findall(text)
                       if m not in ALLOWED_EN and not ALLOWED_EN_PATTERNS.search(m) and m not in data}  # fmt: skip
            if bad:
                problems[f"{language} {url}"] = bad
    assert checked >= (15 if viewer == "anonymous" else 40)
    assert problems == {}, "\n".join(f"{k}: {sorted(v)[:8]}" for k, v in sorted(problems.items()))
