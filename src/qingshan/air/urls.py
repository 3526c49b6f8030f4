from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "air"
urlpatterns = [path("", views.overview, name="overview")]
# Air-quality figures are public information (HJ 633 §5 publishing).
register(app_name, {"overview": Access.PUBLIC})
