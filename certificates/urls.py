from django.urls import path

from certificates import views

app_name = "certificates"
urlpatterns = [
    path("verify/<str:code>/", views.verify, name="verify"),
    path("<str:code>/download/", views.download, name="download"),
]
