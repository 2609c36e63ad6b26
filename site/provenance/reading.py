"""Reading Content Credentials (C2PA manifests) with c2pa-python, into a small plain summary.

The summary is what lesson blocks show; it is computed once per file (on upload, in a task) and
stored on the image, never on a page view. Everything in it is bounded in size, because a file
may carry a manifest of any size and shape.
"""

import io
import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from lms.images import CredentialsStatus

logger = logging.getLogger(__name__)

MAX_TEXT = 300
MAX_ACTIONS = 30
MAX_INGREDIENTS = 20
MAX_DEPTH = 4
MAX_FAILURES = 20

GENERATIVE_SOURCE_TYPES = {
    "trainedAlgorithmicMedia": "generated",
    "compositeWithTrainedAlgorithmicMedia": "composite",
}
HASH_MISMATCH_CODES = {
    "assertion.dataHash.mismatch",
    "assertion.bmffHash.mismatch",
    "assertion.boxesHash.mismatch",
    "assertion.collectionHash.mismatch",
}
UNTRUSTED_CODE = "signingCredential.untrusted"
TRAINING_ASSERTIONS = {"c2pa.training-mining", "cawg.training-mining"}


@dataclass
class Reading:
    status: str
    summary: dict = field(default_factory=dict)


def _text(value, limit=MAX_TEXT):
    if value is None:
        return ""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _source_type(value):
    """The last part of an IPTC source-type URI ('…/trainedAlgorithmicMedia')."""
    return _text(str(value or "").rstrip("/").rsplit("/", 1)[-1], 80)


@lru_cache(maxsize=4)
def _trust_anchors(path):
    """The PEM text of the trust list; a missing or broken file is a configuration error, so
    that images stay unread (and are read once it is mended) instead of "unreadable"."""
    from cryptography import x509

    if not path:
        return ""
    try:
        pem = Path(path).read_bytes()
        if not x509.load_pem_x509_certificates(pem):
            raise ValueError("no certificates")
    except (OSError, ValueError) as error:
        raise ImproperlyConfigured(f"C2PA_TRUST_ANCHORS_FILE {path}: {error}") from error
    return pem.decode("ascii")


def _context():
    """A c2pa Context that never goes online and trusts only the configured anchors."""
    import c2pa

    verify = {"verify_trust": True, "remote_manifest_fetch": False, "ocsp_fetch": False}
    options = {"verify": verify}
    anchors = _trust_anchors(getattr(settings, "C2PA_TRUST_ANCHORS_FILE", "") or "")
    if anchors:
        options["trust"] = {"trust_anchors": anchors}
    return c2pa.Context.from_dict(options)


def read_credentials(data: bytes, *, mime_type: str) -> Reading:
    """What the Content Credentials in `data` say; never raises for a bad file."""
    import c2pa

    context = _context()
    try:
        with c2pa.Reader(mime_type, io.BytesIO(data), context=context) as reader:
            store = json.loads(reader.json())
    except c2pa.C2paError.ManifestNotFound:
        return Reading(CredentialsStatus.NONE)
    except c2pa.C2paError as error:
        logger.info("Content Credentials could not be read: %s", error)
        return Reading(CredentialsStatus.UNREADABLE, {"error": _text(error)})
    except (ValueError, TypeError, OSError) as error:
        logger.warning("Content Credentials reader failed: %s", error)
        return Reading(CredentialsStatus.UNREADABLE, {"error": _text(error)})
    return summarise(store)


def _dict(value):
    return value if isinstance(value, dict) else {}


def _list(value):
    return value if isinstance(value, list) else []


def _label(value):
    return value if isinstance(value, str) else ""


def summarise(store: dict) -> Reading:
    """Turn a c2pa manifest store (Reader.json()) into a status and a bounded summary."""
    store = _dict(store)
    manifests = _dict(store.get("manifests"))
    label = _label(store.get("active_manifest"))
    active = manifests.get(label)
    if not isinstance(active, dict):
        return Reading(CredentialsStatus.INVALID, {"error": _text(_("No active manifest."))})
    statuses = [s for s in _list(store.get("validation_status")) if isinstance(s, dict)]
    codes = {str(s.get("code")) for s in statuses}
    state = str(store.get("validation_state") or "")
    hash_matches = not (codes & HASH_MISMATCH_CODES)
    if state == "Trusted":
        status = CredentialsStatus.TRUSTED
    elif state == "Valid":
        status = CredentialsStatus.VALID
    elif not hash_matches:
        status = CredentialsStatus.MISMATCH
    else:
        status = CredentialsStatus.INVALID
    budget = [MAX_INGREDIENTS]  # ingredient entries left, for the whole tree
    summary = _manifest_summary(active, manifests, depth=0, seen=frozenset({label}), budget=budget)
    summary.update(
        validation_state=_text(state, 40),
        trusted=status == CredentialsStatus.TRUSTED,
        hash_matches=hash_matches,
        signature_valid=status != CredentialsStatus.INVALID,
        failures=[
            {"code": _text(s.get("code"), 80), "explanation": _text(s.get("explanation"))}
            for s in statuses[:MAX_FAILURES]
            if s.get("code") != UNTRUSTED_CODE
        ],
    )
    return Reading(status, summary)


