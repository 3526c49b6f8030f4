from django.urls import path

from qingshan.core.access import Access, register

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("notifications/", views.notifications, name="notifications"),
]
register(app_name, {"home": Access.PUBLIC, "notifications": Access.LOGIN})
