"""Unit names: splitting a responsibility list into units and matching each to the organisation registry.

The registry is plain data (``qingshan/orgs/data/registry.json`` by default, or any list of names with aliases
handed in by the platform), so the reader stays free of Django.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .model import UnitRef

REGISTRY_FILE = Path(__file__).resolve().parents[1] / "orgs" / "data" / "registry.json"
# Endings of unit names, used to cut names that are run together when the registry does not know them.
SUFFIX = re.compile(
    r".+?(?:管委会|委员会|人民政府|政府|分局|分行|支行|公司|集团|中心|办公室|办事处|领导小组成员单位|局|委|办|部|院|会|所|站|队|企业|单位)"
    r"(?=$|[\u4e00-\u9fff])"
)
# How a unit's name ends (a plain list in brackets is a unit list when every name ends so; bare names before one
# share it).
UNIT_END = re.compile(
    r"(局|委|办|厅|部|政府|管委会|公司|集团|中心|院|会|分行|部门|单位|企业|办事处|大队|支队|处|站|所|室|科"
    r"|政协|妇联|科协|工商联|侨联|文联|残联|供销社|气象台|电视台|司|总队|专班|组|开发区|经开区|高新区|新区|园区|工业园|示范区|试验区)"
    r"(〔[^〕]*〕)?$"
)  # (处/站/所/室/科: a department's offices — "规财处", "监测站", "水科" — in its own 分工; 政协, 妇联…: bodies whose
# names end otherwise; 司: a ministry's department ("水资源司"); 组/专班: working groups ("街道生态环境组"); zones named
# without their 管委会 ("赣州经开区", "东部新区", "县工业园"))
# Collectives: "各县(市、区)", "各成员单位", "市直有关部门" — one unit each, never cut into pieces. Those of the
# counties are the registry's county collective when it has one.
COLLECTIVE = re.compile(
    r"各[\u4e00-\u9fff(),、〔〕]{1,20}$|(?:有关|相关)(?:部门|单位)$|成员单位$"
    r"|^(?:市辖|主城|城区)?[二三四五六七八九十两][县区](?:人民政府|政府)?$"  # "市辖三区", "主城九区政府": districts counted
)
OWN_MEMBERS = re.compile(r"^各(?:成员单位|部门|处室|科室|分局|直属单位|有关部门|相关部门|单位)")
COUNTY_COLLECTIVE = re.compile(
    r"^(?:全市)?各(?:县|区|县区|区县|县市区|县市|市县|县\((?:市、?)?区\)|县\(市\)|县\(市、区、?\))"
    r"(?:人民政府|政府|党委政府|党委和政府|委和政府)?(?:\(管委会\)|、?管委会)?$"
)
# The note that binds units to every task; cut from a unit list it ends ("…,各县市区。以下均需各县市区落实…").
NOTE = re.compile(r"[。;]\s*(?:以下|各项)|;?\s*(?:以下)?均需")
PARTY_PREFIX = re.compile(r"(?:中共)?[\u4e00-\u9fff]{0,4}?[市县区州]委")
_DROP_TAIL = re.compile(
    r"(按职责分工负责|按职责分工落实|按职责分工|按职责负责|按职责落实|按职责|负责本辖区工作落实|负责落实|分别牵头|牵头|配合|共同"
    r"|(?:为|是)(?:责任|牵头)(?:单位|部门)|等(?:有关|相关)?(?:部门|单位)|等)$"
)
_BRACKETS = {"(": ")", "〔": "〕", "[": "]", "【": "】", "〈": "〉", "<": ">"}


@dataclass
class Registry:
    """Known unit names of one area: every name, short name and alias → canonical name."""

    names: dict[str, str] = field(default_factory=dict)
    groups: dict[str, list[str]] = field(default_factory=dict)  # a collective's canonical name → its members

    @classmethod
    def from_json(cls, path: Path = REGISTRY_FILE, city: str | None = None) -> Registry:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        reg = cls()
        for spec in data["cities"]:
            cname = spec["city"][0]
            if city and city not in (cname, spec["city"][2]):
                continue
            for county, _code in spec["counties"]:
                reg.add(f"{county}人民政府", [f"{county}政府", county])
            for zone in spec["zones"]:
                reg.add(f"{zone}管委会", [])
            if spec["counties"]:
                reg.add_group(
                    f"{cname}各县(区)人民政府",
                    [f"{county}人民政府" for county, _code in spec["counties"]]
                    + [f"{zone}管委会" for zone in spec["zones"]],
                )
                reg.add(
                    f"{cname}各县(区)人民政府",
                    [
                        spec.get("county_government_alias", ""),
                        "各县(区)政府",
                        "各县区人民政府",
                        "各县(区)人民政府",
                        "各县(市、区)政府",
                        "各县〔市、区〕政府〔管委会〕",
                        "各县(市、区)人民政府",
                    ],
                )
            for name, short, _kind, aliases in spec["units"]:
                reg.add(name, [short, *aliases])
        return reg

    @classmethod
    def from_names(
        cls, entries: list[tuple[str, list[str]]], groups: dict[str, list[str]] | None = None
    ) -> Registry:
        reg = cls()
        for name, aliases in entries:
            reg.add(name, aliases)
        for name, members in (groups or {}).items():
            reg.add_group(name, members)
        return reg

    def add_group(self, canonical: str, members: list[str]) -> None:
        self.groups[canonical] = list(dict.fromkeys(m for m in members if m and m != canonical))

    def members(self, canonical: str | None) -> list[str]:
        """The units a collective stands for, as the registry defines it (empty when it does not)."""
        return list(self.groups.get(canonical or "", []))

    def county_group(self) -> str | None:
        """The registry's collective of the county governments (各县(区)人民政府), if it has one."""
        return next((canon for n, canon in self.names.items() if COUNTY_COLLECTIVE.match(n)), None)

    def add(self, canonical: str, aliases: list[str]) -> None:
        for n in [canonical, *aliases]:
            if n:
                self.names.setdefault(n, canonical)

    def canonical(self, raw: str) -> str | None:
        """Exact name, else with 〔〕 read as (), else without a trailing bracketed note (…政府〔管委会〕)."""
        if raw in self.names:
            return self.names[raw]
        alt = raw.replace("〔", "(").replace("〕", ")")
        if alt in self.names:
            return self.names[alt]
        stripped = re.sub(r"\([^()]*\)$", "", alt)
        if stripped != alt and stripped in self.names:
            return self.names[stripped]
        if COUNTY_COLLECTIVE.match(alt):  # "各县市区", "各县(市、区)人民政府": the counties, however written
            return self.county_group()
        return None

    def suggest(self, raw: str, limit: int = 3) -> list[str]:
        """Canonical names an unknown name may shorten ("市城管局" → 攀枝花市城市管理行政执法局, through its alias
        市城市管理行政执法局): a known name with the same ending (局, 委 …) that holds the unknown's characters in
        order; the closest in length first. A hint for the reviewer, never applied by itself."""
        core = re.sub(r"^[市县区省州]", "", raw.strip())
        end = UNIT_END.search(core)
        if self.canonical(raw) or end is None or end.start() == 0:
            return []
        head, ending = core[: end.start()], end[0]
        level = raw.strip()[:1] if raw.strip()[:1] in "省市县区州" else None
        scored: dict[str, int] = {}
        for name, canonical in self.names.items():
            if not name.endswith(ending) or canonical in self.groups:
                continue
            if level and (own := re.search(r"[省市县区州]", canonical)) and own[0] != level:
                continue  # "省发改委" is the province's: never a hint of 攀枝花市发展和改革委员会
            body = re.sub(r"^[市县区省州]", "", name[: -len(ending)])
            if len(body) > len(head) and body.startswith(head[0]) and _in_order(head, body):
                scored[canonical] = min(scored.get(canonical, 99), len(body) - len(head))
        return sorted(scored, key=lambda c: (scored[c], c))[:limit]

    def longest_prefix(self, text: str) -> str | None:
        best = None
        for n in self.names:
            if text.startswith(n) and (best is None or len(n) > len(best)):
                best = n
        return best


