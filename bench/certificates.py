"""Certificate PDF throughput: one by one against bulk, side by side in one run.

Builds N certificates (default 200) with names in Latin, Greek, Cyrillic, Arabic, Hebrew,
Devanagari, Chinese, Japanese and Korean and a signed-credential-sized JSON (~3 KB) each, then
times `certificate_pdf_render` on a sample of them (the first min(N, 40), one call each) and
`certificate_pdfs_render_bulk` on all N, and prints both rates and their ratio on the last line.
"""

import argparse
import json
import os
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST_NAMES = [
    "Zoë",
    "Ångström",
    "Siobhán",
    "José",
    "Αλέξανδρος",
    "Ελένη",
    "Анна",
    "Дмитрий",
    "محمد",
    "فاطمة",
    "דוד",
    "מרים",
    "अनन्या",
    "राहुल",
    "小明",
    "美玲",
    "さくら",
    "健太",
    "민준",
    "서연",
    "Oluwaseun",
    "Nguyễn",
]
LAST_NAMES = [
    "Nuñez",
    "Müller",
    "Ó Briain",
    "Παπαδόπουλος",
    "Кузнецова",
    "Щербаков",
    "الفارسي",
    "عبد الله",
    "כהן",
    "בן־גוריון",
    "श्रीवास्तव",
    "शर्मा",
    "王",
    "陈",
    "山田",
    "佐藤",
    "김",
    "이",
    "Adeyemi",
    "Thị Lan",
]
ACHIEVEMENTS = [
    (
        "AI Literacy for Museum Educators",
        "Six workshops on how machine-learning systems "
        "work, where they fail, and how to talk about them with visitors.",
    ),
    (
        "Generative Images in the Gallery",
        "Hands-on sessions on image generators, "
        "provenance, consent and labelling AI-made work for exhibitions.",
    ),
    (
        "Data, Bias and Collections",
        "How collection data trains models, what bias it "
        "carries, and how to document it for the public.",
    ),
]


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()


def credential(rng, code, name, achievement):
    """An Open Badges 3.0 credential with a Data Integrity proof: about 3 KB, like a real one."""
    signature = "z" + "".join(
        rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(86)
    )
    document = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"https://lms.example.org/certificates/{code}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": "https://lms.example.org/issuers/riverside",
            "type": ["Profile"],
            "name": "Riverside Museum of Art",
            "url": "https://riverside.example.org/",
            "email": "learning@riverside.example.org",
        },
        "validFrom": "2025-03-14T00:00:00Z",
        "name": achievement[0],
        "credentialSubject": {
            "id": f"urn:uuid:{rng.getrandbits(128):032x}",
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": f"sha256${rng.getrandbits(256):064x}",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": f"{rng.getrandbits(64):016x}",
                }
            ],
            "name": name,
            "achievement": {
                "id": "https://lms.example.org/achievements/ai-literacy",
                "type": ["Achievement"],
                "name": achievement[0],
                "description": achievement[1],
                "criteria": {
                    "narrative": "Attend all six workshops and complete the final "
                    "project, reviewed by two educators against the published rubric."
                },
                "image": {"id": "https://lms.example.org/static/img/badge.png", "type": "Image"},
                "tag": ["AI literacy", "museums", "education"],
            },
            "evidence": [
                {
                    "id": f"https://lms.example.org/evidence/{code}/{i}",
                    "type": ["Evidence"],
                    "name": f"Workshop {i} attendance",
                }
                for i in range(1, 7)
            ],
        },
        "credentialStatus": {
            "id": f"https://lms.example.org/status/1#{rng.randrange(100000)}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(rng.randrange(100000)),
            "statusListCredential": "https://lms.example.org/status/1",
        },
        "proof": {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "created": "2025-03-14T00:00:00Z",
            "verificationMethod": "https://lms.example.org/issuers/riverside#key-1",
            "proofPurpose": "assertionMethod",
            "proofValue": signature,
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


def certificates(count):
    from certificates.pdf import CertificateContent

    rng = random.Random(7)
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    items = []
    for i in range(count):
        code = "-".join("".join(rng.choice(alphabet) for _ in range(4)) for _ in range(4))
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i * 7) % len(LAST_NAMES)]}"
        achievement = ACHIEVEMENTS[i % len(ACHIEVEMENTS)]
        items.append(
            CertificateContent(
                recipient_name=name,
                achievement_name=achievement[0],
                achievement_description=achievement[1],
                issued_on=date(2025, 3, 14),
                valid_until=date(2028, 3, 14) if i % 2 else None,
                issuer_name="Riverside Museum of Art",
                partner_name="Northern Digital Culture Lab" if i % 3 == 0 else "",
                signatory_name="Dr Amara Okafor",
                signatory_title="Director of Learning",
                evidence_summary="Attended six workshops; final project reviewed by two educators.",
                code=code,
                verify_url=f"https://lms.example.org/certificates/verify/{code}",
                credential_json=credential(rng, code, name, achievement),
            )
        )
    return items


def _summary(pdf):
    """A PDF's pages' text, its metadata and attachments (needs pypdf, a test extra)."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return (
        [page.extract_text() for page in reader.pages],
        dict(reader.metadata or {}),
        dict(reader.attachments),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="certificates to render (200)")
    args = parser.parse_args()
    setup()
    from certificates.pdf import certificate_pdf_render, certificate_pdfs_render_bulk

    items = certificates(args.n)
    sample = items[: min(args.n, 40)]
    credential_size = sum(len(item.credential_json) for item in items) / len(items)
    # Warm up both paths (fonts, stylesheet, process pool start-up is measured, not warmed).
    certificate_pdf_render(items[0])

    started = time.perf_counter()
    singles = [certificate_pdf_render(item) for item in sample]
    one_rate = len(sample) / (time.perf_counter() - started)

    started = time.perf_counter()
    pdfs = certificate_pdfs_render_bulk(items)
    bulk_rate = len(items) / (time.perf_counter() - started)

    assert len(pdfs) == len(items) and all(pdf.startswith(b"%PDF-") for pdf in pdfs)
    # Bulk files draw the QR code's squares themselves (not from SVG) and number their objects
    # in another order, so their bytes differ; what they show and carry must not
    # (tests/certificates/test_pdf.py compares text positions and fonts too).
    for single, pdf in zip(singles, pdfs, strict=False):
        assert _summary(pdf) == _summary(single), "bulk output differs from one-by-one output"
    size = sum(len(pdf) for pdf in pdfs) / len(pdfs)
    print(
        f"{len(items)} certificates, credential ~{credential_size / 1024:.1f} KB, "
        f"PDF ~{size / 1024:.0f} KB each, {os.cpu_count()} CPUs"
    )
    print(
        f"one by one: {len(sample)} timed (a sample of the {len(items)}), "
        f"{1000 / one_rate:.0f} ms each"
    )
    print(f"bulk: all {len(items)} in one call, {1000 / bulk_rate:.1f} ms each")
    print(f"one-by-one {one_rate:.1f}/s, bulk {bulk_rate:.0f}/s, {bulk_rate / one_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
