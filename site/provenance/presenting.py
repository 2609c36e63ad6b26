"""Content Credentials in plain language, from the summary stored on an image.

Pure functions of stored data: nothing here reads a file or runs the C2PA reader, so a page
view costs no more than the image it already loads.
"""

import datetime

from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from lms.images import CredentialsStatus

# IPTC digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/), as C2PA uses them.
SOURCE_TYPES = {
    "digitalCapture": _("Captured with a digital camera or scanner"),
    "computationalCapture": _("Captured with a camera that computes the picture (e.g. a phone)"),
    "negativeFilm": _("Scanned from a film negative"),
    "positiveFilm": _("Scanned from a film slide"),
    "print": _("Scanned from a print"),
    "humanEdits": _("Edited by a person"),
    "digitalCreation": _("Made digitally by a person, without generative AI"),
    "trainedAlgorithmicMedia": _("Created by a generative AI model"),
    "compositeWithTrainedAlgorithmicMedia": _("A composite that includes generative AI content"),
    "algorithmicallyEnhanced": _("Enhanced by an algorithm, without adding new content"),
    "algorithmicMedia": _("Made by an algorithm that was not trained on data"),
    "dataDrivenMedia": _("Made by an algorithm from data (e.g. a chart)"),
    "screenCapture": _("A screenshot"),
    "virtualRecording": _("Recorded in a virtual environment"),
    "composite": _("A composite of several elements"),
    "compositeCapture": _("A composite of several captures"),
    "compositeSynthetic": _("A composite with synthetic elements"),
}
ACTIONS = {
    "c2pa.created": _("Created"),
    "c2pa.opened": _("Opened an existing file"),
    "c2pa.placed": _("Placed another file into it"),
    "c2pa.edited": _("Edited"),
    "c2pa.edited.metadata": _("Edited its metadata"),
    "c2pa.cropped": _("Cropped"),
    "c2pa.resized": _("Resized"),
    "c2pa.color_adjustments": _("Adjusted colours"),
    "c2pa.filtered": _("Applied a filter"),
    "c2pa.drawing": _("Drew on it"),
    "c2pa.converted": _("Converted to another format"),
    "c2pa.transcoded": _("Re-encoded"),
    "c2pa.repackaged": _("Repackaged"),
    "c2pa.removed": _("Removed something from it"),
    "c2pa.redacted": _("Redacted part of it"),
    "c2pa.published": _("Published"),
    "c2pa.watermarked": _("Added a watermark"),
    "c2pa.orientation": _("Changed the orientation"),
}
HEADLINES = {
    CredentialsStatus.PENDING: _(
        "This image's Content Credentials have not been checked yet. Reload the page in a minute."
    ),
    CredentialsStatus.NONE: _(
        "This image carries no Content Credentials. That proves nothing either way: most "
        "images have none, and re-saving, screenshots and many websites remove them."
    ),
    CredentialsStatus.TRUSTED: _(
        "The Content Credentials are intact: the signature is valid, the image has not changed "
        "since it was signed, and the signer is on this site's trust list."
    ),
    CredentialsStatus.VALID: _(
        "The Content Credentials are intact: the signature is valid and the image has not "
        "changed since it was signed. The signer is not on this site's trust list, so the "
        "name in the certificate is only what the signer says it is."
    ),
    CredentialsStatus.MISMATCH: _(
        "The Content Credentials no longer match this image: its pixels changed after it was "
        "signed. What the credentials say describes an earlier version, not this one."
    ),
    CredentialsStatus.INVALID: _(
        "The Content Credentials are invalid: the signature or the certificate does not check "
        "out, so nothing they say can be relied on."
    ),
    CredentialsStatus.UNREADABLE: _(
        "The Content Credentials could not be read: the file or its manifest is damaged or in a "
        "form the reader does not understand."
    ),
}
GENERATIVE_STATEMENTS = {
    "generated": _("The credentials declare that generative AI created this image."),
    "composite": _("The credentials declare that this image includes generative AI content."),
}
TRAINING_USES = {
    "c2pa.ai_training": _("AI training"),
    "c2pa.ai_generative_training": _("Generative AI training"),
    "c2pa.ai_inference": _("Use as AI input"),
    "c2pa.data_mining": _("Data mining"),
    "cawg.ai_training": _("AI training"),
    "cawg.ai_generative_training": _("Generative AI training"),
    "cawg.ai_inference": _("Use as AI input"),
    "cawg.data_mining": _("Data mining"),
}
TRAINING_ANSWERS = {
    "allowed": _("allowed"),
    "notAllowed": _("not allowed"),
    "constrained": _("allowed with conditions"),
}
RELATIONSHIPS = {
    "parentOf": _("Edited from"),
    "componentOf": _("Includes"),
    "inputTo": _("Used as input"),
}


def _when(text):
    """An ISO 8601 time from a manifest, written for people (in UTC); as given if unparsable."""
    try:
        moment = parse_datetime(text or "")
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        return text or ""
    return date_format(moment.astimezone(datetime.UTC), "j F Y, H:i") + " UTC"


def _actions(actions):
    return [
        {
            "label": ACTIONS.get(action.get("action", ""), action.get("action", "")),
            "software": action.get("software", ""),
            "when": _when(action.get("when")),
            "source_type": action.get("source_type", ""),
            "source_label": SOURCE_TYPES.get(action.get("source_type", ""), ""),
        }
        for action in actions or []
    ]


def _ingredients(ingredients, depth=0):
    """The chain of ingredients, flattened with its depth, for a nested list."""
    flat = []
    for ingredient in ingredients or []:
        flat.append(
            {
                "depth": depth,
                "title": ingredient.get("title", ""),
                "relationship": RELATIONSHIPS.get(
                    ingredient.get("relationship", ""), ingredient.get("relationship", "")
                ),
                "has_credentials": ingredient.get("has_credentials", False),
                "signer": ingredient.get("signer") or {},
                "actions": _actions(ingredient.get("actions")),
                "generative_statement": GENERATIVE_STATEMENTS.get(
                    ingredient.get("generative_ai", ""), ""
                ),
            }
        )
        flat.extend(_ingredients(ingredient.get("ingredients"), depth + 1))
    return flat


def credentials_view(image):
    """What a lesson shows about an image's Content Credentials (None without an image)."""
    if image is None:
        return None
    status = image.credentials_status
    summary = image.credentials or {}
    present = status in (*CredentialsStatus.intact(), CredentialsStatus.MISMATCH)
    return {
        "status": status,
        "status_label": CredentialsStatus(status).label,
        "headline": HEADLINES[status],
        "intact": status in CredentialsStatus.intact(),
        "present": present,
        "signer": summary.get("signer") or {},
        "claim_generator": summary.get("claim_generator", ""),
        "actions": _actions(summary.get("actions")),
        "generative_statement": GENERATIVE_STATEMENTS.get(summary.get("generative_ai", ""), ""),
        "training_mining": [
            (TRAINING_USES.get(use, use), TRAINING_ANSWERS.get(answer, answer))
            for use, answer in (summary.get("training_mining") or {}).items()
        ],
        "ingredients": _ingredients(summary.get("ingredients")),
        "failures": summary.get("failures") or [],
        "trusted": bool(summary.get("trusted")),
        "signature_valid": summary.get("signature_valid"),
        "hash_matches": summary.get("hash_matches"),
        "checked_at": image.credentials_checked_at,
        "claimed_time": _when(
            next((a["when"] for a in summary.get("actions") or [] if a.get("when")), "")
        ),
        "time_stamped_at": _when((summary.get("signer") or {}).get("time_stamped_at")),
    }
