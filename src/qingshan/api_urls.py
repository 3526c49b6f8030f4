"""The JSON API: one router for every app's view-sets, the OpenAPI schema and its offline docs."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from qingshan.air.api import DailyAirQualityViewSet, StationViewSet
from qingshan.core.access import Access, register
from qingshan.dispatch.api import ProgressReportViewSet
from qingshan.ledger.api import PlanTargetViewSet, PlanViewSet, TaskViewSet
from qingshan.orgs.api import DivisionViewSet, UnitViewSet, me
from qingshan.orgs.auth import ObtainToken
from qingshan.sources import api as sources_api
from qingshan.targets.api import target_statuses
from qingshan.water.api import WaterMonthlyViewSet, WaterSampleViewSet, WaterSectionViewSet

router = DefaultRouter()
router.register("divisions", DivisionViewSet, basename="division")
router.register("units", UnitViewSet, basename="unit")
router.register("plans", PlanViewSet, basename="plan")
router.register("tasks", TaskViewSet, basename="task")
router.register("targets", PlanTargetViewSet, basename="target")
router.register("air/stations", StationViewSet, basename="air-station")
router.register("air/daily", DailyAirQualityViewSet, basename="air-daily")
router.register("water/sections", WaterSectionViewSet, basename="water-section")
router.register("water/samples", WaterSampleViewSet, basename="water-sample")
router.register("water/monthly", WaterMonthlyViewSet, basename="water-monthly")
router.register("dispatch/reports", ProgressReportViewSet, basename="report")
router.register("sources/enterprises", sources_api.EnterpriseViewSet, basename="sources-enterprise")
router.register("sources/permits", sources_api.PermitViewSet, basename="sources-permit")
router.register("sources/outlets", sources_api.OutletViewSet, basename="sources-outlet")
router.register("sources/factors", sources_api.OutletFactorViewSet, basename="sources-factor")
router.register("sources/devices", sources_api.DeviceViewSet, basename="sources-device")
router.register("sources/alerts", sources_api.AlertViewSet, basename="sources-alert")

app_name = "api"
urlpatterns = [
    path("", include(router.urls)),
    path("me/", me, name="me"),
    path("target-status/", target_statuses, name="target-status"),
    path("sources/readings/", sources_api.readings, name="sources-readings"),
    path("token/", ObtainToken.as_view(), name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]
register(
    app_name,
    {
        "api-root": Access.PUBLIC,
        "schema": Access.PUBLIC,
        "docs": Access.PUBLIC,
        "me": Access.PUBLIC,
        # Target statuses and progress reports are working information: signed-in users, scoped per actor.
        "target-status": Access.LOGIN,
        "report-list": Access.LOGIN,
        "report-detail": Access.LOGIN,
        "token": Access.PUBLIC,
        "division-list": Access.LOGIN,
        "division-detail": Access.LOGIN,
        "unit-list": Access.LOGIN,
        "unit-detail": Access.LOGIN,
        # Published plans and their tasks are public; the view-sets scope each query per actor.
        "plan-list": Access.PUBLIC,
        "plan-detail": Access.PUBLIC,
        "task-list": Access.PUBLIC,
        "task-detail": Access.PUBLIC,
        "target-list": Access.PUBLIC,
        "target-detail": Access.PUBLIC,
        # Air-quality data is published information; stations are changed by monitoring/office (view-set scope).
        "air-station-list": Access.PUBLIC,
        "air-station-detail": Access.PUBLIC,
        "air-daily-list": Access.PUBLIC,
        "air-daily-detail": Access.PUBLIC,
        # Water-quality data is published information; sections are changed by monitoring/office (view-set scope).
        "water-section-list": Access.PUBLIC,
        "water-section-detail": Access.PUBLIC,
        "water-sample-list": Access.PUBLIC,
        "water-sample-detail": Access.PUBLIC,
        "water-monthly-list": Access.PUBLIC,
        "water-monthly-detail": Access.PUBLIC,
        # Pollution sources: working information for signed-in users, scoped to their area by the view-sets.
        **{f"sources-{name}-{kind}": Access.LOGIN
           for name in ("enterprise", "permit", "outlet", "factor", "device", "alert") for kind in ("list", "detail")},
        "sources-alert-act": Access.LOGIN,
        "sources-readings": Access.LOGIN,
    },
)
