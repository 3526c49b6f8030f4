"""Benchmark: parse the five seed plans with the plan reader (bar: all five in < 0.5 s on this machine).

    .venv/bin/python bench/plan_parse.py

No peer library reads Chinese plan documents into a responsibility ledger, so the figure stands alone. It also
prints the reader's precision and recall against the hand annotation of the seeds
(``qingshan/planreader/tests/annotations.py``); the last line is ``plan_parse_seconds=X``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from qingshan.planreader import Registry, parse_text  # noqa: E402
from qingshan.planreader.scoring import Score, score_assignments, score_targets  # noqa: E402
from qingshan.planreader.tests.annotations import ASSIGNMENTS, TARGETS  # noqa: E402

SEEDS = sorted((ROOT / "src" / "qingshan" / "ledger" / "data" / "seeds").glob("0*.txt"))


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    Registry.from_json()  # warm the file cache
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        plans = [parse_text(x) for x in texts]
        best = min(best, time.perf_counter() - t)
    targets = assignments = Score(0, 0, 0)
    for path, plan in zip(SEEDS, plans, strict=True):
        units = sum(len(t.lead) + len(t.cooperating) for t in plan.tasks)
        t = score_targets(plan, TARGETS[path.name[:3]])
        a = score_assignments(plan, ASSIGNMENTS[path.name[:3]])
        targets, assignments = targets + t, assignments + a
        print(
            f"{path.name}: {len(plan.tasks)} tasks, {units} unit assignments, {len(plan.targets)} targets"
            f"  | targets P {t.precision:.3f} R {t.recall:.3f}, assignments P {a.precision:.3f} R {a.recall:.3f}"
        )
    print(
        f"against the hand annotation: targets P {targets.precision:.3f} R {targets.recall:.3f} "
        f"({targets.expected} annotated), assignments P {assignments.precision:.3f} R {assignments.recall:.3f} "
        f"({assignments.expected} annotated)  [bar: ≥ 0.95]"
    )
    print(f"all five: {best * 1000:.1f} ms (best of 5)  [bar: < 500 ms → {'ok' if best < 0.5 else 'SLOW'}]")
    print(f"plan_parse_seconds={best:.4f}")


if __name__ == "__main__":
    main()
