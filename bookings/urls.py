from django.urls import path

from bookings import views
from bookings.workshops import views as workshop_views

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
    # Community workshops: the host's private status page, a lost link, and facilitators' lists.
    path("workshops/status/<str:token>/", workshop_views.status, name="workshop_status"),
    path("workshops/find-your-request/", workshop_views.find, name="workshop_find"),
    path("training/workshops/", workshop_views.facilitator_workshops, name="facilitator_workshops"),
    path(
        "training/workshops/<int:request_id>/calendar.ics",
        workshop_views.facilitator_ics,
        name="facilitator_workshop_ics",
    ),
]
