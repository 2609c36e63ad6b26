"""Personal-data entries for this project's accounts and consents, allauth and the Wagtail admin.

Imported by `registry.registered()` on first use (the lms app's own AppConfig belongs to others).
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.users.models import UserProfile

from lms.models import Consent

from .registry import ANONYMISE, DELETE, register

User = get_user_model()


def account_rows(user):
    """Profile fields. The password hash is left out: it is of no use to anyone but an attacker."""
    return [
        {
            "email": user.email,
            "display_name": user.display_name,
            "certificate_name": user.certificate_name,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "is_active": user.is_active,
            "is_staff": user.is_staff,
            "groups": sorted(user.groups.values_list("name", flat=True)),
        }
    ]


def consent_rows(user):
    return [
        {
            "question": consent.consent_text.slug,
            "version": consent.consent_text.version,
            "title": consent.consent_text.title,
            "text": consent.consent_text.text,
            "agreed_at": consent.accepted_at,
            "withdrawn_at": consent.revoked_at,
        }
        for consent in Consent.objects.filter(user=user).select_related("consent_text")
    ]


def _log_rows(model, user):
    """What the person did in the admin. Labels of people's accounts they acted on are left out,
    and so is each entry's `data`, which can describe other people."""
    user_type = ContentType.objects.get_for_model(User)
    return [
        {
            "timestamp": entry.timestamp,
            "action": entry.action,
            "object_type": str(entry.content_type) if entry.content_type else None,
            "object": None if entry.content_type_id == user_type.pk else entry.label,
        }
        for entry in model.objects.filter(user=user).select_related("content_type")
    ]


def admin_profile_erase(user):
    """Delete Wagtail admin preferences together with the profile picture file."""
    for profile in UserProfile.objects.filter(user=user):
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()


def model_log_erase(user):
    """Clear the person from the admin history and delete entries about their own account,
    whose labels and data hold their name and email. The actions on content stay in the
    history (Wagtail then shows them as done by "system")."""
    ModelLogEntry.objects.filter(user=user).update(user=None)
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
    ).delete()


register(
    User,
    user_field="pk",
    export=account_rows,
    erase=DELETE,
    description=_("Your account: email address, names, language, and when you joined."),
)
register(
    EmailAddress,
    erase=DELETE,
    description=_("Your email addresses and whether you have confirmed them."),
)
# Kept anonymised rather than deleted: once the person is gone there is nobody left to contact
# or to prove consent for, and a row with only a version and dates shows how many people agreed
# to each wording, which the partners need and which identifies no one.
register(
    Consent,
    export=consent_rows,
    erase=ANONYMISE,
    description=_("What you agreed to, which version of the text, and when you withdrew it."),
)
register(
    UserProfile,
    erase=admin_profile_erase,
    outcome=_("Deleted when you delete your account."),
    description=_("Staff only: your editing preferences and profile picture in the admin."),
)
# Wagtail keeps these rows (DO_NOTHING) with a bare user id that would outlive the account, so
# erasure clears it instead of leaving a number that backups could tie back to the person.
register(
    PageLogEntry,
    export=lambda user: _log_rows(PageLogEntry, user),
    erase=ANONYMISE,
    description=_("Staff only: what you did to pages in the admin (history of edits)."),
)
register(
    ModelLogEntry,
    export=lambda user: _log_rows(ModelLogEntry, user),
    erase=model_log_erase,
    outcome=_(
        "Kept without your name when you delete your account; entries about your own account "
        "are deleted."
    ),
    description=_("Staff only: what you did to other content in the admin (history of edits)."),
)
