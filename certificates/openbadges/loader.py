"""Pinned JSON-LD contexts for PyLD: a document loader that never uses the network, and caching.

Pinned copies live in `data/contexts/` (see the README there):

- `credentials-v2.jsonld` answers for https://www.w3.org/ns/credentials/v2
  (W3C Verifiable Credentials 2.0 context, w3c/vc-data-model contexts/credentials/v2);
- `ob-context-3.0.3.json` answers for https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json
  (Open Badges 3.0.3 context, 1EdTech/openbadges-specification ob_v3p0/context-3.0.3.json).

These are exactly the URLs of the 1EdTech eddsa-rdfc-2022 test vector. Any other URL raises
`ContextNotPinnedError`: a signature is only as trustworthy as the contexts that give it meaning,
so a context we have not reviewed (or one fetched at verification time) must never be used.

Processing these contexts dominates the cost of canonicalising a credential, so processed
contexts are kept between calls (see `jsonld_options` and `PinnedContextProcessor`); the
output is the standard RDFC-1.0 result, as the 1EdTech test vector checks.
"""

import hashlib
import json
import threading
from functools import cache
from pathlib import Path

from cachetools import LRUCache
from frozendict import frozendict
from pyld import jsonld
from pyld.context_resolver import ContextResolver
from pyld.jsonld import _is_absolute_iri, _is_keyword

CONTEXTS_DIR = Path(__file__).resolve().parent / "data" / "contexts"

CREDENTIALS_V2_URL = "https://www.w3.org/ns/credentials/v2"
OB_V3P0_URL = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

# url -> (file name, sha256 of the published file): an edited copy must fail loudly, not
# silently change what every signature means.
PINNED_CONTEXTS = {
    CREDENTIALS_V2_URL: (
        "credentials-v2.jsonld",
        "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    ),
    OB_V3P0_URL: (
        "ob-context-3.0.3.json",
        "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761",
    ),
}


class _LockedLRUCache(LRUCache):
    """An LRU cache that threads can share (cachetools' own is not thread-safe)."""

    def __init__(self, maxsize):
        super().__init__(maxsize=maxsize)
        self._lock = threading.RLock()

    def __getitem__(self, key):
        with self._lock:
            return super().__getitem__(key)

    def __setitem__(self, key, value):
        with self._lock:
            super().__setitem__(key, value)

    def __delitem__(self, key):
        with self._lock:
            super().__delitem__(key)

    def get(self, key, default=None):
        with self._lock:
            return super().get(key, default)


# Resolved contexts, by URL or by the canonical JSON of an inline context; pyld keeps them
# between operations only for documents tagged "static". Kept apart from pyld's module-wide
# cache so that another loader in the same process can never put its own version of these
# URLs in front of ours; bounded, because inline contexts in hostile input are keys too.
_resolved_contexts = _LockedLRUCache(maxsize=64)


class ContextNotPinnedError(Exception):
    """A JSON-LD context URL that is not one of the pinned local copies."""

    code = "context_not_pinned"

    def __init__(self, url):
        self.url = url
        super().__init__(
            f"JSON-LD context {url!r} is not pinned; only these are allowed: "
            + ", ".join(sorted(PINNED_CONTEXTS))
        )


class PinnedContextCorruptError(Exception):
    """A pinned context file whose bytes differ from the published version."""


@cache
def _pinned_document(url):
    file_name, sha256 = PINNED_CONTEXTS[url]
    raw = (CONTEXTS_DIR / file_name).read_bytes()
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise PinnedContextCorruptError(
            f"{CONTEXTS_DIR / file_name} does not match the published context for {url}"
        )
    document = json.loads(raw)
    _pinned_object_ids.update(_dict_ids(document))
    return document


def _dict_ids(value):
    pending = [value]
    while pending:
        current = pending.pop()
        if isinstance(current, dict):
            yield id(current)
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)


# ids of every object inside the pinned documents, which live as long as the process (cached
# above): the scoped contexts the memo below may trust to never change.
_pinned_object_ids = set()


def pinned_document_loader(url, options=None):
    """Return the pinned context for `url` as a PyLD remote document; any other URL raises."""
    if not isinstance(url, str) or url not in PINNED_CONTEXTS:
        raise ContextNotPinnedError(url)
    return {
        "contextUrl": None,
        "documentUrl": url,
        "contentType": "application/ld+json",
        # Shared, not copied: pyld only rewrites string @context URLs inside a loaded context,
        # and the pinned ones have none (a test checks they stay unchanged).
        "document": _pinned_document(url),
        # "static" lets pyld keep the processed context between calls.
        "tag": "static",
    }


