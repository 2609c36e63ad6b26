"""Background work for certificates: PDFs after issuing, certificates after completions."""

from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from .models import Certificate


@task()
def render_certificate_pdfs(*, certificate_ids):
    """Render and store the PDFs of these certificates (idempotent: same content, same file)."""
    from .rendering import certificate_pdfs_store

    certificates = list(
        Certificate.objects.filter(pk__in=certificate_ids).select_related(
            "template__logo", "template__signature_image", "template__partner__logo", "partner"
        )
    )
    certificate_pdfs_store(certificates)


@task()
def issue_course_certificate(*, user_id, course_id):
    """Issue the course certificate for a completion (again is harmless: one per person)."""
    from courses.models import CoursePage

    from .services import CertificateError, course_certificate_issue

    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    course = CoursePage.objects.filter(pk=course_id).first()
    if user is None or course is None:
        return
    try:
        course_certificate_issue(user=user, course=course.specific)
    except CertificateError:
        return


@task()
def issue_session_certificates(*, session_id):
    """Issue the certificates a closed session earned (again is harmless)."""
    from workshops.models import Session

    from .services import session_certificates_issue

    session = Session.objects.select_related("workshop", "venue").filter(pk=session_id).first()
    if session is not None:
        session_certificates_issue(session=session)


SUBJECTS = {"expiring": _("Your certificate expires soon")}


@task()
def send_certificate_email(*, certificate_id, kind):
    """Email the certificate's holder (nothing if the account is gone or has no address)."""
    from . import credentials

    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or certificate.user is None or not certificate.user.email:
        return
    context = {"certificate": certificate, "verify_url": credentials.verify_url(certificate)}
    message = EmailMultiAlternatives(
        subject=str(SUBJECTS[kind]),
        body=render_to_string(f"certificates/email/{kind}.txt", context),
        to=[certificate.user.email],
    )
    message.attach_alternative(
        render_to_string(f"certificates/email/{kind}.html", context), "text/html"
    )
    message.send()
