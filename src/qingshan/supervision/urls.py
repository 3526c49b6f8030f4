from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "supervision"
urlpatterns = [
    path("", views.ledger, name="ledger"),
    path("export.xlsx", views.ledger_export, name="export"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path("items/<int:pk>/act/", views.item_act, name="item-act"),
    path("items/<int:pk>/units/<int:unit_pk>/map/", views.item_map_unit, name="item-map-unit"),
    path("evidence/<int:pk>/", views.evidence, name="evidence"),
    path("mine/", views.mine, name="mine"),
    path("import/", views.ledger_import, name="import"),
    path("publicity/", views.publicity, name="publicity"),
    path("publicity/<int:pk>/", views.publicity_item, name="publicity-item"),
    path("objections/<int:pk>/answer/", views.objection_answer, name="objection-answer"),
    path("notices/", views.notices, name="notices"),
    path("notices/new/", views.notice_new, name="notice-new"),
    path("notices/<int:pk>/", views.notice_detail, name="notice"),
    path("notices/<int:pk>/act/", views.notice_act, name="notice-act"),
    path("notice-files/<int:pk>/", views.notice_file, name="notice-file"),
    path("bulletins/", views.bulletins, name="bulletins"),
    path("bulletins/build/", views.bulletin_build, name="bulletin-build"),
    path("bulletins/<int:pk>/", views.bulletin_detail, name="bulletin"),
    path("bulletins/<int:pk>/download/", views.bulletin_download, name="bulletin-download"),
    path("bulletins/<int:pk>/publish/", views.bulletin_publish, name="bulletin-publish"),
]
# The ledger, items and notices are working records (signed in, scoped per actor: a unit its own, a county its
# area, the office its city); the public notice and published bulletins are public.
register(
    app_name,
    {
        "ledger": Access.LOGIN,
        "export": Access.LOGIN,
        "item": Access.LOGIN,
        "item-act": Access.LOGIN,
        "item-map-unit": Access.OFFICE,
        "evidence": Access.LOGIN,
        "mine": Access.LOGIN,
        "import": Access.OFFICE,
        "publicity": Access.PUBLIC,
        "publicity-item": Access.PUBLIC,
        "objection-answer": Access.OFFICE,
        "notices": Access.LOGIN,
        "notice-new": Access.OFFICE,
        "notice": Access.LOGIN,
        "notice-act": Access.LOGIN,
        "notice-file": Access.LOGIN,
        "bulletins": Access.PUBLIC,
        "bulletin-build": Access.OFFICE,
        "bulletin": Access.PUBLIC,
        "bulletin-download": Access.PUBLIC,
        "bulletin-publish": Access.OFFICE,
    },
)
