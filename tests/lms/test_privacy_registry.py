"""The privacy registry covers every model that relates to a person, and refuses bad entries."""

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.test.utils import isolate_apps

from courses.models import Enrolment
from lms.models import ConsentText, User
from lms.privacy import registry
from lms.privacy.registry import (
    EXEMPT,
    register,
    registered,
    unregistered_personal_data_models,
    user_relations,
)


@pytest.fixture
def scratch_registry(monkeypatch):
    """Registrations made by a test vanish after it."""
    registered()  # load every real entry into the registry first
    monkeypatch.setattr(registry, "_registry", dict(registry._registry))


class FakeModel(models.Model):
    """A stand-in model, declared inside an isolated app registry by each test."""

    class Meta:
        abstract = True
        app_label = "lms"

    def __str__(self):
        return self.__class__.__name__


def test_every_model_related_to_users_is_registered_or_exempt():
    assert unregistered_personal_data_models() == []


def test_dropping_a_registration_is_detected(scratch_registry):
    del registry._registry[(Enrolment, "user")]
    assert unregistered_personal_data_models() == [Enrolment]


@isolate_apps("lms")
def test_a_model_related_to_users_without_an_entry_is_detected():
    class Note(FakeModel):
        author = models.ForeignKey(User, on_delete=models.CASCADE)

    class Reading(FakeModel):
        readers = models.ManyToManyField(User)

    class Unrelated(FakeModel):
        title = models.CharField(max_length=10)

    found = unregistered_personal_data_models([*apps.get_models(), Note, Reading, Unrelated])
    assert found == [Note, Reading]


@isolate_apps("lms")
def test_a_second_relation_to_users_on_a_registered_model_is_detected(scratch_registry):
    class Booking(FakeModel):
        user = models.ForeignKey(User, null=True, on_delete=models.SET_NULL)
        booked_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")

    register(Booking, erase="anonymise", description="Bookings")
    assert unregistered_personal_data_models([Booking]) == [Booking]


def test_exempt_models_exist_and_let_the_database_clear_their_link_to_the_person():
    for label, reason in EXEMPT.items():
        model = apps.get_model(label)
        relations = user_relations(model)
        assert relations, f"{label} no longer relates to users; drop it from EXEMPT"
        assert reason
        for field in relations:
            on_delete = field.remote_field.on_delete
            assert on_delete in (models.CASCADE, models.SET_NULL), f"{label}.{field.name}"


def test_every_registered_model_is_not_also_exempt():
    assert not {entry.model._meta.label for entry in registered()} & set(EXEMPT)


def test_the_account_and_the_learner_models_are_registered():
    labels = {entry.label for entry in registered()}
    assert {
        "lms.user",
        "account.emailaddress",
        "lms.consent",
        "courses.enrolment",
        "courses.lessonprogress",
        "courses.quizattempt",
    } <= labels
    assert next(e for e in registered() if e.model is Enrolment).eraser == "anonymise"


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"user_field": "course", "erase": "delete"}, "not the model's own relation"),
        ({"user_field": "nope", "erase": "delete"}, "has no field"),
        ({"erase": "shred"}, "unknown erase"),
        ({"erase": lambda user: None}, "needs an `outcome`"),
        ({"erase": "delete"}, "already registered"),
    ],
)
def test_register_refuses_entries_it_could_not_honour(scratch_registry, kwargs, problem):
    with pytest.raises(ImproperlyConfigured, match=problem):
        register(Enrolment, description="x", **kwargs)


@isolate_apps("lms")
def test_anonymising_needs_a_nullable_link(scratch_registry):
    class Badge(FakeModel):
        user = models.ForeignKey(User, on_delete=models.CASCADE)

    with pytest.raises(ImproperlyConfigured, match="must be nullable"):
        register(Badge, erase="anonymise", description="Badges")


def test_a_model_without_relation_to_users_cannot_be_registered(scratch_registry):
    with pytest.raises(ImproperlyConfigured):
        register(ConsentText, user_field="slug", erase="delete", description="x")
