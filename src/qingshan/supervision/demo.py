"""Demo of the supervision app — all of it **synthetic** and labelled 演示 wherever it shows:

- a rectification ledger for 攀枝花 (20 invented problems in the shape of an office's ledger, imported through the
  real importer from a workbook built here), played through the workflow over 2024–2026: items started, reported
  on, applied for closure with evidence, returned, accepted, put on public notice, closed; long-term items reporting;
  some overdue;
- a year (2024) of supervision notices to the units: reminders, letters, an interview with its meeting record,
  replies, returns;
- the bulletin of December 2024 (published) and, when 攀枝花's 2019 air data is on the platform, of June 2019.

Nothing here is a real problem, notice or decision of 攀枝花市.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from rich.console import Console

from qingshan.orgs.models import Division, Unit

from . import services
from .bulletin import office_actor
from .models import Bulletin, Notice, NoticeEvent, Rectification, RectificationEvent

CITY = "攀枝花市"
SOURCE_C = "中央第三轮生态环境保护督察反馈问题（演示）"
SOURCE_P = "省级第二轮生态环境保护督察反馈问题（演示）"
SOURCE_W = "长江经济带生态环境警示片披露问题（演示）"
SOURCE_X = "信访交办件（演示）"

#: (source, round, batch, problem, goal, measures, leader, lead, cooperating, accepting, deadline, status)
PROBLEMS = [
    (SOURCE_C, "第三轮", "第一批", "某支流入河排污口排查整治进度滞后（演示）", "入河排污口全部完成分类整治",
     "开展排污口溯源,实施一口一策整治", "演示领导甲", "市生态环境局", "东区人民政府、西区人民政府", "", "2024年6月底前", "整改中"),
    (SOURCE_C, "第三轮", "第一批", "城区部分污水管网雨污混接（演示）", "建成区雨污分流改造完成",
     "排查混接点,实施分流改造", "演示领导乙", "市住房城乡建设局", "东区人民政府", "东区人民政府", "2024年9月30日前", "整改中"),
    (SOURCE_C, "第三轮", "第一批", "部分尾矿库环境风险管控不到位（演示）", "尾矿库风险隐患全部整治",
     "开展尾矿库环境风险评估,完善防渗和截洪设施", "演示领导丙", "市应急管理局", "市生态环境局", "市生态环境局", "2024年12月底前", "整改中"),
    (SOURCE_C, "第三轮", "第二批", "工业园区大气污染物无组织排放问题突出（演示）", "园区无组织排放得到有效控制",
     "实施重点企业深度治理,建设园区监测监控体系", "演示领导甲", "钒钛高新区管委会", "市生态环境局、市经济和信息化局", "市生态环境局", "2025年6月底前", "整改中"),
    (SOURCE_C, "第三轮", "第二批", "部分区域建筑扬尘管控不严（演示）", "施工工地扬尘防治措施全面落实",
     "落实六个百分百,开展常态化巡查", "演示领导乙", "市住房城乡建设局", "市城市管理行政执法局", "", "长期坚持", "持续推进"),
    (SOURCE_C, "第三轮", "第二批", "农村生活污水处理设施运行不正常（演示）", "设施正常运行率达到要求",
     "开展设施运维排查,建立长效运维机制", "演示领导丁", "市农业农村局", "仁和区人民政府、米易县人民政府、盐边县人民政府", "市生态环境局", "2025年12月底前", "未启动"),
    (SOURCE_P, "第二轮", "第一批", "城市建成区黑臭水体存在返黑返臭风险（演示）", "黑臭水体长治久清",
     "落实河长制,定期巡查监测", "演示领导乙", "市住房城乡建设局", "市水利局", "", "长期坚持", "持续推进"),
    (SOURCE_P, "第二轮", "第一批", "部分矿山生态修复滞后（演示）", "历史遗留矿山生态修复按期完成",
     "编制修复方案,分年度实施", "演示领导丙", "市自然资源和规划局", "仁和区人民政府", "仁和区人民政府", "2024年10月31日前", "整改中"),
    (SOURCE_P, "第二轮", "第一批", "危险废物规范化管理存在短板（演示）", "重点单位危废规范化管理达标",
     "开展危废专项检查,督促整改", "演示领导甲", "市生态环境局", "", "", "2024年8月底前", "整改中"),
    (SOURCE_P, "第二轮", "第二批", "机动车尾气排放检验监管不到位（演示）", "检验机构监管全覆盖",
     "开展检验机构专项检查", "演示领导丁", "市生态环境局", "市公安局、市交通运输局", "", "2024年5月底前", "整改中"),
    (SOURCE_P, "第二轮", "第二批", "饮用水水源保护区内存在违规建筑（演示）", "保护区内违规建筑全部清理",
     "排查登记,依法拆除", "演示领导乙", "米易县人民政府", "市水利局、市生态环境局", "市生态环境局", "2024年7月31日前", "整改中"),
    (SOURCE_P, "第二轮", "第二批", "秸秆露天焚烧管控不力（演示）", "秸秆综合利用率稳步提升",
     "加强禁烧巡查,推进综合利用", "演示领导丁", "市农业农村局", "各县(区)政府", "", "长期坚持", "持续推进"),
    (SOURCE_W, "2023年", "", "江边砂石堆场扬尘和雨水直排（演示）", "堆场规范化整治完成",
     "建设围挡和雨水收集设施", "演示领导丙", "盐边县人民政府", "市交通运输局", "市生态环境局", "2024年3月31日前", "整改中"),
    (SOURCE_W, "2023年", "", "沿江化工企业初期雨水收集不规范（演示）", "初期雨水全部收集处理",
     "改造雨水收集池和切换阀", "演示领导甲", "西区人民政府", "市生态环境局", "市生态环境局", "2024年6月30日前", "整改中"),
    (SOURCE_W, "2023年", "", "岸线违规占用问题（演示）", "违规占用岸线全部清退",
     "清理整治,复绿", "演示领导丙", "市水利局", "东区人民政府", "", "2025年3月31日前", "整改中"),
    (SOURCE_X, "", "第一批", "某养殖场粪污直排（演示）", "粪污资源化利用设施正常运行",
     "责令停止直排,建设收集池", "演示领导丁", "仁和区人民政府", "市农业农村局", "市生态环境局", "立行立改", "整改中"),
    (SOURCE_X, "", "第一批", "某小区周边餐饮油烟扰民（演示）", "油烟达标排放",
     "安装油烟净化设施,加强执法", "演示领导乙", "东区人民政府", "市城市管理行政执法局", "", "2024年4月30日前", "整改中"),
    (SOURCE_X, "", "第二批", "某企业夜间噪声扰民（演示）", "厂界噪声达标",
     "调整作业时间,安装隔声设施", "演示领导甲", "市生态环境局", "西区人民政府", "", "2024年9月30日前", "整改中"),
    (SOURCE_X, "", "第二批", "某河段垃圾堆积（演示）", "河段垃圾清理完毕并建立保洁机制",
     "组织清理,落实河长巡河", "演示领导丙", "米易县人民政府", "市水利局", "", "2024年6月30日前", "已销号"),
    (SOURCE_C, "第三轮", "第二批", "园区污水处理厂提标改造滞后（演示）", "出水稳定达到一级A标准",
     "实施提标改造工程", "演示领导甲", "钒钛高新区管委会", "市住房城乡建设局", "", "2026年12月底前", "未启动"),
]  # fmt: skip

HEADER = ["序号", "问题来源", "轮次", "批次", "反馈问题", "整改目标", "整改措施", "责任领导", "牵头单位", "配合单位",
          "验收单位", "整改时限", "整改状态"]  # fmt: skip


def demo_workbook() -> bytes:
    """The demo ledger as an office would keep it: a title row, the header, one row per problem, and the source
    merged down over the rows it covers."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append(["攀枝花市生态环境保护督察反馈问题整改台账（演示数据，非真实问题）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    start, last = 3, None
    for i, (src, rnd, batch, problem, goal, measures, leader, lead, coop, acc, deadline, status) in enumerate(
        PROBLEMS, start=1
    ):
        row = ws.max_row + 1
        ws.append([str(i), src if src != last else None, rnd, batch, problem, goal, measures, leader, lead, coop, acc,
                   deadline, status])  # fmt: skip
        if src != last:
            if last is not None and row - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
            start, last = row, src
    if ws.max_row > start:
        ws.merge_cells(start_row=start, start_column=2, end_row=ws.max_row, end_column=2)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _when(d: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(d, time(hour)))


