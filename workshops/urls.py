"""The host's private status page, a lost link, and facilitators' own lists. The request form
itself is a route of each WorkshopPage (request/). The addresses are the ones already emailed to
hosts, so they must not change."""

from django.urls import path

from workshops import views

app_name = "workshops"
urlpatterns = [
    path("workshops/status/<str:token>/", views.status, name="status"),
    path("workshops/status/<str:token>/cancel/", views.status_cancel, name="cancel"),
    path("workshops/find-your-request/", views.find, name="find"),
    path("training/workshops/", views.facilitator_workshops, name="facilitator_list"),
    path("training/workshops/<int:request_id>/calendar.ics", views.facilitator_ics, name="facilitator_ics"),
]
