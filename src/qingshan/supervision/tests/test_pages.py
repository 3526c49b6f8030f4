"""The pages, driven with the test client: importing through upload → preview → mapping → import, workflow actions
with files, notices, bulletins, the assessment; and who sees what — a unit its own, a county its area, the public
only what is on public notice or published, another city's office nothing of 攀枝花's."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from qingshan.assessment import services as assess
from qingshan.assessment.demo import SCHEME
from qingshan.orgs.models import Unit, UnitAlias
from qingshan.supervision import services
from qingshan.supervision.models import Bulletin, Notice, PublicObjection, Rectification

from . import ledgers

pytestmark = pytest.mark.django_db


def login(client, users, name):
    client.force_login(users[name])
    return client


def test_import_through_the_page_with_a_mapping(client, users, pzh, media):
    login(client, users, "office")
    url = reverse("supervision:import")
    page = client.get(url)
    assert page.status_code == 200 and "导入整改台账" in page.content.decode()
    up = client.post(url, {"division": pzh.pk, "file": SimpleUploadedFile("c.docx", ledgers.layout_c())})
    html = up.content.decode()
    assert up.status_code == 200 and "钒钛园区工委" in html and 'id="unknown-units"' in html
    staged = re.search(r'name="staged" value="([^"]+)"', html).group(1)
    # confirming without choosing a unit for the unknown name refuses, and keeps the preview
    again = client.post(url, {"staged": staged})
    assert again.status_code == 400 and not Rectification.objects.exists()
    zone = Unit.objects.get(name="钒钛高新区管委会")
    done = client.post(url, {"staged": staged, "map:钒钛园区工委": str(zone.pk), "remember": "on"})
    assert done.status_code == 302 and Rectification.objects.count() == 3
    assert UnitAlias.objects.filter(alias="钒钛园区工委", unit=zone).exists()
    # a bad ledger: every problem named, nothing stored
    bad = client.post(url, {"division": pzh.pk, "file": SimpleUploadedFile("bad.csv", "序号,反馈问题,牵头单位,整改时限\n1,,市生态环境局,2024年底前\n".encode())})
    assert bad.status_code == 400 and "第 2 行，反馈问题：问题内容为空。" in bad.content.decode()
    assert Rectification.objects.count() == 3


def test_an_item_through_the_pages(client, users, item, media):
    Rectification.objects.filter(pk=item.pk).update(status="in_progress")
    act = reverse("supervision:item-act", kwargs={"pk": item.pk})
    login(client, users, "sthj")
    page = client.get(reverse("supervision:item", kwargs={"pk": item.pk})).content.decode()
    assert "申请销号" in page and "整改报告" in page
    missing = client.post(act, {"action": "apply", "report": SimpleUploadedFile("报告.pdf", b"%PDF")})
    assert missing.status_code == 400 and "申请销号前请上传佐证材料：验收材料、照片" in missing.content.decode()
    ok = client.post(act, {
        "action": "apply", "comment": "已完成",
        "report": SimpleUploadedFile("报告.pdf", b"%PDF"), "acceptance": SimpleUploadedFile("验收.docx", b"PK\x03\x04"),
        "photo": [SimpleUploadedFile("1.jpg", b"\xff\xd8\xff\xe0"), SimpleUploadedFile("2.jpg", b"\xff\xd8\xff\xe0")],
    })  # fmt: skip
    assert ok.status_code == 302
    item.refresh_from_db()
    assert item.status == "applied" and item.events.get().files.count() == 4
    evidence = item.events.get().files.first()
    assert client.get(reverse("supervision:evidence", kwargs={"pk": evidence.pk})).status_code == 200
    login(client, users, "fgw")  # cooperating: reads the item, not its evidence's actions
    assert client.post(act, {"action": "accept"}).status_code == 400
    login(client, users, "dongqu")  # the accepting unit
    assert client.post(act, {"action": "return"}).status_code == 400  # a return needs a comment
    assert client.post(act, {"action": "accept", "comment": "核查通过"}).status_code == 302
    item.refresh_from_db()
    assert item.status == "publicity"
    # the public sees it on the public notice and may object, anonymously
    client.logout()
    listing = client.get(reverse("supervision:publicity")).content.decode()
    assert "金沙江攀枝花段部分排污口未完成整治" in listing
    public = reverse("supervision:publicity-item", kwargs={"pk": item.pk})
    assert client.post(public, {"text": "仍有污水直排", "contact": "13800000000"}).status_code == 302
    assert client.post(public, {"text": "spam", "website": "http://x"}).status_code == 400  # the hidden field
    assert PublicObjection.objects.count() == 1
    assert client.get(reverse("supervision:item", kwargs={"pk": item.pk})).status_code == 302  # to the login page
    # the office answers it on the item's page
    login(client, users, "office")
    page = client.get(reverse("supervision:item", kwargs={"pk": item.pk})).content.decode()
    assert "仍有污水直排" in page and "13800000000" in page
    obj = PublicObjection.objects.get()
    r = client.post(reverse("supervision:objection-answer", kwargs={"pk": obj.pk}), {"answer": "经核实已整改", "upheld": "0"})
    assert r.status_code == 302
    Rectification.objects.filter(pk=item.pk).update(publicity_end=timezone.localdate() - timedelta(days=1))
    assert client.post(act, {"action": "close"}).status_code == 302
    item.refresh_from_db()
    assert item.status == "closed"
    assert client.get(reverse("supervision:publicity-item", kwargs={"pk": item.pk})).status_code == 404


def test_who_sees_what(client, users, item, actors, media):
    Rectification.objects.create(division=item.division, key="k2", number="2", problem="仁和区某企业噪声扰民",
                                         area=item.division.children.get(name="仁和区"))  # fmt: skip
    services.issue_notice(actors["office"], None, unit=Unit.objects.get(name="攀枝花市生态环境局"), subject="rectification",
                          rectification=item)  # fmt: skip
    ledger = reverse("supervision:ledger")
    seen = {}
    for name in ("office", "leader", "sthj", "fgw", "dongqu", "office_pds"):
        login(client, users, name)
        html = client.get(ledger).content.decode()
        seen[name] = ("金沙江攀枝花段" in html, "仁和区某企业" in html)
    assert seen == {
        "office": (True, True), "leader": (True, True), "sthj": (True, False), "fgw": (True, False),
        "dongqu": (True, False),  # 东区 accepts the first item; the second is 仁和区's
        "office_pds": (False, False),
    }  # fmt: skip
    login(client, users, "office_pds")
    notice = Notice.objects.get()
    for url in (
        reverse("supervision:item", kwargs={"pk": item.pk}),
        reverse("supervision:notice", kwargs={"pk": notice.pk}),
        reverse("supervision:item-act", kwargs={"pk": item.pk}),
    ):
        assert client.get(url).status_code in (404, 405)
    assert client.post(reverse("supervision:item-act", kwargs={"pk": item.pk}), {"action": "start"}).status_code == 404
    login(client, users, "fgw")
    assert client.get(reverse("supervision:notice", kwargs={"pk": notice.pk})).status_code == 404
    mine = client.get(reverse("supervision:mine")).content.decode()
    assert "督办" in mine and notice.title not in mine
    login(client, users, "sthj")
    assert notice.title in client.get(reverse("supervision:mine")).content.decode()
    login(client, users, "leader")  # reads, never writes
    assert client.get(reverse("supervision:item", kwargs={"pk": item.pk})).status_code == 200
    assert client.post(reverse("supervision:item-act", kwargs={"pk": item.pk}), {"action": "start"}).status_code == 403
    client.logout()
    assert client.get(ledger).status_code == 302
    assert client.get(reverse("supervision:notices")).status_code == 302


def test_notices_and_bulletins_through_the_pages(client, users, item, media, pzh):
    login(client, users, "office")
    sthj = Unit.objects.get(name="攀枝花市生态环境局")
    new = reverse("supervision:notice-new")
    form = client.get(new, {"subject": "rectification", "rectification": item.pk, "unit": sthj.pk}).content.decode()
    assert "金沙江攀枝花段" in form
    r = client.post(new, {"unit": sthj.pk, "subject": "rectification", "rectification": item.pk, "rung": "letter"})
    assert r.status_code == 302
    notice = Notice.objects.get()
    assert notice.rung == "letter" and notice.reply_due == timezone.localdate() + timedelta(days=10)
    login(client, users, "sthj")
    act = reverse("supervision:notice-act", kwargs={"pk": notice.pk})
    assert client.post(act, {"action": "reply"}).status_code == 400  # a reply needs text
    assert client.post(act, {"action": "reply", "comment": "已部署整改",
                             "files": SimpleUploadedFile("回复.pdf", b"%PDF")}).status_code == 302  # fmt: skip
    login(client, users, "office")
    page = client.get(reverse("supervision:notice", kwargs={"pk": notice.pk})).content.decode()
    assert "已部署整改" in page and "回复.pdf" in page and "升级督办" in page
    r = client.post(reverse("supervision:bulletin-build"), {"month": "2024-11", "division": pzh.pk})
    b = Bulletin.objects.get()
    assert r.status_code == 302 and b.month == date(2024, 11, 1)
    assert client.post(reverse("supervision:bulletin-build"), {"month": "2024/11", "division": pzh.pk}).status_code == 302
    assert Bulletin.objects.count() == 1
    client.logout()
    assert client.get(reverse("supervision:bulletin", kwargs={"pk": b.pk})).status_code == 404
    login(client, users, "office")
    client.post(reverse("supervision:bulletin-publish", kwargs={"pk": b.pk}))
    client.logout()
    assert client.get(reverse("supervision:bulletin-download", kwargs={"pk": b.pk})).status_code == 200
    assert "攀枝花市2024年11月" in client.get(reverse("supervision:bulletins")).content.decode()


def test_assessment_through_the_pages(client, users, actors, pzh, item, media):
    scheme = assess.load_scheme(SCHEME)
    login(client, users, "office")
    home = client.get(reverse("assessment:home")).content.decode()
    assert "计算考核结果" in home and "合成演示细则" in home
    r = client.post(reverse("assessment:compute"), {"scheme": scheme.pk, "as_of": "2024-12-31"})
    run = scheme.runs.get()
    assert r.status_code == 302 and run.status == "draft"
    assert "排名" in client.get(reverse("assessment:run", kwargs={"pk": run.pk})).content.decode()
    sheet = run.sheets.get(unit__name="攀枝花市生态环境局")
    login(client, users, "sthj")
    assert client.get(reverse("assessment:sheet", kwargs={"pk": sheet.pk})).status_code == 404  # not yet published
    login(client, users, "office")
    client.post(reverse("assessment:run-publish", kwargs={"pk": run.pk}))
    assert client.get(reverse("assessment:run-export", kwargs={"pk": run.pk, "fmt": "json"})).json()["year"] == 2024
    login(client, users, "sthj")
    assert client.get(reverse("assessment:run", kwargs={"pk": run.pk})).status_code == 404  # its own sheet only
    page = client.get(reverse("assessment:sheet", kwargs={"pk": sheet.pk})).content.decode()
    assert "提出申诉" in page
    r = client.post(reverse("assessment:sheet-object", kwargs={"pk": sheet.pk}), {"item": "tasks", "text": "已完成"})
    assert r.status_code == 302
    other = run.sheets.get(unit__name="东区人民政府")
    assert client.get(reverse("assessment:sheet", kwargs={"pk": other.pk})).status_code == 404
    login(client, users, "office_pds")
    for url in (reverse("assessment:run", kwargs={"pk": run.pk}), reverse("assessment:sheet", kwargs={"pk": sheet.pk}),
                reverse("assessment:scheme", kwargs={"pk": scheme.pk})):  # fmt: skip
        assert client.get(url).status_code == 404
    login(client, users, "dongqu")
    assert client.get(reverse("assessment:scheme", kwargs={"pk": scheme.pk})).status_code == 200


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_pages_speak_one_language(client, users, item, language, media):
    login(client, users, "office")
    client.cookies["django_language"] = language
    urls = [reverse("supervision:ledger"), reverse("supervision:item", kwargs={"pk": item.pk}),
            reverse("supervision:notices"), reverse("supervision:bulletins"), reverse("supervision:mine"),
            reverse("assessment:home"), reverse("supervision:import")]  # fmt: skip
    for url in urls:
        html = client.get(url).content.decode()
        text = re.sub(r"<[^>]+>", " ", html.split("<main>")[1].split("</main>")[0])
        text = text.replace(item.problem, "").replace("金沙江攀枝花段", "").replace(item.deadline, "")
        if language == "en":
            assert "Rectification ledger" in html or "Annual assessment" in html or "Import" in html
            left = re.findall(r"[\u4e00-\u9fff]{2,}", text)
            allowed = {"攀枝花市", "市生态环境局", "东区人民政府", "攀枝花市生态环境局", "攀枝花市发展和改革委员会",
                       "第二轮", "演示", "提醒", "督办函", "约谈", "市发展改革委"}  # data and the ladder's own names
            stray = [w for w in left if w not in allowed and not any(w in a for a in allowed)]
            assert not stray or url == reverse("supervision:import"), (url, stray[:10])
        else:
            assert not re.search(r"\b(Rectification|Status|Deadline|Problem|Overdue|Filter)\b", text), url


def test_the_workbench_summary(item, actors, media):
    from qingshan.supervision.selectors import summary_for

    today = date(2025, 1, 10)
    services.issue_notice(actors["office"], None, unit=Unit.objects.get(name="攀枝花市生态环境局"), subject="rectification",
                          rectification=item)  # fmt: skip
    assert summary_for(actors["sthj"], today) == {
        "applications_to_accept": 0, "open_items": 1, "overdue_items": 1, "notices_to_reply": 1,
    }  # fmt: skip
    Rectification.objects.filter(pk=item.pk).update(status="applied")
    assert summary_for(actors["dongqu"], today)["applications_to_accept"] == 1
    office = summary_for(actors["office"], today)
    assert office["applications_to_accept"] == 1 and office["replies_to_read"] == 0
    assert set(summary_for(actors["office_pds"], today).values()) == {0}  # nothing of 攀枝花's
