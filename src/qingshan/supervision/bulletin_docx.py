"""The monthly bulletin as a Word document in the form of a government bulletin (python-docx), with its charts drawn
offline (matplotlib, Agg).

Layout after GB/T 9704-2012 (党政机关公文格式) as far as a bulletin follows it: A4, margins 37/35/28/26 mm, body text
仿宋_GB2312 三号 (16 pt) on a fixed 28 pt line, the title 方正小标宋简体 二号 (22 pt), first-level headings 黑体 and
second-level 楷体_GB2312 三号, the masthead in red over a red rule. Those fonts are not on every computer, so the
document's font table names a fallback for each (``w:altName``: 宋体, 仿宋, 楷体, 黑体 — Windows' own), which Word
uses when the font is missing. In English the text is set in Times New Roman and Arial.
"""

from __future__ import annotations

import io
from datetime import date

from django.utils.translation import gettext as _

from qingshan.core.i18n import is_chinese

#: (font, fallback the font table names, charset 86 = GB2312)
CHINESE_FONTS = {
    "title": ("方正小标宋简体", "宋体"),
    "body": ("仿宋_GB2312", "仿宋"),
    "h1": ("黑体", "SimHei"),
    "h2": ("楷体_GB2312", "楷体"),
}
RED = (0xC0, 0x00, 0x00)


def _font_names(role: str) -> tuple[str, str]:
    """(east-Asian font, Latin font) of a text role in the active language."""
    if is_chinese():
        return CHINESE_FONTS[role][0], "Times New Roman"
    return ("Arial", "Arial") if role in ("title", "h1") else ("Times New Roman", "Times New Roman")


def _add_font_fallbacks(doc) -> None:
    """Name a fallback for each 公文 font in the document's font table (``w:altName``)."""
    from lxml import etree

    part = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.fromstring(part.blob)
    have = {f.get(f"{{{ns}}}name") for f in root.findall(f"{{{ns}}}font")}
    for name, alt in CHINESE_FONTS.values():
        if name in have:
            continue
        font = etree.SubElement(root, f"{{{ns}}}font", {f"{{{ns}}}name": name})
        etree.SubElement(font, f"{{{ns}}}altName", {f"{{{ns}}}val": alt})
        etree.SubElement(font, f"{{{ns}}}charset", {f"{{{ns}}}val": "86"})
        etree.SubElement(font, f"{{{ns}}}family", {f"{{{ns}}}val": "modern" if name != "黑体" else "swiss"})
        etree.SubElement(font, f"{{{ns}}}pitch", {f"{{{ns}}}val": "fixed"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _style_run(run, role: str, size: float, bold: bool = False, colour=None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    east, latin = _font_names(role)
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), latin)
    fonts.set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    run.font.bold = bold
    if colour:
        run.font.color.rgb = RGBColor(*colour)


class Writer:
    """Paragraphs and tables in the bulletin's styles."""

    def __init__(self):
        from docx import Document
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        self.doc = Document()
        _add_font_fallbacks(self.doc)
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)

    def para(self, text: str = "", role: str = "body", size: float = 16, *, bold=False, colour=None, align=None,
             indent: bool = True, space_after: float = 0):  # fmt: skip
        from docx.enum.text import WD_LINE_SPACING
        from docx.shared import Pt

        p = self.doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(28, size * 1.4))
        fmt.space_before, fmt.space_after = Pt(0), Pt(space_after)
        if indent and role == "body":
            fmt.first_line_indent = Pt(size * 2)
        if align is not None:
            p.alignment = align
        if text:
            _style_run(p.add_run(text), role, size, bold, colour)
        return p

    def rule(self, colour=RED, size: int = 12) -> None:
        """A paragraph whose bottom border draws the red rule under the masthead."""
        from docx.oxml.ns import qn

        p = self.para("", indent=False)
        ppr = p._element.get_or_add_pPr()
        border = ppr.makeelement(qn("w:pBdr"), {})
        bottom = border.makeelement(
            qn("w:bottom"),
            {qn("w:val"): "single", qn("w:sz"): str(size), qn("w:space"): "1", qn("w:color"): "".join(f"{c:02X}" for c in colour)},
        )
        border.append(bottom)
        ppr.append(border)

    def heading(self, text: str, level: int = 1) -> None:
        self.para(text, "h1" if level == 1 else "h2", 16, indent=False)

    def table(self, header: list[str], rows: list[list], widths_mm: list[float] | None = None) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt

        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if widths_mm:
            t.autofit = False
            for c, wmm in enumerate(widths_mm):
                t.columns[c].width = Mm(wmm)
        for r, values in enumerate([header, *rows]):
            for c, v in enumerate(values):
                cell = t.cell(r, c)
                cell.text = ""
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if c or r == 0 else WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.space_after = Pt(0)
                _style_run(p.add_run("—" if v is None or v == "" else str(v)), "h1" if r == 0 else "body", 10.5)
                if widths_mm:
                    cell.width = Mm(widths_mm[c])
        self.para("", indent=False, size=8)

    def picture(self, png: bytes, width_mm: float = 150) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        self.doc.add_picture(io.BytesIO(png), width=Mm(width_mm))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


