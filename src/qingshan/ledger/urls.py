from django.urls import path, re_path

from qingshan.core.access import Access, register

from . import views

app_name = "ledger"
urlpatterns = [
    path("plans/", views.plan_list, name="plan-list"),
    path("plans/<int:pk>/", views.plan_detail, name="plan-detail"),
    path("tasks/<int:pk>/", views.task_detail, name="task-detail"),
    path("tasks/<int:pk>/edit/", views.task_edit, name="task-edit"),
    path("my/", views.my_tasks, name="my-tasks"),
    path("plans/upload/", views.plan_upload, name="plan-upload"),
    path("plans/<int:pk>/review/", views.plan_review, name="plan-review"),
    path("plans/<int:pk>/action/", views.plan_action, name="plan-action"),
    path("tasks/<int:pk>/action/", views.task_action, name="task-action"),
    re_path(r"^plans/(?P<pk>\d+)/export\.(?P<fmt>xlsx|json)$", views.plan_export, name="plan-export"),
]
# Plans and tasks of published, confirmed plans are public; the views scope every query per actor.
register(
    app_name,
    {
        "plan-list": Access.PUBLIC,
        "plan-detail": Access.PUBLIC,
        "task-detail": Access.PUBLIC,
        "task-edit": Access.LOGIN,
        "my-tasks": Access.LOGIN,
        "plan-upload": Access.OFFICE,
        "plan-review": Access.OFFICE,
        "plan-action": Access.OFFICE,
        "task-action": Access.LOGIN,  # the workflow decides who (a lead unit starts, the office completes)
        "plan-export": Access.PUBLIC,  # scoped: the public exports published plans only
    },
)
