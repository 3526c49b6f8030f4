"""Supervision notices (督办): issuing on a lagging task, report or item; the ladder (提醒 → 督办函 → 约谈, per city);
every (state, action, role); replies with files; what lags."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from qingshan.core.errors import DomainError
from qingshan.core.workflow import states_of
from qingshan.ledger.models import Task
from qingshan.orgs.models import Unit
from qingshan.supervision import selectors, services
from qingshan.supervision.models import CityPolicy, Notice
from qingshan.supervision.workflow import NOTICE_FLOW

pytestmark = pytest.mark.django_db

ROLES = ["office", "sthj", "fgw", "dongqu", "leader", "monitor", "office_pds", "public"]
ALLOWED = {
    "reply": {"sthj"},
    "return_reply": {"office"},
    "escalate": {"office"},
    "record_meeting": {"office"},
    "close": {"office"},
    "withdraw": {"office"},
}


@pytest.fixture
def notice(item, actors):
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    return services.issue_notice(actors["office"], None, unit=sthj, subject="rectification", rectification=item)


def test_the_table_covers_every_action():
    assert set(NOTICE_FLOW.actions) == set(ALLOWED)


@pytest.mark.parametrize("state", states_of(NOTICE_FLOW))
@pytest.mark.parametrize("action", sorted(ALLOWED))
@pytest.mark.parametrize("role", ROLES)
def test_every_state_action_role(notice, actors, state, action, role):
    rung = "interview" if action == "record_meeting" else "reminder"
    Notice.objects.filter(pk=notice.pk).update(status=state, rung=rung)
    notice.refresh_from_db()
    t = NOTICE_FLOW.find(state, action)
    expected = (
        "core.transition_not_allowed" if t is None else None if role in ALLOWED[action] else "core.transition_forbidden"
    )
    events_before = notice.events.count()
    try:
        services.act_on_notice(notice, action, actors[role], comment="意见")
    except DomainError as exc:
        assert exc.code.value == expected, (state, action, role)
        notice.refresh_from_db()
        assert notice.status == state and notice.events.count() == events_before
        return
    assert expected is None, (state, action, role)
    notice.refresh_from_db()
    assert notice.status == str(t.target)
    ev = notice.events.last()
    assert (ev.action, ev.from_state, ev.actor_id, ev.rung) == (action, state, actors[role].user_id, notice.rung)


def test_issue_reply_escalate_meeting_close(notice, actors, media):
    assert notice.rung == "reminder" and notice.reply_due == timezone.localdate() + timedelta(days=5)
    ev = notice.events.get()
    assert (ev.action, ev.to_state, ev.rung) == ("issue", "issued", "reminder")
    reply = SimpleUploadedFile("情况说明.pdf", b"%PDF-1.4 reply")
    services.act_on_notice(notice, "reply", actors["sthj"], comment="已加快推进", files=[reply])
    assert notice.events.last().files.get().name == "情况说明.pdf"
    services.act_on_notice(notice, "escalate", actors["office"], comment="进展仍滞后")
    assert (notice.rung, notice.status) == ("letter", "issued")
    assert notice.reply_due == timezone.localdate() + timedelta(days=10)
    with pytest.raises(DomainError) as exc:
        services.act_on_notice(notice, "record_meeting", actors["office"], comment="记录")
    assert exc.value.code.value == "supervision.not_a_meeting"
    services.act_on_notice(notice, "escalate", actors["office"])
    assert notice.rung == "interview"
    with pytest.raises(DomainError) as exc:
        services.act_on_notice(notice, "escalate", actors["office"])
    assert exc.value.code.value == "supervision.no_next_rung"
    services.act_on_notice(notice, "record_meeting", actors["office"], comment="约谈记录:作出整改承诺")
    assert notice.status == "replied" and notice.meeting_record == "约谈记录:作出整改承诺" and notice.meeting_at
    services.act_on_notice(notice, "close", actors["office"])
    assert notice.status == "closed"
    assert [(e.action, e.rung) for e in notice.events.all()] == [
        ("issue", "reminder"), ("reply", "reminder"), ("escalate", "letter"), ("escalate", "interview"),
        ("record_meeting", "interview"), ("close", "interview"),
    ]  # fmt: skip
    year = timezone.localdate().year
    counted = selectors.rung_events(Notice.objects.all(), date(year, 1, 1), date(year, 12, 31))
    assert sorted(e.rung for e in counted) == ["interview", "letter", "reminder"]


def test_a_citys_own_ladder(item, actors, pzh):
    CityPolicy.objects.create(
        division=pzh,
        ladder=[
            {"code": "letter", "zh": "督办函", "en": "Letter", "reply_days": 3},
            {"code": "notice", "zh": "通报批评", "en": "Public criticism"},
        ],
    )
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    n = services.issue_notice(actors["office"], None, unit=sthj, subject="rectification", rectification=item)
    assert n.rung == "letter" and n.reply_due == timezone.localdate() + timedelta(days=3)
    services.act_on_notice(n, "escalate", actors["office"])
    assert n.rung == "notice" and n.reply_due is None


def test_issuing_is_checked(item, actors, ledger):
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    fgw = Unit.objects.get(name="攀枝花市发展和改革委员会")
    pds = Unit.objects.get(name="平顶山市生态环境局")
    cases = [
        (actors["sthj"], dict(unit=sthj, subject="rectification", rectification=item), "core.office_only"),
        (actors["leader"], dict(unit=sthj, subject="rectification", rectification=item), "core.office_only"),
        (actors["office"], dict(unit=pds, subject="other", text="x"), "supervision.notice_outside"),
        (actors["office_pds"], dict(unit=sthj, subject="rectification", rectification=item), "supervision.notice_outside"),
        (actors["office"], dict(unit=sthj, subject="rectification"), "supervision.notice_subject"),
        (actors["office"], dict(unit=sthj, subject="task", task=ledger["t_pub"]), "supervision.notice_unit"),
        (actors["office"], dict(unit=fgw, subject="report", task=ledger["t_fgw"]), "supervision.notice_subject"),
        (actors["office"], dict(unit=sthj, subject="other", text=" "), "supervision.notice_subject"),
        (actors["office"], dict(unit=sthj, subject="rectification", rectification=item, rung="x"), "core.bad_parameter"),
    ]
    for actor, kwargs, code in cases:
        with pytest.raises(DomainError) as exc:
            services.issue_notice(actor, None, **kwargs)
        assert exc.value.code.value == code, kwargs
    assert not Notice.objects.exists()
    n = services.issue_notice(actors["office"], None, unit=fgw, subject="task", task=ledger["t_fgw"], rung="letter")
    assert n.title == "关于“1.(1) 节能降碳”的督办" and n.rung == "letter"


def test_reply_overdue_and_what_lags(item, actors, ledger, pzh):
    # ledger["plan"] is confirmed by the fixture, with its reporting schedule
    Task.objects.filter(pk=ledger["t_fgw"].pk).update(due_date=date(2024, 6, 30))
    today = date(2025, 1, 10)
    rows = selectors.lagging(actors["office"], pzh, today)
    kinds = {(r.subject, r.unit_name) for r in rows}
    assert ("task", "攀枝花市发展和改革委员会") in kinds
    assert ("rectification", "攀枝花市生态环境局") in kinds  # the item was due 2024-12-31
    fgw = Unit.objects.get(name="攀枝花市发展和改革委员会")
    n = services.issue_notice(actors["office"], None, unit=fgw, subject="task", task=ledger["t_fgw"])
    row = next(r for r in selectors.lagging(actors["office"], pzh, today) if r.subject == "task")
    assert row.open_notice == n and row.days == 194
    assert not n.reply_overdue(n.reply_due) and n.reply_overdue(n.reply_due + timedelta(days=1))
    # another city's office sees none of it
    assert selectors.lagging(actors["office_pds"], pzh, today) == []


def test_what_awaits_each_person_follows_the_notice(notice, actors, client, users):
    """core.notices: the unit addressed sees the notice to answer (with its deadline) on its notifications page
    and in the header count; once it replies, the office sees a reply to read; nobody else sees either."""
    from qingshan.core.notices import notices_for

    today = timezone.localdate()

    def kinds(role):
        return [n.kind for n in notices_for(actors[role], today)]

    assert "notice_to_reply" in kinds("sthj")
    assert "notice_to_reply" not in kinds("fgw") and "notice_replied" not in kinds("office")
    assert "notice_to_reply" not in kinds("office_pds")
    mine = [n for n in notices_for(actors["sthj"], today) if n.kind == "notice_to_reply"]
    assert mine[0].url == f"/supervision/notices/{notice.pk}/" and mine[0].level == "action"
    client.force_login(users["sthj"])
    page = client.get("/notifications/").content.decode()
    assert notice.title in page
    services.act_on_notice(notice, "reply", actors["sthj"], comment="已加快推进")
    assert "notice_to_reply" not in kinds("sthj")
    assert "notice_replied" in kinds("office") and "notice_replied" not in kinds("office_pds")
    Notice.objects.filter(pk=notice.pk).update(status="issued", reply_due=today - timedelta(days=1))
    late = [n for n in notices_for(actors["sthj"], today) if n.kind == "notice_to_reply"]
    assert late[0].level == "warning"


def test_the_header_count_is_the_number_of_entries_that_need_action(notice, actors, client, users):
    """Walkthrough finding: the header said 1 while the office's list held an alert entry and an application to
    accept (the badge counted only the cheap providers). It now counts what /notifications/ lists, and follows a
    change of the records."""
    import re

    from qingshan.core.notices import notices_for

    today = timezone.localdate()
    client.force_login(users["sthj"])

    def badge() -> int:
        m = re.search(r'id="nav-notices">[^<]*(?:<span class="badge">(\d+)</span>)?', client.get("/").content.decode())
        return int(m.group(1) or 0)

    def listed() -> int:
        return sum(1 for n in notices_for(actors["sthj"], today) if n.level != "info")

    assert badge() == listed() >= 1
    services.act_on_notice(notice, "reply", actors["sthj"], comment="已加快推进")
    assert badge() == listed()
