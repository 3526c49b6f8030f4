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
    path("tasks/", views.city_ledger, name="city-ledger"),
    path("plans/upload/", views.plan_upload, name="plan-upload"),
    path("plans/<int:pk>/review/", views.plan_review, name="plan-review"),
    path("plans/<int:pk>/action/", views.plan_action, name="plan-action"),
    path("tasks/<int:pk>/action/", views.task_action, name="task-action"),
    path("plans/<int:pk>/edit/", views.plan_edit, name="plan-edit"),
    path("plans/<int:pk>/lineage/", views.plan_lineage, name="plan-lineage"),
    path("plans/<int:pk>/tasks/add/", views.task_add, name="task-add"),
    path("tasks/<int:pk>/delete/", views.task_delete, name="task-delete"),
    path("tasks/<int:pk>/split/", views.task_split, name="task-split"),
    path("tasks/<int:pk>/merge/", views.task_merge, name="task-merge"),
    path("plans/<int:plan_pk>/targets/add/", views.target_form, name="target-add"),
    path("targets/<int:pk>/edit/", views.target_form, name="target-edit"),
    path("targets/<int:pk>/delete/", views.target_delete, name="target-delete"),
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
        "city-ledger": Access.LOGIN,  # scoped: the office its city, a unit its own tasks
        "plan-upload": Access.OFFICE,
        "plan-review": Access.OFFICE,
        "plan-action": Access.OFFICE,
        "task-action": Access.LOGIN,  # the workflow decides who (a lead unit starts, the office completes)
        "plan-edit": Access.OFFICE,
        "plan-lineage": Access.OFFICE,
        "task-add": Access.OFFICE,
        "task-delete": Access.OFFICE,
        "task-split": Access.OFFICE,
        "task-merge": Access.OFFICE,
        "target-add": Access.OFFICE,
        "target-edit": Access.OFFICE,
        "target-delete": Access.OFFICE,
        "plan-export": Access.PUBLIC,  # scoped: the public exports published plans only
    },
)
