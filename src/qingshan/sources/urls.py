from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "sources"
urlpatterns = [
    path("", views.enterprise_list, name="list"),
    path("enterprises/<int:pk>/", views.enterprise_detail, name="enterprise"),
    path("alerts/", views.alert_list, name="alerts"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert"),
    path("alerts/<int:pk>/act/", views.alert_act, name="alert-act"),
    path("import/", views.registry_import, name="import"),
]
# The registry, readings and alerts are working information: signed-in users, scoped to their area in the views.
register(app_name, {"list": Access.LOGIN, "enterprise": Access.LOGIN, "alerts": Access.LOGIN, "alert": Access.LOGIN,
                    "alert-act": Access.LOGIN, "import": Access.OFFICE})