def _in_order(short: str, long: str) -> bool:
    """Whether ``short``'s characters occur in ``long`` in order (城管 in 城市管理行政执法)."""
    it = iter(long)
    return all(c in it for c in short)


def split_top(text: str, seps: str) -> list[tuple[str, int]]:
    """Split on separators outside brackets; returns (piece, offset)."""
    out, depth, start, closing = [], 0, 0, []
    for i, ch in enumerate(text):
        if ch in _BRACKETS:
            closing.append(_BRACKETS[ch])
            depth += 1
        elif closing and ch == closing[-1]:
            closing.pop()
            depth -= 1
        elif depth == 0 and ch in seps:
            out.append((text[start:i], start))
            start = i + 1
    out.append((text[start:], start))
    return out


def ends_like_unit(name: str) -> bool:
    """Whether a name ends like a unit's, a note in brackets after it aside ("省发改委(省能源局)")."""
    return UNIT_END.search(re.sub(r"\([^()]*\)$", "", name)) is not None


# "各区人民政府〈含开发区、风景区管委会,下同〉": a note on what the name covers, not part of it
_SCOPE_NOTE = re.compile(r"\s*[(〈<]\s*(?:含|包括|包含)[^()〈〉<>]*[)〉>]\s*$")
# "通海县[以下简称“三县(市、区)”]": the short name a list is given from here on, not part of its last name
_SHORT_NAME_NOTE = re.compile(r"[\[(〔]以下简称[^\[\]〔〕]*?[\]〕)](?=和|及|与|$|[、,;])")


