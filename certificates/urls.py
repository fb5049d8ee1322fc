from django.urls import path

from certificates import views

app_name = "certificates"
urlpatterns = [
    path("verify/<str:code>/", views.verify, name="verify"),
    path("<str:code>/download/", views.download, name="download"),
    path("staff/", views.staff_search, name="staff_search"),
    path("staff/<int:pk>/", views.staff_detail, name="staff_detail"),
]
