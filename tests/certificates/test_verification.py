"""Public verification over HTTP: the page for every status, the lookup form and hostile input,
the rate limit, and the machine-readable documents (record, credential, PDF attachment, issuer
profile, status list) agreeing with each other and with the signature."""

import html
import io
import json
import types
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pypdf import PdfReader

from certificates import credentials
from certificates.models import Certificate
from certificates.openbadges.keys import public_key_from_multikey, public_key_to_multikey
from certificates.openbadges.proof import credential_verify
from certificates.rendering import credential_bytes
from certificates.services import (
    Achievement,
    Recipient,
    certificate_issue,
    certificate_recipient_erase,
    certificate_reissue,
    certificate_revoke,
)
from lms import ratelimit
from tests import factories
from tests.workshops import factories as workshop_factories

pytestmark = pytest.mark.django_db

ACHIEVEMENT = Achievement(
    key="course:7",
    name="Understanding training data",
    description="How generative models learn from images.",
    criteria="Completed every lesson and passed each knowledge check.",
)
EVIDENCE = [{"name": "Lessons completed", "description": "4 of 4 lessons completed."}]


def issue(name="Ada Lovelace", email="ada@example.org", achievement=ACHIEVEMENT, **options):
    certificate, _created = certificate_issue(
        achievement=achievement,
        recipient=Recipient(
            subject_key=f"user:{email}",
            name=name,
            email=email,
            user=options.pop("user", None),
            evidence=options.pop("evidence", EVIDENCE),
        ),
        **options,
    )
    return certificate


def page(client, certificate, **extra):
    response = client.get(f"/verify/{certificate.code}/", **extra)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def as_text(response):
    return html.unescape(response.content.decode())


# --- the page, for every status ---------------------------------------------------------------


def test_a_valid_certificate_shows_its_facts(client):
    certificate = issue()

    text = page(client, certificate)

    assert "Valid." in text
    assert "Ada Lovelace" in text
    assert "Understanding training data" in text
    assert certificate.code in text
    assert "4 of 4 lessons completed." in text
    for status in ("Expired.", "Revoked.", "Superseded."):
        assert status not in text


def test_an_expired_certificate_says_so_with_its_end_date(client):
    now = timezone.now()
    certificate = issue(now=now - timedelta(days=400), valid_until=now - timedelta(days=35))

    text = page(client, certificate)

    assert "Expired." in text
    assert "Valid." not in text
    assert f"valid until {timezone.localdate(certificate.valid_until):%-d %B %Y}" in text


def test_a_revoked_certificate_shows_when_and_why(client):
    certificate = issue()
    certificate_revoke(certificate=certificate, reason="Issued to the wrong person & by mistake")

    text = page(client, certificate)

    assert "Revoked." in text
    assert "Reason: Issued to the wrong person & by mistake" in text
    assert "Valid." not in text


def test_a_superseded_certificate_links_to_its_replacement(client):
    old = issue(name="Ada Lovelce")
    new = certificate_reissue(certificate=old, recipient_name="Ada Lovelace", email="ada@x.org")

    response = client.get(f"/verify/{old.code}/")

    assert response.status_code == 200
    assert "Superseded." in as_text(response)
    assert f'href="/verify/{new.code}/"' in response.content.decode()
    assert "Valid." in page(client, new)


def test_an_erased_recipient_is_not_named_but_the_certificate_stays_genuine(client):
    user = factories.person("mira@example.org")
    certificate = issue(name="Mira Novak", email="mira@example.org", user=user)
    certificate_recipient_erase(user=user)

    text = page(client, certificate)

    assert "removed at their request" in text
    assert "Mira" not in text
    assert "Valid." in text


def test_a_name_with_markup_is_shown_as_text(client):
    certificate = issue(name="<script>alert('x')</script> Ada")

    response = client.get(f"/verify/{certificate.code}/")

    assert "<script>alert('x')</script>" not in response.content.decode()
    assert "<script>alert('x')</script> Ada" in as_text(response)


# --- the lookup form --------------------------------------------------------------------------


def with_code(certificate, code):
    """The certificate renumbered to a chosen code (lookalike characters need 0s and 1s)."""
    Certificate.objects.filter(pk=certificate.pk).update(code=code)
    return Certificate.objects.get(pk=certificate.pk)


def test_the_lookup_form_is_shown_without_a_code(client):
    response = client.get("/verify/")
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


