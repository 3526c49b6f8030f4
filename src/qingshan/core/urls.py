from django.contrib.auth import views as auth_views
from django.urls import path

from .access import Access, register
from .views import vendor_plotly

app_name = "core"
urlpatterns = [
    path("vendor/plotly.min.js", vendor_plotly, name="vendor-plotly"),
]
register("core", {"vendor-plotly": Access.PUBLIC})

auth_urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
register("", {"login": Access.PUBLIC, "logout": Access.PUBLIC, "set_language": Access.PUBLIC})
