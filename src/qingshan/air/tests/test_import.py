"""Hourly imports: idempotent, all-or-nothing, bad rows named by line and field; both file formats; the CLI."""

from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from qingshan.air.formats import AirImportError, read_hourly
from qingshan.air.models import AirImport, DailyAirQuality, HourlyObservation, Station
from qingshan.air.services import import_hourly

UCI_HEAD = "No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,station"


def uci(tmp_path, rows: list[str], name: str = "a.csv"):
    p = tmp_path / name
    p.write_text("\n".join([UCI_HEAD, *rows]) + "\n", encoding="utf-8")
    return p


def day_rows(day: int = 1, pm25: str = "80", co: str = "900", station: str = "Dongsi") -> list[str]:
    return [f"{h},2016,1,{day},{h},{pm25},100,10,40,{co},60,1.0,{station}" for h in range(24)]


@pytest.fixture
def dongsi(db):
    return Station.objects.create(code="Dongsi", name="东四")


def test_import_is_idempotent_and_materialises_both_versions(tmp_path, dongsi):
    path = uci(tmp_path, day_rows())
    first = import_hourly(str(path))
    assert (first.created, first.updated, first.unchanged) == (24, 0, 0)
    obs = HourlyObservation.objects.get(
        station=dongsi, time__hour=16
    )  # stored as aware UTC; 00:00 local = 16 UTC
    assert obs.co == pytest.approx(0.9)  # µg/m³ → mg/m³
    daily = {d.version: d for d in DailyAirQuality.objects.filter(station=dongsi)}
    assert daily["2012"].aqi == 107 and daily["2026"].aqi == 119  # PM2.5 80 (HJ 633 worked example)
    assert daily["2012"].primary_pollutants == "PM2.5"
    second = import_hourly(str(path))
    assert (second.created, second.updated, second.unchanged) == (0, 0, 24)
    assert HourlyObservation.objects.count() == 24 and DailyAirQuality.objects.count() == 2


def test_reimport_with_a_correction_updates_only_that_hour(tmp_path, dongsi):
    import_hourly(str(uci(tmp_path, day_rows())))
    rows = day_rows()
    rows[5] = rows[5].replace(",80,", ",81,")
    rep = import_hourly(str(uci(tmp_path, rows, "b.csv")))
    assert (rep.created, rep.updated) == (0, 1)


def test_bad_rows_are_named_and_nothing_is_stored(tmp_path, dongsi):
    import_hourly(str(uci(tmp_path, day_rows(day=1))))
    rows = day_rows(day=2)
    rows[3] = rows[3].replace(",80,", ",abc,")
    rows[7] = rows[7].replace(",80,", ",-5,")
    rows.append(rows[0])  # duplicate hour
    with pytest.raises(AirImportError) as err:
        import_hourly(str(uci(tmp_path, rows, "bad.csv")))
    msg = str(err.value)
    assert "bad.csv" in msg and "line 5, PM2.5: not a number" in msg and "line 9, PM2.5: negative" in msg
    assert "duplicated row" in msg
    assert HourlyObservation.objects.count() == 24  # the earlier import is intact; nothing of bad.csv stored
    assert AirImport.objects.count() == 1


def test_unknown_station_is_named(tmp_path, db):
    with pytest.raises(AirImportError, match="line 2, station: unknown station 'Nowhere'"):
        import_hourly(str(uci(tmp_path, day_rows(station="Nowhere"))))
    assert HourlyObservation.objects.count() == 0
    rep = import_hourly(str(uci(tmp_path, day_rows(station="Nowhere"))), create_stations=True)
    assert rep.created == 24


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"a,b\n1,2\n", "unknown column layout"),
        ("站点,时间,SO2,NO2\n东四,2024-01-01 01:00,1,2\n".encode(), "column missing"),
    ],
)
def test_malformed_files(tmp_path, content, reason):
    p = tmp_path / "x.csv"
    p.write_bytes(content)
    with pytest.raises(AirImportError, match=reason):
        read_hourly(str(p))


def test_national_platform_format_gb18030_hour_ending(tmp_path, dongsi):
    lines = ["站点,时间,SO2,NO2,CO,O3,PM10,PM2.5"]
    for h in range(1, 25):
        t = f"2024-01-01 {h:02d}:00" if h < 24 else "2024-01-02 00:00"
        lines.append(f"东四,{t},10,40,0.9,60,100,{'—' if h == 5 else 80}")
    p = tmp_path / "cnemc.csv"
    p.write_bytes(("\n".join(lines) + "\n").encode("gb18030"))
    parsed = read_hourly(str(p))
    assert parsed.fmt == "cnemc"
    assert (
        parsed.frame["time"].min().hour == 0 and parsed.frame["time"].max().day == 1
    )  # 01:00 label = hour 0
    assert parsed.frame["PM2.5"].isna().sum() == 1
    rep = import_hourly(str(p))
    assert rep.created == 24
    assert DailyAirQuality.objects.get(station=dongsi, version="2026").aqi == 119


def test_cli_daily_json_and_csv(tmp_path, capsys):
    path = uci(tmp_path, day_rows())
    call_command("air", "daily", str(path), "--standard", "2026", "--format", "json")
    rows = json.loads(capsys.readouterr().out)
    assert (
        rows[0]["AQI"] == 119
        and rows[0]["category"] == "轻度污染"
        and rows[0]["primary_pollutants"] == ["PM2.5"]
    )
    assert rows[0]["standard"] == "HJ 633-2026" and rows[0]["invalid_items"] == []
    assert rows[0]["over_standard"] == ""  # 超标污染物 is a 2012 term only
    call_command("air", "daily", str(path), "--standard", "2012", "--format", "json")
    assert json.loads(capsys.readouterr().out)[0]["over_standard"] == "PM2.5"  # IAQI 107 > 100
    call_command("air", "daily", str(path), "--standard", "2012", "--format", "csv")
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("station,date,standard") and ",107," in out[1]


def test_cli_evaluate_and_errors(tmp_path, capsys, dongsi):
    path = uci(tmp_path, day_rows())
    call_command("air", "evaluate", "--file", str(path), "--period", "2016-01", "--standard", "both")
    out = json.loads(capsys.readouterr().out)
    assert [r["standard"] for r in out["results"]] == ["HJ 633-2012", "HJ 633-2026"]
    assert out["results"][0]["valid_days"] == 1 and out["results"][0]["good_days"] == 0
    with pytest.raises(CommandError, match="period 'last year'"):
        call_command("air", "evaluate", "--file", str(path), "--period", "last year")
    with pytest.raises(CommandError, match="--station: no station"):
        call_command("air", "evaluate", "--station", "Nowhere", "--period", "2016")
