from django.urls import path

from lms import export_views

app_name = "exports"
urlpatterns = [
    path("<int:export_id>/", export_views.progress, name="progress"),
    path("<int:export_id>/download/", export_views.download, name="download"),
    path("<int:export_id>/try-again/", export_views.retry, name="retry"),
]
