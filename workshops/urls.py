from django.urls import path

from . import views

app_name = "workshops"

urlpatterns = [
    path("sessions/<int:session_id>/book/", views.book, name="book"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("tickets/<str:secret>/", views.ticket_page, name="ticket"),
    path("tickets/<str:secret>/cancel/", views.ticket_cancel, name="cancel"),
]
