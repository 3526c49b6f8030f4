from django.urls import path, re_path

from qingshan.core.access import Access, register

from . import views

app_name = "assessment"
urlpatterns = [
    path("", views.home, name="home"),
    path("compute/", views.compute, name="compute"),
    path("runs/<int:pk>/", views.run_detail, name="run"),
    path("runs/<int:pk>/publish/", views.run_publish, name="run-publish"),
    re_path(r"^runs/(?P<pk>\d+)/export\.(?P<fmt>xlsx|json)$", views.run_export, name="run-export"),
    path("sheets/<int:pk>/", views.sheet_detail, name="sheet"),
    path("sheets/<int:pk>/object/", views.sheet_object, name="sheet-object"),
    path("objections/<int:pk>/", views.objection_detail, name="objection"),
    path("objections/<int:pk>/act/", views.objection_act, name="objection-act"),
    path("objection-files/<int:pk>/", views.objection_file, name="objection-file"),
    path("schemes/<int:pk>/", views.scheme_detail, name="scheme"),
    path("schemes/new/", views.scheme_new, name="scheme-new"),
    path("schemes/<int:pk>/scheme.json", views.scheme_json, name="scheme-json"),
    path("items/<int:pk>/manual/", views.manual_score, name="manual"),
]
# Assessment records are the office's and the leaders' of a city; a unit sees its own sheet once published.
register(
    app_name,
    {
        "home": Access.LOGIN,
        "compute": Access.OFFICE,
        "run": Access.LOGIN,
        "run-publish": Access.OFFICE,
        "run-export": Access.LOGIN,
        "sheet": Access.LOGIN,
        "sheet-object": Access.LOGIN,
        "objection": Access.LOGIN,
        "objection-act": Access.LOGIN,
        "objection-file": Access.LOGIN,
        "scheme": Access.LOGIN,
        "scheme-new": Access.OFFICE,
        "scheme-json": Access.LOGIN,
        "manual": Access.OFFICE,
    },
)
