"""Demo of the assessment: 攀枝花's 2024 scheme (a synthetic demo scheme, labelled 演示 — its items and points are
set for the demo, not the city's real rules), a few manual scores by the office, and the 2024 results computed as
of 2024-12-31 and published."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from rich.console import Console

from qingshan.orgs.models import Division, Unit
from qingshan.supervision.bulletin import office_actor

from . import services
from .models import AssessmentRun

SCHEME = services.DEMO_SCHEME
#: (unit, points of 10, reason) — the office's demo scores of the manual item.
MANUAL = [
    ("攀枝花市生态环境局", 9, "演示评分：按时报送各类材料,牵头开展专项行动成效明显"),
    ("攀枝花市住房和城乡建设局", 7, "演示评分：雨污分流改造推进较快,扬尘管控有待加强"),
    ("东区人民政府", 8, "演示评分：信访件办理及时"),
    ("西区人民政府", 8, "演示评分：沿江企业整治按期完成"),
    ("仁和区人民政府", 6, "演示评分：养殖粪污问题整改滞后"),
    ("米易县人民政府", 5, "演示评分：水源地违规建筑整治进展缓慢,被约谈"),
    ("盐边县人民政府", 7, "演示评分：警示片问题整改经退回后完成"),
]


@transaction.atomic
def load_demo_assessment(console: Console) -> str:
    scheme = services.load_scheme(SCHEME)
    city = Division.objects.get(name=scheme.division.name, level=Division.Level.CITY)
    if AssessmentRun.objects.filter(scheme__division=city, scheme__year=2024).exists():
        return "[green]✓[/] 考核 assessment demo already loaded"
    office = office_actor(city)
    item = scheme.items.get(rule="manual")
    for name, points, reason in MANUAL:
        services.set_manual_score(item, Unit.objects.get(name=name), office, None, points=points, reason=reason)
    with console.status("计算2024年度考核结果 scoring 2024…"):
        run = services.compute_run(scheme, office, None, date(2024, 12, 31))
    services.publish_run(run, office)
    return (
        f"[green]✓[/] 考核(演示) assessment demo: scheme {scheme.title} v{scheme.version}, "
        f"{run.sheets.count()} units scored and published — synthetic, labelled 演示"
    )
