"""Plan targets linked to the indicator catalogue: matching rules, the seed plans, remembered manual links."""

from __future__ import annotations

import pytest

from qingshan.targets.catalogue import Matcher, load_catalogue, normalise

MATCHER = Matcher(load_catalogue())


@pytest.mark.parametrize(
    "indicator, text, code, how",
    [
        ("空气质量优良率", "", "AIR_GOOD_RATIO", "name"),
        ("昭阳中心城市空气质量优良天数比率", "", "AIR_GOOD_RATIO", "name contains"),
        ("省考核的地表水Ⅰ—Ⅲ类水体比例", "", "WATER_I_III", "name contains"),
        ("金沙江流域I~III类水体比例", "", "WATER_I_III", "name contains"),
        ("劣Ⅴ类水体比例", "", "WATER_WORSE_V", "name"),  # not the shorter 劣Ⅴ类水体
        ("化学需氧量", "化学需氧量、氨氮排放量分别减少14.1%", "COD_EMISSION", "name begins"),
        ("年平均值", "PM2.5浓度力争达到国家环境空气质量二级标准(年平均值35微克/立方米", "AIR_PM25", "text"),
        ("县城", "县城和昭阳中心城市污水处理率分别达到85%", "URBAN_SEWAGE_TREATMENT", "text"),
    ],
)
def test_matching_rules(indicator, text, code, how):
    m = MATCHER.match(indicator, text)
    assert (m.code, m.how) == (code, how)


@pytest.mark.parametrize(
    "indicator, text",
    [
        ("农药化肥", "到2025年,农药化肥、畜禽粪污综合利用率分别达到43%"),  # another list item's indicator
        ("建成和美村庄", "2024年底,建成50个和美村庄"),
        (
            "占比",
            "清洁能源发电装机容量达到600万千瓦,占比提升到55%",
        ),  # the clause names no catalogue indicator
    ],
)
def test_no_link_rather_than_a_wrong_one(indicator, text):
    assert MATCHER.match(indicator, text) is None


def test_normalise_numerals_and_dashes():
    assert normalise("Ⅰ～Ⅲ类") == normalise("I-III类") == normalise("Ⅰ—Ⅲ类")


# Hand annotation: every target of the five seed plans whose indicator the platform computes (air and water),
# by seed file and the indicator words the reader cut. 100% must link automatically, each to the right code.
COMPUTED_IN_SEEDS = {
    ("000", "环境空气质量优良天数"): "AIR_GOOD_RATIO",
    ("001", "国控断面水质达到或好于Ⅲ类水体的比例"): "WATER_I_III",
    ("001", "劣V类水体"): "WATER_WORSE_V",
    ("001", "集中式饮用水源地水质达标率"): "WATER_DRINKING",
    ("001", "PM2.5年均浓度"): "AIR_PM25",
    ("001", "空气质量优良率"): "AIR_GOOD_RATIO",
    ("002", "昭阳中心城市空气质量优良天数比率"): "AIR_GOOD_RATIO",
    ("002", "纳入国家、省考核的地表水Ⅰ—Ⅲ类水体比例"): "WATER_I_III",
    ("002", "劣Ⅴ类水体"): "WATER_WORSE_V",
    ("002", "金沙江流域Ⅰ—Ⅲ类水体比例"): "WATER_I_III",
    ("002", "劣Ⅴ类水体比例"): "WATER_WORSE_V",
    ("002", "长江上游干流流域Ⅰ—Ⅲ类水体比例"): "WATER_I_III",
    ("002", "乌江流域Ⅰ—Ⅲ类水体比例"): "WATER_I_III",
    ("003", "PM2.5浓度"): "AIR_PM25",
    (
        "003",
        "劣V类水体",
    ): "WATER_WORSE_V",  # …和县级城市及县城建成区黑臭水体基本消除: the latter is not linked
    ("003", "空气质量优良天数比例"): "AIR_GOOD_RATIO",
    ("003", "重度及以上污染天数比例"): "AIR_HEAVY_RATIO",
    ("003", "省控地表水Ⅲ类水体比例"): "WATER_I_III",
    ("003", "重点河流断面达标率"): "WATER_SECTION_COMPLIANCE",
    ("004", "重污染天气"): "AIR_HEAVY_RATIO",
    ("004", "集中式饮用水水源地地表水水质达标率"): "WATER_DRINKING",
}


@pytest.mark.django_db
def test_seed_plans_computed_targets_all_linked(registry):
    from qingshan.ledger.services import load_seed_plans
    from qingshan.targets.models import TargetLink

    plans = load_seed_plans(confirm=False)  # import links the targets
    seed_of = {p.pk: p.file_name[:3] for p in plans}
    got = {
        (seed_of[link.target.plan_id], link.target.indicator): link.indicator.code
        for link in TargetLink.objects.select_related("target", "indicator")
        if link.indicator.source == "computed"
    }
    assert got == COMPUTED_IN_SEEDS  # recall and precision 1.0 on the computed indicators


