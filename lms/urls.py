from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import privacy_views, views

urlpatterns = [
    # One way to sign in: allauth's. Wagtail's and Django's sign-in forms lead to it instead
    # (tests/lms/test_one_way_to_sign_in.py finds any login view routed anywhere else).
    path("admin/login/", views.sign_in_page_instead, name="sign_in_instead_admin"),
    path("django-admin/login/", views.sign_in_page_instead, name="sign_in_instead_django_admin"),
    path("_util/login/", views.sign_in_page_instead, name="sign_in_instead_private_page"),
    path("exit/", views.quick_exit, name="quick_exit"),
    path("search/", views.search, name="search"),
    path("account/", views.dashboard, name="dashboard"),
    path("account/profile/", views.profile, name="profile"),
    path("account/my-data/", privacy_views.download, name="privacy_download"),
    path("account/delete/", privacy_views.delete_account, name="privacy_delete_account"),
    path("account/deleted/", privacy_views.account_deleted, name="privacy_account_deleted"),
    path("privacy-notice/", privacy_views.notice, name="privacy_notice"),
    path("account/exports/", include("lms.export_urls")),
    path("account/", include("allauth.urls")),
    path("", include("courses.urls")),
    path("", include("bookings.urls")),
    path("", include("workshops.urls")),
    path("finance/", include("bookings.finance_urls")),
    path("certificates/", include("certificates.urls")),
    path("accreditation/", include("certificates.register_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.urls import re_path
    from django.views.static import serve

    # Development serves uploads, but never MEDIA_ROOT/private/ (stored exports of personal
    # data): those are downloaded through views that check the role.
    urlpatterns.append(
        re_path(r"^media/(?!private/)(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns.append(path("", include(wagtail_urls)))
