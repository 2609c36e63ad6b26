"""Hooks other apps attach to (certificates listen to course_completed)."""

from django.dispatch import Signal

# Sent once per enrolment, after the transaction that recorded the completion commits.
# Arguments: enrolment, user, course.
course_completed = Signal()
