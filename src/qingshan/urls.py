from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from qingshan.core.urls import auth_urlpatterns

admin.site.site_header = "青山 · 生态环境治理平台"
admin.site.site_title = "青山"
# The admin is for administrators: offices and units work through the app's pages. QINGSHAN_ADMIN_FOR_STAFF=1 opens
# it to staff with model permissions, and then every admin class scopes its records like the pages do.
admin.site.has_permission = lambda request: request.user.is_active and (
    request.user.is_superuser or (settings.ADMIN_FOR_STAFF and request.user.is_staff)
)

urlpatterns = [
    path("", include("qingshan.portal.urls")),
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
    path("supervision/", include("qingshan.supervision.urls")),
    path("assessment/", include("qingshan.assessment.urls")),
]

handler400 = "qingshan.core.errorpages.bad_request"
handler403 = "qingshan.core.errorpages.permission_denied"
handler404 = "qingshan.core.errorpages.page_not_found"
handler500 = "qingshan.core.errorpages.server_error"
