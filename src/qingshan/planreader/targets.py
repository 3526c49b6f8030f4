"""Quantitative targets in a plan's text.

A target is a quantity with a unit (or an "eliminate" statement) in a clause that states a goal: a comparator
(达到 … 以上, 控制在 … 以下, 不低于, 低于, 左右, 下降/减少, 提高 … 个百分点) or a goal verb (完成, 建成, 新增, 培育 …).
Not targets: dates, item numbers, phone numbers and document numbers (no unit), pollutant names (PM2.5, O3), and
historical facts (高达, 已达, 累计, 截至 …). The year is the last target year stated before the quantity in the same
paragraph ("2024年, …", "到2025年"), else the plan's end year; "比2015年" is a baseline.
"""

from __future__ import annotations

import bisect
import re

from .model import Target, Task
from .normalize import Normalized
from .numerals import cn_count
from .tables import indicator_columns
from .units import split_top

UNITS = (
    "个百分点|克(?:标准煤|标煤|二氧化碳)?/千瓦时|吨标准?煤/万元|微克/立方米|微克每立方米|毫克/立方米|毫克每立方米|mg/m3|mg/m³|毫克每升|μg/m3|µg/m³|µg/m3|μg/m³|ug/m3|毫克/升|mg/L|万千瓦|千瓦|万亩|亩|公顷|平方公里|万平方米|平方米|公里|千米|"
    "吨/平方公里[·•.]?月|万?吨/日|万?立方米/日|分贝|立方米/万元|吨(?:二氧化碳)?/万元|亩/亿元|亿立方米|万立方米|立方米|万吨|吨|万株|株|家|个|座|辆|户|条|处|项|所|天|人次|次|万元|亿元|倍|台|套|批|例|起|件|宗|岁|头|/10万|m2/km|m²/km|%|‰"
)
R_QTY = re.compile(
    r"(?<![A-Za-z0-9.〔])(\d+(?:\.\d+)?)(?:\s*(?:万|亿)?\s*(?:~|-|—|–|至|到)\s*(\d+(?:\.\d+)?))?\s*((?:万|亿)?(?:"
    + UNITS
    + r"))"
)
# "分别不高于53和32微克/立方米", "分别控制在45、70微克/立方米以下": a bare figure in a list takes the unit of the list's
# last figure.
R_BARE_IN_LIST = re.compile(
    r"(?<![A-Za-z0-9.〔])(\d+(?:\.\d+)?)(?=(?:\s*[、和]\s*\d+(?:\.\d+)?)*\s*[、和]\s*\d+(?:\.\d+)?\s*("
    + UNITS
    + r"))"
)


# "受污染耕地安全利用率达到92以上", "点位达标率不低于82": a copy that lost its "%" signs. A rate's bare figure after
# its verb (at most 100, no unit after it) is a percentage.
R_INDEX_BARE = re.compile(
    # (and a ratio: "炼焦产能与长流程炼钢产能比控制在0.4以下")
    r"(?:指数|系数|产能比|能效比|之比)(?:\([A-Za-z]+\))?\s*(?:达到|达|不低于|不高于|不超过|控制在|保持在|稳定在|降至|降到|下降到|下降至|提高到|提高至)\s*"
    r"(\d{1,3}(?:\.\d+)?)(?![\d%.])(?!\s*(?:" + UNITS + r"))"
)
R_RATE_BARE = re.compile(
    r"率\s*(?:达到|达|不低于|不少于|不高于|不超过|控制在|保持在|稳定在|提高到|提高至|提升到|提升至)\s*"
    r"(\d{1,3}(?:\.\d+)?)(?![\d%])(?!\.\d)(?!\s*(?:" + UNITS + r"))"
    r"((?:\s*[.,、。]\s*)?(?=以上|以下|左右|以内))?"  # the stray punctuation such a copy puts before 以上
)


# "劣V类断面比例为0", "重污染天数为0": a share or count of nothing written without its unit (a cap at zero, as
# "零增长").
R_ZERO_SHARE = re.compile(r"(?:比例|比率|率|天数)\s*(?:为|保持为|保持在|保持|控制在|降至|降为|降到)\s*(0)(?![\d.%天])")


class _Shared:
    """A bare figure of a list as a quantity match (``m[1]`` value, ``m[2]`` no upper value, ``m[3]`` the shared unit)."""

    def __init__(self, m: re.Match) -> None:
        self._m = m
        self._groups = (m[0], m[1], None, m[2])

    def __getitem__(self, k: int) -> str | None:
        return self._groups[k]

    def start(self, *_: int) -> int:
        return self._m.start()

    def end(self, *_: int) -> int:
        return self._m.end()


class _Bare(_Shared):
    """A bare figure read in a unit its words give: a rate's (:data:`R_RATE_BARE`, in %) or an index's
    (:data:`R_INDEX_BARE`, no unit: "综合指数控制在4.02以内"); starts at the figure."""

    def __init__(self, m: re.Match, unit: str) -> None:
        self._m = m
        self._groups = (m[1], m[1], None, unit)

    def start(self, *_: int) -> int:
        return self._m.start(1)


# "每年不少于两次", "至少开展三次": a count written in Chinese numerals after a word that makes it a floor.
R_CN_COUNT = re.compile(r"(?:不少于|至少|不低于)\s*([一二两三四五六七八九十]{1,3})\s*(次|个|家|座|项|批|轮|场|期)")


class _CnCount(_Shared):
    """A count in Chinese numerals (:data:`R_CN_COUNT`) as a quantity match; starts at the numeral."""

    def __init__(self, m: re.Match, value: int) -> None:
        self._m = m
        self._groups = (m[0], str(value), None, m[2])

    def start(self, *_: int) -> int:
        return self._m.start(1)


def _quantities(text: str, lo: int, hi: int) -> list:
    """Quantities with their unit, and bare figures of a list that share the last one's unit, in text order."""
    found = list(R_QTY.finditer(text, lo, hi))
    taken = {m.start() for m in found}
    found += [_Shared(m) for m in R_BARE_IN_LIST.finditer(text, lo, hi) if m.start() not in taken]
    taken |= {m.start() for m in found}
    found += [_Bare(m, "%") for m in R_RATE_BARE.finditer(text, lo, hi) if float(m[1]) <= 100 and m.start(1) not in taken]
    taken |= {m.start() for m in found}
    found += [_Bare(m, "") for m in R_INDEX_BARE.finditer(text, lo, hi) if m.start(1) not in taken]
    found += [_CnCount(m, v) for m in R_CN_COUNT.finditer(text, lo, hi) if (v := cn_count(m[1])) is not None]
    taken |= {m.start() for m in found}
    found += [
        _Bare(m, "天" if m[0].startswith("天数") else "%") for m in R_ZERO_SHARE.finditer(text, lo, hi) if m.start(1) not in taken
    ]
    return sorted(found, key=lambda m: m.start())


COUNT_UNITS = {"项", "个", "类", "条", "批"}
# "27个省级及以上地表水监测断面优良率达到96.3%", "7个“千吨万人”水源地水质达标率保持100%": a count of the things a
# rate is measured over is its scope, not a target (the rate is).
SCOPE_COUNT_UNITS = {"个", "座", "条", "处", "家", "所", "项"}
# Monitored places counted without work on them ("5个国考断面…水质持续改善") name a scope; "新建5个空气自动监测站"
# and "完成10个断面…建设" are work.
SCOPE_NOUN = re.compile(r"^[^,;。、]{0,10}?(?:断面|点位|水源地|监测站|站点|城市|集中区)")  # "13个设市城市建成区淘汰…"
WORK_BEFORE = re.compile(r"(?:建设|新建|建成|设置|布设|完成|增设|新增|改造)$")
R_RATE_AFTER = re.compile(r"^[^,;。]*?(?:率|比例|比重|浓度|指数)[^,;。]*?\d")
LOWER_IS_BETTER_UNITS = {
    "微克/立方米",
    "微克每立方米",
    "毫克每升",
    "μg/m3",
    "µg/m³",
    "ug/m3",
    "毫克/升",
    "mg/L",
    "毫克/立方米",  # "PM2.5年均浓度力争达到0.053毫克/立方米", CO's 4 mg/m³
    "毫克每立方米",
    "mg/m3",
    "mg/m³",
}
# Words that make a quantity a fact, not a goal: anywhere in its clause, or (FACT_NEAR) in its comma piece.
FACT = re.compile(
    r"高达|已达|已经|已有|已完成|已建成|累计|截至|截止|共有|同比|较上年|比上年|目前|现状|年均增长率为|境内|汇集|位于|(?:占|居|列|为|是|的)(?:全国|全省)$"
)
# (in the quantity's own comma piece: "全市总面积1.2万平方公里" is a fact, "保护区总面积达到1072.7平方公里" a goal)
FACT_NEAR = re.compile(r"现有|总面积(?!达到|增加|扩大|提高|不低于|不少于)|新增量为")  # "预计…二氧化硫新增量为0.43万吨": a forecast
# "同比下降1.9%" is a fact in a review of last year and a target under "二、工作目标" (吕梁's 2019 plan): the change on
# the year before is a goal where the section states goals.
RELATIVE_FACT = re.compile(r"同比|较上年|比上年")
R_STATED_GOAL = re.compile(r"目标(?:任务)?(?:分别)?(?:为|是|:)")
R_GOAL_HEADING = re.compile(r"目标|指标")
R_TOP_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.]")


def _in_goal_section(text: str, i: int, lo: int) -> bool:
    """Whether position ``i`` lies under a heading naming goals (工作目标, 约束性指标, 改善目标) with no top-level
    heading (一、二、…) of another kind between them."""
    end = text.rfind("\n", lo, i)
    if re.match(r"\s*[\u4e00-\u9fff]{0,6}(?:目标|指标)\s*[::]", text[max(end + 1, lo) : max(end + 1, lo) + 16]):
        return True  # "主要目标:…同比下降5%": the paragraph opens with its label
    while end > lo and i - end < 3000:
        start = text.rfind("\n", lo, end) + 1
        line = text[max(start, lo) : end]
        top = R_TOP_HEADING.match(line)
        if (top or len(line) <= 30) and R_GOAL_HEADING.search(line[:30]):
            return True
        if top:
            return False
        end = start - 1
    return False


