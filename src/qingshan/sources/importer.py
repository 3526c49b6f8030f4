"""``qingshan sources import-registry FILE``: the registry from a table with one row per outlet factor.

Columns are found by their header names (any order; extra columns are ignored):

required: 统一社会信用代码, 单位名称, 行政区, 排放口编号, 排放口名称, 排放口类型 (废气/废水), MN, 密码,
监测因子 (an HJ 212 code — 2017, or 2005 mapped by Appendix B — or its Chinese name), 排放限值, 限值单位;
optional: 行业, 地址, 经度, 纬度, 重点排污单位类别 (水/大气/土壤/噪声, several with 、), 排污许可证编号,
许可证类别 (重点/简化/登记), 有效期起, 有效期至, 均值周期 (小时/日/实时), 执行标准, 折算 (是/否),
数据间隔 (seconds), 接受MODBUS校验 (是/否).

The whole file is read and checked first; any bad cell stops the import with every problem named by row (as a
spreadsheet numbers it: the header is row 1) and column, and nothing is stored. A good file is written in one
transaction, keyed by credit code, (enterprise, outlet code), (outlet, factor code) and MN — importing it again
changes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from qingshan.core.errors import DomainError
from qingshan.hj212 import codes
from qingshan.orgs.models import Division

from . import identifiers
from .errors import SourcesError
from .models import Device, Enterprise, Outlet, OutletFactor, Permit

REQUIRED = ["统一社会信用代码", "单位名称", "行政区", "排放口编号", "排放口名称", "排放口类型", "MN", "密码",
            "监测因子", "排放限值", "限值单位"]  # fmt: skip
KINDS = {"废气": Outlet.Kind.GAS, "废水": Outlet.Kind.WATER, "gas": Outlet.Kind.GAS, "water": Outlet.Kind.WATER}
PERMIT_KINDS = {"重点": Permit.Kind.KEY, "重点管理": Permit.Kind.KEY, "简化": Permit.Kind.SIMPLIFIED,
                "简化管理": Permit.Kind.SIMPLIFIED, "登记": Permit.Kind.REGISTRATION,
                "登记管理": Permit.Kind.REGISTRATION}  # fmt: skip
PERIODS = {"小时": "hour", "时": "hour", "hour": "hour", "日": "day", "天": "day", "day": "day",
           "实时": "realtime", "realtime": "realtime"}  # fmt: skip
YES = {"是", "y", "yes", "true", "1", "√"}
NO = {"否", "n", "no", "false", "0", ""}
MEDIA = {"水": "key_water", "废水": "key_water", "大气": "key_air", "气": "key_air", "废气": "key_air",
         "土壤": "key_soil", "噪声": "key_noise", "声": "key_noise"}  # fmt: skip


@dataclass
class Row:
    line: int
    enterprise: dict
    permit: dict | None
    outlet: dict
    factor: dict
    device: dict


@dataclass
class ImportResult:
    enterprises: int = 0
    outlets: int = 0
    factors: int = 0
    devices: int = 0
    permits: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    flagged_codes: list[str] = field(default_factory=list)


def read_table(path: str | Path, raw: bytes | None = None, name: str | None = None) -> list[dict[str, str]]:
    name = name or str(path)
    suffix = Path(name).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise DomainError(SourcesError.IMPORT_FORMAT, file=name)
    try:
        data = raw if raw is not None else Path(path).read_bytes()
    except OSError as exc:
        raise DomainError(SourcesError.IMPORT_UNREADABLE, file=name, problem=exc.strerror or str(exc)) from None
    if suffix == ".csv":
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise DomainError(SourcesError.IMPORT_UNREADABLE, file=name, problem=_("not UTF-8 or GB18030 text"))
        rows = list(csv.reader(io.StringIO(text)))
    else:
        import openpyxl

        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise DomainError(SourcesError.IMPORT_UNREADABLE, file=name, problem=type(exc).__name__) from None
        rows = [["" if v is None else str(v) for v in r] for r in wb.worksheets[0].iter_rows(values_only=True)]
    rows = [r for r in rows if any(str(c).strip() for c in r)]
    if not rows:
        raise DomainError(SourcesError.IMPORT_UNREADABLE, file=name, problem=_("empty"))
    header = [str(h).strip() for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise DomainError(SourcesError.IMPORT_COLUMNS, file=name, columns="、".join(missing))
    out = []
    for r in rows[1:]:
        cells = [str(c).strip() for c in r] + [""] * (len(header) - len(r))
        out.append(dict(zip(header, cells, strict=False)))
    return out


def _float(value: str) -> float:
    return float(value.replace(",", ""))


def _date(value: str) -> date:
    return date.fromisoformat(value[:10].replace("/", "-"))


def _divisions(city: Division | None) -> dict[str, list[Division]]:
    qs = Division.objects.all()
    if city is not None:
        qs = qs.filter(pk__in=city.descendant_ids())
    by_name: dict[str, list[Division]] = {}
    for d in qs:
        for n in {d.name, d.short_name} - {""}:
            by_name.setdefault(n, []).append(d)
    return by_name


def check_rows(table: list[dict[str, str]], city: Division | None = None) -> tuple[list[Row], list[str]]:
    """Every row checked; returns the rows and the problems ("row N, column: message")."""
    divisions = _divisions(city)
    rows: list[Row] = []
    problems: list[str] = []
    for i, cells in enumerate(table, start=2):
        def bad(column: str, message: str, i=i) -> None:
            problems.append(_("row %(row)s, %(column)s: %(message)s") % {"row": i, "column": column, "message": message})

        before = len(problems)
        code = cells["统一社会信用代码"].upper()
        if not identifiers.credit_code_form_ok(code):
            bad("统一社会信用代码", _("%(value)s is not an 18-character credit code") % {"value": repr(code)})
        name = cells["单位名称"]
        if not name:
            bad("单位名称", _("empty"))
        div_name = cells["行政区"]
        found = divisions.get(div_name, [])
        if len(found) != 1:
            bad("行政区", (_("%(value)s is not a known division") if not found else _("%(value)s is ambiguous")) % {"value": repr(div_name)})
        kind = KINDS.get(cells["排放口类型"])
        if kind is None:
            bad("排放口类型", _("%(value)s is neither 废气 nor 废水") % {"value": repr(cells["排放口类型"])})
        outlet_code = cells["排放口编号"].upper()
        if not outlet_code:
            bad("排放口编号", _("empty"))
        mn, password = cells["MN"], cells["密码"]
        if not mn or len(mn) > 64 or not mn.replace("-", "").replace("_", "").isalnum():
            bad("MN", _("%(value)s is not a device MN") % {"value": repr(mn)})
        if not password:
            bad("密码", _("empty"))
        factor = codes.lookup(cells["监测因子"]) if cells["监测因子"] else None
        if factor is None:
            bad("监测因子", _("%(value)s is not an HJ 212 code or factor name") % {"value": repr(cells["监测因子"])})
        limit = None
        if cells["排放限值"]:
            try:
                limit = _float(cells["排放限值"])
            except ValueError:
                bad("排放限值", _("%(value)s is not a number") % {"value": repr(cells["排放限值"])})
            else:
                if not limit > 0:  # every reading would exceed a limit of 0 or below
                    bad("排放限值", _("%(value)s: a limit must be above 0") % {"value": repr(cells["排放限值"])})
        period_text = cells.get("均值周期", "")
        period = PERIODS.get(period_text) if period_text else (
            "hour" if kind == Outlet.Kind.GAS else "day"
        )
        if period is None:
            bad("均值周期", _("%(value)s: 小时, 日 or 实时") % {"value": repr(period_text)})
        converted_text = cells.get("折算", "").lower()
        if converted_text not in YES | NO:
            bad("折算", _("%(value)s: 是 or 否") % {"value": repr(converted_text)})
        modbus_text = cells.get("接受MODBUS校验", "").lower()
        if modbus_text not in YES | NO:
            bad("接受MODBUS校验", _("%(value)s: 是 or 否") % {"value": repr(modbus_text)})
        interval = 60
        if cells.get("数据间隔"):
            try:
                interval = int(cells["数据间隔"])
                assert 0 < interval <= 86400
            except (ValueError, AssertionError):
                bad("数据间隔", _("%(value)s is not a number of seconds") % {"value": repr(cells["数据间隔"])})
        coords = {}
        for col, key in (("经度", "longitude"), ("纬度", "latitude")):
            if cells.get(col):
                try:
                    coords[key] = _float(cells[col])
                except ValueError:
                    bad(col, _("%(value)s is not a number") % {"value": repr(cells[col])})
        media = {}
        for part in filter(None, (p.strip() for p in cells.get("重点排污单位类别", "").replace(",", "、").split("、"))):
            if part not in MEDIA:
                bad("重点排污单位类别", _("%(value)s: 水, 大气, 土壤 or 噪声") % {"value": repr(part)})
            else:
                media[MEDIA[part]] = True
        permit = None
        if cells.get("排污许可证编号"):
            number = cells["排污许可证编号"]
            if not identifiers.permit_number_ok(number):
                bad("排污许可证编号", _("%(value)s is not a permit number") % {"value": repr(number)})
            pkind = PERMIT_KINDS.get(cells.get("许可证类别", "") or "重点")
            if pkind is None:
                bad("许可证类别", _("%(value)s: 重点, 简化 or 登记") % {"value": repr(cells["许可证类别"])})
            dates = {}
            for col, key in (("有效期起", "valid_from"), ("有效期至", "valid_to")):
                if cells.get(col):
                    try:
                        dates[key] = _date(cells[col])
                    except ValueError:
                        bad(col, _("%(value)s is not a date (2024-05-01)") % {"value": repr(cells[col])})
            permit = {"number": number, "kind": pkind, **dates}
        if len(problems) > before:
            continue
        rows.append(Row(
            line=i,
            enterprise={"credit_code": code, "name": name, "division": found[0],
                        "industry": cells.get("行业", ""), "address": cells.get("地址", ""), **media},
            permit=permit,
            outlet={"code": outlet_code, "name": cells["排放口名称"], "kind": kind, **coords},
            factor={"code": factor.code, "name": factor.name, "limit": limit, "unit": cells["限值单位"],
                    "period": period, "standard": cells.get("执行标准", ""), "on_converted": converted_text in YES},
            device={"mn": mn, "password": password, "interval": interval, "accept_modbus_crc": modbus_text in YES},
        ))
    # One MN, one outlet; one credit code, one name.
    seen_mn: dict[str, tuple] = {}
    seen_code: dict[str, str] = {}
    for r in rows:
        owner = (r.enterprise["credit_code"], r.outlet["code"])
        if seen_mn.setdefault(r.device["mn"], owner) != owner:
            problems.append(_("row %(row)s, %(column)s: %(message)s") % {
                "row": r.line, "column": "MN", "message": _("%(value)s is given to two outlets") % {"value": r.device["mn"]}})
        if seen_code.setdefault(r.enterprise["credit_code"], r.enterprise["name"]) != r.enterprise["name"]:
            problems.append(_("row %(row)s, %(column)s: %(message)s") % {
                "row": r.line, "column": "单位名称", "message": _("two names for %(value)s") % {"value": r.enterprise["credit_code"]}})
    for mn, (credit, outlet) in seen_mn.items():
        other = Device.objects.filter(mn=mn).exclude(
            outlet__enterprise__credit_code=credit, outlet__code=outlet
        ).select_related("outlet__enterprise").first()
        if other:
            line = next(r.line for r in rows if r.device["mn"] == mn)
            problems.append(_("row %(row)s, %(column)s: %(message)s") % {
                "row": line, "column": "MN", "message": _("%(value)s already belongs to %(outlet)s") % {"value": mn, "outlet": other.outlet}})
    return rows, problems


def _upsert(model, keys: dict, values: dict, result: ImportResult):
    obj = model.objects.filter(**keys).first()
    if obj is None:
        result.created += 1
        return model.objects.create(**keys, **values)
    changed = [k for k, v in values.items() if getattr(obj, k) != v]
    if changed:
        for k in changed:
            setattr(obj, k, values[k])
        obj.save()
        result.updated += 1
    else:
        result.unchanged += 1
    return obj


def import_registry(path: str | Path, *, raw: bytes | None = None, name: str | None = None,
                    city: Division | None = None) -> ImportResult:
    name = name or str(path)
    table = read_table(path, raw, name)
    rows, problems = check_rows(table, city)
    if problems:
        shown = "; ".join(problems[:20]) + (_(" (and %(n)s more)") % {"n": len(problems) - 20} if len(problems) > 20 else "")
        raise DomainError(SourcesError.IMPORT_ROWS, file=name, count=len(problems), problems=shown)
    result = ImportResult()
    seen = {"e": set(), "o": set(), "f": set(), "d": set(), "p": set()}
    with transaction.atomic():
        for r in rows:
            e = r.enterprise
            code = e["credit_code"]
            checked = identifiers.credit_code_check_ok(code)
            if not checked and code not in result.flagged_codes:
                result.flagged_codes.append(code)
            ent = _upsert(Enterprise, {"credit_code": code},
                          {**{k: v for k, v in e.items() if k != "credit_code"}, "credit_code_checked": checked},
                          result)
            seen["e"].add(ent.pk)
            if r.permit:
                p = r.permit
                permit = _upsert(Permit, {"number": p["number"]},
                                 {"enterprise": ent, **{k: v for k, v in p.items() if k != "number"}}, result)
                seen["p"].add(permit.pk)
            o = r.outlet
            outlet = _upsert(Outlet, {"enterprise": ent, "code": o["code"]},
                             {k: v for k, v in o.items() if k != "code"}, result)
            seen["o"].add(outlet.pk)
            f = r.factor
            factor = _upsert(OutletFactor, {"outlet": outlet, "code": f["code"]},
                             {k: v for k, v in f.items() if k != "code"}, result)
            seen["f"].add(factor.pk)
            d = r.device
            device = _upsert(Device, {"mn": d["mn"]}, {"outlet": outlet, **{k: v for k, v in d.items() if k != "mn"}},
                             result)
            seen["d"].add(device.pk)
    result.enterprises, result.outlets, result.factors = len(seen["e"]), len(seen["o"]), len(seen["f"])
    result.devices, result.permits = len(seen["d"]), len(seen["p"])
    return result
