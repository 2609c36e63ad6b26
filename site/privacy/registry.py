"""Which models hold personal data, and how each is exported and erased.

Every model with a ForeignKey, OneToOneField or ManyToManyField to the user model is either
registered here or listed in `EXEMPT` with its reason; `unregistered_personal_data_models()`
returns the rest, and tests/lms/test_privacy_registry.py fails while it returns anything.

Registrations live with the app that owns the model, in `<app>/privacy.py`, imported from that
app's `AppConfig.ready()` (see courses/privacy.py); this project's own, allauth's and Wagtail's
entries are in lms/privacy/entries.py. A new kind of personal data, such as certificates, plugs
in the same way::

    register(
        Certificate,
        export=certificate_rows,               # callable(user) -> list of JSON-ready dicts
        erase=certificate_erase,               # "delete", "anonymise" or callable(user)
        outcome=_("Kept for verification, without your name."),  # required with a callable
        description=_("Certificates you have earned."),
    )

`erase` is "delete" (remove the rows), "anonymise" (clear the link to the person and keep the row,
so counts stay true; the field must be nullable) or a callable for anything in between, for
example keeping a certificate's public verification record while blanking the printed name.
`account_erase` (lms/privacy/services.py) runs every eraser, then the user model's own entry.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext_lazy as _

DELETE = "delete"
ANONYMISE = "anonymise"

OUTCOMES = {
    DELETE: _("Deleted when you delete your account."),
    ANONYMISE: _(
        "Kept without any link to you when you delete your account, so that counts stay true."
    ),
}

# Third-party models with a relation to the user that need no entry. Each relation is CASCADE
# (the rows go with the account) or SET_NULL (the database clears the link and the content stays);
# tests/lms/test_privacy_registry.py checks that, and that every name here still exists.
EXEMPT = {
    "wagtailcore.Page": "Site content, not data about the person. owner and locked_by are "
    "SET_NULL: the database clears them when the account goes; the page stays.",
    "wagtailcore.Revision": "Editorial history of content. user is SET_NULL. A page revision's "
    "JSON snapshot keeps the owner's bare numeric id, which points at nothing once the account "
    "is deleted.",
    "wagtailcore.WorkflowState": "Moderation of content. requested_by is SET_NULL.",
    "wagtailcore.TaskState": "Moderation of content. finished_by is SET_NULL.",
    "wagtailcore.Comment": "Editors' comments on draft pages: user is CASCADE (deleted with the "
    "account), resolved_by is SET_NULL.",
    "wagtailcore.CommentReply": "Editors' replies to comments: CASCADE, deleted with the account.",
    "wagtailcore.PageSubscription": "Comment notification settings: CASCADE.",
    "wagtailcore.UploadedFile": "Temporary admin uploads. uploaded_by_user is SET_NULL.",
    "wagtailcore.APIToken": "Digests of admin API tokens: CASCADE, deleted with the account.",
    "wagtailadmin.EditingSession": "Who has a page open in the editor, for a few minutes: CASCADE.",
    "wagtailadmin.FormState": "Autosaved editor forms (drafts of content): CASCADE.",
    "wagtaildocs.Document": "Published documents. uploaded_by_user is SET_NULL.",
    "wagtailimages.Image": "Published images. uploaded_by_user is SET_NULL.",
    "lms.LibraryImage": "The image library. uploaded_by_user is SET_NULL.",
}


@dataclass(frozen=True)
class PersonalData:
    """One registered relation from a model to the person, with its exporter and eraser."""

    model: type[models.Model]
    user_field: str
    exporter: Callable[[Any], list[dict]] | None
    eraser: str | Callable[[Any], None]
    description: str
    outcome: str

    @property
    def label(self):
        return self.model._meta.label_lower

    @property
    def is_account(self):
        return self.model is get_user_model()

    def queryset(self, user):
        """Every row of this model that refers to the person."""
        return self.model._default_manager.filter(**{self.user_field: user.pk})

    def export(self, user):
        """The person's rows as JSON-ready dicts."""
        if self.exporter is not None:
            return self.exporter(user)
        return [field_values(row) for row in self.queryset(user)]

    def erase(self, user):
        if callable(self.eraser):
            self.eraser(user)
        elif self.eraser == DELETE:
            self.queryset(user).delete()
        else:
            field = self.model._meta.get_field(self.user_field)
            if field.many_to_many:
                through = field.remote_field.through
                link = next(
                    f.name
                    for f in through._meta.fields
                    if f.is_relation and f.related_model is get_user_model()
                )
                through._default_manager.filter(**{link: user.pk}).delete()
            else:
                self.queryset(user).update(**{self.user_field: None})


