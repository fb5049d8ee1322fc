"""The site's URLs plus the ceiling: a view with no database and no template, served by the same
gunicorn and middleware, so every page's throughput can be read as a share of the stack's best."""

from django.http import HttpResponse
from django.urls import path

from lms.urls import urlpatterns as site_urlpatterns


def ceiling(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ceiling/", ceiling, name="bench_ceiling"), *site_urlpatterns]
