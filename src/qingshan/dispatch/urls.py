from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "dispatch"
urlpatterns = [
    path("", views.report_list, name="list"),
    path("tasks/<int:task_pk>/file/", views.file_report, name="file"),
    path("reports/<int:pk>/", views.report_detail, name="detail"),
    path("reports/<int:pk>/review/", views.report_review, name="review"),
    path("attachments/<int:pk>/", views.attachment, name="attachment"),
    path("export.xlsx", views.reports_export, name="export"),
    path("overdue/", views.overdue, name="overdue"),
]
# Reports are working documents: signed-in users, each seeing what the dispatch scope allows (a unit its own).
register(
    app_name,
    {
        "list": Access.LOGIN,
        "file": Access.LOGIN,
        "detail": Access.LOGIN,
        "review": Access.OFFICE,
        "attachment": Access.LOGIN,
        "export": Access.LOGIN,
        "overdue": Access.LOGIN,
    },
)
