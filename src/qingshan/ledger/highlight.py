"""Render a plan's document text with every extracted item highlighted (review page)."""

from __future__ import annotations

from collections import defaultdict

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def highlight(text: str, tasks, assignments, targets) -> SafeString:
    """HTML of ``text`` where task spans, unit names and target phrases are marked; each task span carries an
    anchor id so the ledger beside it can link to its place in the document."""
    spans: list[tuple[int, int, str, str]] = []
    for t in tasks:
        if t.span_start is not None:
            spans.append((t.span_start, t.span_end, "task", f"task-{t.pk}"))
    for a in assignments:
        if a.span_start is not None:
            kind = "unit unknown" if a.unit_id is None else f"unit {a.role}"
            spans.append((a.span_start, a.span_end, kind, ""))
    for g in targets:
        if g.span_start is not None:
            spans.append((g.span_start, g.span_end, "target", f"target-{g.pk}"))
    # One sweep over the cut points (every span starts and ends on one): a span is open from its start to its
    # end, so each segment's classes come from the spans open there, not from a scan of every span per segment
    # (that was quadratic: half of the review page's time on a long plan).
    cuts = sorted({0, len(text), *[s for s, *_ in spans], *[e for _, e, *_ in spans]})
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for i, (s, e, _kind, _ident) in enumerate(spans):
        if s < e:
            starts[s].append(i)
            ends[e].append(i)
    open_spans: set[int] = set()
    out: list[str] = []
    anchors_done: set[str] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        open_spans.difference_update(ends.get(a, ()))
        open_spans.update(starts.get(a, ()))
        if a >= b:
            continue
        classes, anchors = [], []
        for i in sorted(open_spans):
            s, _e, kind, ident = spans[i]
            classes.append(kind)
            if ident and s == a and ident not in anchors_done:
                anchors.append(ident)
                anchors_done.add(ident)
        # A table's cells, tab-separated in the text, get a visible rule between them ("100 │ 100 │ 约束性"; the tab
        # stays, for copying).
        chunk = escape(text[a:b]).replace("\t", '<span class="cell-sep">\t</span>')
        # Items that start at the same place (a task and the target of its first clause, two targets of one
        # clause) each keep their anchor: the first on the segment, the others on empty anchors before it.
        out.extend(f'<a id="{ident}"></a>' for ident in anchors[1:])
        if classes:
            attrs = f' class="{" ".join(sorted(set(classes)))}"' + (f' id="{anchors[0]}"' if anchors else "")
            out.append(f"<span{attrs}>{chunk}</span>")
        else:
            out.append(chunk)
    return mark_safe("".join(out))