def _dated(item: Rectification, d: date) -> None:
    """Put the item's latest event (and the dates the step set) on ``d``."""
    ev = item.events.order_by("-pk").first()
    RectificationEvent.objects.filter(pk=ev.pk).update(at=_when(d))
    fields = {}
    if ev.action == "apply":
        fields["applied_at"] = _when(d)
    elif ev.action == "accept":
        days = (item.publicity_end - item.publicity_start).days
        fields.update(publicity_start=d, publicity_end=date.fromordinal(d.toordinal() + days))
    elif ev.action == "close":
        fields["closed_at"] = _when(d)
    elif ev.action in ("report", "start"):
        fields["last_report_at"] = _when(d)
    if fields:
        Rectification.objects.filter(pk=item.pk).update(**fields)
    item.refresh_from_db()


def _evidence() -> list:
    from docx import Document

    doc = Document()
    doc.add_paragraph("验收意见（演示材料，非真实文件）")
    buf = io.BytesIO()
    doc.save(buf)
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00"
        b"\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    return [
        ("report", SimpleUploadedFile("整改报告（演示）.txt", "整改报告：演示材料，非真实文件。".encode())),
        ("acceptance", SimpleUploadedFile("验收意见（演示）.docx", buf.getvalue())),
        ("photo", SimpleUploadedFile("现场照片（演示）.png", png)),
    ]


