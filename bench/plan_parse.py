"""Benchmark: the plan reader on the five seed plans and the layout corpus (bar: all of them in < 0.5 s), with
precision and recall against the hand annotations, per layout.

    .venv/bin/python bench/plan_parse.py

No peer library reads Chinese plan documents into a responsibility ledger, so the figure stands alone. The seeds
are scored against ``qingshan/planreader/tests/annotations.py`` (bar ≥ 0.95); the corpus (Word, Excel and PDF task
tables, text tables, re-laid prose, a target sheet — ``planreader/tests/corpus``) against ``corpus/spec.py`` (bar:
F1 ≥ 0.9 per layout); and held-out sets of real plans of other cities (``bench/heldout*``, bar 0.8). Timing covers reading the files (python-docx, openpyxl, pdfplumber) and parsing; the last
line is ``plan_parse_seconds=X``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from qingshan.planreader import PlanReadError, Registry, parse_file, parse_text  # noqa: E402
from qingshan.planreader.measure import Score, score_assignments, score_targets  # noqa: E402
from qingshan.planreader.tests.annotations import ASSIGNMENTS, TARGETS  # noqa: E402
from qingshan.planreader.tests.corpus import spec  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
# Held-out sets of real plans of other cities, each annotated before the reader first ran on it. Sets 1 and 2 were
# then used to fix the forms they showed (their first-run figures are in their annotations' docstrings); set 3 had
# not been seen when its figure was first recorded.
HELDOUT = sorted(p.parent for p in (ROOT / "bench").glob("heldout*/annotations.py"))

SEEDS = sorted((ROOT / "src" / "qingshan" / "ledger" / "data" / "seeds").glob("0*.txt"))
CORPUS = ROOT / "src" / "qingshan" / "planreader" / "tests" / "corpus"


def f1(s: Score) -> float:
    p, r = s.precision, s.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def line(label: str, t: Score, a: Score) -> str:
    return (
        f"{label:<22} targets P {t.precision:.3f} R {t.recall:.3f} F1 {f1(t):.3f} ({t.expected:>3}) | "
        f"units P {a.precision:.3f} R {a.recall:.3f} F1 {f1(a):.3f} ({a.expected:>3})"
    )


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    files = [CORPUS / name for names in spec.LAYOUTS.values() for name in names]
    Registry.from_json()  # warm the file cache
    best = best_seeds = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        plans = [parse_text(x) for x in texts]
        seeds_done = time.perf_counter()
        corpus = {f.name: parse_file(f) for f in files}
        best = min(best, time.perf_counter() - t)
        best_seeds = min(best_seeds, seeds_done - t)
    targets = assignments = Score(0, 0, 0)
    for path, plan in zip(SEEDS, plans, strict=True):
        t = score_targets(plan, TARGETS[path.name[:3]])
        a = score_assignments(plan, ASSIGNMENTS[path.name[:3]])
        targets, assignments = targets + t, assignments + a
        print(line(f"seed {path.name[:3]}", t, a))
    print(line("seeds (bar ≥ 0.95)", targets, assignments))
    for layout, names in spec.LAYOUTS.items():
        t = a = Score(0, 0, 0)
        for name in names:
            t += score_targets(corpus[name], spec.TARGETS[name])
            a += score_assignments(corpus[name], spec.ASSIGNMENTS[name])
        print(line(layout, t, a) + ("" if min(f1(t), f1(a)) >= 0.9 else "  [below 0.9]"))
    import importlib

    for folder in HELDOUT:
        heldout = importlib.import_module(f"{folder.name}.annotations")
        t = a = Score(0, 0, 0)
        for name in heldout.TARGETS:
            try:
                plan = parse_file(folder / name)
            except PlanReadError as exc:  # refused: nothing found, everything annotated missed
                print(f"  refused: {exc}")
                t += Score(0, len(heldout.TARGETS[name]), 0)
                a += Score(0, sum(len(x) + len(y) for x, y in heldout.ASSIGNMENTS.get(name, {}).values()), 0)
                continue
            t += score_targets(plan, heldout.TARGETS[name])
            a += score_assignments(plan, heldout.ASSIGNMENTS.get(name, {}))
        print(
            line(f"held-out: {folder.name}", t, a)
            + f"  (excerpts of {len(heldout.TARGETS)} real plans; bar 0.8)"
            + ("" if min(f1(t), f1(a)) >= 0.8 else "  [below 0.8]")
        )
    print(
        f"seeds {best_seeds * 1000:.1f} ms; seeds + corpus ({len(files)} files) {best * 1000:.1f} ms (best of 5)"
        f"  [bar: < 500 ms → {'ok' if best < 0.5 else 'SLOW'}]"
    )
    print(f"plan_parse_seconds={best:.4f}")


if __name__ == "__main__":
    main()
