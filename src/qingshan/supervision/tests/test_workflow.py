"""The rectification workflow: every (state, action, role), the guards (evidence, long-term items, the public
notice and its objections), events with their files, and the platform closing items whose notice has ended."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from qingshan.core.errors import DomainError
from qingshan.core.workflow import SYSTEM, states_of
from qingshan.supervision import services
from qingshan.supervision.models import CityPolicy, PublicObjection, Rectification
from qingshan.supervision.workflow import RECTIFICATION_FLOW

from .conftest import evidence

pytestmark = pytest.mark.django_db

ROLES = ["office", "sthj", "fgw", "dongqu", "leader", "monitor", "office_pds", "public"]
#: (action) → roles that may take it on the fixture's item (lead 市生态环境局, cooperating 市发展改革委, accepting
#: 东区人民政府; the office accepts too by the default setting).
ALLOWED = {
    "start": {"office", "sthj"},
    "report": {"office", "sthj"},
    "apply": {"sthj"},
    "accept": {"office", "dongqu"},
    "return": {"office", "dongqu"},
    "close": {"office"},
    "reopen": {"office"},
}


def test_the_table_covers_every_action():
    assert set(RECTIFICATION_FLOW.actions) == set(ALLOWED)


@pytest.mark.parametrize("state", states_of(RECTIFICATION_FLOW))
@pytest.mark.parametrize("action", sorted(ALLOWED))
@pytest.mark.parametrize("role", ROLES)
def test_every_state_action_role(item, actors, state, action, role):
    Rectification.objects.filter(pk=item.pk).update(
        status=state, publicity_start=date(2020, 1, 1), publicity_end=date(2020, 1, 8)
    )
    item.refresh_from_db()
    files = evidence("report", "acceptance", "photo") if action == "apply" else ()
    t = RECTIFICATION_FLOW.find(state, action)
    if t is None:
        expected = "core.transition_not_allowed"
    elif role not in ALLOWED[action]:
        expected = "core.transition_forbidden"
    else:
        expected = None
    try:
        services.act_on_item(item, action, actors[role], comment="理由", files=files)
    except DomainError as exc:
        assert exc.code.value == expected, (state, action, role)
        item.refresh_from_db()
        assert item.status == state and not item.events.exists()
        return
    assert expected is None, (state, action, role)
    item.refresh_from_db()
    assert item.status == str(t.target)
    ev = item.events.get()
    assert (ev.action, ev.from_state, ev.to_state, ev.comment) == (action, state, str(t.target), "理由")
    assert ev.actor_id == actors[role].user_id
    if action == "apply":
        assert sorted(ev.files.values_list("kind", flat=True)) == ["acceptance", "photo", "report"]


def test_one_item_from_start_to_closed_with_a_return(item, actors):
    a = actors
    services.act_on_item(item, "start", a["sthj"], comment="已部署排查")
    services.act_on_item(item, "report", a["sthj"], comment="完成排查 36 个排污口")
    assert item.progress == "完成排查 36 个排污口" and item.last_report_at
    with pytest.raises(DomainError) as exc:
        services.act_on_item(item, "apply", a["sthj"], files=evidence("report"))
    assert exc.value.code.value == "supervision.evidence_missing" and "验收材料" in str(exc.value)
    services.act_on_item(item, "apply", a["sthj"], files=evidence("report", "acceptance", "photo"))
    with pytest.raises(DomainError) as exc:
        services.act_on_item(item, "return", a["dongqu"])
    assert exc.value.code.value == "core.comment_required"
    services.act_on_item(item, "return", a["dongqu"], comment="缺少排污口在线监测记录")
    assert item.status == "in_progress"
    services.act_on_item(item, "apply", a["sthj"], files=evidence("report", "acceptance", "photo"))
    services.act_on_item(item, "accept", a["dongqu"], comment="现场核查通过")
    today = timezone.localdate()
    assert item.status == "publicity" and item.publicity_end == today + timedelta(days=7)
    from qingshan.supervision.workflow import RECTIFICATION_FLOW as RECTIFICATION

    assert "close" not in [t.action for t in RECTIFICATION.available(item, a["office"])]  # no button yet
    with pytest.raises(DomainError) as exc:
        services.act_on_item(item, "close", a["office"])
    assert exc.value.code.value == "supervision.publicity_running"
    Rectification.objects.filter(pk=item.pk).update(publicity_end=today - timedelta(days=1))
    item.refresh_from_db()
    assert "close" in [t.action for t in RECTIFICATION.available(item, a["office"])]
    services.act_on_item(item, "close", a["office"])
    assert item.status == "closed" and item.closed_at
    assert list(item.events.values_list("action", flat=True)) == [
        "start", "report", "apply", "return", "apply", "accept", "close",
    ]  # fmt: skip


def test_public_objection_holds_closure_and_upheld_reopens(item, actors, users):
    Rectification.objects.filter(pk=item.pk).update(
        status="publicity", publicity_start=date(2020, 1, 1), publicity_end=date(2020, 1, 8)
    )
    item.refresh_from_db()
    obj = services.raise_objection(item, name="", contact="", text="排污口仍在夜间排放")
    closed = services.close_ended_notices(date(2020, 2, 1))
    assert closed == []  # an open objection holds the closure
    with pytest.raises(DomainError) as exc:
        services.act_on_item(item, "close", actors["office"])
    assert exc.value.code.value == "supervision.objection_open"
    services.answer_objection(obj, actors["office"], users["office"], answer="经核实属实,退回整改", upheld=True)
    item.refresh_from_db()
    assert item.status == "in_progress" and item.events.last().action == "reopen"
    with pytest.raises(DomainError) as exc:
        services.raise_objection(item, name="", contact="", text="x")
    assert exc.value.code.value == "supervision.not_on_notice"


def test_platform_closes_items_whose_notice_ended(item):
    Rectification.objects.filter(pk=item.pk).update(
        status="publicity", publicity_start=date(2020, 1, 1), publicity_end=date(2020, 1, 8)
    )
    assert services.close_ended_notices(date(2020, 1, 7)) == []
    [closed] = services.close_ended_notices(date(2020, 1, 8))
    assert closed.status == "closed"
    ev = closed.events.get()
    assert ev.actor_id is None and ev.actor_role == SYSTEM.role


def test_long_term_items_report_and_are_never_closed(item, actors):
    Rectification.objects.filter(pk=item.pk).update(status="in_progress", deadline_kind="long_term", due_date=None)
    item.refresh_from_db()
    services.act_on_item(item, "report", actors["sthj"], comment="第二季度巡查 12 次")
    with pytest.raises(DomainError) as exc:
        services.act_on_item(item, "apply", actors["sthj"], files=evidence("report", "acceptance", "photo"))
    assert exc.value.code.value == "supervision.long_term"
    assert not item.is_overdue(date(2099, 1, 1))


def test_city_settings_change_evidence_and_notice_length(item, actors, pzh):
    CityPolicy.objects.create(division=pzh, publicity_days=15, required_evidence=["report"], office_accepts=False)
    Rectification.objects.filter(pk=item.pk).update(status="in_progress")
    item.refresh_from_db()
    services.act_on_item(item, "apply", actors["sthj"], files=evidence("report"))
    with pytest.raises(DomainError) as exc:
        services.act_on_item(item, "accept", actors["office"])
    assert exc.value.code.value == "core.transition_forbidden"  # this city lets only the accepting unit accept
    services.act_on_item(item, "accept", actors["dongqu"])
    assert item.publicity_end - item.publicity_start == timedelta(days=15)


def test_files_of_a_refused_type_are_named(item, actors):
    from django.core.files.uploadedfile import SimpleUploadedFile

    Rectification.objects.filter(pk=item.pk).update(status="in_progress")
    item.refresh_from_db()
    bad = [("report", SimpleUploadedFile("报告.exe", b"MZ"))]
    with pytest.raises(DomainError) as exc:
        services.act_on_item(item, "report", actors["sthj"], comment="x", files=bad)
    assert exc.value.code.value == "supervision.file_refused" and "报告.exe" in str(exc.value)


def test_overdue_is_derived_from_the_deadline(item):
    assert not item.is_overdue(date(2024, 12, 31))
    assert item.is_overdue(date(2025, 1, 1)) and item.days_overdue(date(2025, 1, 11)) == 11
    item.status = "applied"
    assert not item.is_overdue(date(2025, 1, 1))


def test_public_objection_needs_text(item):
    Rectification.objects.filter(pk=item.pk).update(status="publicity")
    with pytest.raises(DomainError):
        services.raise_objection(item, name="", contact="", text="  ")
    assert not PublicObjection.objects.exists()


def test_city_settings_are_checked(pzh):
    from django.core.exceptions import ValidationError

    for bad in (
        {"required_evidence": ["report", "selfie"]},
        {"ladder": [{"zh": "提醒"}]},
        {"ladder": [{"code": "a"}, {"code": "a"}]},
        {"ladder": [{"code": "a", "reply_days": "ten"}]},
        {"status_words": {"done": ["已完成"]}},
    ):
        with pytest.raises(ValidationError):
            CityPolicy(division=pzh, **bad).full_clean()
    CityPolicy(division=pzh, required_evidence=["report"], ladder=[{"code": "letter", "reply_days": 3}]).full_clean()


def test_evidence_must_be_what_its_name_says(actors, item):
    """Walkthrough finding: random bytes named 照片.jpg, or a text file as the photo, were accepted."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from qingshan.supervision.models import EvidenceFile

    Rectification.objects.filter(pk=item.pk).update(status="in_progress")
    item.refresh_from_db()
    for kind, f, code in [
        ("photo", SimpleUploadedFile("照片.jpg", b"random bytes, not a picture"), "supervision.file_content"),
        ("photo", SimpleUploadedFile("照片.txt", "现场照片".encode()), "supervision.photo_type"),
        ("report", SimpleUploadedFile("报告.pdf", b"plain text renamed"), "supervision.file_content"),
    ]:
        files = [(k, x) for k, x in evidence("report", "acceptance", "photo") if k != kind] + [(kind, f)]
        with pytest.raises(DomainError) as exc:
            services.act_on_item(item, "apply", actors["sthj"], comment="已完成", files=files)
        assert exc.value.code.value == code and f.name in str(exc.value)
    item.refresh_from_db()
    assert item.status == "in_progress" and not EvidenceFile.objects.filter(event__rectification=item).exists()
    services.act_on_item(item, "apply", actors["sthj"], comment="已完成", files=evidence("report", "acceptance", "photo"))
    item.refresh_from_db()
    assert item.status == "applied"