def _play(item: Rectification, steps, actors) -> None:
    for action, who, d, comment in steps:
        files = _evidence() if action == "apply" else ()
        services.act_on_item(item, action, actors[who], comment=comment, files=files)
        item.refresh_from_db()
        _dated(item, d)


def _actor_of(unit_name: str):
    """A unit's actor for the demo (its demo user when there is one, else the unit acting without a user)."""
    from qingshan.core.access import Actor
    from qingshan.core.roles import Role

    unit = Unit.objects.get(name=unit_name)
    return Actor(None, Role.UNIT, unit.pk, frozenset(unit.division.descendant_ids()))


@transaction.atomic
def load_demo_ledger() -> int:
    city = Division.objects.get(name=CITY, level=Division.Level.CITY)
    if Rectification.objects.filter(division=city, demo=True).exists():
        return 0
    office = office_actor(city)
    services.import_ledger(
        demo_workbook(), "攀枝花市督察整改台账（演示）.xlsx", city, office, None, demo=True, today=date(2024, 1, 15)
    )
    RectificationEvent.objects.filter(rectification__division=city, action="import").update(at=_when(date(2024, 1, 15)))
    items = {it.problem: it for it in Rectification.objects.filter(division=city, demo=True)}
    who = {
        "office": office,
        "sthj": _actor_of("攀枝花市生态环境局"),
        "zjj": _actor_of("攀枝花市住房和城乡建设局"),
        "yjj": _actor_of("攀枝花市应急管理局"),
        "zrzy": _actor_of("攀枝花市自然资源和规划局"),
        "dongqu": _actor_of("东区人民政府"),
        "xiqu": _actor_of("西区人民政府"),
        "renhe": _actor_of("仁和区人民政府"),
        "miyi": _actor_of("米易县人民政府"),
        "yanbian": _actor_of("盐边县人民政府"),
        "slj": _actor_of("攀枝花市水利局"),
        "nyj": _actor_of("攀枝花市农业农村局"),
        "gxq": _actor_of("钒钛高新区管委会"),
    }
    today = timezone.localdate()

    def p(prefix: str) -> Rectification:
        return next(v for k, v in items.items() if k.startswith(prefix))

    # closed in 2024 through the whole flow, one of them returned once
    _play(p("危险废物"), [
        ("report", "sthj", date(2024, 3, 12), "完成 46 家重点单位专项检查,发现问题 18 个（演示）"),
        ("apply", "sthj", date(2024, 7, 20), "问题全部整改到位,申请销号（演示）"),
        ("accept", "office", date(2024, 7, 29), "材料齐全,现场核查通过（演示）"),
        ("close", "office", date(2024, 8, 6), ""),
    ], who)  # fmt: skip
    _play(p("江边砂石"), [
        ("report", "yanbian", date(2024, 2, 20), "围挡建设完成 80%（演示）"),
        ("apply", "yanbian", date(2024, 3, 25), "整改完成,申请销号（演示）"),
        ("return", "office", date(2024, 4, 2), "雨水收集设施未投运,请补充运行记录后重新申请（演示）"),
        ("report", "yanbian", date(2024, 4, 20), "雨水收集设施已投运（演示）"),
        ("apply", "yanbian", date(2024, 4, 28), "补充运行记录,重新申请销号（演示）"),
        ("accept", "office", date(2024, 5, 8), "现场核查通过（演示）"),
        ("close", "office", date(2024, 5, 16), ""),
    ], who)  # fmt: skip
    _play(p("某小区周边"), [
        ("report", "dongqu", date(2024, 3, 2), "12 家餐饮单位完成油烟净化设施安装（演示）"),
        ("apply", "dongqu", date(2024, 4, 22), "申请销号（演示）"),
        ("accept", "office", date(2024, 4, 29), "经回访群众满意（演示）"),
        ("close", "office", date(2024, 5, 7), ""),
    ], who)  # fmt: skip
    _play(p("沿江化工"), [
        ("report", "xiqu", date(2024, 5, 6), "3 家企业完成改造（演示）"),
        ("apply", "xiqu", date(2024, 6, 25), "申请销号（演示）"),
        ("accept", "sthj", date(2024, 7, 3), "验收通过（演示）"),
        ("close", "office", date(2024, 7, 11), ""),
    ], who)  # fmt: skip
    # applied, waiting for 东区人民政府 to accept
    _play(p("城区部分污水管网"), [
        ("report", "zjj", date(2024, 6, 3), "完成混接点排查 312 处（演示）"),
        ("report", "zjj", date(2024, 9, 12), "完成改造 287 处（演示）"),
        ("apply", "zjj", date.fromordinal(today.toordinal() - 10), "全部改造完成,申请销号（演示）"),
    ], who)  # fmt: skip
    # on public notice now (accepted three days ago)
    _play(p("部分矿山"), [
        ("report", "zrzy", date(2024, 8, 10), "完成修复方案编制（演示）"),
        ("apply", "zrzy", date.fromordinal(today.toordinal() - 12), "修复工程完工,申请销号（演示）"),
        ("accept", "renhe", date.fromordinal(today.toordinal() - 3), "现场核查通过（演示）"),
    ], who)  # fmt: skip
    # long-term items with their periodic reports
    _play(p("部分区域建筑扬尘"), [
        ("report", "zjj", date(2024, 3, 31), "一季度巡查工地 420 个次（演示）"),
        ("report", "zjj", date(2024, 6, 30), "二季度巡查工地 455 个次（演示）"),
        ("report", "zjj", date(2024, 9, 30), "三季度巡查工地 438 个次（演示）"),
    ], who)  # fmt: skip
    _play(p("城市建成区黑臭水体"), [("report", "zjj", date(2024, 6, 28), "上半年巡查 24 次,水质稳定（演示）")], who)
    # started and reported, now overdue
    _play(p("某支流入河排污口"), [("report", "sthj", date(2024, 5, 15), "完成排污口排查 126 个（演示）")], who)
    _play(p("部分尾矿库"), [("report", "yjj", date(2024, 10, 9), "完成 9 座尾矿库风险评估（演示）")], who)
    _play(p("饮用水水源保护区"), [("report", "miyi", date(2024, 6, 20), "拆除违规建筑 7 处,剩余 2 处（演示）")], who)
    _play(p("某养殖场"), [("report", "renhe", date(2024, 1, 25), "已责令停止直排（演示）")], who)
    return len(items)


