"""Certificates follow achievements: a course completed → its certificate, in the background."""

from django.db import transaction


def queue_course_certificate(sender, *, user, course, **kwargs):
    """Enqueue the course certificate once the completion has committed."""
    from .tasks import issue_course_certificate

    transaction.on_commit(
        lambda: issue_course_certificate.enqueue(user_id=user.pk, course_id=course.pk)
    )


def queue_session_certificates(sender, *, session, **kwargs):
    """Enqueue the certificates of a closed session once the closing has committed."""
    from .tasks import issue_session_certificates

    transaction.on_commit(lambda: issue_session_certificates.enqueue(session_id=session.pk))
