"""Benchmark: parse the five seed plans with the plan reader (bar: all five in < 0.5 s on this machine).

    .venv/bin/python bench/plan_parse.py

No peer library reads Chinese plan documents into a responsibility ledger, so the figure stands alone; the last
line is ``plan_parse_seconds=X``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from qingshan.planreader import Registry, parse_text  # noqa: E402

SEEDS = sorted((ROOT / "src" / "qingshan" / "ledger" / "data" / "seeds").glob("0*.txt"))


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    Registry.from_json()  # warm the file cache
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        plans = [parse_text(x) for x in texts]
        best = min(best, time.perf_counter() - t)
    for path, plan in zip(SEEDS, plans, strict=True):
        units = sum(len(t.lead) + len(t.cooperating) for t in plan.tasks)
        print(f"{path.name}: {len(plan.tasks)} tasks, {units} unit assignments, {len(plan.targets)} targets")
    print(f"all five: {best * 1000:.1f} ms (best of 5)  [bar: < 500 ms → {'ok' if best < 0.5 else 'SLOW'}]")
    print(f"plan_parse_seconds={best:.4f}")


if __name__ == "__main__":
    main()
