"""The demo, assembled from the apps: each app declares its own steps on its ``AppConfig``::

    class WaterConfig(AppConfig):
        demo_steps = [DemoStep(40, "water", "qingshan.water.demo.load_demo_water")]

A step is a function ``(console: rich.console.Console) -> str`` returning a summary line; steps run in ``order``
(the registry of organisations first, demo users last). ``qingshan demo --skip water`` leaves a step out. The
bottom layer only knows the dotted paths, never the apps themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.utils.module_loading import import_string

DEMO_PASSWORD = "qingshan-demo"


@dataclass(frozen=True)
class DemoStep:
    order: int
    name: str
    path: str

    def load(self):
        return import_string(self.path)


def demo_steps(skip: frozenset[str] | set[str] = frozenset()) -> list[DemoStep]:
    steps = [s for config in apps.get_app_configs() for s in getattr(config, "demo_steps", ())]
    return sorted((s for s in steps if s.name not in skip), key=lambda s: (s.order, s.name))