def _is_fact(text: str, before: str, cs: int, lo: int) -> bool:
    # "未达标的12个设区市(已达标的北海市、防城港市继续巩固提升)浓度比2015年下降15%": an aside in brackets is not the
    # figure's clause
    before = re.sub(r"\([^()]*\)", "", before)
    # "五年累计减少6%", "“十三五”期间累计下降": a total over the plan's years to come, not one achieved
    before = re.sub(r"(?:[一二三四五六七八九十\d]{1,2}年|期间|内)累计", "", before)
    # "氮氧化物重点工程累计减排1622吨": an amount the works will cut, not one cut (unless 已/截至 say so)
    before = re.sub(r"累计(?=减排|削减|减少)", "", before)
    # "彻底改变目前…滞后的局面,确保…处理能力达到5.2万吨/日以上": what stands before the goal's opener is the situation it
    # changes, not the goal's figure
    if openers := list(R_GOAL_OPENER.finditer(before)):
        before = before[openers[-1].start() :]
    if (dated := R_TARGET_YEAR.search(before)) and "累计" in before[dated.end() :]:
        # "到2020年,累计节能3200万吨以上": a total the years to the target year will add, not one achieved
        before = before[: dated.end()] + before[dated.end() :].replace("累计", "")
    found = FACT.findall(before)
    if not found:
        return False
    if all(w == "境内" for w in found) and R_TARGET_YEAR.search(before):
        return False  # "2020年,境内黄河、长江两大流域考核断面…比例达到100%": a goal for the area, dated
    # (the change on the year before is a goal under a goal heading, or where its sentence says it is one: "减排目标任务
    # 分别为:化学需氧量同比削减2.79%")
    stated_goal = R_STATED_GOAL.search(before) is not None
    return not (all(RELATIVE_FACT.fullmatch(w) for w in found) and (stated_goal or _in_goal_section(text, cs, lo)))
GOAL = re.compile(
    r"达到|达|保持|稳定|控制|不低于|不少于|不超过|不高于|以上|以下|以内|左右|提高|提升|降低|下降|降至|降到|减少|削减|增长|增加|"
    r"新增|完成|建成|培育|新建|改建|改造|新\(改\)建|建设|开行|备案|检查|低于|高于|超过|确保|力争|覆盖|实现|占比|比例|率|创建|打造|整治|"
    r"争创|保护和恢复|修复|恢复|治理|淘汰|关停|取缔|减排|压减|化解|更新|形成|投放|配备|安装|节能|节约|建立|目标值?$|[≤≥]\s*$"
)  # "东湖总磷≤0.15mg/L": the sign is the comparator
# A quantity counts as a goal when a goal word is in its comma piece, a comparator follows it in that piece
# ("68万亩、产量26万吨以上"), the work it counts follows it ("4座加氢站建设"), or its sentence opens with a target
# year ("到2020年,…治理水土流失面积2000平方公里").
AFTER_GOAL = re.compile(r"以上|以下|以内|左右")
WORK_AFTER = re.compile(r"^[^,;、]{0,12}?(?:建设|改造|建成|替代)|^[^,;、。]{0,30}?(?:基本|全部|全面)?完成(?:整治|治理|改造)")  # "17家…企业…基本完成整治"
R_TARGET_YEAR = re.compile(
    r"(?:到|至)\s?20\d{2}\s?年|20\d{2}\s?年(?:底|末)?前?,|^\s*(?:\([一二三四五六七八九十]+\)|\d+[.、])?\s*20\d{2}\s?年?\s?[—\-–~]\s?20\d{2}\s?年"  # "2018—2020年每年…"
)


R_GOAL_FIGURE_PIECE = re.compile(r"(?:达到|控制在|提高到|不低于|不少于)\s*\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff/]{1,6})(?:以上)?$")
R_SHARE_PIECE = re.compile(r"(?:实现|达到|确保)\s*\d+(?:\.\d+)?\s*%[\u4e00-\u9fff]{1,8}$")
# "100%的县级以上城市建成清新空气示范区": a share of things that reach a goal is a target (a figure followed by 的 is
# otherwise a threshold).
SHARE_DONE = re.compile(r"(?:达标|完成整改|得到(?:有效)?(?:处理|治理|整治)|覆盖|落实到位|落实)")
# "99%的行政村生活垃圾得到处理", "70%以上的地级及以上城市全面消除重污染天气"
SHARE_GOAL = re.compile(r"^的[^,;。]{1,20}?(?:建成|达到|达标|实现|完成|覆盖|得到|(?:全面|基本)?消除)")
# The size that picks the things a rule or a work applies to, not a goal: a figure after a measure of size ("存栏5000头以上
# 生猪规模养殖场", "年耗能1万吨标准煤以上企业", "(存栏250头以上)") or one whose 以上/以下 runs straight into the thing
# sized ("30万千瓦及以上热电联产企业半径15公里范围内", "20蒸吨及以下燃煤锅炉").
R_SIZE_BEFORE = re.compile(r"(?:存栏|出栏|年出栏|年耗能|年综合能耗|年用水量?|年产能?|年排放量?|装机容量|单机容量|日处理能力?)\s*$")
R_SIZED_THING = re.compile(
    r"\s*(?:\([^()]{0,16}\))?\s*(?:及以上|以上|及以下|以下)[\u4e00-\u9fff]{0,8}?"
    r"(?:企业|机组|锅炉|电厂|热电厂|养殖场|养殖户|养殖小区|工业窑炉|窑炉|船舶|车辆|燃煤设施)"
)
# "省考以上断面", "县级及以上城市", "市控及以上断面": a qualifier of the thing counted, not a comparator after it.
SCOPE_QUALIFIER = re.compile(r"[级考控](?:及)?以[上下]")


def _is_goal(near: str, rest: str, before: str) -> bool:
    piece = SCOPE_QUALIFIER.sub("", re.split(r"[,;]", rest)[0])
    return bool(
        GOAL.search(near)
        or AFTER_GOAL.search(piece)
        or WORK_AFTER.search(rest)
        or R_TARGET_YEAR.search(before)
    )


# Not a target year: 2024年度 (a period's name) and an edition, 《产业结构调整指导目录》(2019年本) / 2019年版.
# A PDF's text layer may space a year ("2017 年", "较 2016 年"). "巩固2018年…成果" names past results, not a goal's year.
R_YEAR = re.compile(
    r"(?<![比较与])(?<![比较与]\s)(?<!巩固)(?:到|至|在|于)?\s?(20\d{2})\s?年(?![本版])(?!度(?:目标|任务|计划|考核|工作))"
    r"(?:度|底|末|前)?"
)  # "力争2017年度…达到69.7%": the year (never "2017年度目标任务", a document's name)
R_BASE = re.compile(
    r"(?:比|较|与|相对于?|相比于?|相较于?)\s?(20\d{2})\s?年(?:末|底)?|以\s?(20\d{2})\s?年(?=为基准|为基数)|在\s?(20\d{2})\s?年(?:末|底)?(?:[^,;。]{0,20}?的)?(?:基础上|水平上|水平)"
    r"|(?:由|从)\s?(20\d{2})\s?年(?:末|底)?的"  # "PM2.5浓度从2020年的41微克/立方米降至35…": the figure it starts from
    r"|(?:不超过|不高于|不低于|低于|高于)\s?(20\d{2})\s?年(?=[^,;。]{0,8}?水平)"  # "浓度不超过2017年年均浓度水平"
)


def _base_year(base: re.Match | None) -> int | None:
    """The year of an :data:`R_BASE` match (whichever of its wordings matched)."""
    return int(base[1] or base[2] or base[3] or base[4] or base[5]) if base else None


R_BASE_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(?![\d.]|\s*[年月日个项%])")
R_BASE_FIGURE_AFTER = re.compile(r"\s*" + R_BASE_FIGURE.pattern)


def _base_value(base: re.Match | None) -> float | None:
    """The figure an :data:`R_BASE` wording states for its year: "从2020年的⟦41⟧微克/立方米降至35", "在2015年⟦70⟧微克/立方米
    的基础上下降10%" (the other wordings name a year only)."""
    if base is None:
        return None
    if base[4]:  # 由/从 …年的 41…: the figure follows the match
        m = R_BASE_FIGURE_AFTER.match(base.string, base.end())
    elif base[3]:  # 在…年 70微克/立方米 的基础上: the figure inside it
        m = R_BASE_FIGURE.search(base.string, base.end(3) + 1, base.end())
    else:
        return None
    return float(m[1]) if m else None


def _is_base_year(text: str, y: re.Match, lo: int = 0) -> bool:
    """Whether the year ``y`` (an :data:`R_YEAR` match) is the base of a change, not a target year: an R_BASE wording
    ends on it — "比2015年", "相对于2005年" (its 于 taken by R_YEAR as a prefix), "以2012年为基准", "在2015年…的基础上"."""
    d = y.start(1)
    for at in range(max(lo, d - 4), d):
        if (b := R_BASE.match(text, at)) and d in (b.start(g) for g in range(1, 6) if b[g]):
            return True
    return False


