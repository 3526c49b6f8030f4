from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "orgs"
urlpatterns = [
    path("units/", views.unit_list, name="unit-list"),
    path("units/add/", views.unit_form, name="unit-add"),
    path("units/<int:pk>/", views.unit_detail, name="unit-detail"),
    path("units/<int:pk>/edit/", views.unit_form, name="unit-edit"),
    path("units/<int:pk>/merge/", views.unit_merge, name="unit-merge"),
    path("users/", views.user_list, name="user-list"),
    path("users/add/", views.user_form, name="user-add"),
    path("users/<int:pk>/", views.user_form, name="user-edit"),
    path("users/<int:pk>/password/", views.user_reset_password, name="user-password"),
]
register(
    app_name,
    {
        "unit-list": Access.LOGIN,
        "unit-detail": Access.LOGIN,
        "unit-add": Access.OFFICE,
        "unit-edit": Access.OFFICE,
        "unit-merge": Access.OFFICE,
        "user-list": Access.OFFICE,
        "user-add": Access.OFFICE,
        "user-edit": Access.OFFICE,
        "user-password": Access.OFFICE,
    },
)