#: (unit, subject item prefix or None, rung path, issued on, reply, escalations …) — a year of notices (2024).
NOTICES = [
    ("攀枝花市生态环境局", "某支流入河排污口", ["reminder"], date(2024, 7, 5), "已加快推进,预计 9 月完成（演示）"),
    ("攀枝花市生态环境局", "某支流入河排污口", ["reminder", "letter"], date(2024, 9, 10), None),
    ("攀枝花市应急管理局", "部分尾矿库", ["reminder"], date(2024, 11, 4), "已完成风险评估,正在整改（演示）"),
    ("米易县人民政府", "饮用水水源保护区", ["reminder", "letter"], date(2024, 8, 6), "剩余 2 处正在司法程序中（演示）"),
    ("米易县人民政府", "饮用水水源保护区", ["letter", "interview"], date(2024, 10, 15), None),
    ("仁和区人民政府", "某养殖场", ["reminder"], date(2024, 3, 1), "粪污收集池已开工（演示）"),
    ("攀枝花市住房和城乡建设局", "城区部分污水管网", ["reminder"], date(2024, 10, 8), "改造已完成 92%（演示）"),
    ("西区人民政府", "沿江化工", ["reminder"], date(2024, 6, 3), "正在收尾（演示）"),
    ("攀枝花市生态环境局", "机动车尾气", ["reminder", "letter"], date(2024, 6, 12), "已完成检验机构全覆盖检查（演示）"),
    ("攀枝花市自然资源和规划局", "部分矿山", ["reminder"], date(2024, 11, 20), "修复工程进入收尾阶段（演示）"),
    ("攀枝花市农业农村局", "农村生活污水", ["reminder"], date(2024, 12, 9), None),
    ("东区人民政府", "某小区周边", ["reminder"], date(2024, 2, 5), "已完成 8 家（演示）"),
]


