"""From a certificate (or a template preview) to the PDF renderer's input."""

import json

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext as _

from . import credentials
from .models import Certificate, CertificateTemplate
from .pdf import CertificateContent, certificate_pdf_render, certificate_pdfs_render_bulk


def credential_bytes(certificate):
    """The signed credential exactly as the JSON endpoint serves it."""
    return json.dumps(certificate.credential, ensure_ascii=False, indent=2).encode()


def _image_url(image):
    """A rendition small enough for a certificate, served from the project's media."""
    if image is None:
        return ""
    return image.get_rendition("max-600x300").url


def _template_fields(template):
    if template is None:
        return {}
    fields = {
        "language": template.language,
        "page_size": template.page_size,
        "primary_colour": template.primary_colour,
        "accent_colour": template.accent_colour,
        "issuer_logo": _image_url(template.logo),
        "wording": template.wording,
        "signatory_name": template.signatory_name,
        "signatory_title": template.signatory_title,
        "signature_image": _image_url(template.signature_image),
    }
    if template.partner_id:
        fields["partner_name"] = template.partner.name
        fields["partner_logo"] = _image_url(template.partner.logo)
    return fields


def _evidence_summary(evidence):
    return " · ".join(item.get("description", "") for item in evidence[:2])


def certificate_content(certificate):
    """What the PDF of this certificate shows."""
    fields = _template_fields(certificate.template)
    if certificate.partner_id and "partner_name" not in fields:
        fields["partner_name"] = certificate.partner.name
    return CertificateContent(
        recipient_name=certificate.recipient_name,
        achievement_name=certificate.achievement_name,
        achievement_description=certificate.achievement_description,
        issued_on=timezone.localdate(certificate.issued_at),
        valid_until=timezone.localdate(certificate.valid_until)
        if certificate.valid_until
        else None,
        issuer_name=credentials.issuer_name(),
        code=certificate.code,
        verify_url=credentials.verify_url(certificate),
        credential_json=credential_bytes(certificate),
        evidence_summary=_evidence_summary(certificate.evidence),
        **fields,
    )


def certificate_pdfs_store(certificates):
    """Render and store the PDFs of these certificates (in bulk when there are several)."""
    certificates = [
        c
        for c in certificates
        if c.status == Certificate.Status.VALID and c.credential and c.recipient_erased_at is None
    ]
    contents = [certificate_content(certificate) for certificate in certificates]
    pdfs = (
        certificate_pdfs_render_bulk(contents)
        if len(contents) > 1
        else [certificate_pdf_render(content) for content in contents]
    )
    for certificate, pdf in zip(certificates, pdfs, strict=True):
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
        Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
    return certificates


def template_preview_pdf(template: CertificateTemplate):
    """A sample certificate in this template, for the admin's live preview."""
    sample = {"achievement": _("Understanding how generative models learn from images")}
    fields = _template_fields(template)
    return certificate_pdf_render(
        CertificateContent(
            recipient_name=_("Sample Recipient"),
            achievement_name=sample["achievement"],
            achievement_description=_(
                "How training data is collected, what copyright and text-and-data-mining law "
                "allow, and how creators can opt out."
            ),
            issued_on=timezone.localdate(),
            issuer_name=credentials.issuer_name(),
            code="SAMP-LE00-0000-0000",
            verify_url="https://example.org/verify/SAMP-LE00-0000-0000/",
            credential_json=b'{"sample": true}',
            evidence_summary=_("12 of 12 lessons completed · 3 knowledge checks passed"),
            **fields,
        )
    )