def clean_piece(piece: str) -> tuple[str, int]:
    """Trim spaces, full stops, duty phrases and a note on what the name covers; returns (name, offset of the name
    within piece)."""
    lead = len(piece) - len(piece.lstrip(" \t。.;"))
    s = _SCOPE_NOTE.sub("", piece.strip(" \t。.;"))
    if s.endswith("(") and s.count("(") > s.count(")"):
        s = s[:-1].rstrip()  # "…林业主管部门(以下均需…不再列出)": the opening bracket of the note cut after it
    prev = None
    while prev != s:
        prev = s
        s = _DROP_TAIL.sub("", s).rstrip(" \t。.;")
    return s, lead


PLACE_END_NAME = re.compile(r"[\u4e00-\u9fff][市县区州旗]$")  # "某某市各县区": a place before 各 is a unit of its own
ZONE = re.compile(r"(?:开发区|新区|园区|示范区|试验区|实验区)$")  # a zone's name without its 管委会
STAR = re.compile(r"(?<![★☆*※])\s*[★☆*※]$")  # one mark, never a page's mask ("城区***")
BARE_INSTITUTION = re.compile(r"(?:(?:人民)?政府|党委|管委会?|纪委|人大|政协)(?:\([^()]{1,6}\))?")  # "政府(行署)" too


def _split_and_each(piece: str) -> list[tuple[str, str]]:
    """(part, the piece from that part on) of a piece split at 和 joining two entries: before a collective ("…镇人民
    政府和各街道办事处", "财政局和相关县(市)、矿区政府"), or between two whole unit names ("各区政府和新区管委会"; never inside a name: 住房和城乡建设局,
    自然资源和规划局)."""
    for k in (m.start() for m in re.finditer("[和与及]", piece)):
        # (the words of duty after the last name are no part of it: "…和地方人民政府按职责分工负责")
        before, after = piece[:k].strip(), clean_piece(piece[k + 1 :])[0]
        if k > 0 and (after.startswith(("各", "有关", "相关")) or (
            len(after) >= 3
            and (
                (len(before) >= 3 and UNIT_END.search(before))
                or re.search(r"[\u4e00-\u9fff][县区市旗镇乡]$", before)  # "…、通海县和市直有关部门", "乙镇和县直…"
            )
            and UNIT_END.search(after)
        )):
            return [(piece[:k], piece), (piece[k + 1 :], piece[k + 1 :])]
    return [(piece, piece)]


