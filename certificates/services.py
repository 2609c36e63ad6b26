"""Issuing, revoking and correcting certificates.

One valid certificate per person and achievement: issuing again returns the one that exists
(a database constraint settles races). Every certificate is signed when it is issued; its PDF
is rendered afterwards by a background task, so issuing stays fast and the PDF embeds exactly
the credential that the JSON endpoint serves.
"""

import calendar
import hashlib
from dataclasses import dataclass, field, replace
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.errors import CodedError
from lms.text import without_control_characters

from . import credentials
from .models import Certificate, CertificateTemplate

RECIPIENT_NAME_MAX_LENGTH = 300
REASON_MAX_LENGTH = 1000


class CertificateError(CodedError):
    """A certificate action that cannot happen; `code` is stable, `message` is for people."""

    MESSAGES = {
        "name_missing": _("The certificate needs the recipient's name."),
        "name_too_long": _("A name can be at most %(limit)s characters."),
        "email_missing": _("The certificate needs the recipient's email address."),
        "not_valid": _("Only a valid certificate can be revoked or corrected."),
        "reason_missing": _("Give a reason: it is shown on the verification page."),
        "reason_too_long": _("A reason can be at most %(limit)s characters."),
        "same_name": _("The corrected name is the same as the current one."),
        "not_eligible": _("This person has not completed the course."),
        "was_revoked": _(
            "This person's certificate for this was revoked; it is not issued again automatically."
        ),
    }


@dataclass(frozen=True)
class Achievement:
    """What a certificate is for: a course or a workshop, with its public description."""

    key: str
    name: str
    description: str = ""
    criteria: str = ""
    url: str = ""
    course: object = None
    workshop: object = None
    partner: object = None
    template: object = None


@dataclass(frozen=True)
class Recipient:
    """Who a certificate is for."""

    subject_key: str
    name: str
    email: str
    user: object = None
    evidence: list = field(default_factory=list)


def clean_name(name):
    """The name as it will be printed: control characters removed, spaces tidied, checked."""
    cleaned = " ".join(without_control_characters(str(name or "")).split())
    if not cleaned:
        raise CertificateError("name_missing")
    if len(cleaned) > RECIPIENT_NAME_MAX_LENGTH:
        raise CertificateError("name_too_long", limit=RECIPIENT_NAME_MAX_LENGTH)
    return cleaned


def default_template():
    return CertificateTemplate.objects.filter(is_default=True).first()


def certificate_issue(*, achievement, recipient, valid_until=None, now=None, render=True):
    """Issue (or return the existing) valid certificate for this recipient and achievement.

    Returns (certificate, created). Signs the credential now; the PDF follows after commit
    (unless `render` is False: bulk issuers render all their PDFs in one task instead).
    """
    name = clean_name(recipient.name)
    if not (recipient.email or "").strip():
        raise CertificateError("email_missing")
    existing = _valid(recipient.subject_key, achievement.key)
    if existing is not None:
        return existing, False
    revoked = Certificate.objects.filter(
        subject_key=recipient.subject_key,
        achievement_key=achievement.key,
        status=Certificate.Status.REVOKED,
    )
    if revoked.exists():
        raise CertificateError("was_revoked")
    now = now or timezone.now()
    try:
        with transaction.atomic():
            certificate = _create(achievement, recipient, name, valid_until, now)
    except IntegrityError:
        # Someone issued the same certificate at the same moment: theirs stands.
        existing = _valid(recipient.subject_key, achievement.key)
        if existing is None:
            raise
        return existing, False
    if render:
        certificate_pdfs_render_later([certificate.pk])
    return certificate, True


def _valid(subject_key, achievement_key):
    return Certificate.objects.filter(
        subject_key=subject_key, achievement_key=achievement_key, status=Certificate.Status.VALID
    ).first()


def _create(achievement, recipient, name, valid_until, now, *, replaces=None):
    salt = credentials.identity_salt()
    certificate = Certificate.objects.create(
        user=recipient.user,
        subject_key=recipient.subject_key,
        recipient_name=name,
        recipient_salt=salt,
        recipient_identity_hash=credentials.identity_hash(recipient.email, salt),
        achievement_key=achievement.key,
        achievement_name=achievement.name,
        achievement_description=achievement.description,
        achievement_criteria=achievement.criteria,
        achievement_url=achievement.url,
        course=achievement.course,
        workshop=achievement.workshop,
        partner=achievement.partner,
        template=achievement.template or default_template(),
        evidence=list(recipient.evidence),
        issued_at=now,
        valid_until=valid_until,
    )
    # The credential names the certificate's own URLs and status index, so it is signed
    # once the row (and its id) exists, in the same transaction.
    certificate.credential = credentials.sign(
        credentials.unsigned_credential(certificate), created=now
    )
    certificate.save(update_fields=["credential"])
    return certificate


