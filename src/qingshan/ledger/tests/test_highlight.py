"""The review page's document view: every item that starts at the same place keeps its anchor."""

from __future__ import annotations

from types import SimpleNamespace as N

from qingshan.ledger.highlight import highlight


def test_items_starting_at_the_same_place_each_keep_an_anchor():
    text = "到2020年,优良天数不少于300天,PM2.5下降22%。"
    task = N(pk=1, span_start=0, span_end=len(text))
    targets = [N(pk=7, span_start=0, span_end=17), N(pk=8, span_start=0, span_end=len(text) - 1)]
    html = str(highlight(text, [task], [], targets))
    for ident in ("task-1", "target-7", "target-8"):
        assert html.count(f'id="{ident}"') == 1
    assert html.replace("<", " <").count("300") == 1  # the text itself is written once
