from django.urls import path

from . import feeds, views

app_name = "workshops"

urlpatterns = [
    path("sessions/<int:session_id>/book/", views.book, name="book"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("tickets/<str:secret>/", views.ticket_page, name="ticket"),
    path("tickets/<str:secret>/cancel/", views.ticket_cancel, name="cancel"),
    path("tickets/<str:secret>/attendees/", views.ticket_attendees, name="attendees"),
    path("tickets/<str:secret>/consents/", views.ticket_consent, name="consent"),
    path("tickets/<str:secret>/checkin/", views.ticket_checkin, name="ticket_checkin"),
    path("checkin/<int:session_id>/", views.session_checkin, name="self_checkin"),
    path("groups/request/<int:workshop_id>/", views.group_request, name="group_request"),
    path("groups/<str:secret>/", views.group_request_status, name="group_request_status"),
    path("calendar/workshop/<int:workshop_id>.ics", feeds.workshop_feed, name="workshop_feed"),
    path("calendar/partner/<slug:slug>.ics", feeds.partner_feed, name="partner_feed"),
]
