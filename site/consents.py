"""Consents: what a person has agreed to, in which version, and withdrawing it.

Each question (a `ConsentText` slug) has numbered versions; only the newest offered version
counts. Agreeing to version 1 is not agreeing to version 2: the person is shown the new wording
("updated since you agreed") and asked again. Agreements are never edited, only closed by
`revoked_at`, so the record shows what was agreed, to which wording, and when.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .errors import CodedError
from .models import Consent, ConsentText


class ConsentError(CodedError):
    """A consent change that cannot happen; `code` is stable, `message` is for people."""

    MESSAGES = {
        "not_offered": _(
            "This text has changed since you opened the page. Read the new version on your "
            "profile and agree again if you still want to."
        ),
        "already_accepted": _("You have already agreed to this."),
        "not_accepted": _("You have not agreed to this, so there is nothing to withdraw."),
    }


@dataclass(frozen=True)
class ConsentState:
    """A question on offer and the person's answer to it."""

    consent_text: ConsentText
    agreed_version: int | None = None
    agreed_at: datetime | None = None

    @property
    def accepted(self):
        return self.agreed_version == self.consent_text.version

    @property
    def outdated(self):
        """They agreed to an earlier wording only: this counts as not agreed."""
        return self.agreed_version is not None and not self.accepted


def offered_consent_texts(scope=ConsentText.Scope.ACCOUNT):
    """The newest offered version of each question asked for `scope`, by identifier."""
    newer = ConsentText.objects.filter(
        active=True, slug=OuterRef("slug"), version__gt=OuterRef("version")
    )
    return (
        ConsentText.objects.filter(active=True, scope=scope).exclude(Exists(newer)).order_by("slug")
    )


def current_consents(user):
    """Every question on offer with the person's newest standing agreement to it (two queries)."""
    texts = list(offered_consent_texts())
    standing = (
        Consent.objects.filter(
            user=user,
            revoked_at__isnull=True,
            consent_text__slug__in=[text.slug for text in texts],
        )
        .select_related("consent_text")
        .order_by("consent_text__version")
    )
    newest = {consent.consent_text.slug: consent for consent in standing}
    states = []
    for text in texts:
        consent = newest.get(text.slug)
        if consent is None:
            states.append(ConsentState(text))
        else:
            states.append(ConsentState(text, consent.consent_text.version, consent.accepted_at))
    return states


@transaction.atomic
def consent_accept(*, user, consent_text):
    """Record that the person agrees to this version, which must be the one on offer now."""
    if not offered_consent_texts().filter(pk=consent_text.pk).exists():
        raise ConsentError("not_offered")
    current = Consent.objects.filter(user=user, consent_text=consent_text, revoked_at=None)
    if current.exists():
        raise ConsentError("already_accepted")
    consent = Consent(user=user, consent_text=consent_text, accepted_at=timezone.now())
    try:
        with transaction.atomic():
            consent.save()
    except IntegrityError:  # a parallel request agreed first
        raise ConsentError("already_accepted") from None
    return consent


@transaction.atomic
def consent_revoke(*, user, consent_text):
    """Withdraw the person's agreement to this question, whichever versions they agreed to."""
    revoked = Consent.objects.filter(
        user=user, consent_text__slug=consent_text.slug, revoked_at=None
    ).update(revoked_at=timezone.now())
    if not revoked:
        raise ConsentError("not_accepted")
    return revoked