def split_units(text: str, registry: Registry, offset: int = 0) -> list[UnitRef]:
    """Units named in a list such as ``A、B,C`` or a run-together ``州生态环境局禄丰分局工业信息化科技局``.

    ``offset`` is the list's position in the normalised text; each UnitRef's span is normalised offsets.
    """
    units: list[UnitRef] = []
    text = _SHORT_NAME_NOTE.sub(lambda m: " " * len(m[0]), text)  # blanked, one character for one: offsets hold
    text = re.sub(r"[\[【](牵头)[\]】]", r"(\1)", text)  # "市生态环境局[牵头]" marks its lead as "(牵头)" does
    text = cut_note(text)
    if m := NOTE.search(text):
        text = text[: m.start()]
    # an opening bracket a copy left unclosed ("〔市经信局、市发改委负责,…" cut before its "〕"): blanked, one character
    # for one, so that the names inside split as a list
    if (m := re.match(r"\s*([〔【\[])", text)) and {"〔": "〕", "【": "】", "[": "]"}[m[1]] not in text:
        text = text[: m.start(1)] + " " + text[m.end(1) :]
    pieces = split_top(text, "、,;/")  # "市住建局/市城管局": a slash between names too
    # "…等镇人民政府和各街道办事处": 和 before a collective joins two entries (never inside a name: 住房和城乡建设局)
    pieces = [
        (part, pos + (len(piece) - len(rest) if k else 0))
        for piece, pos in pieces
        for k, (part, rest) in enumerate(_split_and_each(piece))
    ]
    # "市规划局 市建设局" (a table cell listing its units with a space): split where every word ends like a unit name
    # ("县交通 运输局", one name a cell wrapped, stays whole).
    spaced = []
    for piece, pos in pieces:
        words = [(w.group(), pos + w.start()) for w in re.finditer(r"\S+", piece)]
        if (
            len(words) > 1
            and all(len(w) >= 3 and UNIT_END.search(w) for w, _p in words)
            # "县委县政府 督查室": an office of the unit before it, its name wrapped in the cell
            and not any(len(w) <= 3 and w[-1] in "室处科" for w, _p in words[1:])
        ):
            spaced += words
        else:
            spaced.append((piece, pos))
    pieces = spaced
    # "各县、区人民政府(管委会)": a collective that lists its levels with 、 is one unit
    k = 0
    while k + 1 < len(pieces):
        (a, pa), (b, _pb) = pieces[k], pieces[k + 1]
        if re.fullmatch(r"\s*(?:各|有关|相关)[县市区乡镇州旗]{1,2}(?:\([^()]{1,4}\))?(?:、[县市区乡镇州旗](?:\([^()]{1,4}\))?)*", a) and re.match(
            r"[县市区乡镇街州旗]|[矿林垦]区", b
        ):
            # (also "各市(州)、县(市、区)人民政府", "各市、州、县人民政府", "各市州、县级人民政府", "相关县(市)、矿区政府": a mining district
            # is governed as a district is)
            pieces[k : k + 2] = [(text[pa : pa + len(a) + 1 + len(b)], pa)]
        else:
            k += 1
    # "各县(市、区)党委、人民政府": a bare institution after 、 has no place of its own; it shares the one before it, and
    # the pair is one entry, as written (never "人民政府" as a unit).
    k = 1
    while k < len(pieces):
        (a, pa), (b, pb) = pieces[k - 1], pieces[k]
        if BARE_INSTITUTION.fullmatch(clean_piece(b)[0]) and not BARE_INSTITUTION.fullmatch(clean_piece(a)[0]):
            pieces[k - 1 : k + 1] = [(text[pa : pb + len(b)], pa)]
        else:
            k += 1
    # "临汾、侯马、洪洞经济开发区管委会": bare place names sharing the unit name after them are one entry, as written
    # (never "临汾" as a unit).
    def bare(piece: str) -> bool:
        p = piece.strip()
        return (
            bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", p))
            and not registry.canonical(p)
            and not SUFFIX.fullmatch(p)
            and not UNIT_END.search(p)  # "财政厅", "经贸委": a unit of its own, not a place's name
            and p[-1] not in "区县镇乡市"  # "鄂城区、西山街办", "长沙市、…娄底市人民政府": a place is a unit of its own
            and not p.startswith("各")  # "各街道、区相关部门": a collective of its own, not a place sharing a name
        )

    # "华中电监局和机械、石化、…、建材行业投资促进中心": 和 after a whole name opens a chain of bare names sharing the
    # unit after them; the chain starts at the word after 和
    k = 0
    while k + 1 < len(pieces):
        piece, pos = pieces[k]
        joint = piece.rfind("和")
        head, tail = piece[:joint].strip(), piece[joint + 1 :]
        if joint > 0 and len(head) >= 3 and UNIT_END.search(head) and bare(tail) and bare(pieces[k + 1][0]):
            pieces[k : k + 1] = [(piece[:joint], pos), (tail, pos + joint + 1)]
        k += 1
    k = 0
    while k < len(pieces):
        j = k
        while j < len(pieces) and bare(pieces[j][0]):
            j += 1
        if j > k and j < len(pieces) and UNIT_END.search(pieces[j][0].strip()):
            pa, (b, pb) = pieces[k][1], pieces[j]
            pieces[k : j + 1] = [(text[pa : pb + len(b)], pa)]
        elif (
            k + 1 < len(pieces)
            and ZONE.search(pieces[k][0].strip())
            and pieces[k + 1][0].strip().endswith("管委会")
            and not registry.canonical(pieces[k][0].strip())
        ):
            # "赣州经济技术开发区、赣州蓉江新区管委会": zones sharing the 管委会 after them are one entry, as written
            pa, (b, pb) = pieces[k][1], pieces[k + 1]
            pieces[k : k + 2] = [(text[pa : pb + len(b)], pa)]
        k += 1
    for piece, pos in pieces:
        name, lead = clean_piece(piece)
        if not name:
            continue
        start = offset + pos + lead
        # "市生态环境局★": a star marks the list's lead (the reader's R_MARKED_LEAD); it stays on the name as written
        # and is never cut off as a unit of its own
        star = m[0] if (m := STAR.search(name)) else ""
        name = name[: len(name) - len(star)] if star else name
        found = segment(name, registry)
        if star:
            found[-1] = (found[-1][0] + star, found[-1][1])
        for raw, rel in found:
            canonical = registry.canonical(raw)
            collective = bool(COLLECTIVE.search(raw)) or canonical in registry.groups
            units.append(
                UnitRef(
                    raw,
                    canonical,
                    (start + rel, start + rel + len(raw)),
                    collective=collective,
                    members=registry.members(canonical),
                )
            )
    return units