def certificate_pdfs_render_later(certificate_ids):
    """Render these certificates' PDFs in one background task, after commit."""
    from .tasks import render_certificate_pdfs

    ids = list(certificate_ids)
    if ids:
        transaction.on_commit(lambda: render_certificate_pdfs.enqueue(certificate_ids=ids))


def _clean_reason(reason):
    reason = without_control_characters(str(reason or "")).strip()
    if not reason:
        raise CertificateError("reason_missing")
    if len(reason) > REASON_MAX_LENGTH:
        raise CertificateError("reason_too_long", limit=REASON_MAX_LENGTH)
    return reason


@transaction.atomic
def certificate_revoke(*, certificate, reason, now=None):
    """Revoke a valid certificate with a reason shown to anyone who checks it."""
    reason = _clean_reason(reason)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status != Certificate.Status.VALID:
        raise CertificateError("not_valid")
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = now or timezone.now()
    certificate.revocation_reason = reason
    certificate.save(update_fields=["status", "revoked_at", "revocation_reason"])
    return certificate


def certificate_reissue(*, certificate, recipient_name, email, now=None):
    """Correct the name: a new certificate replaces the old one, which shows "superseded"."""
    name = clean_name(recipient_name)
    if not (email or "").strip():
        raise CertificateError("email_missing")
    now = now or timezone.now()
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.status != Certificate.Status.VALID:
            raise CertificateError("not_valid")
        if name == old.recipient_name:
            raise CertificateError("same_name")
        old.status = Certificate.Status.SUPERSEDED
        old.save(update_fields=["status"])
        achievement = Achievement(
            key=old.achievement_key,
            name=old.achievement_name,
            description=old.achievement_description,
            criteria=old.achievement_criteria,
            url=old.achievement_url,
            course=old.course,
            workshop=old.workshop,
            partner=old.partner,
            template=old.template,
        )
        recipient = Recipient(
            subject_key=old.subject_key,
            name=name,
            email=email,
            user=old.user,
            evidence=old.evidence,
        )
        new = _create(achievement, recipient, name, old.valid_until, now)
        if old.expiry_reminder_sent_at:
            # The same expiry: the holder was already reminded of it.
            new.expiry_reminder_sent_at = old.expiry_reminder_sent_at
            new.save(update_fields=["expiry_reminder_sent_at"])
        old.superseded_by = new
        old.save(update_fields=["superseded_by"])
    certificate_pdfs_render_later([new.pk])
    return new


def certificate_recipient_erase(*, user, now=None):
    """The person erased their account: keep each certificate verifiable by its hash only."""
    certificates = list(Certificate.objects.filter(user=user))
    Certificate.objects.filter(pk__in=[c.pk for c in certificates]).update(
        user=None, recipient_name="", recipient_erased_at=now or timezone.now(), pdf=""
    )
    # The files go only once the erasure has committed: rolled back, it must leave them.
    files = [certificate.pdf for certificate in certificates if certificate.pdf]
    transaction.on_commit(lambda: [file.storage.delete(file.name) for file in files])
    return len(certificates)


def course_achievement(course):
    """The achievement of completing a course."""
    return Achievement(
        key=f"course:{course.pk}",
        name=course.title,
        description=without_control_characters(getattr(course, "summary", "") or ""),
        criteria=str(
            _(
                "Completed every required lesson of the course and passed each of its "
                "knowledge checks."
            )
        ),
        url=course.full_url or "",
        course=course,
        template=course.certificate_template,
    )


def course_evidence(*, user, course):
    """What the learner did: required lessons completed and knowledge checks passed."""
    from courses.models import LessonPage, LessonProgress, QuizAttempt

    lessons = LessonPage.objects.live().descendant_of(course)
    done = LessonProgress.objects.filter(
        user=user, lesson__in=lessons, completed_at__isnull=False
    ).count()
    best = {}
    for attempt in QuizAttempt.objects.filter(user=user, course=course, passed=True).values(
        "lesson__title", "check_id", "score_percent"
    ):
        key = (attempt["lesson__title"], attempt["check_id"])
        best[key] = max(best.get(key, 0), attempt["score_percent"])
    evidence = [
        {
            "name": str(_("Lessons completed")),
            "description": str(
                _("%(done)s of %(total)s lessons completed.")
                % {"done": done, "total": lessons.count()}
            ),
        }
    ]
    if best:
        scores = ", ".join(f"{title}: {score}%" for (title, _check), score in sorted(best.items()))
        evidence.append(
            {
                "name": str(_("Knowledge checks passed")),
                "description": str(
                    _("%(count)s knowledge checks passed (best scores: %(scores)s).")
                    % {"count": len(best), "scores": scores}
                ),
            }
        )
    return evidence


