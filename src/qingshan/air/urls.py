from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "air"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("exceptions/", views.exceptions, name="exceptions"),
]
# Air-quality figures are public information (HJ 633 §5 publishing), and so is where ours and the published differ.
register(app_name, {"overview": Access.PUBLIC, "exceptions": Access.PUBLIC})