class PinnedContextProcessor(jsonld.JsonLdProcessor):
    """A PyLD processor that notes what it drops and reuses processed pinned scoped contexts.

    Dropped content: JSON-LD silently leaves undefined terms and relative IRIs out of the RDF
    dataset, so they would be carried in a credential without being signed. pyld 2 has no
    "safe mode" (jsonld.js has), so `dropped` collects them for the caller to refuse.

    Scoped contexts:
    pyld caches a processed context under the id of the active context it was applied to, but
    a type-scoped context (propagate=False) is applied to a fresh clone with a fresh id every
    time, so the scoped contexts of VerifiableCredential, Achievement, Profile, … were
    processed again for every node of every credential: most of the signing time. Processing a
    context is a pure function of the active context, the local context and the flags; pyld
    already treats processed (frozen) contexts as immutable and shares them between
    operations. So when both inputs are immutable by construction (a frozen active context,
    a scoped context from a pinned document), the result is reused; everything else, e.g.
    inline contexts from the input, takes pyld's own path.
    """

    def __init__(self):
        super().__init__()
        self.dropped = []

    def _expand_object(
        self, active_ctx, active_property, expanded_active_property, element, *args, **kwargs
    ):
        # The same test pyld applies just before it skips a key.
        for key in element:
            if key == "@context":
                continue
            expanded = self._expand_iri(active_ctx, key, vocab=True)
            if not (expanded and (_is_absolute_iri(expanded) or _is_keyword(expanded))):
                self.dropped.append(key)
        return super()._expand_object(
            active_ctx, active_property, expanded_active_property, element, *args, **kwargs
        )

    def _graph_to_rdf(self, graph, *args, **kwargs):
        # pyld skips every triple of a subject whose id is a relative IRI.
        self.dropped.extend(
            node_id
            for node_id, node in graph.items()
            if not _is_absolute_iri(node_id) and any(key != "@id" for key in node)
        )
        return super()._graph_to_rdf(graph, *args, **kwargs)

    def _object_to_rdf(self, item, *args, **kwargs):
        rdf_object = super()._object_to_rdf(item, *args, **kwargs)
        if rdf_object is None:  # pyld's sign of a relative IRI (a type, an id) it skipped
            self.dropped.append(item.get("@id", item) if isinstance(item, dict) else item)
        return rdf_object

    def _process_context(self, active_ctx, local_ctx, options, **flags):
        # pyld passes its flags (override_protected, propagate, validate_scoped, cycles) by
        # keyword; they go through untouched, so pyld's own defaults still apply.
        if not (isinstance(active_ctx, frozendict) and id(local_ctx) in _pinned_object_ids):
            return super()._process_context(active_ctx, local_ctx, options, **flags)
        key = (
            id(active_ctx),
            id(local_ctx),
            flags.get("override_protected", False),
            flags.get("propagate", True),
            flags.get("validate_scoped", True),
            options.get("base"),
            options.get("processingMode"),
        )
        known = _processed_scoped_contexts.get(key)
        # The entry holds the active context, so its id cannot have been reused by another one.
        if known is not None and known[0] is active_ctx:
            return known[1]
        processed = super()._process_context(active_ctx, local_ctx, options, **flags)
        if isinstance(processed, frozendict):
            _processed_scoped_contexts[key] = (active_ctx, processed)
        return processed


_processed_scoped_contexts = _LockedLRUCache(maxsize=256)


def jsonld_options():
    """PyLD options for RDFC-1.0 canonicalisation with only the pinned contexts."""
    return {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": pinned_document_loader,
        # One resolver per operation (it holds a per-operation cache), sharing our cache.
        "contextResolver": ContextResolver(_resolved_contexts, pinned_document_loader),
    }


def context_not_pinned_in(error):
    """The `ContextNotPinnedError` somewhere in the cause chain of a pyld error, or None."""
    seen = set()
    pending = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ContextNotPinnedError):
            return current
        # pyld wraps causes in `.cause` and in `.details["cause"]`, several levels deep.
        details = getattr(current, "details", None)
        pending.extend(
            [
                getattr(current, "cause", None),
                details.get("cause") if isinstance(details, dict) else None,
                current.__cause__,
                current.__context__,
            ]
        )
    return None