# The end of a note that binds units to every task ("…,以下不再列出", "不再一一列出"), and the ways it names them.
R_NOTE_END = re.compile(r"不再(?:单独|一一|逐一|重复|另行)?列(?:出|明|举)")
R_NOTE_UNITS = (
    re.compile(r"(?:均需|均由|均要|均应)([^,;。]{2,60}?)(?:负责|认真|抓好|组织|具体)?(?:贯彻)?落实"),
    re.compile(r"([^,;。]{2,60}?)均?(?:为|是|作为)(?:所有|各项|以下|全部)?(?:任务|工作)?的?责任(?:单位|主体)"),
    re.compile(r"([^,;。]{2,60}?)(?:负责)?(?:具体)?落实"),
)
_NOTE_HEAD = re.compile(r"\s*(?:以下|上述|本方案)?(?:各项|所有|全部)?(?:任务|工作)?(?:中)?")


def note_start(text: str, end: int) -> int:
    """Start of the clause that ends at ``end``: after the last ;。 or line break outside brackets, or after the
    bracket the clause is in ("(…;以下任务各县(市、区)人民政府均为责任单位,不再一一列出)"), or at the comma before
    "以下…" ("…,各市、县政府负责落实,以下任务措施均需各市、县政府落实,不再列出")."""
    depth, start = 0, 0
    for i in range(end - 1, -1, -1):
        c = text[i]
        if c in ")〕]】":
            depth += 1
        elif c in "(〔[【":
            if depth == 0:
                start = i + 1
                break
            depth -= 1
        elif c in ";。\n" and depth == 0:
            start = i + 1
            break
    # The comma before "以下…", when the units come after it ("以下任务措施均需X落实"), not before ("X负责落实,以下不再
    # 列出").
    for m in reversed(list(re.finditer(r",\s*(?=以下|各项|上述)", text[start:end]))):
        clause = text[start + m.end() : end]
        if R_NOTE_UNITS[0].search(clause) or R_NOTE_UNITS[1].search(clause):
            return start + m.start() + 1
    return start