@pytest.mark.parametrize(
    "typed",
    [
        "1010-0110-ABCD-EF23",
        "1010-0110-abcd-ef23",
        "1010 0110 ABCD EF23",
        "  10100110abcdef23  ",
        "IOIO-OLIO-ABCD-EF23",
        "ioio olio abcd ef23",
        "1o1o-0l1o-ABcD-eF23",
    ],
)
def test_a_typed_code_redirects_to_its_canonical_page(client, typed):
    with_code(issue(), "1010-0110-ABCD-EF23")

    response = client.get("/verify/", {"code": typed})

    assert response.status_code == 302
    assert response["Location"] == "/verify/1010-0110-ABCD-EF23/"


def test_a_lower_case_code_in_the_address_redirects_to_the_canonical_page(client):
    certificate = with_code(issue(), "1010-0110-ABCD-EF23")

    response = client.get("/verify/ioio-olio-abcd-ef23/")

    assert response.status_code == 302
    assert response["Location"] == f"/verify/{certificate.code}/"


@pytest.mark.parametrize(
    "typed", ["7KQ2-M9XD", "7KQ2-M9XD-4HTP-W3RU", "hello", "7KQ2-M9XD-4HTP-W3RA5"]
)
def test_a_malformed_code_is_a_400_with_a_message(client, typed):
    response = client.get("/verify/", {"code": typed})

    assert response.status_code == 400
    assert "A certificate code has 16 letters and digits" in as_text(response)


def test_an_unknown_code_is_a_404_with_a_message(client):
    issue()

    response = client.get("/verify/", {"code": "7KQ2-M9XD-4HTP-W3RA"})

    assert response.status_code == 404
    assert "No certificate has this code" in as_text(response)


HOSTILE = {
    "script": "<script>alert(1)</script>",
    "long": "7" * 10_000,
    "nul": "7KQ2\x00M9XD-4HTP-W3RA",
    "only-nul": "\x00",
    "fullwidth": "７ＫＱ２-Ｍ９ＸＤ-４ＨＴＰ-Ｗ３ＲＡ",
    "arabic-digits": "٧٣٤٥-٧٣٤٥-٧٣٤٥-٧٣٤٥",
    "emoji": "🦉" * 16,
    "rtl-override": "\u202e7KQ2-M9XD-4HTP-W3RA",
    "sql": "' OR 1=1 --",
    "path": "../../etc/passwd",
}


@pytest.mark.parametrize("typed", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_lookups_are_refused_with_a_4xx(client, typed):
    issue()

    response = client.get("/verify/", {"code": typed})

    assert 400 <= response.status_code < 500
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "path_code",
    [
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "7" * 10_000,
        "%00",
        "7KQ2%00M9XD-4HTP-W3RA",
        "%E2%80%AE7KQ2-M9XD-4HTP-W3RA",
        "%F0%9F%A6%89",
        "7KQ2-M9XD",
        "%FF%FE",
    ],
    ids=["script", "long", "nul", "embedded-nul", "rtl-override", "emoji", "short", "bad-utf8"],
)
@pytest.mark.parametrize("suffix", ["", "record.json", "credential.json", "certificate.pdf"])
def test_malformed_codes_in_the_address_are_404(client, path_code, suffix):
    issue()

    response = client.get(f"/verify/{path_code}/{suffix}")

    assert response.status_code == 404


@pytest.mark.parametrize("suffix", ["", "record.json", "credential.json", "certificate.pdf"])
def test_unknown_codes_in_the_address_are_404(client, suffix):
    issue()

    assert client.get(f"/verify/7KQ2-M9XD-4HTP-W3RA/{suffix}").status_code == 404


# --- rate limit -------------------------------------------------------------------------------


@pytest.fixture
def one_minute(monkeypatch):
    """Every request falls in the same one-minute window, whenever the test runs."""
    monkeypatch.setattr(ratelimit, "time", types.SimpleNamespace(time=lambda: 1_800_000_000.0))


def test_after_30_lookups_a_minute_one_address_gets_429(client, one_minute):
    certificate = issue()
    ask = {"code": certificate.code.lower()}

    answers = [client.get("/verify/", ask, REMOTE_ADDR="203.0.113.7") for _ in range(30)]
    assert [response.status_code for response in answers] == [302] * 30

    assert client.get("/verify/", ask, REMOTE_ADDR="203.0.113.7").status_code == 429
    assert client.get(f"/verify/{certificate.code}/", REMOTE_ADDR="203.0.113.7").status_code == 429
    record = client.get(f"/verify/{certificate.code}/record.json", REMOTE_ADDR="203.0.113.7")
    assert record.status_code == 429
    assert record.json() == {"error": "too_many_requests"}
    # Another address is not affected.
    assert client.get("/verify/", ask, REMOTE_ADDR="198.51.100.4").status_code == 302


