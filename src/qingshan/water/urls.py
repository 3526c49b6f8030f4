from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "water"
urlpatterns = [
    path("", views.board, name="board"),
    path("sections/<int:pk>/", views.section_detail, name="section"),
    path("exceedances/", views.exceedances, name="exceedances"),
]
# Water-quality figures are public information; the exceedance list is a working list for signed-in staff,
# scoped to their area in the view.
register(app_name, {"board": Access.PUBLIC, "section": Access.PUBLIC, "exceedances": Access.LOGIN})