# --- charts ------------------------------------------------------------------------------------------------

CJK_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei", "PingFang SC"]


def _cjk_font() -> str | None:
    from matplotlib import font_manager

    have = {f.name for f in font_manager.fontManager.ttflist}
    return next((f for f in CJK_FONTS if f in have), None)


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = _cjk_font()
    plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    return plt, font is not None


def _labels(names: list[str], cjk: bool) -> list[str]:
    """Names as chart labels; without a CJK font, their row numbers in the table above (never empty boxes)."""
    if cjk or all(n.isascii() for n in names):
        return names
    return [str(i) for i in range(1, len(names) + 1)]


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return buf.getvalue()


def air_chart(rows: list[dict]) -> bytes | None:
    plt, cjk = _plt()
    rows = [r for r in rows if r["month"] and r["month"]["composite"] is not None]
    if not rows:
        return None
    names = _labels([r["name"] for r in rows], cjk)
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
    x = range(len(rows))
    cur = [r["month"]["composite"] for r in rows]
    prev = [(r["month_prev"] or {}).get("composite") or 0 for r in rows]
    axes[0].bar([i - 0.2 for i in x], prev, 0.4, label=_("same month last year"), color="#b8c4bc")
    axes[0].bar([i + 0.2 for i in x], cur, 0.4, label=_("this month"), color="#1f7a4d")
    axes[0].set_title(_("Composite index (lower is better)"))
    ytd = [(r["ytd"] or {}).get("good_ratio") or 0 for r in rows]
    ytd_prev = [(r["ytd_prev"] or {}).get("good_ratio") or 0 for r in rows]
    axes[1].bar([i - 0.2 for i in x], ytd_prev, 0.4, label=_("same period last year"), color="#b8c4bc")
    axes[1].bar([i + 0.2 for i in x], ytd, 0.4, label=_("year to date"), color="#2a7ab8")
    axes[1].set_title(_("Good-day ratio, year to date (%)"))
    axes[1].set_ylim(0, 105)
    for ax in axes:
        ax.set_xticks(list(x))
        ax.set_xticklabels(names, rotation=30, ha="right", fontsize=8)
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=2, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def tasks_chart(units: list[dict]) -> bytes | None:
    plt, cjk = _plt()
    units = sorted(units, key=lambda u: -u["total"])[:12]
    if not units:
        return None
    names = _labels([u["name"] for u in units], cjk)[::-1]
    units = units[::-1]
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(units) + 1.2))
    left = [0] * len(units)
    for key, label, colour in (
        ("completed", _("completed"), "#1a7f37"),
        ("in_progress", _("in progress"), "#4ac26b"),
        ("not_started", _("not started"), "#d0d7de"),
    ):
        vals = [u[key] for u in units]
        ax.barh(names, vals, left=left, label=label, color=colour)
        left = [a + b for a, b in zip(left, vals, strict=True)]
    for i, u in enumerate(units):
        if u["overdue"]:
            ax.text(left[i] + 0.2, i, _("%(n)s overdue") % {"n": u["overdue"]}, va="center", fontsize=7, color="#cf222e")
    ax.set_title(_("Tasks by lead unit"))
    ax.legend(fontsize=7, loc="lower right")
    ax.tick_params(axis="y", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def rectification_chart(counts: dict[str, int], labels: dict[str, str]) -> bytes | None:
    plt, _cjk = _plt()
    if not sum(counts.values()):
        return None
    keys = list(labels)
    fig, ax = plt.subplots(figsize=(7, 2.6))
    colours = ["#d0d7de", "#d4a72c", "#2a7ab8", "#8250df", "#1a7f37"]
    ax.bar(range(len(keys)), [counts.get(k, 0) for k in keys], color=colours[: len(keys)])
    ax.set_xticks(range(len(keys)))
    ax.set_xticklabels([labels[k] for k in keys], fontsize=8)
    for i, k in enumerate(keys):
        ax.text(i, counts.get(k, 0), str(counts.get(k, 0)), ha="center", va="bottom", fontsize=8)
    ax.set_title(_("Rectification items by status"))
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


# --- text --------------------------------------------------------------------------------------------------


def fmt(x, nd: int = 1, unit: str = "") -> str:
    return "—" if x is None else f"{x:.{nd}f}{unit}"


def change_text(value, kind: str) -> str:
    """A change on the same period last year: "down 5.2%", "up 1.3 points", or no figure."""
    if value is None:
        return _("no figure for last year")
    if value == 0:
        return _("unchanged")
    if kind == "pp":
        return (_("up %(v)s points") if value > 0 else _("down %(v)s points")) % {"v": f"{abs(value):.1f}"}
    return (_("up %(v)s%%") if value > 0 else _("down %(v)s%%")) % {"v": f"{abs(value):.1f}"}


def render(figs: dict, *, title: str, issuer: str, number: int, issued_on: date, state_labels: dict[str, str]) -> bytes:
    """The bulletin for the figures of :func:`bulletin.gather`."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    w = Writer()
    city, year, m = figs["city"], figs["year"], figs["month_no"]
    month_name = _("%(year)s-%(month)02d") % {"year": year, "month": m}
    w.para(_("%(city)s eco-environmental protection work bulletin") % {"city": city}, "title", 30,
           colour=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)  # fmt: skip
    w.para(_("No. %(n)s of %(year)s") % {"n": number, "year": year}, "body", 16,
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)  # fmt: skip
    line = w.para("", indent=False)
    _style_run(line.add_run(issuer), "body", 14)
    _style_run(line.add_run("\t" + _date_text(issued_on)), "body", 14)
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm

    line.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    w.rule()
    w.para(title, "title", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=12)
    if figs["synthetic"]:
        w.para(_("Note: in this bulletin %(what)s — not measurements or real records.") % {"what": "; ".join(figs["synthetic"])},
               "body", 12, bold=True, colour=RED)  # fmt: skip
    w.para(
        _("This bulletin reports the eco-environmental work of %(city)s in %(month)s: air and water quality, the "
          "progress of the key tasks, the rectification of inspection problems and the supervision notices issued.")
        % {"city": city, "month": month_name}
    )  # fmt: skip
    n = 0
    for block in (_air, _water, _tasks, _rectification, _notices, _requirements):
        if block(w, figs, n + 1, month_name, state_labels):
            n += 1
    w.para("")
    w.para(issuer, "body", 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    w.para(_date_text(issued_on), "body", 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    return w.bytes()


_NUMERALS = "一二三四五六七八九十"


def _h1(w: Writer, n: int, text: str) -> None:
    w.heading((f"{_NUMERALS[n - 1]}、" if is_chinese() else f"{n}. ") + text, 1)


def _h2(w: Writer, n: int, text: str) -> None:
    w.heading((f"（{_NUMERALS[n - 1]}）" if is_chinese() else f"({n}) ") + text, 2)


def _date_text(d: date) -> str:
    return _("%(year)s-%(month)s-%(day)s") % {"year": d.year, "month": d.month, "day": d.day}


def _air(w: Writer, figs: dict, n: int, month_name: str, _labels) -> bool:
    air = figs["air"]
    _h1(w, n, _("Ambient air quality"))
    if not air:
        w.para(_("No air-quality data of %(city)s for this month.") % {"city": figs["city"]})
        return True
    for note in air["notes"]:
        w.para(note, "body", 12, colour=RED)
    invalid = False
    ytd_label = _("%(year)s, January to month %(m)s") % {"year": figs["year"], "m": figs["month_no"]}
    for k, (period, label) in enumerate((("month", month_name), ("ytd", ytd_label)), start=1):
        _h2(w, k, label)
        city = next((r for r in air["rows"] if r["level"] == "city"), None)
        if city and city[period]:
            f, ch = city[period], city["change"][period]
            w.para(
                _("%(city)s: composite index %(ci)s (%(ci_change)s on the same period last year); PM2.5 %(pm)s µg/m³ "
                  "(%(pm_change)s); good-day ratio %(good)s%% (%(good_change)s), %(days)s valid days.")
                % {
                    "city": city["name"], "ci": fmt(f["composite"], 2), "ci_change": change_text(ch.get("composite_pct"), "pct"),
                    "pm": fmt(f["pm25"]), "pm_change": change_text(ch.get("pm25_pct"), "pct"), "good": fmt(f["good_ratio"]),
                    "good_change": change_text(ch.get("good_ratio_pp"), "pp"), "days": f["valid_days"],
                }
            )  # fmt: skip
        rows = []
        for r in air["rows"]:
            f, ch = r[period], r["change"][period]
            if not f:
                rows.append([r["name"], None, None, None, None, None, None, None])
                continue
            mark = "" if f["composite_valid"] else "*"
            pm_mark = "" if f["pm25_valid"] else "*"
            invalid = invalid or bool(mark or pm_mark)
            rows.append(
                [
                    r["name"],
                    fmt(f["composite"], 2) + mark,
                    change_text(ch.get("composite_pct"), "pct"),
                    (r.get("rank") or {}).get(period, "—" if r["level"] == "city" else None),
                    fmt(f["pm25"]) + pm_mark,
                    change_text(ch.get("pm25_pct"), "pct"),
                    fmt(f["good_ratio"]),
                    change_text(ch.get("good_ratio_pp"), "pp"),
                ]
            )
        w.table(
            [_("Area"), _("Composite index"), _("Change on last year"), _("Rank"), _("PM2.5 (µg/m³)"), _("Change on last year"),
             _("Good days (%)"), _("Change on last year")],  # fmt: skip
            rows,
            [22, 18, 20, 14, 20, 20, 20, 20],
        )
    if invalid:
        w.para(
            _("* Too few valid daily values for a valid statistic by GB 3095-2012 Table 4 (each month at least 27 "
              "days, February 25): the figure is indicative only."),
            "body", 12,
        )  # fmt: skip
    if air["without_stations"]:
        w.para(_("Without air monitoring stations on the platform: %(names)s.") % {"names": "、".join(air["without_stations"])}, "body", 12)
    w.para(
        _("Counties are ranked by the composite index, lowest first. The composite index and the good days follow %(text)s; "
          "changes compare the same period of last year.") % {"text": air["rows"][0][ "month"]["text"] if air["rows"][0]["month"] else "HJ 633"},
        "body", 12,
    )  # fmt: skip
    png = air_chart(air["rows"])
    if png:
        w.picture(png)
    return True


def _water(w: Writer, figs: dict, n: int, month_name: str, _labels) -> bool:
    water = figs["water"]
    _h1(w, n, _("Surface water quality"))
    if not water:
        w.para(_("No surface-water results of %(city)s for this month.") % {"city": figs["city"]})
        return True
    sh = water["shares"]
    w.para(
        _("In %(month)s, %(met)s of the %(n)s sections with a target met it. From January: %(i_iii)s%% of sections in "
          "classes I–III, %(worse)s%% worse than V, %(comp)s%% meeting their targets.")
        % {"month": month_name, "met": water["month_meets"], "n": water["month_with_target"], "i_iii": fmt(sh["i_iii"]),
           "worse": fmt(sh["worse_v"]), "comp": fmt(sh["compliance"])}
    )  # fmt: skip
    yes, no = _("yes"), _("no")
    w.table(
        [_("Section"), _("County"), _("Target"), _("This month"), _("Met"), _("Year to date"), _("Met")],
        [
            [s["name"], s["county"], s["target"], s["month_class"], None if s["meets"] is None else (yes if s["meets"] else no),
             s["ytd_class"], None if s["ytd_meets"] is None else (yes if s["ytd_meets"] else no)]
            for s in water["sections"]
        ],  # fmt: skip
        [36, 22, 14, 18, 12, 20, 12],
    )
    return True


def _tasks(w: Writer, figs: dict, n: int, month_name: str, _labels) -> bool:
    t = figs["tasks"]
    c = t["counts"]
    total = c.get("completed", 0) + c.get("in_progress", 0) + c.get("not_started", 0)
    _h1(w, n, _("Progress of the key tasks"))
    w.para(
        _("As of %(date)s the ledger holds %(total)s tasks: %(done)s completed, %(doing)s in progress, %(todo)s not "
          "started; %(overdue)s are overdue, and %(reports)s progress reports are overdue.")
        % {"date": _date_text(date.fromisoformat(figs["as_of"])), "total": total, "done": c.get("completed", 0), "doing": c.get("in_progress", 0),
           "todo": c.get("not_started", 0), "overdue": t["overdue_count"], "reports": t["reports_overdue"]}
    )  # fmt: skip
    if t["units"]:
        w.table(
            [_("Lead unit"), _("Number of tasks"), _("Completed"), _("In progress"), _("Not started"), _("Overdue"),
             _("On time (%)")],  # fmt: skip
            [[u["name"], u["total"], u["completed"], u["in_progress"], u["not_started"], u["overdue"],
              fmt(u.get("on_time"))] for u in t["units"][:25]],  # fmt: skip
            [46, 18, 18, 18, 18, 16, 20],
        )
        png = tasks_chart(t["units"])
        if png:
            w.picture(png)
    if t["overdue"]:
        w.para(_("Overdue tasks:"), "body", 16)
        w.table(
            [_("No."), _("Task"), _("Due on"), _("Plan")],
            [[o["number"], o["text"], o["due"], o["plan"]] for o in t["overdue"][:20]],
            [18, 70, 24, 44],
        )
    return True


def _rectification(w: Writer, figs: dict, n: int, month_name: str, labels) -> bool:
    r = figs["rectification"]
    _h1(w, n, _("Rectification of inspection problems"))
    if not r["total"]:
        w.para(_("No rectification ledger on the platform yet."))
        return True
    c = r["counts"]
    w.para(
        _("As of %(date)s the rectification ledger holds %(total)s problems: %(closed)s closed, %(pub)s on public "
          "notice, %(applied)s applied for closure, %(doing)s being rectified and %(todo)s not started (%(long)s of "
          "them long-term). %(month_closed)s were closed this month; %(overdue)s are overdue.")
        % {"date": _date_text(date.fromisoformat(figs["as_of"])), "total": r["total"], "closed": c["closed"], "pub": c["publicity"], "applied": c["applied"],
           "doing": c["in_progress"], "todo": c["pending"], "long": r["long_term"], "month_closed": r["closed_in_month"],
           "overdue": len(r["overdue"])}
    )  # fmt: skip
    png = rectification_chart(c, labels)
    if png:
        w.picture(png, 120)
    if r["overdue"]:
        w.table(
            [_("No."), _("Problem"), _("Lead unit"), _("Due on"), _("Days overdue")],
            [[o["number"], o["problem"], o["lead"], o["due"], o["days"]] for o in r["overdue"][:25]],
            [14, 70, 36, 22, 16],
        )
    return True


def _notices(w: Writer, figs: dict, n: int, month_name: str, _labels) -> bool:
    nt = figs["notices"]
    _h1(w, n, _("Supervision notices issued"))
    parts = "、".join(
        f"{r['name'] if is_chinese() else r['name_en']} {r['count']}" for r in nt["by_rung"]
    )
    w.para(_("In %(month)s: %(n)s notices issued or escalated (%(parts)s).") % {"month": month_name, "n": len(nt["rows"]), "parts": parts})
    if nt["rows"]:
        w.table(
            [_("Unit"), _("Level"), _("Notice"), _("Date")],
            [[x["unit"], x["rung"], x["title"], x["date"]] for x in nt["rows"][:30]],
            [40, 20, 70, 26],
        )
    return True


def _requirements(w: Writer, figs: dict, n: int, month_name: str, _labels) -> bool:
    """Seed 004: 对工作不力的予以通报,责令限期整改 — the units with the most overdue tasks are named."""
    lagging = [u for u in figs["tasks"]["units"] if u["overdue"]]
    lagging.sort(key=lambda u: -u["overdue"])
    if not lagging and not figs["rectification"]["overdue"]:
        return False
    _h1(w, n, _("Requirements"))
    if lagging:
        names = "、".join(_("%(name)s (%(n)s overdue)") % {"name": u["name"], "n": u["overdue"]} for u in lagging[:8])
        w.para(_("The following units are named for overdue tasks and are to rectify within a set time: %(names)s.") % {"names": names})
    if figs["rectification"]["overdue"]:
        w.para(_("The units responsible for overdue rectification items are to report their progress and apply for "
                 "closure with the required evidence."))  # fmt: skip
    return True
