"""Plan lineages (方案版本): which stored plan an upload revises, and what a confirmed revision carries forward.

**Matching an upload to a lineage.** Each lineage of the area is scored against the upload by what offices keep when
they revise a plan: the same 文号 (0.5), a similar title (0.3 × the title's similarity), the same tasks (0.4 × the
share of the upload's tasks whose number and opening words the lineage's latest version has) and the same issuer
(0.1). The best lineage scoring at least :data:`THRESHOLD` is proposed; the reasons are stored on the plan
(``Plan.lineage_basis``) and shown on the review page, where the office can choose another lineage or a new plan
(:func:`reassign`).

**Carrying forward.** When a revision is confirmed, the version in force is superseded, and every task that did not
change — same number, heading, text, deadline and units as written — takes over what people did on the old one: its
status and progress note, its due date, its unit assignments as corrected by the office (``carry_tasks``); the apps
above take over reports and target links through the confirmation's commit hook, from the mapping this module
computes (``context["carried"]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.db.models import Max

from .models import Plan, PlanLineage, Task, TaskAssignment, TaskEvent

THRESHOLD = 0.5
_SPACE = re.compile(r"[\s\u3000]+")
_PUNCT = re.compile(r"[《》〈〉<>“”\"'()()【】\[\],,。.、:;:;]")


def _norm(text: str | None) -> str:
    return _PUNCT.sub("", _SPACE.sub("", text or ""))


def _task_key(number: str, text: str) -> tuple[str, str]:
    return number.strip(), _norm(text)[:40]


@dataclass
class LineageMatch:
    lineage: PlanLineage
    score: float
    basis: list[list]  # [[code, value], …] for the review page: doc_number, title, tasks, issuer


def match(title: str, doc_number: str | None, issuer: str | None, tasks: list[tuple[str, str]], division_id: int,
          exclude_plan: int | None = None) -> LineageMatch | None:  # fmt: skip
    """The lineage of the area this upload most likely revises, or None (a new plan)."""
    keys = {_task_key(n, t) for n, t in tasks}
    best: LineageMatch | None = None
    for lineage in PlanLineage.objects.filter(division_id=division_id):
        latest = (
            lineage.versions.exclude(status=Plan.Status.WITHDRAWN)
            .exclude(pk=exclude_plan)
            .order_by("-version")
            .first()
        )
        if latest is None:
            continue
        basis: list[list] = []
        score = 0.0
        if doc_number and latest.doc_number and _norm(doc_number) == _norm(latest.doc_number):
            score += 0.5
            basis.append(["doc_number", latest.doc_number])
        title_sim = SequenceMatcher(None, _norm(title), _norm(latest.title)).ratio()
        if title_sim >= 0.6:
            score += 0.3 * title_sim
            basis.append(["title", round(title_sim, 2)])
        if keys:
            theirs = {_task_key(t.number, t.text) for t in latest.tasks.only("number", "text")}
            share = len(keys & theirs) / len(keys)
            # the same tasks under other numbers (a sheet re-laid as a Word table) count at half weight
            texts, their_texts = {k[1] for k in keys}, {k[1] for k in theirs}
            share = max(share, 0.5 * len(texts & their_texts) / len(texts))
            if share > 0:
                score += 0.4 * share
                basis.append(["tasks", round(share, 2)])
        if issuer and latest.issuer and _norm(issuer) == _norm(latest.issuer):
            score += 0.1
            basis.append(["issuer", latest.issuer])
        if score >= THRESHOLD and (best is None or score > best.score):
            best = LineageMatch(lineage, round(score, 2), basis)
    return best


def base_version(lineage: PlanLineage) -> Plan | None:
    """The version a new upload of ``lineage`` revises: the one in force, else the latest."""
    return lineage.in_force or lineage.versions.exclude(status=Plan.Status.WITHDRAWN).order_by("-version").first()


def stale_base(plan: Plan) -> Plan | None:
    """The version in force of a draft's lineage when it is not the version the draft revises: another revision
    was confirmed since this draft was uploaded (two drafts of one plan under review at once). Confirming this
    draft would undo that revision, so it must be rebased first (:func:`reassign` with its own lineage)."""
    if plan.status != Plan.Status.DRAFT or plan.lineage_id is None:
        return None
    current = plan.lineage.in_force
    return current if current is not None and current.pk != plan.revision_of_id else None


def next_version(lineage: PlanLineage) -> int:
    return (lineage.versions.aggregate(m=Max("version"))["m"] or 0) + 1


def attach(plan: Plan, found: LineageMatch | None) -> None:
    """Put a new (unsaved or just created) plan into the matched lineage, or a new one of its own."""
    if found is None:
        plan.lineage = PlanLineage.objects.create(division=plan.division, name=plan.title[:256])
        plan.version, plan.revision_of, plan.lineage_basis = 1, None, []
    else:
        plan.lineage = found.lineage
        plan.version = next_version(found.lineage)
        plan.revision_of = base_version(found.lineage)
        plan.lineage_basis = [["score", found.score], *found.basis]


def reassign(plan: Plan, lineage: PlanLineage | None) -> Plan:
    """The office's choice on the review page: this draft revises ``lineage`` (or is a new plan of its own)."""
    old = plan.lineage
    if lineage is not None and lineage.pk == plan.lineage_id and plan.revision_of_id and not stale_base(plan):
        return plan  # the choice already made: nothing changes (its version stays)
    # (a stale draft chosen again for its own lineage is rebased: it revises the version now in force and takes
    # the next number, after that version)
    if lineage is None:
        attach(plan, None)
    else:
        plan.lineage = lineage
        plan.version = next_version(lineage)
        plan.revision_of = base_version(lineage)
        plan.lineage_basis = [["chosen", True]]
    plan.save(update_fields=["lineage", "version", "revision_of", "lineage_basis"])
    if old is not None and not old.versions.exists():
        old.delete()
    if plan.lineage is not None and plan.lineage.name != plan.title:
        PlanLineage.objects.filter(pk=plan.lineage_id).update(name=plan.title[:256])
    return plan


