"""Demo air data: the 12 Beijing stations, one year of real hourly data shipped with the project
(UCI Beijing Multi-Site Air-Quality, 2016-03 to 2017-02, CC BY 4.0)."""

from __future__ import annotations

import json
from importlib import resources

from django.db import transaction
from rich.console import Console

from qingshan.orgs.models import Division

from .formats import DEMO_FILE
from .models import AirSource, HourlyObservation, Station
from .services import import_hourly

DATA = resources.files("qingshan.air") / "data"


@transaction.atomic
def register_beijing_stations() -> list[Station]:
    spec = json.loads((DATA / "beijing_stations.json").read_text(encoding="utf-8"))
    pname, pcode = spec["province"]
    # 北京市 is a province-level municipality and its own city.
    beijing, _ = Division.objects.get_or_create(
        parent=None, name=pname, defaults={"level": Division.Level.CITY, "code": pcode, "short_name": "北京"}
    )
    districts = {
        name: Division.objects.get_or_create(
            parent=beijing, name=name, defaults={"level": Division.Level.COUNTY, "code": code}
        )[0]
        for name, code in spec["districts"].items()
    }
    stations = []
    for code, name, district, lon, lat in spec["stations"]:
        st, _ = Station.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "division": districts[district],
                "longitude": lon,
                "latitude": lat,
                "control_level": Station.ControlLevel.NATIONAL,
            },
        )
        stations.append(st)
    return stations


#: The seed city whose air targets the demo judges on the Beijing year, and the years added to its dates
#: (2016-03…2017-02 read as 2025-03…2026-02, the years of 平顶山's targets).
STAND_IN = ("平顶山市", 9)


def register_stand_in() -> AirSource | None:
    """The Beijing stations as the air source of one seed city, labelled wherever a figure shows."""
    name, offset = STAND_IN
    city = Division.objects.filter(name=name, level=Division.Level.CITY).first()
    beijing = Division.objects.filter(name="北京市", parent=None).first()
    if city is None or beijing is None:
        return None
    src, _ = AirSource.objects.update_or_create(
        division=city,
        defaults={
            "source": beijing,
            "year_offset": offset,
            "note": f"演示:以北京市12站 2016-03—2017-02 实测数据(日期加{offset}年)代作{name}空气数据,非{name}实测",
        },
    )
    return src


def load_demo_air(console: Console) -> str:
    stations = register_beijing_stations()
    register_stand_in()
    if HourlyObservation.objects.filter(station__in=stations).count() >= 100_000:
        return "[green]✓[/] 北京空气质量数据 Beijing air data already loaded"
    with console.status(
        "导入北京 12 站一年小时数据 importing one year of hourly data for 12 Beijing stations…"
    ):
        report = import_hourly(str(DEMO_FILE))
    return (
        f"[green]✓[/] 北京空气质量数据 Beijing air data: {report.rows} station-hours, "
        f"{report.created} new, {report.partitions} station-months of daily AQI"
    )
