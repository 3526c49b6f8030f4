"""What a city decides for itself about rectification and supervision — every value here is a *setting* with a
documented default, never a rule presented as law.

The reference notes (``shared/reference/governance/README.md`` §3) found neither the 《中央生态环境保护督察整改工作办法》
(2022) nor the 《中央生态环境保护督察工作规定》(2019); everything known about 验收销号 is local practice [S]:
安徽 2019 (分级验收, 备案销号, results published), 黄山 2022 (提交申请 → 现场核查 → 审核签字 → 公示反馈, "谁验收、谁负责").
So a city's office sets, on its :class:`~qingshan.supervision.models.CityPolicy` (admin), and each default below says
how sure we are of it:

``publicity_days`` = 7
    Length of the 公示 after acceptance. **NOT FOUND** nationally (黄山 names a 公示 step without a length); 7 days is
    a placeholder a city must confirm.
``immediate_days`` = 30
    Days a "立行立改" item has from the day it is imported. **NOT FOUND**; placeholder.
``long_term_report_months`` = 3
    How often a "长期坚持" item reports (it is never closed). 2017 practice was a monthly 调度 by the national
    inspection office [S, S33]; seed 004 asks for 月通报、季督查; we default to quarterly.
``required_evidence`` = 整改报告, 验收材料, 照片
    What a unit must attach to apply for closure (issue #16). The national evidence list: **NOT FOUND**.
``office_accepts`` = True
    Besides the item's accepting unit (验收单位, the department or county named on the item), the coordinating office
    may accept or return an application. Who accepts under the national 办法: **NOT FOUND**.
``ladder``
    The escalation ladder of supervision notices (督办): 提醒 → 督办函 (reply in 10 days) → 约谈 (a meeting record).
    Seeds 002 (督办, 约谈) and 004 (通报, 责令限期整改) name the rungs; reply days are **NOT FOUND** (10 is a
    placeholder).
``status_words``
    How the 整改状态/完成情况 column of an imported ledger maps to the workflow's states. Official reports use
    "已完成或基本完成" and "达到/没有达到序时进度" [S, S33/S37]; public software ledgers use 尚未启动 / 未达到序时进度 /
    达到序时进度 / 超过序时进度 / 完成整改 / 完成交账销号 [S]. An item the office's ledger calls complete (已完成,
    完成整改) is imported as 整改中 with its words kept: closing it on the platform needs evidence and acceptance.
    Only words that say the item is already closed (已销号, 完成交账销号) import it as closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Evidence kinds (their names: ``EvidenceFile.KIND_CHOICES``).
EVIDENCE_KINDS = ("report", "acceptance", "photo", "reply", "other")

DEFAULT_LADDER: list[dict] = [
    {"code": "reminder", "zh": "提醒", "en": "Reminder", "reply_days": 5, "meeting": False},
    {"code": "letter", "zh": "督办函", "en": "Supervision letter", "reply_days": 10, "meeting": False},
    {"code": "interview", "zh": "约谈", "en": "Interview (约谈)", "reply_days": 15, "meeting": True},
]

#: state → words of the 整改状态 column that mean it (the longest matching word decides).
DEFAULT_STATUS_WORDS: dict[str, list[str]] = {
    "pending": ["待整改", "未启动", "尚未启动", "未开始", "未整改"],
    "in_progress": [
        "整改中",
        "正在整改",
        "推进中",
        "持续推进",
        "序时推进",
        "达到序时进度",
        "未达到序时进度",
        "没有达到序时进度",
        "超过序时进度",
        "基本完成",
        "已完成",
        "完成整改",
        "已整改",
        "长期坚持",
        "持续整改",
        "申请销号",
        "待验收",
        "公示中",
    ],
    "closed": ["已销号", "完成交账销号", "已验收销号", "验收销号"],
}

#: Words of a 整改时限 cell that make an item "长期坚持" (reports periodically, never closed) or "立行立改".
LONG_TERM_WORDS = ("长期坚持", "长期坚守", "持续推进", "持续整改", "常态化", "长期")
IMMEDIATE_WORDS = ("立行立改", "立即整改", "即知即改")


@dataclass(frozen=True)
class Rung:
    code: str
    zh: str
    en: str
    reply_days: int | None = None
    meeting: bool = False

    def name(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


@dataclass(frozen=True)
class Policy:
    publicity_days: int = 7
    immediate_days: int = 30
    long_term_report_months: int = 3
    required_evidence: tuple[str, ...] = ("report", "acceptance", "photo")
    office_accepts: bool = True
    ladder: tuple[Rung, ...] = field(default_factory=lambda: tuple(Rung(**r) for r in DEFAULT_LADDER))
    status_words: dict[str, list[str]] = field(default_factory=lambda: dict(DEFAULT_STATUS_WORDS))

    def rung(self, code: str) -> Rung | None:
        return next((r for r in self.ladder if r.code == code), None)

    def next_rung(self, code: str) -> Rung | None:
        codes = [r.code for r in self.ladder]
        i = codes.index(code) if code in codes else -1
        return self.ladder[i + 1] if 0 <= i < len(self.ladder) - 1 else None


DEFAULT = Policy()


def ladder_from(data: list[dict] | None) -> tuple[Rung, ...]:
    """A ladder from the policy's JSON (each rung: code, zh, en, reply_days, meeting); the default when empty."""
    if not data:
        return DEFAULT.ladder
    return tuple(
        Rung(
            code=str(r["code"]),
            zh=str(r.get("zh") or r["code"]),
            en=str(r.get("en") or r["code"]),
            reply_days=int(r["reply_days"]) if r.get("reply_days") else None,
            meeting=bool(r.get("meeting")),
        )
        for r in data
    )


def status_for(words: dict[str, list[str]], text: str) -> str | None:
    """The state the words of a 整改状态 cell mean: the longest listed word the cell contains; None if none."""
    s = (text or "").strip()
    best: tuple[int, str] | None = None
    for state, ws in words.items():
        for w in ws:
            if w and w in s and (best is None or len(w) > best[0]):
                best = (len(w), state)
    return best[1] if best else None
