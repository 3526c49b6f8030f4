from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "ledger"
urlpatterns = [
    path("plans/", views.plan_list, name="plan-list"),
    path("plans/<int:pk>/", views.plan_detail, name="plan-detail"),
    path("tasks/<int:pk>/", views.task_detail, name="task-detail"),
    path("tasks/<int:pk>/edit/", views.task_edit, name="task-edit"),
    path("my/", views.my_tasks, name="my-tasks"),
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
    },
)
