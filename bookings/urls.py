from django.urls import path

from bookings import views

app_name = "bookings"
urlpatterns = [
    path("bookings/", views.my_bookings, name="my_bookings"),
    path("bookings/<int:booking_id>/cancel/", views.cancel_booking, name="cancel"),
    path("bookings/<int:booking_id>/accept/", views.accept_offer, name="accept_offer"),
    path("bookings/<int:booking_id>/transfer/", views.transfer_booking, name="transfer"),
    path("bookings/requests/", views.manager_requests, name="manager_requests"),
    path("bookings/approve/<str:token>/", views.manager_decision, name="manager_decision"),
    path("training/sessions/", views.trainer_sessions, name="trainer_sessions"),
    path("training/sessions/<int:session_id>/register/", views.register, name="register"),
    path(
        "training/sessions/<int:session_id>/certificates.zip",
        views.session_certificates,
        name="session_certificates",
    ),
    path("training/sessions/<int:session_id>/cancel/", views.cancel_session, name="cancel_session"),
]