@pytest.mark.django_db
def test_manual_link_is_remembered_for_the_next_plan(registry, ledger):
    from qingshan.ledger.models import PlanTarget
    from qingshan.targets import services
    from qingshan.targets.models import Indicator, TargetLink

    services.load_indicators()
    first = PlanTarget.objects.create(
        plan=ledger["plan"], indicator="新建古树公园", comparator=">=", value=1
    )
    assert services.link_targets(PlanTarget.objects.filter(pk=first.pk))["unlinked"] == 1
    services.link_manually(first, Indicator.objects.get(code="URBAN_GREEN_COVER"))
    later = PlanTarget.objects.create(
        plan=ledger["other"], indicator="新建古树公园", comparator=">=", value=2
    )
    services.link_targets(PlanTarget.objects.filter(pk__in=[first.pk, later.pk]))
    assert TargetLink.objects.get(target=later).method == "remembered"
    assert TargetLink.objects.get(target=first).method == "manual"  # a person's link is never redone


@pytest.mark.django_db
def test_link_needs_a_choice_and_a_confirmation_across_kinds(client, users, ledger):
    """#12 defect 5: no indicator is preselected; linking a target to an indicator of another kind (its unit or
    direction) asks for a confirmation first."""
    from qingshan.ledger.models import PlanTarget
    from qingshan.targets.models import Indicator, TargetLink
    from qingshan.targets.services import load_indicators

    load_indicators()
    g = PlanTarget.objects.create(plan=ledger["plan"], indicator="培育国家高新技术企业", comparator=">=", value=5,
                                  unit="家", year=2024)  # fmt: skip
    client.force_login(users["office"])
    page = client.get(f"/targets/{g.pk}/").content.decode()
    assert '<option value="" selected>' in page
    air = Indicator.objects.get(code="AIR_COMPOSITE")
    resp = client.post(f"/targets/{g.pk}/link/", {"indicator": air.code})
    assert resp.status_code == 409 and not TargetLink.objects.filter(target=g).exists()
    assert "家" in resp.content.decode()
    resp = client.post(f"/targets/{g.pk}/link/", {"indicator": air.code, "confirm": "1"})
    assert resp.status_code == 302 and TargetLink.objects.get(target=g).indicator == air
    resp = client.post(f"/targets/{g.pk}/link/", {"indicator": ""})
    assert resp.status_code == 302 and TargetLink.objects.get(target=g).indicator == air  # an empty choice changes nothing


@pytest.mark.django_db
def test_indicator_names_in_the_pages_language():
    """English pages name catalogue indicators in English (the walkthrough found 空气质量优良天数比例 on them);
    every catalogue code has an English name."""
    from django.utils import translation

    from qingshan.targets.catalogue import load_catalogue
    from qingshan.targets.models import Indicator
    from qingshan.targets.names_en import NAMES_EN
    from qingshan.targets.services import load_indicators

    assert {spec.code for spec in load_catalogue()} == set(NAMES_EN)
    load_indicators()
    good = Indicator.objects.get(code="AIR_GOOD_RATIO")
    with translation.override("en"):
        assert good.display_name == "Share of days with good or moderate air quality"
    with translation.override("zh-hans"):
        assert good.display_name == "空气质量优良天数比例"


@pytest.mark.django_db
def test_one_unit_written_two_ways_is_no_mismatch():
    """Linking a target in 微克/立方米 to an indicator in µg/m³ warned "different kinds of measure" (walkthrough)."""
    from qingshan.ledger.models import PlanTarget
    from qingshan.targets.models import Indicator
    from qingshan.targets.services import kind_mismatch, load_indicators

    load_indicators()
    pm = Indicator.objects.get(code="AIR_PM25")
    assert kind_mismatch(PlanTarget(indicator="PM2.5", comparator="<=", value=30, unit="微克/立方米"), pm) == ""
    assert kind_mismatch(PlanTarget(indicator="PM2.5", comparator="<=", value=30, unit="天"), pm) != ""


def test_units_in_the_pages_language():
    """English pages wrote 微克/立方米 beside English names (walkthrough)."""
    from django.utils import translation

    from qingshan.core.templatetags.core_extras import unit_display

    with translation.override("en"):
        assert (unit_display("微克/立方米"), unit_display("天"), unit_display("%"), unit_display("标台")) == (
            "µg/m³", " days", "%", "标台",
        )
        # a measure word names what is counted (walkthrough finding: "≥ 90 (2024)" for 90 家)
        assert (unit_display("家"), unit_display("个"), unit_display("/10万")) == (" firms", "", " per 100,000")
    with translation.override("zh-hans"):
        assert unit_display("微克/立方米") == "微克/立方米"


@pytest.mark.django_db
def test_the_target_list_holds_plans_in_force_unless_a_plan_is_chosen(client, users):
    """A draft upload's targets sat beside the confirmed plan's on /targets/, each county's twice (walkthrough)."""
    from qingshan.conftest import confirm
    from qingshan.ledger import services
    from qingshan.ledger.models import Plan

    seed = next(services.SEEDS_DIR.glob("000_*.txt"))
    plan = confirm(services.import_plan(seed))
    draft = services.import_plan("draft.txt", data=seed.read_bytes().replace(b"97%", b"98%"))
    assert draft.status == Plan.Status.DRAFT
    client.force_login(users["office"])
    shown = {st.target.plan_id for st in client.get("/targets/").context["statuses"]}
    assert shown == {plan.pk}
    chosen = {st.target.plan_id for st in client.get(f"/targets/?plan={draft.pk}").context["statuses"]}
    assert chosen == {draft.pk}