# A paragraph that states what an inspection found (a rectification plan quotes it before its own goals)
R_FINDING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?\s*(?:督察意见|反馈意见|督察反馈问题|存在问题|主要问题|问题描述)\s*[::]")
# A figure in brackets right after another, restating it in other units: "优良天数比例不低于72.7%(266天)"
R_RESTATED = re.compile(r"\d(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff/]{1,8})\($")
# "由80%提高到85%", "从2020年的41微克/立方米降至35微克/立方米": the first figure is where it starts, not a target
R_FROM_FIGURE = re.compile(r"(?:由|从)\s?(?:20\d{2}\s?年(?:末|底)?的)?\s?$")
R_TO_FIGURE = re.compile(r"\s?(?:提高|提升|增加|增长|上升|下降|降低|减少|压减|削减|降)(?:到|至)")
# after "在2020年" ("在2015年70微克/立方米的基础上"): a base, not a target year
R_THIS_YEAR = re.compile(r"今年|本年度|本年")
R_PART_VERB = re.compile(r"削减|下降|降低|减少|减排|压减|达到|控制在|提高到|提高|增加")
R_GOAL_OPENER = re.compile(r"确保|力争|(?<![截])(?:到|至)\s?20\d{2}\s?年")
AREA_UNITS = {"亩", "万亩", "公顷", "平方公里", "万平方米", "平方米", "公里", "千米"}
R_LATER_GOAL_ASIDE = re.compile(r"\(\s*20\d{2}\s*年(?:底|前|底前)?\s*(?:达到|基本|全面|实现|消除|控制|降至|降到|提高|保持)")
R_DISTRIBUTIVE = re.compile(r"分别(达到|削减|下降|降低|减少|控制在|不低于|不高于|提高到|提高)\s*:")
R_ON_BASE = re.compile(r"\s?(?:末|底)?(?:[^,;。]{0,20}?的)?(?:基础上|水平上|水平)")  # "保持在2015年水平"
WHOLE_AREA = "全市|全州|全县|全区|全省|全域"
R_SCOPE = re.compile(
    r"(" + WHOLE_AREA + r"|城市建成区|县城建成区|建成区|县城|中心城区|城区|市区|"
    r"[\u4e00-\u9fff]{0,4}[江河湖][\u4e00-\u9fff]{0,4}流域|[\u4e00-\u9fff]{2,4}流域)"
)
# Eliminations: "消除劣V类水体", "劣V类水体和…黑臭水体基本消除", "不出现劣Ⅴ类水体", "全域无劣V类和黑臭水体". One
# target per thing eliminated; removing hazards (消除安全隐患) and "no accidents" are work, not targets.
# A "." between CJK text (a PDF's text layer, "消除劣Ⅴ类断面.全市…") ends a sentence like "。".
# (never a slogan's name: "「三消除」「三整治」", "“两消除”")
R_ELIMINATE = re.compile(
    r"(?<![一二三四五六七八九十两])((?:基本|全面)?(?:消除|消灭))(?!行动|工作|攻坚|比例|率)([^,;。()]{2,30}?)"
    r"(?=[,;。()]|\.(?![\d.])|$)"
)
R_ELIMINATED = re.compile(
    r"(?<![一二三四五六七八九十两])(?:得到)?(?:基本|全面)?(?:消除|清零|消灭)(?=[,;。]|$)"
)  # the object is the comma piece before it ("严格管控类耕地清零")
R_NONE = re.compile(
    r"(?:(?:防止|不得|不再|不)出现|(?:力争|确保)?不发生|(?<=[区市县城])不产生|杜绝|(?:全域|全市|全县|全流域)无"
    r"|(?:实现|做到)[\u4e00-\u9fff]{0,6}?无(?!害化|人机|序|纸|缝|障碍)"  # "实现水体无排污口、河道整洁"
    r"|(?:(?<=[,;])|建成区|城区|县城|市区)无(?=[^,;。]{0,20}(?:天气|天数|水体|断面|黑臭))"  # "保持县城建成区无黑臭水体"
    r"|(?<=[\u4e00-\u9fff])无(?=劣\s*[ⅤV五5]))"  # "地表水无劣五(V)类水体"
    # the object up to the clause's end; a short aside in brackets belongs to it ("秸秆(垃圾、落叶)露天焚烧行为")
    r"((?:[^,;。()]|\([^(),;。]{1,12}\)){2,30})(?=[,;。()]|\.(?![\d.])|$)"
)
R_OCCURRENCE = re.compile(r"(?:现象|行为)$")
R_NONE_MORE = re.compile(r"\s*,\s*[\u4e00-\u9fff]{0,4}?无([^,;。()\d]{2,16})(?=[,;。]|$)")
# "消除…对重点流域水质的不利影响": work; "臭氧浓度…不出现明显反弹": holding a level, not removing a thing
NOT_ELIMINATION = re.compile(r"隐患$|风险$|发生$|事故|问题$|影响$|反弹$|回潮$|反复$|波动$|之患”?$")
PLACE_END = re.compile(r"(?:区|市|县|镇|村|城|乡)$")
BARE_VERB = re.compile(
    r"^(?:新\(改\)建|新增或改建|新增|完成|建成|培育|新建|改建|改造建设|改造|建设|开行|创建|争创|打造|实施|现场检查|检查|整治|加快|形成"
    r"|推动|推进|督促|淘汰|关停|取缔)?$"
)
# "推动87家燃煤企业和24家…企业改造淘汰任务": before the second count stands the first and its noun, no name
R_JOINED_COUNT_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{0,2}[\u4e00-\u9fff]*[和及、]\s*$")
R_ZERO = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:(?:比|较)\s?20\d{2}\s?年)?(?:继续)?(?:保持|实现)?零增长")  # "…排放量比2013年零增长" too
LEAD_WORDS = re.compile(
    r"^(?:确保|力争|争取|到20\d{2}年底?,?|20\d{2}年底?前?,?|其中|全市|同时|并|且|使|全州|全县|实现)+"
)
TRAIL_VERBS = re.compile(
    r"(?:分别|稳定|保持|持续|控制|达到|达|提高|提升|降低|下降|减少|增加|增长|巩固|不低于|不少于|不超过|不高于|低于|高于|超过|"
    r"至|到|在|为|以上|以下|以内|内|左右|力争|确保|完成率|年均)+$"
)


# An amendment quotes the old wording before the new: "将…由“到2020年,控制在20%以下”,调整为“…19%以下”". The quoted
# old text is no target.
R_REPLACED = re.compile(r"由\s*“([^“”]{1,400})”\s*[,,]?\s*(?:调整|修改|变更|更改|修订)?为")


R_YEAR_LIST = re.compile(r"20\d{2}\s?年(?:\s?[、和及,]\s?20\d{2}\s?年)+")
# "到“十四五”末", "“十四五”期间": the end of the five-year plan period (十一五 2010 … 十五五 2030).
R_FIVE_YEAR = re.compile(r"(?:(?:到|至)[“\"]?十([一二三四五])五[”\"]?(?:末|期末|期间|时期)?|[“\"]?十([一二三四五])五[”\"]?(?:末|期末|期间|时期))")
FIVE_YEAR_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}
R_YEAR_RANGE = re.compile(r"(20\d{2})\s*年?\s*[—\-–~至到]+\s*(20\d{2})\s*年")
# The values of a "分别" list before the current one: "分别不低于71.2%、72.6%、" (a verb may repeat: "不高于11.76%、不高于").
R_LIST_TAIL = re.compile(
    r"分别[^\d,;。]{0,20}?(?:\s*\d+(?:\.\d+)?\s*(?:" + UNITS + r")?\s*[、和]\s*[^\d,;。、]{0,4}?)*\s*"
)


def _comparator(before: str, after: str, unit: str) -> str:
    pieces = re.split(r"[,;]", before)
    piece = pieces[-1]
    if re.search(
        r"(?:下降|降低|减少|削减|减排量?|压减|化解|降幅)(?:幅度)?(?:(?:较|比)\s?20\d{2}\s?年)?(?:分别)?(?:达到|完成|不少于|不低于)?"
        r"(?:\s*\d+(?:\.\d+)?\s*%?\s*[、和])*$",  # "减排量较2020年分别完成6.86万吨、…"
        piece.rstrip(),
    ) or re.search(  # "可削减化学需氧量329.8吨、氨氮89.7吨": each amount of the list the verb opens
        r"(?:削减|减少|减排)[\u4e00-\u9fff]{1,8}\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]{0,2}(?:、[\u4e00-\u9fff]{1,8}"
        r"\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff%]{0,2})*、[\u4e00-\u9fff]{1,8}$",
        piece.rstrip(),
    ):
        # "比2015年下降22%以上", "同比下降2%以上", "排放量分别下降2.5%和2.5%以上": a cut of at least that much is a
        # reduction (以上 says "at least")
        return "reduce_by"
    if re.search(
        r"(?:下降|降低|削减|减排|减少)(?:比例|幅度)[^,;。\d]{0,16}?(?:不低于|不少于|至少)(?:\s*\d+(?:\.\d+)?\s*%\s*[、和])*$",
        piece.rstrip(),
    ):
        return "reduce_by"  # "下降比例二氧化硫和氮氧化物不低于9%和10%": a floor on the cut
    if re.search(r"(?:同比|较上年|比上年|较20\d{2}\s?年)?改善$", piece.rstrip()) and re.search(r"综合指数", before[-60:]):
        return "reduce_by"  # "空气质量综合指数不超过4.55,同比改善3.8%": a lower index is a better one
    if re.search(r"(?:压减|化解)[\u4e00-\u9fff]{0,4}产能$", piece.rstrip()):
        return "reduce_by"  # "化解煤炭产能285万吨", "压减产能40万吨"
    if (
        re.search(r"(?:提高|增长|增加|提升)$", piece.rstrip())
        and not re.search(r"年均(?:增长|增加|提高)$", piece.rstrip())  # "年均增长15%以上": a rate of growth, ≥
        and re.match(r"\s*(以上|及以上)", after)
    ):
        return "increase_by"  # "较2018年提高10%以上", "利用率提高10%以上": a rise of at least that much
    if re.match(r"\s*(以上|及以上)", after):
        return ">="
    if re.match(r"\s*(以下|以内|内|及以下)", after):
        return "<="
    if re.search(r"(?:下降|降低|减少|削减|减排)[\u4e00-\u9fff]{0,8}?(?:大约|约为|约)$", piece.rstrip()):
        return "reduce_by"  # "减排二氧化碳约1.3亿吨": about so much cut
    if re.search(r"^\s*力争(?:完成|达到|实现)?$", piece) and len(pieces) > 1 and re.search(
        r"(?:下降|降低|减少|削减)\s*\d+(?:\.\d+)?\s*%(?:以上|左右)?$", pieces[-2]
    ):
        return "reduce_by"  # "比2020年下降13%,力争完成14.5%的激励目标": the cut striven for beyond the cut bound
    if re.match(r"\s*左右", after) or re.search(r"(?:大约|约为|约)$", piece.rstrip()):
        return "="  # "实现新增约1.6万户": about, as 左右
    # The comparator's words are in the quantity's own comma piece: "各县(市)环境空气质量不下降,力争2—3个县(市)…"
    # is no reduction.
    tail = piece[-8:]
    if re.search(r"不低于|不少于|至少|(?:达到|等于)或(?:高于|优于|超过|大于)", tail):
        return ">="  # "…比例达到或高于81.0%"
    if re.search(r"不高于|不超过|不大于|(?:不能|不得|不应|不可)(?:超过|高于|大于)|控制在|控制到|(?:达到|等于)或(?:低于|小于)", tail):
        return "<="
    if re.search(r"优于$", tail):  # "优良天数比率优于97.8%": better than, by the indicator's direction
        return "<" if unit in LOWER_IS_BETTER_UNITS else ">"
    if re.search(r"低于|小于", tail):
        return "<"
    if re.search(r"高于|超过|大于", tail):
        return ">"
    if re.search(r"(下降|降低|减少|削减)(至|到)|降至|降到", tail):
        return "<="
    if re.search(r"下降|降低|减少|削减|减排", tail) and not re.search(r"(?:项目|工程)$", tail):
        return "reduce_by"  # "化学需氧量减排量90吨": an amount to cut (not "减排项目22个", a count of projects)
    if re.search(r"(提高|提升|增加|增长)(至|到)", tail):
        return ">="
    if unit == "个百分点" or re.search(r"(增长|提高|提升|增加)$", tail):
        return "increase_by"
    if unit in LOWER_IS_BETTER_UNITS:
        return "<="
    return ">="


