"""Certificates follow achievements: a course completed → its certificate, in the background."""

from django.db import transaction


def queue_course_certificate(sender, *, user, course, **kwargs):
    """Enqueue the course certificate once the completion has committed."""
    from .tasks import issue_course_certificate

    transaction.on_commit(
        lambda: issue_course_certificate.enqueue(user_id=user.pk, course_id=course.pk)
    )
