"""Certificates in the admin: revoke, correct a name, issue for a course, download as a ZIP.

Each action is a small page with a form (GET asks, POST does it through the services), like
Wagtail's own delete and unpublish views; nobody edits a certificate's fields as a row.
"""

import io
import zipfile

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.log_actions import log

from courses.models import CoursePage, Enrolment

from .models import Certificate
from .services import (
    REASON_MAX_LENGTH,
    RECIPIENT_NAME_MAX_LENGTH,
    CertificateError,
    booking_recipient,
    certificate_pdfs_render_later,
    certificate_reissue,
    certificate_revoke,
    course_certificate_issue,
    session_certificates_issue,
)


class CertificateInspectView(generic.InspectView):
    """The certificate's record, with its actions while it is valid."""

    action_url_names = {}

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        verify = reverse("certificates:verify", args=[self.object.code])
        buttons.append(Button(_("Public verification page"), url=verify, icon_name="link"))
        may_change = self.permission_policy.user_has_permission(self.request.user, "change")
        if self.object.status == Certificate.Status.VALID and may_change:
            labels = {"revoke": (_("Revoke"), "cross"), "reissue": (_("Correct the name"), "edit")}
            for action, url_name in self.action_url_names.items():
                label, icon = labels[action]
                url = reverse(url_name, args=[self.object.pk])
                buttons.append(Button(label, url=url, icon_name=icon))
        return buttons


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Shown to anyone who checks the certificate."),
    )


class ReissueForm(forms.Form):
    recipient_name = forms.CharField(
        label=gettext_lazy("Name as it should appear"), max_length=RECIPIENT_NAME_MAX_LENGTH
    )
    email = forms.EmailField(
        label=gettext_lazy("Recipient's email address"),
        help_text=gettext_lazy("Only its salted hash goes into the new credential."),
    )


class CertificateActionView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, View
):
    """A form about one certificate; POST acts through a service and returns to it."""

    model = Certificate
    permission_required = "change"
    template_name = "certificates/admin/certificate_action.html"
    header_icon = "doc-full"
    index_url_name = None
    inspect_url_name = None
    form_class = None
    success_message = ""

    @cached_property
    def inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Certificate._meta.verbose_name_plural),
            },
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_header_buttons(self):
        return [HeaderButton(_("Back"), url=self.inspect_url, icon_name="arrow-left")]

    def get_initial(self):
        return {}

    def render_form(self, form, status=200):
        refusal = None
        if self.object.status != Certificate.Status.VALID:
            refusal = CertificateError("not_valid").message
        context = self.get_context_data(
            form=form, certificate=self.object, refusal=refusal, inspect_url=self.inspect_url
        )
        return self.render_to_response(context, status=status)

    def get(self, request, *args, **kwargs):
        return self.render_form(self.form_class(initial=self.get_initial()))

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST)
        if not form.is_valid():
            return self.render_form(form, status=400)
        try:
            result = self.act(form.cleaned_data)
        except CertificateError as error:
            form.add_error(None, error.message)
            return self.render_form(form, status=400)
        messages.success(request, self.success_message)
        return redirect(self.success_url(result))

    def success_url(self, result):
        return self.inspect_url


class CertificateRevokeView(CertificateActionView):
    page_title = gettext_lazy("Revoke certificate")
    form_class = RevokeForm
    success_message = gettext_lazy("Revoked: the verification page says so from now on.")

    def act(self, data):
        revoked = certificate_revoke(certificate=self.object, reason=data["reason"])
        log(instance=revoked, action="certificates.revoke", user=self.request.user)
        return revoked


class CertificateReissueView(CertificateActionView):
    page_title = gettext_lazy("Correct the name")
    form_class = ReissueForm
    success_message = gettext_lazy(
        "A corrected certificate is issued; the old one now says it is superseded."
    )

    def get_initial(self):
        user = self.object.user
        return {
            "recipient_name": self.object.recipient_name,
            "email": user.email if user else "",
        }

    def act(self, data):
        new = certificate_reissue(
            certificate=self.object, recipient_name=data["recipient_name"], email=data["email"]
        )
        log(instance=new, action="certificates.reissue", user=self.request.user)
        return new

    def success_url(self, result):
        return reverse(self.inspect_url_name, args=[result.pk])


