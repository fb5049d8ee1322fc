from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("lms/", include("wagtail_lms.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("", include(wagtail_urls)),
]
