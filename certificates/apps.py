from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from courses.signals import course_completed
        from workshops.signals import session_closed

        from . import checks, privacy  # noqa: F401  (registers the deploy check and privacy)
        from .receivers import queue_course_certificate, queue_session_certificates

        course_completed.connect(queue_course_certificate, dispatch_uid="certificates.course")
        session_closed.connect(queue_session_certificates, dispatch_uid="certificates.session")
