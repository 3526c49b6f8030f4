"""Loading the organisation registry (idempotent: loading twice changes nothing)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from django.db import transaction

from .models import Division, Unit, UnitAlias

REGISTRY = resources.files("qingshan.orgs") / "data" / "registry.json"


def _division(
    name: str, level: str, code: str = "", parent: Division | None = None, short: str = ""
) -> Division:
    div, _ = Division.objects.get_or_create(
        parent=parent, name=name, defaults={"level": level, "code": code, "short_name": short}
    )
    return div


def _unit(name: str, short: str, kind: str, division: Division, aliases: list[str]) -> Unit:
    unit, _ = Unit.objects.get_or_create(
        division=division, name=name, defaults={"short_name": short, "kind": kind}
    )
    for alias in aliases:
        if alias and alias not in (name, short):
            UnitAlias.objects.get_or_create(unit=unit, alias=alias)
    return unit


@transaction.atomic
def with_ancestors(divisions) -> set[int]:
    """Ids of the given divisions and of every division above them (for area pickers: a city over its
    counties that hold stations or sections)."""
    ids: set[int] = set()
    for div in divisions:
        ids.add(div.pk)
        ids.update(a.pk for a in div.ancestors())
    return ids


def load_registry(path: Path | None = None) -> dict[str, int]:
    """Create the divisions and units of the seed cities. Returns counts of what exists afterwards."""
    data = json.loads((Path(path) if path else REGISTRY).read_text(encoding="utf-8"))
    for city_spec in data["cities"]:
        pname, pcode = city_spec["province"]
        province = _division(pname, Division.Level.PROVINCE, pcode)
        parent = province
        if "prefecture" in city_spec:
            name, code, short = city_spec["prefecture"]
            parent = _division(name, Division.Level.CITY, code, province, short)
        cname, ccode, cshort = city_spec["city"]
        # A county-level city under a prefecture (禄丰市) is still the "city" of its own plan.
        level = Division.Level.COUNTY if "prefecture" in city_spec else Division.Level.CITY
        city = _division(cname, level, ccode, parent, cshort)

        for county_name, county_code in city_spec["counties"]:
            county = _division(county_name, Division.Level.COUNTY, county_code, city)
            _unit(f"{county_name}人民政府", f"{county_name}政府", Unit.Kind.GOVERNMENT, county, [])
        for zone_name in city_spec["zones"]:
            zone = _division(zone_name, Division.Level.ZONE, "", city)
            _unit(f"{zone_name}管委会", f"{zone_name}管委会", Unit.Kind.ZONE_COMMITTEE, zone, [])
        if city_spec.get("county_government_alias") and city_spec["counties"]:
            alias = city_spec["county_government_alias"]
            _unit(
                f"{cname}各县(区)人民政府", alias, Unit.Kind.GROUP, city, ["各县(区)政府", "各县区人民政府"]
            )
        for name, short, kind, aliases in city_spec["units"]:
            _unit(name, short, kind, city, aliases)
    return {"divisions": Division.objects.count(), "units": Unit.objects.count()}
