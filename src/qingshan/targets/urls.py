from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "targets"
urlpatterns = [
    path("", views.target_list, name="list"),
    path("export.xlsx", views.targets_export, name="export"),
    path("<int:pk>/", views.target_detail, name="detail"),
    path("<int:pk>/link/", views.target_link, name="link"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/snapshot.pdf", views.dashboard_pdf, name="dashboard-pdf"),
]
# Target statuses are working information of the government: signed-in users only, each seeing the targets of
# the plans (a unit: of the tasks) their scope allows; linking is the office's.
register(
    app_name,
    {
        "list": Access.LOGIN,
        "export": Access.LOGIN,
        "detail": Access.LOGIN,
        "link": Access.OFFICE,
        "dashboard": Access.LOGIN,
        "dashboard-pdf": Access.LOGIN,
    },
)