def test_every_kind_of_lookup_counts_toward_the_limit(client, one_minute):
    certificate = issue()
    address = {"REMOTE_ADDR": "203.0.113.8"}
    paths = [
        f"/verify/{certificate.code}/",
        f"/verify/{certificate.code}/record.json",
        f"/verify/{certificate.code}/credential.json",
        "/verify/?code=nonsense",
        "/verify/?code=7KQ2-M9XD-4HTP-W3RA",
    ]

    statuses = [client.get(paths[i % len(paths)], **address).status_code for i in range(30)]
    assert 429 not in statuses

    assert client.get(paths[0], **address).status_code == 429


def test_the_issuer_profile_and_status_list_are_not_rate_limited(client, one_minute):
    address = {"REMOTE_ADDR": "203.0.113.9"}
    for _ in range(31):
        client.get("/verify/?code=nonsense", **address)

    assert client.get("/certificates/issuer/", **address).status_code == 200
    assert client.get("/certificates/status/revocation/", **address).status_code == 200


# --- machine-readable documents ---------------------------------------------------------------


def test_the_record_states_the_same_facts_as_the_page(client):
    partner = workshop_factories.partner(name="Northern Digital Culture Lab")
    achievement = Achievement(**{**ACHIEVEMENT.__dict__, "partner": partner})
    certificate = issue(achievement=achievement, valid_until=timezone.now() + timedelta(days=90))
    certificate_revoke(certificate=certificate, reason="Duplicate of another certificate")

    record = client.get(f"/verify/{certificate.code}/record.json").json()
    text = page(client, certificate)

    assert record["code"] == certificate.code
    assert record["status"] == "revoked" and "Revoked." in text
    assert record["recipient"] == "Ada Lovelace" and "Ada Lovelace" in text
    assert record["recipient_details_removed"] is False
    assert record["achievement"]["name"] in text
    assert record["achievement"]["criteria"] in text
    assert record["issuer"] == credentials.issuer_name() and record["issuer"] in text
    assert record["partner"] == "Northern Digital Culture Lab" and record["partner"] in text
    assert record["revocation_reason"] == "Duplicate of another certificate"
    assert f"Reason: {record['revocation_reason']}" in text
    assert record["evidence"] == EVIDENCE
    assert f"{EVIDENCE[0]['name']}: {EVIDENCE[0]['description']}" in text
    assert record["verification_page"] == f"http://testserver/verify/{certificate.code}/"
    assert record["issued_at"] == certificate.issued_at.isoformat()
    assert record["valid_until"] == certificate.valid_until.isoformat()


def test_the_record_of_a_superseded_and_an_erased_certificate(client):
    user = factories.person("mira@example.org")
    old = issue(name="Mira Novk", email="mira@example.org", user=user)
    new = certificate_reissue(certificate=old, recipient_name="Mira Novak", email=user.email)
    certificate_recipient_erase(user=user)

    old_record = client.get(f"/verify/{old.code}/record.json").json()
    new_record = client.get(f"/verify/{new.code}/record.json").json()

    assert old_record["status"] == "superseded"
    assert old_record["superseded_by"] == new.code
    assert new_record["status"] == "valid"
    for record in (old_record, new_record):
        assert record["recipient"] is None
        assert record["recipient_details_removed"] is True
        assert "Mira" not in json.dumps(record)


def test_the_credential_is_served_byte_for_byte_as_stored(client):
    certificate = issue()

    response = client.get(f"/verify/{certificate.code}/credential.json")

    stored = Certificate.objects.get(pk=certificate.pk)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    assert response.content == credential_bytes(stored)
    assert json.loads(response.content) == stored.credential
    assert f'filename="{certificate.code}.json"' in response["Content-Disposition"]


def test_the_pdf_embeds_exactly_the_credential_served_as_json(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue()

    pdf = client.get(f"/verify/{certificate.code}/certificate.pdf")
    served = client.get(f"/verify/{certificate.code}/credential.json").content

    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(b"".join(pdf.streaming_content)))
    assert reader.attachments["credential.json"] == [served]


