"""iCalendar (RFC 5545) files for sessions: feeds and email attachments."""

from django.utils import timezone
from icalendar import Calendar, Event

PRODUCT_ID = "-//AI literacy workshops//Sessions//EN"


def session_event(session, *, url):
    """One VEVENT for a session, in UTC with its venue in the location."""
    event = Event()
    event.add("uid", f"session-{session.pk}@ai-literacy-workshops")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", session.workshop.title)
    event.add("location", f"{session.venue.name}, {session.venue.address}, {session.venue.city}")
    event.add("url", url)
    event.add("status", "CANCELLED" if session.status == session.Status.CANCELLED else "CONFIRMED")
    return event


def calendar_bytes(sessions, *, name, url_for):
    """A calendar file holding one event per session."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        calendar.add_component(session_event(session, url=url_for(session)))
    return calendar.to_ical()