def _units_as_written(task: Task) -> list[tuple[str, str]]:
    """The units the document wrote for the task (kept at import), not the assignments as corrected since."""
    return sorted((str(r), str(n)) for r, n in task.units_written)


def task_identity(task: Task) -> tuple:
    """What makes two versions' tasks the same task, whatever their numbers: text, deadline, units as written."""
    return (task.heading, _norm(task.text), task.deadline, task.recurrence, tuple(_units_as_written(task)))


def unchanged_tasks(old: Plan, new: Plan) -> dict[int, int]:
    """Old task id → new task id for every task that did not change between two versions: by number, then — for a
    revision that only renumbers (附表1.1 → 1) — by identity among the tasks left over."""
    old_tasks = {t.number: t for t in old.tasks.all()}
    new_tasks = list(new.tasks.all())
    new_numbers = {t.number for t in new_tasks}
    out = {}
    left = []
    for t in new_tasks:
        o = old_tasks.get(t.number)
        if o is not None and task_identity(o) == task_identity(t):
            out[o.pk] = t.pk
        elif o is None:
            left.append(t)
    spare: dict[tuple, list[Task]] = {}
    for o in old_tasks.values():
        if o.number not in new_numbers:  # numbered away: it may come back under another number
            spare.setdefault(task_identity(o), []).append(o)
    for t in left:
        if candidates := spare.get(task_identity(t)):
            out[candidates.pop(0).pk] = t.pk
    return out


def carry_tasks(mapping: dict[int, int], actor_user_id: int | None) -> int:
    """What people did on the old tasks moves to their unchanged successors: status (an event row records it),
    progress note, due date, and the unit assignments as the office corrected them."""
    olds = Task.objects.in_bulk(list(mapping))
    news = Task.objects.in_bulk(list(mapping.values()))
    for old_id, new_id in mapping.items():
        o, n = olds[old_id], news[new_id]
        if o.status != n.status:
            TaskEvent.objects.create(
                task=n, action="carry_forward", from_state=n.status, to_state=o.status, actor_id=actor_user_id,
                actor_role="system", comment=f"#{o.plan_id} {o.number}",
            )  # fmt: skip
        n.status, n.progress_note, n.due_date = o.status, o.progress_note, o.due_date
        n.save(update_fields=["status", "progress_note", "due_date"])
        # The old task's assignments as the office corrected them, placed where the new document writes them.
        spans = {(a.role, a.raw_name): (a.span_start, a.span_end) for a in n.assignments.all()}
        for a in list(n.assignments.all()):
            a.delete()
        for a in o.assignments.all():
            start, end = spans.get((a.role, a.raw_name), (None, None))
            TaskAssignment.objects.create(
                task=n, unit_id=a.unit_id, role=a.role, raw_name=a.raw_name, span_start=start, span_end=end
            )
    return len(mapping)
