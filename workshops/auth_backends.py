"""A partner's staff reach the Wagtail admin because they work for a partner.

Membership is the whole grant: nobody has to remember to add partner staff to a group, and
removing the last membership takes the admin away at once. What they see there is scoped by
workshops/permissions.py.
"""

from django.contrib.auth.backends import BaseBackend

from .permissions import partner_roles

ADMIN_ACCESS = "wagtailadmin.access_admin"


class PartnerStaffBackend(BaseBackend):
    """Grants only Wagtail's "access admin" permission, to active members of any partner."""

    def has_perm(self, user_obj, perm, obj=None):
        return perm == ADMIN_ACCESS and obj is None and bool(partner_roles(user_obj))
