"""Demo step of the sources app: fictitious enterprises of 攀枝花 (every name starts with 演示 and every record is
``synthetic``), registered through the same importer a city would use, and a week of simulated monitoring data fed
through the receiver's own checks and storage (``ingest.judge`` → ``Store.write``, no server started), then the
alert rules run over it.

The limits are those the named standards are commonly cited with (steel sintering and coal power at ultra-low
emission levels, GB 18918-2002 class 1A for the sewage plant, GB 8978-1996 class 1, GB 16297-1996) — demo values
**[R]**, not checked against the standards' texts here; a real registry brings its own from the permits.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils import timezone
from rich.console import Console

from qingshan.hj212 import replies

from . import alerts, identifiers, importer
from .models import Device, Enterprise
from .receiver.ingest import Registry, judge
from .receiver.store import Store
from .simulator import devices_from_registry

HEADER = ["统一社会信用代码", "单位名称", "行政区", "行业", "地址", "经度", "纬度", "重点排污单位类别", "排污许可证编号",
          "许可证类别", "有效期起", "有效期至", "排放口编号", "排放口名称", "排放口类型", "MN", "密码", "监测因子",
          "排放限值", "限值单位", "均值周期", "执行标准", "折算", "数据间隔"]  # fmt: skip

# (code body (17 chars, check added), name, county, industry, address, lon, lat, key media, permit class,
#  [(outlet, outlet name, type, [(factor, limit, unit, period, standard, converted)])])
STEEL = "钢铁超低排放(环大气〔2019〕35号)"
POWER = "GB 13223-2011 超低排放"
SEWAGE = "GB 18918-2002 一级A"
GENERAL_WATER = "GB 8978-1996 一级"
GENERAL_AIR = "GB 16297-1996 二级"
ENTERPRISES = [
    ("91510402MA6DM0001", "演示·攀枝花钒钛钢铁有限公司", "东区", "钢铁冶炼", "东区演示路1号", 101.73, 26.58, "大气、水", "重点", [
        ("DA001", "烧结机机头", "废气", [("a21026", 35, "mg/m3", "小时", STEEL, "是"), ("a21002", 50, "mg/m3", "小时", STEEL, "是"),
                                  ("a34013", 10, "mg/m3", "小时", STEEL, "是")]),
        ("DA002", "高炉出铁场", "废气", [("a34013", 10, "mg/m3", "小时", STEEL, "否")]),
    ]),
    ("91510403MA6DM0002", "演示·攀枝花西区热电有限公司", "西区", "火力发电", "西区演示路2号", 101.61, 26.60, "大气", "重点", [
        ("DA001", "1号锅炉烟囱", "废气", [("a21026", 35, "mg/m3", "小时", POWER, "是"), ("a21002", 50, "mg/m3", "小时", POWER, "是"),
                                    ("a34013", 10, "mg/m3", "小时", POWER, "是")]),
    ]),
    ("12510411MB6DM0003", "演示·仁和区城市污水处理厂", "仁和区", "污水处理", "仁和区演示路3号", 101.74, 26.50, "水", "重点", [
        ("DW001", "污水总排口", "废水", [("w01018", 50, "mg/L", "日", SEWAGE, "否"), ("w21003", 5, "mg/L", "日", SEWAGE, "否"),
                                   ("w21011", 0.5, "mg/L", "日", SEWAGE, "否"), ("w21001", 15, "mg/L", "日", SEWAGE, "否")]),
    ]),
    ("91510421MA6DM0004", "演示·米易县精细化工有限公司", "米易县", "化学原料制造", "米易县演示路4号", 102.11, 26.89, "水", "简化", [
        ("DW001", "废水总排口", "废水", [("w01018", 100, "mg/L", "日", GENERAL_WATER, "否"), ("w21003", 15, "mg/L", "日", GENERAL_WATER, "否")]),
    ]),
    ("91510422MA6DM0005", "演示·盐边县钛白粉有限公司", "盐边县", "钛白粉制造", "盐边县演示路5号", 101.85, 26.68, "大气", "重点", [
        ("DA001", "煅烧窑尾气", "废气", [("a21026", 550, "mg/m3", "小时", GENERAL_AIR, "否"), ("a21002", 240, "mg/m3", "小时", GENERAL_AIR, "否"),
                                   ("a34013", 120, "mg/m3", "小时", GENERAL_AIR, "否")]),
    ]),
]  # fmt: skip
DAYS = 7


def registry_table() -> list[dict[str, str]]:
    rows = []
    n = 0
    for body, name, county, industry, address, lon, lat, media, pclass, outlets in ENTERPRISES:
        code = body + identifiers.check_character(body)
        for outlet, oname, kind, factors in outlets:
            n += 1
            mn = f"51040{n:019X}"  # 24 hex characters, as HJ 212-2017 wants an MN
            for factor, limit, unit, period, standard, converted in factors:
                rows.append(dict(zip(HEADER, [
                    code, name, county, industry, address, str(lon), str(lat), media, f"{code}001P", pclass,
                    "2023-01-01", "2027-12-31", outlet, oname, kind, mn, "123456", factor, str(limit), unit, period,
                    standard, converted, "600",
                ], strict=True)))
    return rows


def _register() -> importer.ImportResult:
    table = registry_table()
    rows, problems = importer.check_rows(table)
    if problems:
        raise RuntimeError("; ".join(problems))
    import csv
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=HEADER)
    w.writeheader()
    w.writerows(table)
    result = importer.import_registry("演示排污单位名录.csv", raw=buf.getvalue().encode("utf-8"))
    Enterprise.objects.filter(credit_code__in=[r["统一社会信用代码"] for r in table]).update(synthetic=True)
    return result


def _simulate(now: datetime) -> int:
    """A week of hourly (2061) and daily (2031) packets and the last day's real-time packets (2011, every 10
    minutes); the last device goes silent three hours before now (an offline alert)."""
    devices = devices_from_registry()
    devices = [d for d in devices if d.mn.startswith("51040")]
    registry = Registry()
    registry.load()
    received = datetime.now(UTC)
    start = (now - timedelta(days=DAYS)).replace(minute=0, second=0, microsecond=0)
    records = []
    for k, dev in enumerate(devices):
        dev.seed = 2026
        # A visible exceedance on the first device: four hours at 1.6× the limit two days ago.
        day = (now - timedelta(days=2)).date()
        dev._day(datetime.combine(day, datetime.min.time()))
        dev.episodes[day]["exceed"] = (9, 4, 1.6) if k == 0 else dev.episodes[day]["exceed"]
        silent_from = now - timedelta(hours=3) if k == len(devices) - 1 else now
        t = start
        while t < silent_from:
            if not dev.offline(t):
                records.append(dev.packet("2061", t))
                if t.hour == 0 and dev.st == "32":
                    records.append(dev.packet("2031", t - timedelta(days=1)))
            t += timedelta(hours=1)
        t = (now - timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
        while t < silent_from:
            if not dev.offline(t):
                records.append(dev.packet("2011", t))
            t += timedelta(minutes=10)
    store = Store()
    stored = 0
    batch = []
    for data in records:
        outcome = judge(replies.frame(data), registry, received)
        if outcome.kind == "store":
            batch.append(outcome.record)
        if len(batch) >= 2000:
            stored += store.write(batch, count=False).count("stored")
            batch = []
    if batch:
        stored += store.write(batch, count=False).count("stored")
    return stored


def load_demo_sources(console: Console) -> str:
    result = _register()
    now = timezone.localtime().replace(tzinfo=None, second=0, microsecond=0)
    now = now.replace(minute=now.minute - now.minute % 10)
    stored = _simulate(now)
    aware_now = timezone.make_aware(now)
    made = alerts.evaluate(aware_now - timedelta(days=DAYS + 1), aware_now)
    devices = Device.objects.filter(mn__startswith="51040").count()
    return (f"[green]✓[/] 污染源 pollution sources (演示, fictitious): {result.enterprises} enterprises, "
            f"{result.outlets} outlets, {devices} devices, {stored} simulated packets stored, "
            f"alerts raised: {sum(made.values())}")