# A year dating a condition that picks what a goal applies to: "2019年PM2.5平均浓度超过70微克/立方米的…镇",
# "在2019年…低于50微克/立方米的合河口乡" (the places the goal then names), not the goal's own year.
R_DATED_CONDITION = re.compile(
    r"[^,;。:]{0,24}?(?:超过|高于|低于|在|为|达到)\s?\d+(?:\.\d+)?\s?(?:(?:至|-|~|—)\s?\d+(?:\.\d+)?)?"
    r"\s?[^\d,;。:的]{0,12}?(?:及以上|以上|及以下|以下|之间|之内)?的"
)


def _paragraph_end(text: str, i: int, hi: int) -> int:
    """Where the paragraph holding ``i`` ends (its line break, or ``hi``)."""
    end = text.find("\n", i, hi)
    return hi if end == -1 else end


def _goal_section_year(text: str, p: int, lo: int) -> int | None:
    """The target year the goal section states first ("二、主要目标" / "(一)总体目标。到2012年,建成国家生态市…" /
    "(二)重点目标。" / "农民年人均纯收入12500元以上;…"), for a goal of the section whose paragraph states none."""
    end = text.rfind("\n", lo, p)
    while end > lo and p - end < 3000:
        start = text.rfind("\n", lo, end) + 1
        line = text[max(start, lo) : end]
        if R_TOP_HEADING.match(line) or re.match(r"\s*\([一二三四五六七八九十]{1,3}\)", line):  # "二、" or "(二)总体目标"
            if not R_GOAL_HEADING.search(line[:30]):
                return None
            if dated := R_TARGET_YEAR.search(text, end, p):
                return int(re.search(r"20\d{2}", dated[0])[0])
            if R_TOP_HEADING.match(line):
                return None  # (a "(二)重点目标" with no year of its own: its sibling "(一)总体目标" may state it)
        end = start - 1
    return None


def _lead_in_year(text: str, p: int, lo: int) -> int | None:
    """The year of the lead-in that introduces a list of items ("2020年各乡(镇)改善目标主要依据以下原则分配:" over
    "(一)…", "(二)…"), for an item paragraph starting at ``p`` that states none of its own."""
    if not R_ITEM_START.match(text, p):
        return None
    q = p
    for _ in range(30):  # back over the list's earlier items and blank lines
        if q <= lo:
            return None
        q = _paragraph_start(text, q - 1, lo)
        eol = text.find("\n", q)
        line = text[q : eol if eol != -1 else len(text)].strip()
        if not line or R_ITEM_START.match(text, q):
            continue
        if not line.endswith(":"):
            return None
        years = [int(y[1]) for y in R_YEAR.finditer(line) if not _is_base_year(line, y)]
        return years[-1] if years else None
    return None


R_SPACED_STOP = re.compile(r"(?<=[^\d\s])\.(?=\s)")  # "…围挡率达到100%. 市住建局 …": a copy's full stop