@transaction.atomic
def load_demo_notices() -> int:
    city = Division.objects.get(name=CITY, level=Division.Level.CITY)
    if Notice.objects.filter(division=city, demo=True).exists():
        return 0
    office = office_actor(city)
    n = 0
    for unit_name, prefix, path, issued, reply in NOTICES:
        unit = Unit.objects.get(name=unit_name)
        item = Rectification.objects.filter(division=city, demo=True, problem__startswith=prefix).first()
        subject = Notice.Subject.RECTIFICATION if item and item.units.filter(unit=unit).exists() else Notice.Subject.OTHER
        notice = services.issue_notice(
            office, None, unit=unit, subject=subject, rectification=item if subject == Notice.Subject.RECTIFICATION else None,
            rung=path[0], text=f"请加快推进“{prefix}”相关整改工作,按期报送进展（演示）", demo=True, at=_when(issued),
        )  # fmt: skip
        day = issued.toordinal()
        unit_actor = _actor_of(unit_name)
        if reply:
            day += 6
            services.act_on_notice(notice, "reply", unit_actor, comment=reply)
            _notice_dated(notice, day)
        for rung in path[1:]:
            day += 9
            name = services.policy_for(notice.division_id).rung(rung).zh
            services.act_on_notice(notice, "escalate", office, comment=f"进展滞后,升级为{name}（演示）")
            _notice_dated(notice, day)
            if rung == "interview":
                day += 7
                services.act_on_notice(
                    notice, "record_meeting", office,
                    comment="约谈会议记录（演示）：被约谈单位作出整改承诺,明确完成时限。",
                    meeting_at=_when(date.fromordinal(day), 15),
                )  # fmt: skip
                _notice_dated(notice, day)
        if notice.status == Notice.Status.REPLIED and day < date(2024, 12, 1).toordinal():
            day += 5
            services.act_on_notice(notice, "close", office, comment="回复情况属实,办结（演示）")
            _notice_dated(notice, day)
        n += 1
    return n


def _notice_dated(notice: Notice, day: int) -> None:
    ev = notice.events.order_by("-pk").first()
    NoticeEvent.objects.filter(pk=ev.pk).update(at=_when(date.fromordinal(day)))
    notice.refresh_from_db()
    if notice.reply_due and ev.action in ("escalate", "return_reply"):
        rung = services.policy_for(notice.division_id).rung(notice.rung)
        if rung and rung.reply_days:
            Notice.objects.filter(pk=notice.pk).update(reply_due=date.fromordinal(day + rung.reply_days))


def load_demo_bulletins() -> list[Bulletin]:
    city = Division.objects.get(name=CITY, level=Division.Level.CITY)
    from qingshan.air.models import DailyAirQuality

    months = [date(2024, 12, 1)]
    if DailyAirQuality.objects.filter(station__division_id__in=city.descendant_ids(), date__year=2019, date__month=6).exists():
        months.append(date(2019, 6, 1))
    out = []
    for first in months:
        if Bulletin.objects.filter(division=city, month=first).exists():
            continue
        b = services.build_bulletin(city, first, office_actor(city), None, issued_on=date(first.year + (first.month == 12), first.month % 12 + 1, 5))
        if first == date(2024, 12, 1):
            services.publish_bulletin(b, office_actor(city))
        out.append(b)
    return out


def load_demo_supervision(console: Console) -> str:
    with console.status("演示整改台账、督办与月通报 the demo rectification ledger, notices and bulletins…"):
        items = load_demo_ledger()
        notices = load_demo_notices()
        bulletins = load_demo_bulletins()
    if not (items or notices or bulletins):
        return "[green]✓[/] 督察整改 supervision demo already loaded"
    return (
        f"[green]✓[/] 督察整改(演示) supervision demo: {items} rectification items, {notices} notices, "
        f"{len(bulletins)} bulletin(s) — synthetic, labelled 演示"
    )