def certificates_zip(certificates, filename):
    """The stored PDFs of these certificates in one ZIP download (built in memory)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for certificate in certificates.exclude(pdf=""):
            with certificate.pdf.open("rb") as pdf:
                archive.writestr(f"{certificate.code}.pdf", pdf.read())
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class AchievementCertificatesView(WagtailAdminTemplateMixin, View):
    """One course's or session's certificates: who earned one and has none yet (POST issues
    them all, PDFs rendered together in one task), and a ZIP of the PDFs."""

    template_name = "certificates/admin/achievement_certificates.html"
    header_icon = "doc-full"

    def get_page_subtitle(self):
        return str(self.subject)

    def all_certificates(self):
        """Every certificate for this course or session, whatever its status."""
        raise NotImplementedError

    def certificates(self):
        return self.all_certificates().filter(status=Certificate.Status.VALID)

    def earners(self):
        """[(subject key, name)] for everyone who earned a certificate."""
        raise NotImplementedError

    def zip_name(self):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        if request.GET.get("download") == "zip":
            return certificates_zip(self.certificates(), self.zip_name())
        # Anyone with a certificate for this, valid or not (a revoked one is not re-issued).
        issued = set(self.all_certificates().values_list("subject_key", flat=True))
        missing = [label for key, label in self.earners() if key not in issued]
        context = self.get_context_data(issued=len(issued), missing=missing)
        return self.render_to_response(context)

    def post(self, request, *args, **kwargs):
        created = self.issue_missing()
        certificate_pdfs_render_later(certificate.pk for certificate in created)
        messages.success(
            request,
            _("%(count)s certificates issued; their PDFs follow shortly.")
            % {"count": len(created)},
        )
        return redirect(request.path)


class CourseCertificatesView(PermissionCheckedMixin, AchievementCertificatesView):
    """A course's certificates, for educators who may edit the course."""

    model = Certificate
    permission_required = "add"
    page_title = gettext_lazy("Course certificates")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.subject = get_object_or_404(CoursePage, pk=kwargs["course_id"])
        if not self.subject.permissions_for_user(request.user).can_edit():
            raise Http404  # courses this person cannot edit are not theirs to certify

    def completions(self):
        return Enrolment.objects.filter(
            course=self.subject, completed_at__isnull=False, user__is_active=True
        ).select_related("user")

    def all_certificates(self):
        return Certificate.objects.filter(achievement_key=f"course:{self.subject.pk}")

    def earners(self):
        return [
            (f"user:{e.user_id}", e.user.name_for_certificates or e.user.email)
            for e in self.completions()
        ]

    def zip_name(self):
        return f"certificates-{self.subject.slug}.zip"

    def issue_missing(self):
        created = []
        for enrolment in self.completions():
            try:
                certificate, made = course_certificate_issue(
                    user=enrolment.user, course=self.subject, render=False
                )
            except CertificateError:
                continue
            if made:
                created.append(certificate)
        return created


class SessionCertificatesView(AchievementCertificatesView):
    """A workshop session's certificates, for its partner's staff (404 for other partners)."""

    page_title = gettext_lazy("Session certificates")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        from workshops.permissions import session_policy, sessions_for

        if not session_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.subject = get_object_or_404(sessions_for(request.user), pk=kwargs["session_id"])
        if not session_policy.user_has_permission_for_instance(
            request.user, "change", self.subject
        ):
            raise PermissionDenied

    def all_certificates(self):
        from workshops.models import Booking

        bookings = Booking.objects.filter(session=self.subject)
        keys = [booking_recipient(b).subject_key for b in bookings.select_related("user")]
        return Certificate.objects.filter(
            achievement_key=f"workshop:{self.subject.workshop_id}", subject_key__in=keys
        )

    def earners(self):
        from workshops.attendance.selectors import eligible_bookings

        recipients = [booking_recipient(b) for b in eligible_bookings(self.subject)]
        return [(recipient.subject_key, recipient.name) for recipient in recipients]

    def zip_name(self):
        return f"certificates-session-{self.subject.pk}.zip"

    def issue_missing(self):
        return session_certificates_issue(session=self.subject)