def _clause_bounds(text: str, i: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around position i: from after the last 。;! or ". " (or paragraph start) to the next one."""
    s = max(text.rfind(c, lo, i) for c in "。;!\n\t") + 1
    e = min([x for x in (text.find(c, i, hi) for c in "。;!\n\t") if x != -1] or [hi])
    stops = [m.start() for m in R_SPACED_STOP.finditer(text, max(s, lo), e)]
    s = max([s, *(x + 1 for x in stops if x < i)])
    e = min([e, *(x for x in stops if x >= i)])
    return max(s, lo), e


def _paragraph_start(text: str, i: int, lo: int) -> int:
    return max(text.rfind("\n", lo, i) + 1, lo)


def _sentence_start(text: str, i: int, lo: int) -> int:
    """After the last 。 before ``i``, within its paragraph."""
    return max(text.rfind("。", lo, i) + 1, _paragraph_start(text, i, lo))


def _continued_paragraph_start(text: str, i: int, lo: int) -> int:
    """The paragraph's start, across line breaks a copy put inside a sentence ("…污染地块安全利用率\n达到90%以上"):
    a line whose predecessor ends in the middle of a sentence (a Chinese character or a comma) continues it, unless
    it opens with an item number."""
    p = _paragraph_start(text, i, lo)
    for _ in range(3):
        if p - 2 < lo or text[p - 1] != "\n" or not re.match(r"[\u4e00-\u9fff,、]", text[p - 2]):
            break
        if R_ITEM_START.match(text, p):
            break
        p = _paragraph_start(text, p - 1, lo)
    return p


R_ITEM_START = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+\)|\d+[.、])")


R_FROM_FIGURE_TO = re.compile(
    r"(?:(?:由|从)\s?(?:20\d{2}\s?年(?:末|底)?的?)?\s?\d+(?:\.\d+)?\s?[^\d,;。]{0,8}?)?"
    r"(?:提高|提升|增加|增长|上升|下降|降低|减少|压减|削减|降)(?:到|至)\s*$"
)


def _indicator(text: str, clause_start: int, qty_start: int) -> str:
    segment = re.sub(r"\([^()]*\)", "", text[clause_start:qty_start])
    # "浓度从2020年的34微克/立方米降至": the figure a change starts from and its verb are no part of the name
    segment = R_BASE.sub("", R_FROM_FIGURE_TO.sub("", segment))
    if restated := R_RESTATED.search(text, clause_start, qty_start):  # "比例不低于72.7%(266天": the rate's name
        return _indicator(text, clause_start, _figure_start(text, clause_start, restated.start() + 1))
    segment = segment.rstrip("≤≥<> ")  # "总磷≤0.1mg/L": the sign is the comparator, not the name
    pieces = re.split(r"[,:、()]", segment) if segment else [""]
    piece = pieces[-1]
    # "二氧化硫、氮氧化物排放总量": short names listed before the measured one belong to it.
    if len(pieces) > 1 and segment[len(segment) - len(piece) - 1] == "、":
        k = len(pieces) - 1
        while (
            k > 0 and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", pieces[k - 1]) and not GOAL.search(pieces[k - 1])
        ):
            k -= 1
        if k < len(pieces) - 1 and segment[: -len(piece)].rstrip("、").rfind(",") < segment.find(pieces[k]):
            piece = "、".join(pieces[k:])
    if len(piece.strip()) < 2 and not segment.rstrip().endswith("、"):  # "…,达到": take the previous piece
        parts = [p for p in re.split(r"[,:()]", segment) if p.strip()]
        piece = parts[-1] if parts else piece
    piece = LEAD_WORDS.sub("", re.sub(r"^\s*\d{1,2}\s*[.、]\s*", "", piece.strip()))  # not the item's number "1."
    prev = None
    while prev != piece:
        prev = piece
        piece = TRAIL_VERBS.sub("", piece).strip()
    piece = re.sub(r"^(全市|全州|全县|全区|城市建成区)", "", piece)
    return piece


def _figure_start(text: str, lo: int, end: int) -> int:
    """Start of the number that ends at ``end`` (exclusive) in [lo, end)."""
    i = end
    while i > lo and (text[i - 1].isdigit() or text[i - 1] == "."):
        i -= 1
    return i


MEASURE_END = re.compile(r"(?:率|比例|比重|量|面积|指数|浓度)$")


def _share_measure(names: list[str]) -> list[str]:
    """ "县城和昭阳中心城市污水处理率" → 县城污水处理率, 昭阳中心城市污水处理率; "农药化肥、畜禽粪污综合利用率" →
    农药化肥综合利用率, …: a listed name without a measure takes the last name's."""
    last = names[-1] if names else ""
    m = re.search(r"(?:市|县|区|城|镇)([^市县区城镇]{2,8}(?:率|比例|比重))$", last) or re.search(
        r"((?:综合)?(?:利用|处理|治理|覆盖|达标|回收|普及)率|比例|比重)$", last
    )
    if not m:
        return names
    return [n if MEASURE_END.search(n) or not n else n + m[1] for n in names]


def plan_year(title: str | None) -> int | None:
    """The year a plan's title sets ("2024年度", "(2022—2024)"): the default year of its targets."""
    if not title:
        return None
    if m := re.search(r"(20\d{2})\s*年?\s*[—\-–~至]\s*(20\d{2})", title):  # "(2013年—2017年)" too
        return int(m[2])
    if m := re.search(r"(20\d{2})(?:\s?年度?|(?=[\u4e00-\u9fff]))", title):  # "通州区2024生态文明建设…" too
        return int(m[1])
    if m := re.search(r"十([一二三四五])五", title):  # "“十四五”生态环境保护规划": the period's last year
        return FIVE_YEAR_END[m[1]]
    return None


R_CITED_YEAR_PLAN = re.compile(
    r"《[^《》]{0,40}?(20\d{2})年度?[^《》]{0,20}?(?:工作方案|实施方案|行动计划|工作计划|工作要点)》"
)


R_NAMES_ITSELF = re.compile(
    r"(?:制定|特制定|现制定)[^,。;《》]{0,12}?(20\d{2})年度?[^,。;《》]{0,30}?(?:方案|计划|要点|任务分解|分解表|清单)[。\s]"
)


def cited_year(text: str) -> int | None:
    """A plan whose copy lost its title: the year of the 年度 plans its preamble follows ("根据《省污染防治攻坚战2020年度
    工作方案》、《市…2020年度工作方案》,制定本工作方案"), when it calls itself a plan of the same kind."""
    head = text[: m.start() if (m := re.search(r"一、", text)) else 1500]
    if own := R_NAMES_ITSELF.search(head):
        return int(own[1])  # "…,制定阜新市2020年大气污染防治工作任务分解。": the preamble names the document with its year
    if not re.search(r"制定本(?:工作|实施|行动)?(?:方案|计划|要点)", head):
        return None
    years = [int(y[1]) for y in R_CITED_YEAR_PLAN.finditer(head)]
    return years[-1] if years else None


def find_targets(
    norm: Normalized,
    lo: int,
    hi: int,
    tasks: list[Task],
    title: str | None = None,
    year_hints: list[tuple[int, int, int]] | None = None,
    title_known: bool = True,
    issued_year: int | None = None,
) -> list[Target]:
    """Targets in [lo, hi) of the normalised text. ``year_hints`` are (start, end, year) of table rows whose
    完成时限 dates them: a quantity in such a row without a year of its own takes that one. ``title_known``: False
    when the document's title names no kind of plan."""
    text = norm.text
    default_year = plan_year(title) or (None if title_known else cited_year(text))
    task_starts = _task_starts(norm, tasks)
    out: list[Target] = []

    def year_before(i: int, dated_by_task: bool = True) -> int | None:
        # The paragraph, but not past the start of the task the quantity is in (OCR text has no paragraphs).
        p = max([_continued_paragraph_start(text, i, lo), *[t for t in task_starts if t <= i]])
        years = []
        dated = [(y.start(), y) for y in R_YEAR.finditer(text, p, i)]
        for f in R_FIVE_YEAR.finditer(text, p, i):
            if text.rfind("《", p, f.start()) <= text.rfind("》", p, f.start()):  # not inside a cited title
                dated.append((f.start(), f))
        for _at, y in sorted(dated, key=lambda d: d[0]):
            if y.re is R_FIVE_YEAR:
                years.append(FIVE_YEAR_END[y[1] or y[2]])
                continue
            prev = text[y.start() - 1 : y.start()]
            if prev in "-—" and not text[text.rfind("\n", 0, y.start()) + 1 : y.start()].strip("—- \t"):
                prev = "\n"  # "——2022年全市…保持100%": the dash that opens a line of a list, not a period's end
            in_title = text.rfind("《", p, y.start()) > text.rfind("》", p, y.start())
            if prev in "-—~" and (
                re.match(r"\s*[,:]", text[y.end() : y.end() + 2])
                or re.fullmatch(
                    r"\s*(?:\([一二三四五六七八九十]+\)|\d+[.、])?\s*20\d{2}\s*年?\s*",
                    text[_sentence_start(text, y.start(), lo) : y.start() - 1],
                )
            ):
                # "2021年—2022年,…稳定在100%以上", "2018—2020年每年改造…": a period that opens the sentence, its end
                years.append(int(y[1]))
                continue
            if (
                _is_base_year(text, y, p)
                or prev in "-—~至"
                or in_title
                or R_ON_BASE.match(text, y.end())
            ):
                continue  # a baseline, the end of a period "2021-2035年", or a year inside a document's title
            if (
                (opened := text.rfind("(", p, y.start())) > text.rfind(")", p, y.start())
                and text.find(")", y.end(), i) != -1
                and R_LATER_GOAL_ASIDE.match(text, opened)
            ):
                continue  # "达到56%以上(2030年达到75%以上);…控制在10%以下": the aside's later year holds inside it only
            if R_DATED_CONDITION.match(text, y.end(), i):
                continue  # "2019年PM2.5平均浓度在60至70微克/立方米之间的南甸镇…": the year of a condition that picks places
            years.append(int(y[1]))
        # "今年下半年完成新造林180万亩": the year the document was issued in (its date or 文号), when it names no other
        last_dated = max((at for at, _y in dated), default=p)
        if issued_year is not None and R_THIS_YEAR.search(text, last_dated, i):
            return issued_year
        if years:
            return years[-1]
        if issued_year is not None and R_THIS_YEAR.search(text, i, _paragraph_end(text, i, hi)):
            # "1、城市气化率达到70%以上;…6、…100%。在此基础上,…要力争今年底通过…考核": a paragraph whose goals name no
            # year but which speaks of this year is the issuing year's
            return issued_year
        if (lead_in := _lead_in_year(text, p, lo)) is not None:
            return lead_in
        if (section_year := _goal_section_year(text, p, lo)) is not None:
            return section_year
        if not dated_by_task:
            return default_year
        return next((y for a, b, y in year_hints or [] if a <= i < b), default_year)

    amendments = list(R_REPLACED.finditer(text, lo, hi))
    replaced = [(r.start(1), r.end(1)) for r in amendments]
    # The new wording's quote ("调整为“到2020年,控制在19%以下”") names no indicator of its own: the amendment's subject
    # does ("将…市本级管网漏损率由“…”").
    subjects = []
    for r in amendments:
        close = text.find("”", r.end(), hi)
        head = text[_paragraph_start(text, r.start(), lo) : r.start()]
        subject = re.split(r"[,;:。]|将|把", head)[-1]
        subject = re.split(r"任务中|中的|中", subject)[-1].strip()
        if close != -1 and subject:
            subjects.append((r.end(), close, subject))
    for m in _quantities(text, lo, hi):
        if any(a <= m.start() < b for a, b in replaced):
            continue  # the old wording an amendment replaces
        cs, ce = _clause_bounds(text, m.start(), lo, hi)
        cs = max([cs, *(t for t in task_starts if t <= m.start())])  # not back into the task (or table row) before
        before = text[cs : m.start()]
        after = text[m.end() : m.end() + 4]
        unit = m[3]
        if re.match(r"\s*(年|月|日|号|时)", text[m.end() - len(unit) : m.end() + 1]) and unit in ("天", "个"):
            continue
        if re.search(r"(PM|SO|NO|O|CO|VOCs?)$", text[max(m.start() - 4, 0) : m.start()]):
            continue
        rest = text[m.end() : ce]
        if R_FROM_FIGURE.search(before) and R_TO_FIGURE.match(rest):
            continue  # the figure a change starts from ("由80%提高到85%")
        if re.search(r"在\s?20\d{2}\s?年(?:末|底)?[^,;。]{0,12}$", before) and re.match(r"[^,;。]{0,8}?的?(?:基础上|水平上)", rest):
            continue  # "在2014年平均浓度72微克/立方米基准值的基础上,削减16.7%": the base's figure, not a goal
        if re.match(r"\s*[,;]\s*(?:未|没有|尚未|仍未)(?:达到|完成|实现)", text[m.end() : m.end() + 12]):
            continue  # "一是水岸绿化率为70%,未达到80%的指标要求": where things stand, short of the goal
        if R_FINDING.match(text, _paragraph_start(text, m.start(), lo), m.start()):
            continue  # "二、督察意见:…将国家要求的“…85%…”降低到“80%…”": an inspection's finding, not the plan's goal
        if re.search(r"除[^,;。]*$", before) and re.match(r"[^,;。]{0,8}外", rest):
            continue  # "除总磷≤0.1mg/L外,…其他指标达到Ⅲ类": the exception to a goal, not a goal
        near = re.split(r"[,;]", before)[-1]
        of_which = before.rfind("其中")
        # "完成…面积5807亩,其中:安全利用类任务5592亩、严格管控类任务215亩": the parts of a goal are goals too
        part_of_goal = of_which > 0 and GOAL.search(re.split(r"[,;]", before[:of_which].rstrip(",:; "))[-1]) is not None
        # "99%的行政村生活垃圾得到处理", "水质100%达标": a share of things that reach the goal
        share_goal = unit == "%" and (SHARE_GOAL.search(rest) is not None or SHARE_DONE.match(rest) is not None)
        # "各区县…分别达到:东城区东四…67%;丰台区云岗…62%;…": each place's figure after the verb the list opens with
        distributed = None
        if not GOAL.search(near) and ";" in text[(sentence := _sentence_start(text, m.start(), lo)) : cs + 1]:
            distributed = ([None, *R_DISTRIBUTIVE.finditer(text, sentence, cs)])[-1]
        # "三年实施307公顷", "实施秸秆机械化还田550万亩次": an area of work to carry out (not "实施3个专项行动", the
        # plan's own parts)
        area_work = unit in AREA_UNITS and re.search(r"实施[\u4e00-\u9fff]{0,8}$", near) is not None
        # "(二)重点目标 … 单位GDP能耗0.90吨标煤/万元;": an indicator and its figure, listed under a goal heading
        listed_indicator = (
            unit not in COUNT_UNITS | SCOPE_COUNT_UNITS  # a measure, not a count of projects ("工业水工程治理项目1个")
            and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9.()]{2,16}", near.strip()) is not None
            and re.match(r"\s*(?:[;,。]|$)", text[m.end() : m.end() + 2]) is not None
            and _in_goal_section(text, cs, lo)
        )
        # "确保实现100%收集,100%安全处置": a share opening its comma piece after a share the goal's verb opened
        # and "建成区绿化覆盖率达到40.5%,人均公园绿地9.8平方米": an indicator and its figure after a goal's figure
        prev_piece = re.split(r"[,;]", before)[-2] if before.count(",") + before.count(";") else ""
        parallel = (
            unit == "%" and not near.strip() and R_SHARE_PIECE.search(prev_piece) is not None
        ) or (
            "," in before[-14:]
            and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", near.strip()) is not None
            and R_GOAL_FIGURE_PIECE.search(prev_piece) is not None
        )
        # "推动87家燃煤企业和24家…企业改造淘汰任务": a count joined to the next, the work after that next one is its work too
        joined = re.match(r"[^,;。、]{0,14}?[和及、]\s*\d+(?:\.\d+)?\s*(?:万|亿)?(?:家|个|座|台|处|辆|户|条)", rest)
        joined_work = joined is not None and WORK_AFTER.search(rest[joined.end() :]) is not None
        if _is_fact(text, before, cs, lo) or FACT_NEAR.search(near) or not (
            _is_goal(near, rest, before)
            or joined_work
            or part_of_goal
            or share_goal
            or distributed
            or area_work
            or listed_indicator
            or parallel
        ):
            continue
        if re.match(r"/年", rest) and before.rfind("(") > before.rfind(")"):
            continue  # "某公司(1万吨/年铸件)": a plant's capacity, named beside it
        if (opened := before.rfind("(")) > before.rfind(")") and re.match(r"\((?:含|其中|包括)", before[opened:]):
            continue  # "2018年完成淘汰64台(含安福县3台)": a part of the figure before it
        if opened > before.rfind(")") and re.search(r"类(?:水体|水质)?标准$", before[:opened]):
            continue  # "水质达到Ⅴ类水体标准(氨氮<5mg/L,…)": the class's limit, spelled out, not a goal of its own
        shared = re.match(r"\s*(?:及以上|以上)(的.*)", rest)
        if unit == "%" and shared and (SHARE_GOAL.search(shared[1]) or re.search(r"(?<![未没尚])(?:实现|达到)\s*$", before)):
            pass  # "城市建成区20%以上的面积达到海绵城市要求", "力争在五年内实现90%以上的行政村通油路": a share reaching a goal
        elif re.match(
            r"\s*(?:\([^()]{0,16}\))?\s*(?:及以上|以上|及以下|以下|之间|之内)(?:的(?![\u4e00-\u9fff]{0,6}?(?:目标|任务))|规模|、[^,;。]{0,12}?的)",
            rest,
        ) or (  # (not "降低20%以上的目标", "完成…10家以上的年度任务": the goal itself)
            re.match(r"\s*的", rest)
            and not (unit == "%" and SHARE_GOAL.search(rest))
            and not re.match(r"\s*的[\u4e00-\u9fff]{0,4}?(?:目标|任务)", rest)  # "压减产能40万吨的目标任务", "252天的省考任务"
        ):
            continue  # "年运量150万吨以上的物流园区": a threshold that picks what a rule applies to
        if unit not in SCOPE_COUNT_UNITS | COUNT_UNITS and (
            R_SIZE_BEFORE.search(before) and re.match(r"\s*(?:标准?煤)?\s*(?:及以上|以上|及以下|以下)", rest)
            or R_SIZED_THING.match(rest)
        ):
            continue  # "存栏5000头以上生猪规模养殖场", "30万千瓦及以上热电联产企业", "年耗能1万吨标准煤以上企业": a size
        if re.search(r"半径\s*$", before):
            continue  # "热电联产企业半径15公里范围内": the reach of a rule
        if unit in COUNT_UNITS | SCOPE_COUNT_UNITS and (re.match(r"\s*大?方面", rest) or re.search(r"方面\s*$", before)):
            continue  # "以压煤、降尘…6个方面为重点", "八大方面48项", "4个方面35个问题": the parts of a list or a finding
        if near.endswith("等") and unit in COUNT_UNITS:
            continue  # "…等3项面积指标任务": the size of a list just given
        if unit in SCOPE_COUNT_UNITS and R_RATE_AFTER.match(rest):
            continue  # the scope of a rate measured after it
        if unit in SCOPE_COUNT_UNITS and SCOPE_NOUN.match(rest) and not WORK_BEFORE.search(near):
            continue  # "5个国考断面、31个省考以上断面水质持续改善": the places monitored, not work to do

        if re.search(r"第$|每$|前$", before) or (re.match(r"\s*(年|月|日|号)", after) and not re.match(r"\s*年度", after)):
            continue  # (not "下降9%年度指标目标": the year's goal)
        if re.search(r"共(?:\d+\s*[\u4e00-\u9fff]{1,2})?$|以下$", before) or (
            unit == "项" and re.match(r"[^,;。]{0,16}?(?:目标|指标|任务)(?:任务)?分别(?:为|是)", rest)
        ):
            continue  # "重点任务共14大类45项", "重点强化以下18项", "6项主要污染物减排目标任务分别为:…": a list's size
        # "A、B、C分别达到96%、100%、89%以上": the n-th value belongs to the n-th indicator.
        listing = re.search(
            r"([^,;:。]+?)分别(?:达到|为|控制在|稳定在|保持在|提高到|提高至)?[^,;。]*$", before
        )
        value = float(m[1])
        value_max = float(m[2]) if m[2] else None
        comp_after = after
        in_listing = bool(listing and ("、" in listing[1] or "和" in listing[1])) and not (
            listing and R_YEAR_LIST.match(listing[1].strip())  # years listed, not indicators: see per_year below
        )
        if in_listing:
            if "、" not in listing[1]:
                listing_names = listing[1].split("和")
            else:
                listing_names = None
            names = _share_measure(
                [LEAD_WORDS.sub("", n).strip() for n in (listing_names or listing[1].split("、"))]
            )
            run = []  # the listed figures: this one and those joined to it by 、/和 ("100.00%和84.90%以上")
            for q in R_QTY.finditer(text, m.start(), ce):
                if run and not re.fullmatch(r"\s*(?:以上|以下)?\s*[、和及与]\s*", text[run[-1].end() : q.start()]):
                    break
                run.append(q)
            k = len(
                re.findall(r"\d+(?:\.\d+)?\s*(?:" + UNITS + r")?\s*[、和]", before[before.rfind("分别") :])
            )
            indicator = names[k] if k < len(names) else _indicator(text, cs, m.start())
            last = run[-1] if run else m
            comp_after = text[last.end() : last.end() + 4]
        else:
            # In a bar-separated text table the indicator and the highlight stay in the quantity's cell (the
            # clause, for the goal words, is the row).
            cell = text.rfind("|", cs, m.start()) + 1 or cs
            indicator = _indicator(text, cell, m.start())
            opened = before.rfind("(")
            if opened > before.rfind(")") and opened > 0:
                # "PM2.5浓度力争达到国家…二级标准(年平均值35微克/立方米)": the figure explains what precedes it.
                outer = _indicator(text, cs, cs + opened)
                indicator = re.split(r"力争|争取|达到|控制在|保持在|稳定在|优于|不低于|不高于|不超过|低于|高于", outer)[0] or indicator
        end = m.end() + (len(re.match(r"\s*(以上|以下|以内|内|左右)?", after)[0]))
        if not near.strip() and unit == "%" and re.match(r"\s*的", text[end:ce]):
            indicator = ""  # "…,99%的农村户用厕所完成无害化改造": a share that opens its clause names what it counts after it
        joined_count = unit in COUNT_UNITS | SCOPE_COUNT_UNITS | {"台", "辆", "户"} and R_JOINED_COUNT_BEFORE.search(
            indicator
        )
        if BARE_VERB.match(indicator) or indicator.endswith("等") or joined_count:
            # "建成50个和美村庄": the thing counted follows the quantity (and "推动87家燃煤企业和24家…": each its own,
            # the next count not part of the first's noun)
            if joined_count:
                indicator = ""
            noun = re.match(r"(?:\([^()]*\))?(?:(?![和及]\s*\d)[^,;。、()|])*", text[end:ce])[0].rstrip()
            noun = re.sub(r"^的", "", noun)  # "20%以上的面积达到…": the thing measured, not "的面积"
            if indicator.endswith("等"):
                # "巧家马树湿地等44万亩湿地进行保护": the noun after it, before the verb.
                noun = re.split(r"进行|实施|开展", noun)[0]
                indicator = ""
            indicator = (indicator + re.sub(r"^\([^()]*\)", "", noun)).strip()
            end += len(noun)
        # "2018年—2020年,…达标率分别不低于71.2%、72.6%、74%": one indicator, a value a year of the range.
        per_year, per_year_list = None, False
        k0 = before.rfind("分别")
        if not in_listing and k0 != -1 and R_LIST_TAIL.fullmatch(before, k0):
            ranges = list(R_YEAR_RANGE.finditer(text, _sentence_start(text, m.start(), lo), cs + k0))
            n = len(R_QTY.findall(before, k0))
            if ranges and int(ranges[-1][1]) + n <= int(ranges[-1][2]):
                per_year, per_year_list = int(ranges[-1][1]) + n, True
            elif listed := list(R_YEAR_LIST.finditer(text, _sentence_start(text, m.start(), lo), cs + k0)):
                # "2023年、2024年、2025年优良天数比例分别达到80%、82%、85%": the n-th value is the n-th year's.
                years = [int(y) for y in re.findall(r"20\d{2}", listed[-1][0])]
                if n < len(years):
                    per_year, per_year_list = years[n], True
        elif re.search(r"均(?:达到|保持|不低于|不高于|控制在|为)?$", near):
            # "…优良比例均达到100%" after "2018年—2020年,": every year of the range, the last one binding.
            if ranges := list(R_YEAR_RANGE.finditer(text, _sentence_start(text, m.start(), lo), m.start())):
                per_year = int(ranges[-1][2])
        cmp_before = before + distributed[1] if distributed else before
        if part_of_goal and not GOAL.search(near) and (verbs := R_PART_VERB.findall(before[:of_which])):
            cmp_before = before + verbs[-1]  # "计划削减二氧化硫6000吨,其中:城关区1030吨": each part is cut too
        # "比2015年分别下降15%、10%和26%", "减排量分别为7.64万吨、0.85万吨": every value takes the verb before the first one
        if in_listing or per_year_list or (k0 != -1 and R_LIST_TAIL.fullmatch(before, k0)):
            first = R_QTY.search(before, k0)
            cmp_before = before[: first.start()] if first else before
        if restated := R_RESTATED.search(cmp_before):
            cmp_before = cmp_before[: restated.start()]  # "不低于72.7%(266天)": the figure before sets the comparison
        comparator = _comparator(cmp_before, comp_after, unit)
        if listed_indicator and comparator == ">=" and R_CEILING_INDICATOR.search(near):
            comparator = "<="  # "单位GDP能耗0.90吨标煤/万元": an intensity is held under its figure
        if comparator == ">=" and value == 0:
            comparator = "<="  # "重污染天数比率0.0%": a figure of nothing is a cap (as 零增长)
        if value_max is not None and comparator == ">=" and not re.match(r"\s*以上", comp_after):
            comparator = "="
        base = R_BASE.search(near)
        if base is None and comparator in ("reduce_by", "increase_by"):
            # "比2015年减少1%,化学需氧量、氨氮排放量分别减少14.1%和12.9%": the change is against the same year.
            base = ([None, *R_BASE.finditer(before)])[-1]
        # In "县城和昭阳中心城市污水处理率分别达到85%和95%", each value's scope is in its own name.
        # A "全市…" before the list holds for every name in it.
        if in_listing:
            scope = R_SCOPE.search(indicator) or re.match(r"\s*(" + WHOLE_AREA + ")", listing[1])
        else:
            scope = R_SCOPE.search(near)
        span = norm.span(text.rfind("|", cs, m.start()) + 1 or cs, end)
        out.append(
            Target(
                indicator=(
                    ind
                    if re.search(r"[\u4e00-\u9fff]", ind := re.sub(r"^\d+个", "", indicator))
                    else next((x for a, b, x in subjects if a <= m.start() < b), None)
                    or ind
                    or text[cs : m.start()].strip()[-12:]
                ),
                comparator=comparator,
                value=value,
                value_max=value_max,
                unit=unit,
                year=per_year or year_before(m.start()),
                baseline_year=_base_year(base),
                baseline_value=_base_value(base),
                scope=scope[1] if scope else None,
                aspirational=bool(
                    re.search(r"力争|争取", text[_paragraph_start(text, m.start(), lo) : m.start()][-60:])
                ),
                task=_task_of(tasks, norm.span(m.start(), m.end())),
                text=text[cs:end].strip(),
                span=span,
            )
        )
    for m in R_ZERO.finditer(text, lo, hi):
        cs, _ce = _clause_bounds(text, m.start(), lo, hi)
        span = norm.span(cs, m.end())
        out.append(
            Target(
                indicator=LEAD_WORDS.sub("", m[1]),
                comparator="<=",
                value=0.0,
                value_max=None,
                unit="%",
                year=year_before(m.start()),
                baseline_year=None,
                scope=None,
                aspirational=bool(re.search(r"力争|争取", text[cs : m.start()])),
                task=_task_of(tasks, norm.span(m.start(), m.end())),
                text=text[cs : m.end()].strip(),
                span=span,
            )
        )
    for cs, obj_start, obj, end in _eliminations(text, lo, hi):
        lead_in = re.split(r"[,;]", text[cs:obj_start])[-1]
        for k, thing in enumerate(_things(obj)):
            # The first thing's span is its clause, as for quantities; a later one's starts at its own name, so
            # that each has a place of its own on the review page.
            span = norm.span(cs if k == 0 else obj_start + obj.find(thing.split("、")[0]), end)
            scope = R_SCOPE.search(thing) or R_SCOPE.search(lead_in)
            out.append(
                Target(
                    indicator=thing,
                    comparator="eliminate",
                    value=None,
                    value_max=None,
                    unit="",
                    # "逐步消除…" commits to no date: the task's 完成时限 does not date it
                    year=year_before(obj_start, dated_by_task="逐步" not in lead_in),
                    baseline_year=None,
                    scope=scope[1] if scope else None,
                    aspirational=bool(re.search(r"力争|争取", text[cs:obj_start])),
                    task=_task_of(tasks, norm.span(obj_start, end)),
                    text=text[cs:end].strip(),
                    span=span,
                )
            )
    if default_year is None and not title_known:
        # No title naming the plan (an excerpt that starts at 一、主要目标): a quantity without a year of its own
        # takes the latest year the plan's targets name ("2020年,…PM2.5…" dates "淘汰50家" in a task). A titled
        # plan without a year (an 实施意见) is a standing one: its undated quantities stay undated.
        latest = max((t.year for t in out if t.year), default=None)
        if latest is None and (opening := re.search(r"(?m)^[ \t]*(20\d{2})年,", text[lo:hi])):
            latest = int(opening[1])  # "2019年,全市生态环境保护工作坚持…": the year the work plan is for
        for t in out:
            if t.year is None:
                t.year = latest
    out.sort(key=lambda t: t.span[0])
    return out


