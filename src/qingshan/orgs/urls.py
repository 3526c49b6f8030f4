from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "orgs"
urlpatterns = [
    path("units/", views.unit_list, name="unit-list"),
    path("units/<int:pk>/", views.unit_detail, name="unit-detail"),
]
register(app_name, {"unit-list": Access.LOGIN, "unit-detail": Access.LOGIN})