R_OWN_THEN_NOTE = re.compile(r"\s*((?:[^,;。()]|\([^()]*\))+?(?:负责|具体)(?:组织)?落实)\s*[,,]\s*下同\s*[,,]?\s*")


def cut_note(text: str) -> str:
    """``text`` without the note on units bound to every task that closes it."""
    if m := R_NOTE_END.search(text):
        start = note_start(text, m.start())
        if own := R_OWN_THEN_NOTE.match(text, start, m.start()):
            # "(牵头单位:X;各市(州)、县(市、区)人民政府负责落实,下同,不再列出)": those who carry this task out, named
            # in its own bracket, and the note that they do every task: theirs here too (the note binds the rest)
            return text[: own.end(1)]
        return text[:start].rstrip(" ;。,")
    return text


def find_implicit(text: str, registry: Registry) -> list[UnitRef]:
    """Units bound to every task by a note anywhere in the document ("各项工作均需各县(区)政府…落实,以下不再列出",
    "以下均需各县市区落实,不再单独列出", "以下任务各县(市、区)人民政府均为责任单位,不再一一列出", "X为所有任务的责任
    单位,以下不再列出", "X负责落实,以下不再列出"); spans are offsets in ``text``."""
    out: list[UnitRef] = []
    for m in R_NOTE_END.finditer(text):
        start = note_start(text, m.start())
        head = _NOTE_HEAD.match(text, start)
        clause_at = head.end() if head else start
        clause = text[clause_at : m.start()]
        for rx in R_NOTE_UNITS:
            if found := rx.search(clause):
                for u in split_units(found[1], registry, clause_at + found.start(1)):
                    if (u.name or ends_like_unit(u.raw) or u.collective) and u.raw not in {x.raw for x in out}:
                        out.append(u)
                break
    return out


# Names that hold a unit ending inside them and are one unit all the same (``segment`` never cuts them)
WHOLE_NAMES = tuple(
    re.compile(p)
    for p in (
        # "武钢集团鄂城钢铁有限责任公司": a company's name is one unit, 集团 inside it included
        r"[\u4e00-\u9fff()]{2,30}(?:有限责任公司|有限公司|集团公司|股份公司)",
        r"[\u4e00-\u9fff ]{2,14}[局委][\u4e00-\u9fff]{2,4}(?:管理局|分局)",  # "市规划国土委宝安管理局": a bureau's district office
        r"[\u4e00-\u9fff]{2,12}局[\u4e00-\u9fff]{0,4}分局",  # "市生态环境局某某分局": a branch of the bureau
        r"[\u4e00-\u9fff]{2,12}管委会[\u4e00-\u9fff]{2,10}(?:局|办)",  # "宁东基地管委会环境保护局": a zone committee's bureau
        r"[\u4e00-\u9fff]{2,12}局[\u4e00-\u9fff]{1,6}(?:支队|大队|中队)",  # "市公安局交警支队": a bureau's detachment
        r"[\u4e00-\u9fff]{2,14}(?:委员会|领导小组|指挥部)办公室",  # "市编制委员会办公室": the office of a committee
        # "省政府机关事务管理局", "市人民政府办公室": a body of the government, not the government and a body
        r"[\u4e00-\u9fff]{1,8}?(?:人民)?政府(?:机关事务管理局|办公厅|办公室|研究室|参事室|发展研究中心|督查室|金融工作办公室)",
        r"[\u4e00-\u9fff]{2,16}(?:中心支行|分行|支行|营业部)",  # "人民银行某某中心支行": a bank's branch
        r"国家税务总局[\u4e00-\u9fff]{2,12}税务局",  # "国家税务总局某某市税务局": the tax bureau's full name
        r"[\u4e00-\u9fff]{0,8}人大常委会",  # "市人大常委会", never "市人大常委" + "会"
        # "市政府督查室", "县人民政府办公室", "市政府金融办": an office of the government
        r"[\u4e00-\u9fff]{1,8}?(?:人民)?政府(?:督查|办公|研究|金融工作|应急)?[室办处]",
        # "国务院其他有关部门", "市直有关部门": one collective, not "国务院" + "其他有关部门"
        r"[\u4e00-\u9fff]{1,8}?(?:其他|其它)?(?:有关|相关)(?:部门|单位)",
    )
)


