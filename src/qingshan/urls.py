from django.contrib import admin
from django.urls import include, path

from qingshan.core.urls import auth_urlpatterns

admin.site.site_header = "青山 · 生态环境治理平台"
admin.site.site_title = "青山"

urlpatterns = [
    path("", include("qingshan.core.urls")),
    *auth_urlpatterns,
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/", include("qingshan.api_urls")),
    path("orgs/", include("qingshan.orgs.urls")),
    path("ledger/", include("qingshan.ledger.urls")),
    path("air/", include("qingshan.air.urls")),
    path("water/", include("qingshan.water.urls")),
    path("sources/", include("qingshan.sources.urls")),
    path("targets/", include("qingshan.targets.urls")),
    path("dispatch/", include("qingshan.dispatch.urls")),
]
