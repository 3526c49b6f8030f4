"""Agreement of our class with the class the national network published, on tables in the national real-time
layout (the published 水质类别 is the truth). Used by ``bench/water_classify.py`` and the tests; stores nothing.

Each section's type is inferred from the file itself as an import would for an unknown section
(:func:`services.infer_types`): algae density reported → lake; else the name. ``use_published`` also lets the
published classes decide a type (as an import does); the honest figure leaves them out, since they are the truth
being measured against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qingshan.standards import gb3838

from .formats import ParsedWater, read_samples
from .services import infer_types


@dataclass
class Agreement:
    compared: int
    agreeing: int
    disagreements: list[dict] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.agreeing / self.compared if self.compared else float("nan")


def measure(parsed: ParsedWater, use_published: bool = False) -> Agreement:
    f = parsed.frame
    names = list(f["section"].unique())
    inferred = infer_types(parsed, names)
    if not use_published:  # re-infer without the published classes for the sections they decided
        bare = ParsedWater(parsed.path, parsed.fmt, f.assign(published_class=0), parsed.items)
        redo = infer_types(bare, [n for n, t in inferred.items() if t.basis == "published"])
        inferred.update(redo)
    types = f["section"].map({n: t.water_type for n, t in inferred.items()}).to_numpy()
    values = {k: f[k].to_numpy(dtype=float) for k in parsed.items}
    ours = gb3838.classify(values, types).water_class
    pub = f["published_class"].to_numpy()
    ok = pub > 0
    bad = np.flatnonzero(ok & (ours != pub))
    return Agreement(
        int(ok.sum()),
        int(ok.sum() - len(bad)),
        [
            {
                "section": f["section"].iat[i],
                "time": str(f["time"].iat[i]),
                "published": gb3838.class_name(int(pub[i])),
                "ours": gb3838.class_name(int(ours[i])),
                "type": types[i],
                "why": inferred[f["section"].iat[i]].reason,
            }
            for i in bad
        ],
    )


def measure_files(paths: list[Path], year: int | None = None, use_published: bool = False) -> Agreement:
    total = Agreement(0, 0)
    for p in paths:
        a = measure(read_samples(p, year=year, strict=False), use_published)
        total.compared += a.compared
        total.agreeing += a.agreeing
        total.disagreements += a.disagreements
    return total