def course_certificate_issue(*, user, course, now=None, render=True):
    """The certificate for a learner who completed a course (idempotent)."""
    from courses.models import Enrolment

    completed = Enrolment.objects.filter(
        user=user, course=course, completed_at__isnull=False
    ).exists()
    if not completed:
        raise CertificateError("not_eligible")
    recipient = Recipient(
        subject_key=f"user:{user.pk}",
        name=user.name_for_certificates or user.email,
        email=user.email,
        user=user,
        evidence=course_evidence(user=user, course=course),
    )
    now = now or timezone.now()
    months = course.certificate_valid_for_months
    return certificate_issue(
        achievement=course_achievement(course),
        recipient=recipient,
        valid_until=add_months(now, months) if months else None,
        now=now,
        render=render,
    )


def add_months(moment, months):
    """The same day and time `months` later (the month's last day if it is shorter)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


EXPIRY_REMINDER_DAYS = 30


def expiry_reminders_send_due(*, now=None):
    """Email each learner once, a month before a certificate of theirs expires."""
    from .emails import send_expiry_reminder

    now = now or timezone.now()
    due = Certificate.objects.filter(
        status=Certificate.Status.VALID,
        user__isnull=False,
        expiry_reminder_sent_at__isnull=True,
        valid_until__gt=now,
        valid_until__lte=now + timedelta(days=EXPIRY_REMINDER_DAYS),
    )
    sent = 0
    for certificate in due:
        # A conditional update claims the reminder, so two schedulers never both send it.
        claimed = Certificate.objects.filter(
            pk=certificate.pk, expiry_reminder_sent_at__isnull=True
        ).update(expiry_reminder_sent_at=now)
        if claimed:
            send_expiry_reminder(certificate)
            sent += 1
    return sent


def workshop_achievement(workshop):
    """The achievement of taking part in a workshop (by its attendance rule)."""
    from .models import CertificateTemplate

    rule = workshop.get_certificate_rule_display()
    template = CertificateTemplate.objects.filter(partner=workshop.partner_id).first()
    return Achievement(
        key=f"workshop:{workshop.pk}",
        name=workshop.title,
        description=without_control_characters(workshop.summary or ""),
        criteria=str(
            _("Took part in the workshop at %(partner)s (%(rule)s).")
            % {"partner": workshop.partner.name, "rule": rule}
        ),
        url=workshop.full_url or "",
        workshop=workshop,
        partner=workshop.partner,
        template=template,
    )


def booking_recipient(booking):
    """Who a workshop certificate is for: the learner's account, or the guest by email."""
    if booking.user_id:
        user = booking.user
        return Recipient(
            subject_key=f"user:{user.pk}",
            name=user.name_for_certificates or user.email,
            email=user.email,
            user=user,
        )
    email = booking.guest_email.strip().lower()
    return Recipient(
        subject_key="guest:" + hashlib.sha256(email.encode()).hexdigest()[:40],
        name=booking.guest_name,
        email=email,
    )


def session_certificates_issue(*, session, now=None):
    """Certificates for everyone at a closed session who met the workshop's rule (idempotent).
    Returns the certificates issued now."""
    from workshops.attendance.selectors import eligible_bookings

    workshop = session.workshop.specific
    achievement = workshop_achievement(workshop)
    issued = []
    for booking in eligible_bookings(session):
        recipient = booking_recipient(booking)
        if not recipient.email or not recipient.name.strip():
            continue  # a guest whose details were erased: nobody to certify
        attendance = booking.attendances.filter(session=session).first()
        minutes = attendance.minutes_attended if attendance else None
        evidence = [
            {
                "name": str(_("Attendance")),
                "description": str(
                    _("Present at the session on %(date)s%(minutes)s.")
                    % {
                        "date": timezone.localtime(session.starts_at, session.tzinfo).strftime(
                            "%Y-%m-%d"
                        ),
                        "minutes": f" ({minutes} min)" if minutes is not None else "",
                    }
                ),
            }
        ]
        recipient = replace(recipient, evidence=evidence)
        try:
            certificate, created = certificate_issue(
                achievement=achievement, recipient=recipient, now=now, render=False
            )
        except CertificateError:
            continue
        if created:
            issued.append(certificate)
    certificate_pdfs_render_later([certificate.pk for certificate in issued])
    return issued
