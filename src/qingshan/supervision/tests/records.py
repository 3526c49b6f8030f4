"""Records of 市生态环境局 (sthj) in the supervision and assessment apps, for the access matrix
(``core/tests/test_access_matrix.py``): another department (市发展改革委, fgw) must neither read nor change them."""

from __future__ import annotations

from datetime import date

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile


def records_of_sthj() -> dict:
    from qingshan.assessment import services as assess
    from qingshan.assessment.demo import SCHEME
    from qingshan.assessment.models import AssessmentRun, Objection, ObjectionFile, SchemeItem, Sheet
    from qingshan.core.access import Actor
    from qingshan.core.roles import Role
    from qingshan.orgs.models import Division, Unit
    from qingshan.supervision import services
    from qingshan.supervision.bulletin import office_actor
    from qingshan.supervision.models import (
        Bulletin,
        EvidenceFile,
        Notice,
        NoticeFile,
        PublicObjection,
        Rectification,
        RectificationUnit,
    )

    city = Division.objects.get(name="攀枝花市")
    office = office_actor(city)
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    sthj_actor = Actor(None, Role.UNIT, sthj.pk, frozenset(city.descendant_ids()))
    item = Rectification.objects.create(
        division=city, key="acl", number="9", problem="某排污口未整治", deadline="2024年底前", due_date=date(2024, 12, 31)
    )
    RectificationUnit.objects.create(rectification=item, unit=sthj, role="lead", raw_name="市生态环境局")
    services.act_on_item(item, "start", office, files=[("other", SimpleUploadedFile("a.txt", b"x"))])
    objection = PublicObjection.objects.create(rectification=item, text="异议")
    notice = services.issue_notice(
        office, None, unit=sthj, subject="rectification", rectification=item,
        files=[SimpleUploadedFile("督办函.pdf", b"%PDF")],
    )  # fmt: skip
    bulletin = Bulletin(division=city, month=date(2024, 1, 1), number=1, title="草稿", issuer="协调办")
    bulletin.file.save("draft.docx", ContentFile(b"PK"), save=False)
    bulletin.save()
    scheme = assess.load_scheme(SCHEME)
    run = AssessmentRun.objects.create(scheme=scheme, as_of=date(2024, 12, 31))
    sheet = Sheet.objects.create(run=run, unit=sthj, kind="department", total=80, max_total=100, rank=1, lines=[
        {"code": "tasks", "name": "重点任务按期完成", "max": 25, "rule": "overdue_task", "points": 23, "note": "", "lines": []},
    ])  # fmt: skip
    assess.publish_run(run, office)
    objection_a = assess.file_objection(
        sheet, sthj_actor, None, item_code="tasks", text="申诉", files=[SimpleUploadedFile("说明.pdf", b"%PDF")]
    )
    return {
        Rectification: [item],
        EvidenceFile: list(EvidenceFile.objects.filter(event__rectification=item)),
        PublicObjection: [objection],
        Notice: [notice],
        NoticeFile: list(NoticeFile.objects.filter(event__notice=notice)),
        Bulletin: [bulletin],
        AssessmentRun: [run],
        Sheet: [sheet],
        Objection: [objection_a],
        ObjectionFile: list(ObjectionFile.objects.filter(event__objection=objection_a)),
        SchemeItem: [scheme.items.first()],
    }


def owned_routes() -> dict:
    """Routes of the two apps that take a record id, by the kind of record behind them."""
    from qingshan.assessment.models import AssessmentRun, Objection, ObjectionFile, SchemeItem, Sheet
    from qingshan.supervision.models import (
        Bulletin,
        EvidenceFile,
        Notice,
        NoticeFile,
        PublicObjection,
        Rectification,
    )

    return {
        "supervision:item": Rectification,
        "supervision:item-act": Rectification,
        "supervision:item-map-unit": Rectification,
        "supervision:evidence": EvidenceFile,
        "supervision:objection-answer": PublicObjection,
        "supervision:notice": Notice,
        "supervision:notice-act": Notice,
        "supervision:notice-file": NoticeFile,
        "supervision:bulletin": Bulletin,
        "supervision:bulletin-download": Bulletin,
        "supervision:bulletin-publish": Bulletin,
        "assessment:run": AssessmentRun,
        "assessment:run-publish": AssessmentRun,
        "assessment:run-export": AssessmentRun,
        "assessment:sheet": Sheet,
        "assessment:sheet-object": Sheet,
        "assessment:objection": Objection,
        "assessment:objection-act": Objection,
        "assessment:objection-file": ObjectionFile,
        "assessment:manual": SchemeItem,
    }


#: Routes with a record id whose records every user of the city (or the public) may read: the public notice of an
#: item, and a city's assessment scheme (read by every unit it assesses; another city's office gets a 404 — tested
#: in the app's own access tests).
REFERENCE_ROUTES = {"supervision:publicity-item", "assessment:scheme", "assessment:scheme-json"}
#: Route kwargs beside ``pk``.
EXTRA_KWARGS = {"supervision:item-map-unit": {"unit_pk": 1}, "assessment:run-export": {"fmt": "json"}}