#: A target column whose header says the figure is a reduction ("碳强度下降目标 | 19%", "节能目标 | 16%": energy
#: saving is a fall of energy use per unit of GDP; "减排目标").
R_REDUCTION_HEADER = re.compile(r"下降|降低|减少|削减|节能|减排")
R_HEADER_UNIT = re.compile(r"\(([^()]+)\)\s*$")
R_BARE_FIGURE = re.compile(
    r"\s*((?:力争)?(?:达到|不低于|不高于|高于|低于|控制在)?\s*[≥≤<>]?)\s*(\d+(?:\.\d+)?)\s*(以上|以下|以内|左右)?\s*"
)
R_CEILING_INDICATOR = re.compile(r"^单位|浓度|能耗|排放量|排放强度|用水量|占用")


def column_targets(
    norm: Normalized, cells: list[tuple[int, int, str, str]], tasks: list[Task], title: str | None = None
) -> list[Target]:
    """Targets written in the target columns of a table (目标/指标/2020年目标 …): ``cells`` are (start, end, header,
    row label) in the normalised text. The header names the indicator and, with its words, the comparator and year
    ("碳强度下降目标" → reduce_by); a bare number takes the unit the header gives ("PM2.5浓度(微克/立方米)"). A cell
    of prose (more than a short figure) is left to :func:`find_targets`, which reads it as text."""
    text = norm.text
    out: list[Target] = []
    default_year = plan_year(title)
    for start, end, header, label in cells:
        cell = text[start:end].strip()
        if not cell or len(cell) > 24:
            continue
        found = list(R_QTY.finditer(text, start, end))
        ceiling = False
        if not found:
            # "43", "22以上", "力争达到60": a figure without its unit, which the header or the row's label gives
            # ("PM2.5浓度(微克/立方米)", "战略性新兴产业产值占规上工业比重(%)")
            bare = R_BARE_FIGURE.fullmatch(text[start:end])
            unit = R_HEADER_UNIT.search(header) or R_HEADER_UNIT.search(label or "")
            if not bare or not unit or not R_QTY.fullmatch("1" + unit[1].strip()):
                continue
            found = [(float(bare[2]), None, unit[1].strip(), start + bare.start(2), start + bare.end(2))]
            # "单位GDP用水量(立方米/万元) | 95.65": an intensity or a concentration is held under its figure
            ceiling = not bare[1] and not bare[3] and bool(R_CEILING_INDICATOR.search(label or header))
        else:
            found = [(float(m[1]), float(m[2]) if m[2] else None, m[3], m.start(), m.end()) for m in found]
        name = re.sub(r"\([^()]*\)\s*$", "", header).strip()
        year = R_YEAR.search(name)
        name = re.sub(r"^(?:20\d{2}年(?:度)?)|(?:目标值|目标|指标值|指标)$", "", name).strip() or name
        task = _task_of(tasks, norm.span(start, end))
        if year is None and task:
            # "2024年第三季度" in the row's 整改时限: the year of a target its header and cell give none
            due = next((t.deadline for t in tasks if t.number == task), None)
            year = R_YEAR.search(due) if due else None
        for value, value_max, unit, qs, qe in found:
            before, after = text[start:qs], text[qe : qe + 4]
            # "建筑工地“六个百分之百”落实率达到100%": a cell that names what it measures is the indicator
            own = _indicator(text, start, qs) if re.search(r"[\u4e00-\u9fff]{2}", before) else ""
            comparator = _comparator(header + before, after, unit)
            if comparator == ">=" and R_REDUCTION_HEADER.search(header) and unit == "%" and not re.search(
                r"[≥≤<>]|以上|以下", text[start:end]
            ):
                comparator = "reduce_by"
            if ceiling:
                comparator = "<="
            if re.search(r"≤|<=", before):
                comparator = "<="
            elif re.search(r"≥|>=", before):
                comparator = ">="
            scope = re.sub(r"\s+", "", label) if PLACE_END.search(label or "") else None  # "达 县" → 达县
            out.append(
                Target(
                    indicator=own or f"{label} {name}".strip(),
                    comparator=comparator,
                    value=value,
                    value_max=value_max,
                    unit=unit,
                    year=int(year[1]) if year else default_year,
                    # "超标污染物浓度较2015年下降25%以上": the cell names the year a change is measured from
                    baseline_year=_base_year(R_BASE.search(cell)) if comparator in ("reduce_by", "increase_by") else None,
                    scope=scope,
                    aspirational=False,
                    task=task,
                    text=f"{label} | {header} | {cell}",
                    span=norm.span(start, end),
                )
            )
    return out


