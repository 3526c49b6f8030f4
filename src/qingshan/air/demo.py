"""Demo air data: real hourly data of the national network for 2019, the 19 national stations of the five seed
cities, shipped with the project (``data/README.md`` names the source). No stand-in: each city's air targets are
judged on its own stations; 禄丰 has no national station and shows no air figures."""

from __future__ import annotations

from importlib import resources

from django.db import transaction
from rich.console import Console

from .formats import SEED_FILE, read_station_list
from .models import AirSource, Station
from .services import import_hourly, register_stations

DATA = resources.files("qingshan.air") / "data"
SEED_STATIONS = DATA / "seed_stations.csv"
#: The label the earlier demo gave its Beijing stand-in for 平顶山, and the codes of the 12 Beijing stations it
#: loaded: a demo database that still has them loses them (the Beijing year is only a benchmark input now).
OLD_STAND_IN_NOTE = "演示:以北京市"
OLD_DEMO_STATIONS = (
    "Aotizhongxin", "Changping", "Dingling", "Dongsi", "Guanyuan", "Gucheng", "Huairou", "Nongzhanguan", "Shunyi",
    "Tiantan", "Wanliu", "Wanshouxigong",
)  # fmt: skip


@transaction.atomic
def register_seed_stations() -> tuple[int, int]:
    """The national stations of the five seed cities, with their counties (``data/seed_stations.csv``)."""
    return register_stations(read_station_list(str(SEED_STATIONS)))


def load_demo_air(console: Console) -> str:
    AirSource.objects.filter(note__startswith=OLD_STAND_IN_NOTE).delete()
    Station.objects.filter(code__in=OLD_DEMO_STATIONS, division__parent__name="北京市").delete()
    register_seed_stations()
    with console.status("导入五市 2019 年国控站小时数据 importing the 2019 hourly data of the five cities…"):
        report = import_hourly(str(SEED_FILE))
    if report.already:
        return "[green]✓[/] 五市 2019 年空气质量数据 2019 air data of the five cities already loaded"
    return (
        f"[green]✓[/] 五市 2019 年空气质量数据 2019 air data of the five cities: {report.rows} station-hours, "
        f"{report.created} new, {report.partitions} station-months of daily AQI"
    )
