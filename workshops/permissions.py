"""Who may see and change which partner's workshop data in the admin.

A partner's staff are its members (PartnerMembership); what they may do follows their role:

    =========  ==================  =====================  ===========
    model      coordinator         educator               superuser
    =========  ==================  =====================  ===========
    partner    view                view                   everything
    venue      view, add, change,  view                   everything
               delete
    session    view, add, change,  view, change (and so   everything
               delete              cancel, email queue)
    booking    view                view                   view
    group      view, answer        view                   view, answer
    request
    staff      —                   —                      everything
    =========  ==================  =====================  ===========

Members only ever see their own partners' objects: a venue belongs to its partner, a session
to its venue's partner, a booking to its session's. Bookings are never edited as rows, by
anyone: they change through the booking services (ticket page, session cancellation), which
keep the seat count and the waiting list right.

Django's model permissions play no part, so the group editor does not offer them: a global
"change session" permission could not say *which* partner's sessions. A membership is also
what lets someone into the Wagtail admin at all (workshops/auth_backends.py).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import BasePermissionPolicy

from .models import (
    Booking,
    GroupRequest,
    Partner,
    PartnerMembership,
    Session,
    Venue,
    WorkshopPage,
)

VIEW, ADD, CHANGE, DELETE = "view", "add", "change", "delete"
# Group requests are never edited as rows: coordinators answer them (accept, propose, decline).
ANSWER = "answer"
COORDINATOR = PartnerMembership.Role.COORDINATOR
EDUCATOR = PartnerMembership.Role.EDUCATOR

# How to get from each model to the partner it belongs to.
PARTNER_PATHS = {
    Partner: "pk",
    PartnerMembership: "partner",
    Venue: "partner",
    WorkshopPage: "partner",
    Session: "venue__partner",
    Booking: "session__venue__partner",
    GroupRequest: "partner",
}

_ROLES_CACHE = "_workshop_partner_roles"


def is_superuser(user):
    return bool(user is not None and user.is_active and user.is_superuser)


def partner_roles(user):
    """{partner id: role} for the partners the user works for (cached on the user object)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return {}
    if not hasattr(user, _ROLES_CACHE):
        memberships = PartnerMembership.objects.filter(user=user).values_list("partner_id", "role")
        setattr(user, _ROLES_CACHE, dict(memberships))
    return getattr(user, _ROLES_CACHE)


def partners_for(user):
    """The partners whose workshop data the user may see: all of them for superusers."""
    if is_superuser(user):
        return Partner.objects.all()
    return Partner.objects.filter(pk__in=list(partner_roles(user)))


def can_use_workshop_admin(user):
    """Whether the workshops admin menu is shown: superusers and members of any partner."""
    return is_superuser(user) or bool(partner_roles(user))


def partner_id_of(instance):
    """The id of the partner an object belongs to (None while that is not set yet)."""
    path = PARTNER_PATHS[type(instance)]
    if path == "pk":
        return instance.pk
    *relations, last = path.split("__")
    for relation in relations:
        instance = getattr(instance, relation, None) if instance is not None else None
    return getattr(instance, f"{last}_id", None)


def scope(queryset, user, partner_ids=None):
    """The objects of `queryset` that belong to the user's partners (or to `partner_ids`)."""
    if partner_ids is None:
        if is_superuser(user):
            return queryset
        partner_ids = list(partner_roles(user))
    path = PARTNER_PATHS[queryset.model]
    return queryset.filter(**{f"{path}__in": partner_ids})


def venues_for(user):
    return scope(Venue.objects.select_related("partner"), user)


def sessions_for(user):
    return scope(Session.objects.select_related("workshop", "venue"), user)


def bookings_for(user):
    return scope(
        Booking.objects.select_related("session__workshop", "session__venue", "user"), user
    )


def workshops_for(user):
    return scope(WorkshopPage.objects.all(), user)


class PartnerRolePolicy(BasePermissionPolicy):
    """Superusers may do what `superuser_actions` allows (everything when None); a partner's
    members may do what their role allows, on that partner's objects only."""

    def __init__(self, model, *, roles, superuser_actions=None):
        super().__init__(model)
        self.roles = {role: frozenset(actions) for role, actions in roles.items()}
        self.superuser_actions = (
            frozenset(superuser_actions) if superuser_actions is not None else None
        )

    def _superuser_may(self, actions):
        return self.superuser_actions is None or bool(self.superuser_actions & set(actions))

    def partner_ids_allowing(self, user, actions):
        """Ids of the partners on whose objects the user's role allows any of `actions`."""
        actions = set(actions)
        return [
            partner_id
            for partner_id, role in partner_roles(user).items()
            if self.roles.get(role, frozenset()) & actions
        ]

    def partners_allowing(self, user, actions):
        """The partners on whose objects the user may do any of `actions` (for form choices)."""
        if is_superuser(user):
            return Partner.objects.all() if self._superuser_may(actions) else Partner.objects.none()
        return Partner.objects.filter(pk__in=self.partner_ids_allowing(user, actions))

    def user_has_permission(self, user, action):
        return self.user_has_any_permission(user, [action])

    def user_has_any_permission(self, user, actions):
        if is_superuser(user):
            return self._superuser_may(actions)
        return bool(self.partner_ids_allowing(user, actions))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if is_superuser(user):
            return self._superuser_may(actions)
        return partner_id_of(instance) in self.partner_ids_allowing(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        if is_superuser(user):
            return queryset if self._superuser_may(actions) else queryset.none()
        return scope(queryset, user, partner_ids=self.partner_ids_allowing(user, actions))

    def users_with_any_permission(self, actions):
        roles = [role for role, allowed in self.roles.items() if allowed & set(actions)]
        allowed = Q(partner_memberships__role__in=roles)
        if self._superuser_may(actions):
            allowed |= Q(is_superuser=True)
        return get_user_model().objects.filter(allowed, is_active=True).distinct()

    def users_with_any_permission_for_instance(self, actions, instance):
        roles = [role for role, allowed in self.roles.items() if allowed & set(actions)]
        allowed = Q(
            partner_memberships__role__in=roles,
            partner_memberships__partner_id=partner_id_of(instance),
        )
        if self._superuser_may(actions):
            allowed |= Q(is_superuser=True)
        return get_user_model().objects.filter(allowed, is_active=True).distinct()


EVERYTHING = {VIEW, ADD, CHANGE, DELETE}

partner_policy = PartnerRolePolicy(Partner, roles={COORDINATOR: {VIEW}, EDUCATOR: {VIEW}})
membership_policy = PartnerRolePolicy(PartnerMembership, roles={})
venue_policy = PartnerRolePolicy(Venue, roles={COORDINATOR: EVERYTHING, EDUCATOR: {VIEW}})
session_policy = PartnerRolePolicy(
    Session, roles={COORDINATOR: EVERYTHING, EDUCATOR: {VIEW, CHANGE}}
)
booking_policy = PartnerRolePolicy(
    Booking, roles={COORDINATOR: {VIEW}, EDUCATOR: {VIEW}}, superuser_actions={VIEW}
)

group_request_policy = PartnerRolePolicy(
    GroupRequest,
    roles={COORDINATOR: {VIEW, ANSWER}, EDUCATOR: {VIEW}},
    superuser_actions={VIEW, ANSWER},
)

POLICIES = {
    Partner: partner_policy,
    PartnerMembership: membership_policy,
    Venue: venue_policy,
    Session: session_policy,
    Booking: booking_policy,
    GroupRequest: group_request_policy,
}
