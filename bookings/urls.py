from django.urls import path

from bookings import views

app_name = "bookings"
urlpatterns = [
    path("bookings/approve/<str:token>/", views.manager_decision, name="manager_decision"),
]