def _manifest_summary(manifest, manifests, *, depth, seen, budget):
    actions = _actions(manifest)
    summary = {
        "title": _text(manifest.get("title")),
        "claim_generator": _claim_generator(manifest),
        "signer": _signer(manifest.get("signature_info") or {}),
        "actions": actions,
        "generative_ai": _generative_ai(actions),
        "training_mining": _training_mining(manifest),
    }
    if depth < MAX_DEPTH:
        summary["ingredients"] = _ingredients(
            manifest, manifests, depth=depth, seen=seen, budget=budget
        )
    return summary


def _claim_generator(manifest):
    info = manifest.get("claim_generator_info")
    if isinstance(info, list) and info and isinstance(info[0], dict):
        name, version = info[0].get("name"), info[0].get("version")
        return _text(f"{name} {version}" if version else name)
    return _text(manifest.get("claim_generator"))


def _signer(info):
    if not isinstance(info, dict):
        return {}
    return {
        "name": _text(info.get("common_name")),
        "organisation": _text(info.get("issuer")),
        "serial": _text(info.get("cert_serial_number"), 80),
        "algorithm": _text(info.get("alg"), 20).upper(),
        "time_stamped_at": _text(info.get("time"), 40),
    }


def _assertions(manifest, labels):
    for assertion in _list(manifest.get("assertions")):
        if isinstance(assertion, dict) and str(assertion.get("label", "")).split(".v")[0] in labels:
            data = assertion.get("data")
            if isinstance(data, dict):
                yield data


def _actions(manifest):
    found = []
    for data in _assertions(manifest, {"c2pa.actions"}):
        for action in _list(data.get("actions")):
            if not isinstance(action, dict) or len(found) >= MAX_ACTIONS:
                continue
            name = _text(action.get("action"), 80)
            agent = action.get("softwareAgent")
            software = agent.get("name") if isinstance(agent, dict) else agent
            source = _source_type(action.get("digitalSourceType"))
            found.append(
                {
                    "action": name,
                    "software": _text(software),
                    "when": _text(action.get("when"), 40),
                    "source_type": source,
                }
            )
    return found


def _generative_ai(actions):
    """'generated', 'composite' or '' from the digital source types the actions declare."""
    kinds = {GENERATIVE_SOURCE_TYPES.get(action["source_type"]) for action in actions}
    if "generated" in kinds:
        return "generated"
    return "composite" if "composite" in kinds else ""


def _training_mining(manifest):
    """{use: 'allowed' | 'notAllowed' | 'constrained'} from a training-and-mining assertion."""
    uses = {}
    for data in _assertions(manifest, TRAINING_ASSERTIONS):
        for use, entry in _dict(data.get("entries")).items():
            if isinstance(entry, dict) and len(uses) < 10:
                uses[_text(use, 60)] = _text(entry.get("use"), 20)
    return uses


def _ingredients(manifest, manifests, *, depth, seen, budget):
    found = []
    for ingredient in _list(manifest.get("ingredients")):
        if budget[0] <= 0:
            break
        if not isinstance(ingredient, dict):
            continue
        budget[0] -= 1
        label = _label(ingredient.get("active_manifest"))
        own = manifests.get(label) if label else None
        entry = {
            "title": _text(ingredient.get("title")),
            "relationship": _text(ingredient.get("relationship"), 40),
            "has_credentials": isinstance(own, dict),
        }
        # A manifest already on this branch is not expanded again: no cycles.
        if isinstance(own, dict) and label not in seen:
            entry.update(
                _manifest_summary(
                    own, manifests, depth=depth + 1, seen=seen | {label}, budget=budget
                )
            )
        found.append(entry)
    return found