def _task_of(tasks: list[Task], span: tuple[int, int]) -> str | None:
    """The number of the innermost task whose source span holds the start of ``span``."""
    inside = [t for t in tasks if t.span[0] <= span[0] < t.span[1]]
    return min(inside, key=lambda t: t.span[1] - t.span[0]).number if inside else None


def _task_starts(norm: Normalized, tasks: list[Task]) -> list[int]:
    """Normalised offsets where tasks start (task spans are source offsets)."""
    return [bisect.bisect_left(norm.orig, t.span[0]) for t in tasks]


def _eliminations(text: str, lo: int, hi: int):
    """(clause start, object start, object, statement end) of every elimination stated in [lo, hi)."""
    found: list[tuple[int, int, str, int]] = []
    for rx in (R_ELIMINATE, R_ELIMINATED, R_NONE):
        for m in rx.finditer(text, lo, hi):
            if rx is R_ELIMINATED:  # the comma piece before 消除, after any year or lead words
                piece_start = max(
                    max(text.rfind(c, max(lo, m.start() - 60), m.start()) for c in ",;。:()\n") + 1, lo
                )
                raw, raw_start = text[piece_start : m.start()], piece_start
                obj = re.sub(r"^.*?(?:20\d{2}年(?:底|末)?前?|确保|力争|实现|使)", "", raw).strip()
            else:
                group = 2 if rx is R_ELIMINATE else 1
                raw, raw_start = m[group], m.start(group)
                obj = raw
            cs, _ce = _clause_bounds(text, m.start(), lo, hi)
            if len(obj) < 2 or NOT_ELIMINATION.search(obj) or _is_fact(text, text[cs : m.start()], cs, lo):
                continue
            if text.rfind("《", lo, m.start()) > text.rfind("》", lo, m.start()):
                continue  # "《关于治理消除重污染天气的工作方案》": a cited title's words
            if re.search(r"(?:打好|打赢|开展|实施)[^,;。]*$", text[cs : m.start()]) and re.match(
                r"[^,;。]{0,40}?(?:攻坚战|保卫战|专项行动)", text[m.start() : m.start() + 60]
            ):
                continue  # "深入打好重污染天气消除、臭氧污染防治…攻坚战": a campaign's name
            if re.match(r"[^,;。]{0,30}?的基础上", text[m.start() : m.start() + 40]):
                continue  # "在全面消除建成区黑臭水体的基础上,…": what a goal builds on, not the goal
            if re.search(r"(?:比例|率)\s*(?:达到|为)?\s*\d", obj):
                continue  # "消除劣V类水质比例80%以上": a rate of eliminations reaching a figure (read as that figure)
            if re.search(r"\d\s*%\s*(?:及以上|以上)?的[^,;。]*$", text[cs : m.start()]):
                continue  # "70%以上的城市全面消除重污染天气": a share of places (read as that share), not everywhere
            if rx is R_ELIMINATE and re.search(r"以\s*$", text[max(lo, m.start() - 2) : m.start()]) and re.match(
                r"[^。;]{0,80}?为(?:重点|核心|主线|目标|导向|抓手|突破口)", text[m.start() : m.end() + 80]
            ):
                continue  # "以消除重污染天气和解决…问题为重点": the aim a guiding principle names, not a target
            if rx is R_NONE and m[0].startswith("杜绝") and not R_OCCURRENCE.search(obj):
                continue  # "从源头上杜绝环境污染" is a policy; "杜绝各类农作物焚烧现象" a count of zero to keep
            found.append((cs, raw_start + raw.index(obj), obj, m.end()))
            if rx is R_NONE and "无" in m[0][:12]:
                # "实现河面无大面积漂浮物, 河岸无垃圾, 无违法排污口": the list of what is absent goes on, piece by piece
                at = m.end()
                while piece := R_NONE_MORE.match(text, at, hi):
                    if NOT_ELIMINATION.search(piece[1]):
                        break
                    found.append((cs, piece.start(1), piece[1], piece.end()))
                    at = piece.end()
    return sorted(found, key=lambda f: f[1])


def _things(obj: str) -> list[str]:
    """The things an elimination names: "劣V类水体和县级城市及县城建成区、较大面积农村黑臭水体" → two; a piece that is
    only a place ("县级城市及县城建成区") qualifies the next one."""
    # split at 和 and 、 outside brackets ("秸秆(垃圾、落叶)露天焚烧行为" is one)
    # "V类及劣V类水断面": two water classes (never "重度及以上污染天数", one thing)
    obj = re.sub(r"(?<=类)及(?=劣?[ⅤⅣVI])", "和", obj)
    pieces = [p.strip() for p, _at in split_top(obj, "和、") if p.strip()]
    things: list[str] = []
    carry = ""
    for p in pieces:
        if PLACE_END.search(p) and p is not pieces[-1]:
            carry += p + "、"
            continue
        things.append((carry + p).strip("、"))
        carry = ""
    # "实现水体无排污口、河道整洁": a state after the list ("河道整洁") is not a thing eliminated
    things = [t for t in things if not re.search(r"(?:整洁|干净|美观|畅通|有序|达标)$", t)]
    return things or [obj]