_registry: dict[tuple[type[models.Model], str], PersonalData] = {}


def _user_relation(model, user_field):
    if user_field == "pk" and model is get_user_model():
        return None
    try:
        field = model._meta.get_field(user_field)
    except FieldDoesNotExist:
        raise ImproperlyConfigured(f"{model._meta.label} has no field {user_field!r}.") from None
    if field not in user_relations(model):
        raise ImproperlyConfigured(
            f"{model._meta.label}.{user_field} is not the model's own relation to the user."
        )
    return field


def register(
    model, *, user_field="user", export=None, erase, description, outcome=None
) -> PersonalData:
    """Declare how `model`'s rows about a person are exported and erased.

    `export` is callable(user) returning JSON-ready dicts, or None for every concrete field except
    relations to users. The user model itself registers with user_field="pk".
    """
    field = _user_relation(model, user_field)
    if callable(erase):
        if outcome is None:
            raise ImproperlyConfigured(
                f"{model._meta.label}: an erase callable needs an `outcome` telling people "
                "what happens to this data."
            )
    elif erase not in OUTCOMES:
        raise ImproperlyConfigured(f"{model._meta.label}: unknown erase {erase!r}.")
    elif erase == ANONYMISE and (field is None or not (field.null or field.many_to_many)):
        raise ImproperlyConfigured(
            f"{model._meta.label}.{user_field} must be nullable to anonymise rows."
        )
    key = (model, user_field)
    if key in _registry:
        raise ImproperlyConfigured(f"{model._meta.label}.{user_field} is already registered.")
    entry = PersonalData(
        model=model,
        user_field=user_field,
        exporter=export,
        eraser=erase,
        description=description,
        outcome=outcome or OUTCOMES[erase],
    )
    _registry[key] = entry
    return entry


def registered() -> list[PersonalData]:
    """Every registered entry: the account first, then by model label."""
    from . import entries  # noqa: F401  (registers this project's, allauth's and Wagtail's)

    return sorted(_registry.values(), key=lambda e: (not e.is_account, e.label, e.user_field))


def user_relations(model):
    """The model's own (not inherited) ForeignKey, OneToOne and ManyToMany fields to users."""
    user_model = get_user_model()
    return [
        field
        for field in [*model._meta.local_fields, *model._meta.local_many_to_many]
        if field.is_relation and field.related_model is user_model
    ]


def unregistered_personal_data_models(models=None):
    """Models with a relation to users that is neither registered nor exempt (should be none).

    `models` defaults to every installed model; tests pass extra ones as a negative control.
    """
    covered = {(entry.model, entry.user_field) for entry in registered()}
    found = []
    for model in apps.get_models() if models is None else models:
        if model._meta.label in EXEMPT:
            continue
        if any((model, field.name) not in covered for field in user_relations(model)):
            found.append(model)
    return found


def field_values(row):
    """A row as a dict of its concrete fields, leaving out links to any person and the row id;
    other relations are given as their text (e.g. a course's title)."""
    user_model = get_user_model()
    values = {}
    for field in row._meta.concrete_fields:
        if field.primary_key or (field.is_relation and field.related_model is user_model):
            continue
        if field.is_relation:
            related = getattr(row, field.name)
            values[field.name] = None if related is None else str(related)
        else:
            value = field.value_from_object(row)
            values[field.name] = (
                value.name if isinstance(value, models.fields.files.FieldFile) else value
            )
    return values
