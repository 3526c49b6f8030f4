"""The supervision tests' fixtures (the registry and demo users loaded once per module, actors, an item)."""

from qingshan.supervision.tests.conftest import (  # noqa: F401
    actors,
    base_data,
    item,
    media,
    pzh,
    registry,
    users,
)