R_INDICATOR_CELL = re.compile(
    r"\s*(?P<cmp>[≥≤<>]|不低于|不高于|不超过|低于|高于|大于|小于)?\s*(?P<cum>[〔\[【(])?\s*"
    r"(?P<verb>下降|降低|减少|削减|提高|提升|增长|增加)?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>%|‰)?\s*[〕\]】)]?"
    r"\s*(?P<tail>以上|以下|以内|左右)?\s*"
)
R_REDUCING = re.compile(r"降低|下降|减少|削减|降幅|减排")
R_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2}")  # a row that names an indicator
R_LOWER_BETTER_NAME = re.compile(r"浓度|重污染|污染天数|排放量|排放总量|能耗|用水量|用水总量|强度|劣Ⅴ|劣V|超标")


def indicator_targets(norm: Normalized, tables: list, tasks: list[Task], title: str | None = None) -> list[Target]:
    """Targets of a plan's indicator tables (主要指标表: "指标 | 单位 | 2020年 | 2025年 | 属性"): each row's figure in the
    latest year column is the target for that year, its comparator from the cell ("≥88", "〔18〕" with a 下降 name),
    the indicator's name (降低/下降 → a reduction) or, failing those, the direction from the base year's figure (38 →
    35: at most 35)."""
    out: list[Target] = []
    for table in tables:
        cols = indicator_columns(table)
        if cols is None:
            continue
        header = table.rows[cols.header]
        target_cols = {c: y for c, y in cols.years.items() if not re.search(r"现状|基准|基期", header[c].value)}
        if not target_cols:
            continue
        target_col = max(target_cols, key=lambda c: (target_cols[c], c))
        year = target_cols[target_col]
        base_cols = [c for c, y in cols.years.items() if y < year]
        base_col = max(base_cols, key=lambda c: cols.years[c]) if base_cols else None
        for row in table.rows[cols.header + 1 :]:
            if target_col >= len(row) or cols.indicator >= len(row):
                continue
            name_cell, cell = row[cols.indicator], row[target_col]
            if cell.origin is not None or not R_CJK_NAME.search(name_cell.value):
                continue
            m = R_INDICATOR_CELL.fullmatch(cell.value)
            if m is None:
                continue
            name = re.sub(r"^\s*\d+[.、]?\s*", "", name_cell.value).strip()
            unit_cell = row[cols.unit].value.strip() if cols.unit is not None and cols.unit < len(row) else ""
            bracket = re.search(r"\(([^()]+)\)\s*$", name)
            unit = m["unit"] or (unit_cell if unit_cell not in ("", "—", "-", "/") else (bracket[1] if bracket else ""))
            name = re.sub(r"\(([^()]+)\)\s*$", "", name).strip() if bracket and bracket[1] == unit else name
            value = float(m["value"])
            base = None
            if base_col is not None and base_col < len(row):
                b = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%?\s*", row[base_col].value)
                base = float(b[1]) if b else None
            if m["cmp"]:
                comparator = {"≥": ">=", "≤": "<=", "<": "<", ">": ">", "不低于": ">=", "不高于": "<=", "不超过": "<=",
                              "低于": "<", "高于": ">", "大于": ">", "小于": "<"}[m["cmp"]]  # fmt: skip
            elif m["verb"] in ("下降", "降低", "减少", "削减") or (R_REDUCING.search(name) and (m["cum"] or base is None)):
                comparator = "reduce_by"
            elif m["verb"] in ("提高", "提升", "增长", "增加"):
                comparator = "increase_by"
            elif m["tail"] in ("以下", "以内"):
                comparator = "<="
            elif m["tail"] == "左右":
                comparator = "="
            elif base is not None and value != base and not R_REDUCING.search(name):
                comparator = "<=" if value < base else ">="
            elif R_LOWER_BETTER_NAME.search(name) or unit in LOWER_IS_BETTER_UNITS:
                comparator = "<="
            else:
                comparator = ">="
            out.append(
                Target(
                    indicator=name,
                    comparator=comparator,
                    value=value,
                    value_max=None,
                    unit=unit,
                    year=year,
                    # the base column's year and figure (现状值): the year a cut is measured from, and what the plan
                    # says stood then, for a figure in the table
                    baseline_year=cols.years[base_col]
                    if base_col is not None and (comparator == "reduce_by" or base is not None)
                    else None,
                    baseline_value=base if comparator not in ("reduce_by", "increase_by") else None,
                    scope=None,
                    # 预期性: an indicative figure, not a binding one (约束性): read as a goal aimed at, like 力争
                    aspirational=cols.attribute is not None
                    and cols.attribute < len(row)
                    and "预期" in row[cols.attribute].value,
                    task=_task_of(tasks, norm.span(cell.start, cell.end)),
                    text=f"{name} | {header[target_col].value.strip()} | {cell.value.strip()}",
                    span=norm.span(cell.start, cell.end),
                )
            )
    return out


# --- a target breakdown by place (分县目标: a row per county, a column per indicator) ----------------------------------
R_MATRIX_VALUE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(%|‰)?\s*")
# a cell that states no figure for its place: a level ("持续改善"), or nothing
R_MATRIX_NO_FIGURE = re.compile(r"\s*(?:持续改善|改善|不下降|稳定|保持稳定|—+|-+|/|/|无|空)?\s*")
R_MATRIX_PLACE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:县|区|市|旗|镇|乡|街道|新区|开发区)")
R_MATRIX_KIND = (("天数", re.compile(r"天数|天")), ("share", re.compile(r"比例|比率|幅度|率")), ("level", re.compile(r"浓度|值|量")))
R_MATRIX_BASE = re.compile(r"(?:较|比)\s*(20\d{2})\s*年")  # "较2019年下降比例": the cut's base year
R_MATRIX_YEARS = re.compile(r"(?:较|比)?\s*20\d{2}\s*年")  # "较2019年下降比例" → "下降比例" in a target's name


def _leaf_kind(name: str) -> str:
    return next((k for k, rx in R_MATRIX_KIND if rx.search(name)), "other")


def _leaves(header: list[list[str]]) -> list[str]:
    """The names of a breakdown table's figure columns, from its header rows (a level's heads merged over the heads
    below them, as a page's text lost the spans). The lowest row's heads are the leaves, right-aligned with the data;
    each belongs to a head of the row above, read from the right: a head takes sub-heads while their kinds (a level,
    a share, a count of days) are new to it and fit it (days under a head of days) — "PM10 | SO2 | 重污染天数" over
    "计划年均浓度 | 下降比例 | 计划年均浓度 | 下降比例 | 下降天数"."""
    leaves = list(header[-1])
    if len(header) < 2:
        return leaves
    heads = list(header[-2])

    def fits(head: str, kind: str, taken: set[str]) -> bool:
        return kind not in taken and (kind == "天数") == ("天数" in head or "(天)" in head)

    named: list[str] = []
    h, taken = len(heads) - 1, set()
    for leaf in reversed(leaves):
        kind = _leaf_kind(leaf)
        while h >= 0 and not fits(heads[h], kind, taken):
            h, taken = h - 1, set()
        if h < 0:
            return leaves  # the heads do not fit the leaves: the leaves alone
        taken.add(kind)
        named.append(f"{heads[h]} {leaf}")
    return list(reversed(named))


def matrix_targets(norm: Normalized, tables: list, tasks: list[Task], title: str | None = None) -> list[Target]:
    """Targets of a breakdown by place (分县(市、区)目标): rows that each name a place and end on its figures, under a
    header of one to three rows naming the figures (:func:`_leaves`). A figure's comparator comes from its column: a
    fall (下降比例, 下降天数) is a cut, a level (年均浓度) a ceiling, else by the indicator's direction; its year from
    the column ("2020年计划年均浓度"), else the plan's; a base year ("较2019年") is the cut's base. A cell that states
    no figure ("持续改善") sets none."""
    out: list[Target] = []
    for table in tables:
        if indicator_columns(table) is not None:
            continue
        rows = [[c.value.strip() for c in r] for r in table.rows]
        first_data = next(
            (k for k, r in enumerate(rows) if sum(bool(R_MATRIX_VALUE.fullmatch(v)) for v in r) >= 2), None
        )
        if not first_data or first_data > 4:
            continue
        leaves = _leaves(rows[:first_data])
        n = len(leaves)
        data = table.rows[first_data:]
        if n < 2 or len(data) < 2:
            continue
        read: list[Target] = []
        for row in data:
            values = [c.value.strip() for c in row]
            if len(values) < n + 1 or not all(
                R_MATRIX_VALUE.fullmatch(v) or R_MATRIX_NO_FIGURE.fullmatch(v) for v in values[-n:]
            ):
                continue
            place = next((v for v in reversed(values[:-n]) if R_MATRIX_PLACE.fullmatch(v)), None)
            if place is None:
                continue
            for leaf, cell in zip(leaves, row[-n:], strict=True):
                m = R_MATRIX_VALUE.fullmatch(cell.value)
                if m is None:
                    continue
                year = re.search(r"(20\d{2})\s*年(?!\s*(?:下降|降低|减少))", R_MATRIX_BASE.sub("", leaf))
                base = R_MATRIX_BASE.search(leaf)
                head = re.sub(r"\([^()]*\)", "", leaf)
                if re.search(r"下降|降低|减少|削减", head):
                    comparator = "reduce_by"
                elif re.search(r"提高|增加|增长", head):
                    comparator = "increase_by"
                elif R_LOWER_BETTER_NAME.search(head):  # (a planned 年均浓度 among them: a ceiling)
                    comparator = "<="
                else:
                    comparator = ">="
                unit_head = re.search(r"\(([^()]+)\)", leaf)
                unit = m[2] or ("天" if _leaf_kind(leaf) == "天数" else unit_head[1] if unit_head else "")
                read.append(
                    Target(
                        indicator=f"{place} {' '.join(R_MATRIX_YEARS.sub(' ', head).split())}"[:128],
                        comparator=comparator,
                        value=float(m[1]),
                        value_max=None,
                        unit=unit,
                        year=int(year[1]) if year else plan_year(title),
                        baseline_year=int(base[1]) if base else None,
                        baseline_value=None,
                        scope=place,
                        aspirational=False,
                        task=_task_of(tasks, norm.span(cell.start, cell.end)),
                        text=f"{place} | {leaf} | {cell.value.strip()}",
                        span=norm.span(cell.start, cell.end),
                    )
                )
        if len({t.scope for t in read}) >= 2:  # a breakdown by place: two places or more
            out += read
    return out