def test_an_erased_certificate_has_no_pdf_to_download(client, django_capture_on_commit_callbacks):
    user = factories.person("mira@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue(name="Mira Novak", email=user.email, user=user)
    assert client.get(f"/verify/{certificate.code}/certificate.pdf").status_code == 200

    certificate_recipient_erase(user=user)

    assert client.get(f"/verify/{certificate.code}/certificate.pdf").status_code == 404
    assert client.get(f"/verify/{certificate.code}/credential.json").status_code == 200


def test_the_issuer_profile_publishes_the_key_that_verifies_credentials(client):
    certificate = issue()

    response = client.get("/certificates/issuer/")
    profile = json.loads(response.content)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    assert profile["id"] == "http://testserver/certificates/issuer/"
    assert profile["id"] == certificate.credential["issuer"]["id"]
    (method,) = profile["verificationMethod"]
    assert method["type"] == "Multikey"
    assert method["controller"] == profile["id"]
    assert method["id"] == f"{profile['id']}#{method['publicKeyMultibase']}"
    assert profile["assertionMethod"] == [method["id"]]
    published = public_key_from_multikey(method["publicKeyMultibase"])
    assert public_key_to_multikey(published) == public_key_to_multikey(
        credentials.signing_key().public_key()
    )
    (proof,) = certificate.credential["proof"]
    assert proof["verificationMethod"] == method["id"]
    from_profile_only = {method["id"]: published}
    result = credential_verify(certificate.credential, public_key_resolver=from_profile_only.get)
    assert result.code == "verified"


def test_the_issuer_profile_also_lists_retired_keys(client, settings):
    retired = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
    settings.CERTIFICATE_RETIRED_PUBLIC_KEYS = [retired]

    profile = json.loads(client.get("/certificates/issuer/").content)

    keys = [method["publicKeyMultibase"] for method in profile["verificationMethod"]]
    assert retired in keys and len(keys) == 2


def test_the_status_list_is_signed_and_flags_exactly_the_revoked_certificates(client):
    valid = issue()
    revoked = issue(name="Grace Hopper", email="grace@example.org")
    certificate_revoke(certificate=revoked, reason="Wrong course")

    response = client.get("/certificates/status/revocation/")
    document = json.loads(response.content)

    assert response.status_code == 200
    assert "BitstringStatusListCredential" in document["type"]
    result = credential_verify(
        document, public_key_resolver=credentials.resolve_verification_method
    )
    assert result.code == "verified"
    encoded = document["credentialSubject"]["encodedList"]
    assert credentials.revoked_in(encoded, revoked.status_index)
    assert not credentials.revoked_in(encoded, valid.status_index)
    for certificate in (valid, revoked):
        entry = certificate.credential["credentialStatus"]
        assert entry["statusListCredential"] == document["id"]
        assert entry["statusListIndex"] == str(certificate.status_index)


def test_a_changed_status_list_no_longer_verifies(client):
    revoked = issue()
    certificate_revoke(certificate=revoked, reason="Wrong course")
    document = json.loads(client.get("/certificates/status/revocation/").content)

    document["credentialSubject"]["encodedList"] = credentials.revocation_bitstring([])

    result = credential_verify(
        document, public_key_resolver=credentials.resolve_verification_method
    )
    assert result.code == "signature_invalid"


# --- query count ------------------------------------------------------------------------------


def count_queries(client, certificate):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/verify/{certificate.code}/")
    assert response.status_code == 200
    return len(queries)


def test_the_verify_page_takes_the_same_few_queries_whatever_the_certificate(
    client, django_assert_max_num_queries
):
    partner = workshop_factories.partner(name="Northern Digital Culture Lab")
    plain = issue()
    rich = issue(
        name="Grace Hopper",
        email="grace@example.org",
        achievement=Achievement(**{**ACHIEVEMENT.__dict__, "partner": partner}),
        evidence=EVIDENCE * 20,
        valid_until=timezone.now() + timedelta(days=30),
    )
    old = issue(name="Olek Zielinsk", email="olek@example.org")
    certificate_reissue(certificate=old, recipient_name="Olek Zielinski", email="o@x.org")
    revoked = issue(name="Lena Schmidt", email="lena@example.org")
    certificate_revoke(certificate=revoked, reason="Wrong course")
    count_queries(client, plain)  # warm caches that are not per certificate

    counts = {
        name: count_queries(client, certificate)
        for name, certificate in {
            "plain": plain,
            "rich": rich,
            "superseded": old,
            "revoked": revoked,
        }.items()
    }

    assert len(set(counts.values())) == 1, counts
    with django_assert_max_num_queries(2):
        client.get(f"/verify/{rich.code}/")
