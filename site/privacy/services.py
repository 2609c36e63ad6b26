"""Writes and exports for a person's own data: download everything, erase the account."""

import io
import json
import zipfile

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from lms.errors import CodedError

from .registry import registered


class PrivacyError(CodedError):
    """A privacy request that cannot happen; `code` is stable, `message` is for people."""

    MESSAGES = {
        "already_erased": _("This account has already been deleted."),
        "last_superuser": _(
            "You are the only administrator. Make someone else an administrator before "
            "deleting your account, so the site is not left without one."
        ),
    }


def personal_data_export(*, user) -> bytes:
    """A ZIP of the person's data: one JSON file per registered model and a README.txt."""
    entries = registered()
    created_at = timezone.localtime()
    buffer = io.BytesIO()
    with (
        translation.override(user.preferred_language or None),
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        files = []
        for entry in entries:
            name = f"{entry.label}.json"
            document = {
                "about": str(entry.description),
                "when_you_delete_your_account": str(entry.outcome),
                "records": entry.export(user),
            }
            archive.writestr(
                _zip_info(name, created_at),
                json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            )
            files.append((name, entry))
        readme = render_to_string(
            "privacy/export_readme.txt", {"files": files, "created_at": created_at, "user": user}
        )
        archive.writestr(_zip_info("README.txt", created_at), readme)
    return buffer.getvalue()


def _zip_info(name, moment):
    info = zipfile.ZipInfo(name, date_time=moment.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


@transaction.atomic
def account_erase(*, user):
    """Erase a person in one transaction: every registered eraser, then the account itself.

    Sessions are not linked to users by a key, so they are not searched (that would mean
    decoding every session row). The view logs out the current one; sessions on other devices
    stop authenticating at once because their user no longer exists, and `clearsessions`
    removes them when they expire.
    """
    user_model = get_user_model()
    account = user_model.objects.select_for_update().filter(pk=user.pk).first()
    if account is None:
        raise PrivacyError("already_erased")
    if (
        account.is_superuser
        and not user_model.objects.filter(is_superuser=True, is_active=True)
        .exclude(pk=account.pk)
        .exists()
    ):
        raise PrivacyError("last_superuser")
    entries = registered()
    for entry in entries:
        if not entry.is_account:
            entry.erase(account)
    for entry in entries:
        if entry.is_account:
            entry.erase(account)