def segment(name: str, registry: Registry) -> list[tuple[str, int]]:
    """Cut run-together names: known names first (longest match), otherwise at unit-name endings."""
    if registry.canonical(name) or len(name) <= 4:
        return [(name, 0)]
    if re.fullmatch(r"[^()]+\([^()]*\)", name) and SUFFIX.fullmatch(re.sub(r"\([^()]*\)$", "", name)):
        return [(name, 0)]  # "…人民政府(管委会)": a note in brackets is not a second unit
    if (k := name.find("各")) >= 0 and COLLECTIVE.search(name):
        # "市重污染天气应急指挥部各成员单位" is one collective; "市生态环境局各县(区)政府" is a unit and a collective.
        head = name[:k]
        if k == 0 or OWN_MEMBERS.match(name[k:]) or re.fullmatch(r"[市县区省州]直|地方|全[市县区省州]", head) or not (
            registry.canonical(head) or UNIT_END.search(head) or PLACE_END_NAME.search(head)
        ):
            # ("地方各级人民政府", "沿海各级政府", "全市各县区": one collective, its scope before 各 — no unit of its own)
            return [(name, 0)]  # "市直各相关单位": the city's own departments, one collective
        return [*segment(name[:k], registry), (name[k:], k)]
    if (parts := re.fullmatch(r"([\u4e00-\u9fff]{1,10}) ([\u4e00-\u9fff]{1,10})", name)) and min(
        len(parts[1]), len(parts[2])
    ) <= 2:
        return [(name, 0)]  # "区 中心办", "区发改 局": a PDF copy's space inside one name
    if any(rx.fullmatch(name) for rx in WHOLE_NAMES):
        return [(name, 0)]
    if (m := re.fullmatch(r"(?:中共)?[\u4e00-\u9fff]{0,4}?[市县区州]委([\u4e00-\u9fff]{1,6}?[办部室])", name)) and not (
        registry.longest_prefix(m[1])
    ):
        return [(name, 0)]  # "市委网信办", "县委农办": an office of the party committee, not 市委 + 网信办
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(name):
        known = registry.longest_prefix(name[i:])
        if known:
            out.append((known, i))
            i += len(known)
            continue
        # Unknown: take up to the next known name, or the first unit-name ending.
        # (a piece of one or two characters is no unit: "县住房城乡建设局" is not 县 + 住房城乡建设局)
        nxt = next((j for j in range(i + 3, len(name)) if registry.longest_prefix(name[j:])), len(name))
        chunk = name[i:nxt]
        m = SUFFIX.match(chunk)
        if m and PARTY_PREFIX.fullmatch(
            m[0]
        ):  # "县委农工部", "市委组织部": a department of the party committee
            m = None
        if m and m.end() < len(chunk) - 1 and registry.canonical(chunk) is None:  # ("…案件查办组": no 组 alone)
            out.append((chunk[: m.end()], i))
            i += m.end()
        elif m is None and nxt < len(name) and not UNIT_END.search(chunk):
            # "区环保水务局": the chunk before a known name ("水务局") ends no unit name, so it begins this one
            known = registry.longest_prefix(name[nxt:])
            out.append((name[i : nxt + len(known)], i))
            i = nxt + len(known)
        else:
            out.append((chunk, i))
            i = nxt
    return out
