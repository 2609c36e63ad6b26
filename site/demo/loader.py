"""Build (or refresh) the demo site from the content modules beside this file. Idempotent."""

import hashlib
import io
import secrets
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from lms.models import HomePage, StandardPage
from lms.roles import EDUCATORS, REVIEWERS

COLLECTION_NAME = "Demo content"
DEMO_ACCOUNTS = [
    ("admin@example.org", "Site administrator", None),
    ("educator@example.org", "Ada Educator", EDUCATORS),
    ("reviewer@example.org", "Rui Reviewer", REVIEWERS),
    ("learner@example.org", "Lena Learner", None),
    ("coordinator@example.org", "Cora Coordinator", None),
]
# Partner staff: (email, partner slug, role). The educator also works for the first partner.
DEMO_PARTNER_STAFF = [
    ("coordinator@example.org", "riverside-museum", "coordinator"),
    ("educator@example.org", "riverside-museum", "educator"),
]


@dataclass
class DemoReport:
    pages_created: int = 0
    pages_updated: int = 0
    accounts: list = field(default_factory=list)


def _collection():
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    return existing or Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def _image_file(key, spec):
    buffer = io.BytesIO()
    spec.draw().save(buffer, format="PNG", optimize=True)
    return ImageFile(buffer, name=f"{key}.png")


def _document_file(key, spec):
    return ContentFile(spec.text.encode("utf-8"), name=spec.filename)


def _asset(model, key, spec, make_file):
    """The demo image or document with this spec's title, created from its spec if missing."""
    existing = model.objects.filter(title=spec.title, collection__name=COLLECTION_NAME).first()
    return existing or model.objects.create(
        title=spec.title, collection=_collection(), file=make_file(key, spec)
    )


def _neutral_name(key):
    return hashlib.sha256(key.encode()).hexdigest()[:10]


def _signed_image(key, spec, make_files):
    """The provenance lab image with this spec's title, created from its signed JPEG if missing,
    with its library fields refreshed and its Content Credentials read."""
    from lms.provenance.services import image_credentials_read

    model = get_image_model()
    image = model.objects.filter(title=spec.title, collection__name=COLLECTION_NAME).first()
    if image is None:
        image = model.objects.create(
            title=spec.title,
            collection=_collection(),
            # A neutral file name: image addresses include it, and the compare exercise must
            # not give its answers away in them.
            file=ImageFile(io.BytesIO(make_files()[key]), name=f"lab-{_neutral_name(key)}.jpg"),
            **spec.fields(),
        )
    else:
        changed = [name for name, value in spec.fields().items() if getattr(image, name) != value]
        for name in changed:
            setattr(image, name, spec.fields()[name])
        if changed:
            image.save(update_fields=changed)
    # Read now rather than waiting for the task worker, so the lessons show results at once;
    # skipped when this file has already been read.
    return image_credentials_read(image_id=image.pk)


class StreamResolver:
    """Turns demo block data into StreamField values: image and document keys become objects.

    Provenance lab keys (lms.demo.provenance) become library images made from JPEGs signed with
    Content Credentials during this load; the pictures are drawn and signed only when one of
    them is missing."""

    def __init__(self, images, documents):
        from lms.demo.documents import DOCUMENTS
        from lms.demo.images import IMAGES
        from lms.demo.provenance import SIGNED_IMAGES

        self.image_specs, self.document_specs = images or IMAGES, documents or DOCUMENTS
        self.signed_specs = SIGNED_IMAGES
        self.images, self.documents = {}, {}
        self._signed_files = None

    def signed_files(self):
        """Every provenance lab JPEG, drawn and signed once per load when first needed."""
        from lms.demo.provenance import signed_files

        if self._signed_files is None:
            self._signed_files = signed_files()
        return self._signed_files

    def image(self, key):
        if key not in self.images:
            if key in self.signed_specs:
                image = _signed_image(key, self.signed_specs[key], self.signed_files)
            else:
                image = _asset(get_image_model(), key, self.image_specs[key], _image_file)
            self.images[key] = image
        return self.images[key]

    def document(self, key):
        if key not in self.documents:
            spec = self.document_specs[key]
            self.documents[key] = _asset(get_document_model(), key, spec, _document_file)
        return self.documents[key]

    def blocks(self, body):
        return [(block_type, self._value(block_type, value)) for block_type, value in body]

    def _value(self, block_type, value):
        if block_type == "image":
            return {**value, "image": self.image(value["image"])}
        if block_type == "comparison":
            return {
                **value,
                "first": {**value["first"], "image": self.image(value["first"]["image"])},
                "second": {**value["second"], "image": self.image(value["second"]["image"])},
            }
        if block_type == "document":
            return {**value, "document": self.document(value["document"])}
        if block_type == "content_credentials":
            return {**value, "image": self.image(value["image"])}
        if block_type == "compare_exercise":
            items = [{**item, "image": self.image(item["image"])} for item in value["items"]]
            return {**value, "items": items}
        return value


def _upsert_child(parent, model, slug, fields, report):
    """Create or refresh one page under a parent and publish it."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        report.pages_created += 1
    else:
        page = page.get_latest_revision_as_object()
        for name, value in fields.items():
            setattr(page, name, value)
        report.pages_updated += 1
    page.full_clean()
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


def _load_home(resolver, report):
    from lms.demo.pages import HOME

    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title=HOME["title"], slug="home")
        Page.get_first_root_node().add_child(instance=home)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
    home = home.get_latest_revision_as_object()
    home.title = HOME["title"]
    home.introduction = HOME["introduction"]
    home.body = resolver.blocks(HOME["body"])
    home.save_revision().publish()
    return HomePage.objects.get(pk=home.pk)


def _load_standard_pages(home, resolver, report):
    from lms.demo.pages import STANDARD_PAGES

    for spec in STANDARD_PAGES:
        _upsert_child(
            home,
            StandardPage,
            spec["slug"],
            {
                "title": spec["title"],
                "introduction": spec.get("introduction", ""),
                "body": resolver.blocks(spec["body"]),
                "show_in_menus": spec["slug"] == "about",
            },
            report,
        )


def _load_courses(home, courses, resolver, report):
    index = _upsert_child(
        home,
        CourseIndexPage,
        "courses",
        {
            "title": "Courses",
            "introduction": (
                "Self-paced courses for artists, photographers, writers and the people who "
                "support them. Start anywhere; each course lists what it builds on."
            ),
            "show_in_menus": True,
        },
        report,
    )
    by_slug = {}
    for spec in courses:
        image = resolver.image(spec["image"]) if spec.get("image") else None
        course = _upsert_child(
            index,
            CoursePage,
            spec["slug"],
            {
                "title": spec["title"],
                "summary": spec["summary"],
                "audience": spec["audience"],
                "level": spec["level"],
                "duration_minutes": spec["duration_minutes"],
                "image": image,
                "image_alt_text": spec.get("image_alt_text") or (image.title if image else ""),
                "learning_outcomes": [("outcome", text) for text in spec["learning_outcomes"]],
            },
            report,
        )
        by_slug[spec["slug"]] = course
        for module_spec in spec["modules"]:
            module = _upsert_child(
                course,
                ModulePage,
                module_spec["slug"],
                {"title": module_spec["title"], "summary": module_spec["summary"]},
                report,
            )
            for lesson_spec in module_spec["lessons"]:
                _upsert_child(
                    module,
                    LessonPage,
                    lesson_spec["slug"],
                    {
                        "title": lesson_spec["title"],
                        "summary": lesson_spec["summary"],
                        "body": resolver.blocks(lesson_spec["body"]),
                    },
                    report,
                )
    for spec in courses:
        wanted = {by_slug[slug].pk for slug in spec.get("prerequisites", [])}
        course = by_slug[spec["slug"]]
        if set(course.prerequisites.values_list("pk", flat=True)) != wanted:
            course = course.get_latest_revision_as_object()
            course.prerequisites.set(wanted)
            course.save_revision().publish()
    return index


def _load_accounts(password, report):
    User = get_user_model()
    for email, name, group_name in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email, display_name=name, certificate_name=name)
            user.is_staff = group_name is not None or email.startswith("admin@")
            user.is_superuser = email.startswith("admin@")
        user.set_password(password)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        report.accounts.append(
            (email, group_name or ("superuser" if user.is_superuser else "learner"))
        )


@transaction.atomic
def load_demo(*, password=None, courses=None, images=None, documents=None):
    """Create or refresh the demo site and accounts; returns what was done and the password."""
    from lms.demo.courses import ALL_COURSES

    report = DemoReport()
    resolver = StreamResolver(images, documents)
    home = _load_home(resolver, report)
    _load_courses(home, courses if courses is not None else ALL_COURSES, resolver, report)
    _load_workshops(home, report)
    _load_standard_pages(home, resolver, report)
    password = password or secrets.token_urlsafe(12)
    _load_accounts(password, report)
    _load_partner_staff(report)
    _load_learner_progress()
    _load_past_session()
    return report, password


def _load_partner_staff(report):
    """Memberships that let the demo coordinator and educator run Riverside's workshops, and
    a school's request waiting for an answer."""
    from workshops.group_requests import group_request_create
    from workshops.models import GroupRequest, Partner, PartnerMembership, WorkshopPage

    User = get_user_model()
    for email, slug, role in DEMO_PARTNER_STAFF:
        partner = Partner.objects.get(slug=slug)
        PartnerMembership.objects.update_or_create(
            user=User.objects.get(email=email), partner=partner, defaults={"role": role}
        )
    workshop = WorkshopPage.objects.live().filter(partner__slug="riverside-museum").first()
    if workshop and not GroupRequest.objects.filter(organisation="Hillside Academy").exists():
        group_request_create(
            workshop=workshop,
            organisation="Hillside Academy",
            contact_name="Ms Okafor (demo)",
            contact_email="okafor@example.org",
            group_size=24,
            preferred_dates="Any Tuesday or Thursday morning next month",
            access_needs="Two students use wheelchairs; one needs a quiet space for breaks.",
        )


def _load_learner_progress(lessons_done=2):
    """The demo learner is part-way through the first course, so the dashboard has a story."""
    from courses.services import enrolment_create, lesson_complete

    learner = get_user_model().objects.get(email="learner@example.org")
    course = CoursePage.objects.live().order_by("path").first()
    if course is None:
        return
    enrolment_create(user=learner, course=course)
    for lesson in LessonPage.objects.live().descendant_of(course).order_by("path")[:lessons_done]:
        lesson_complete(user=learner, lesson=lesson)


def _load_workshops(home, report):
    """Partners with venues, a workshop index, workshops and upcoming sessions."""
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    from lms.demo.workshops import PARTNERS, WORKSHOPS
    from workshops.models import Partner, Session, Venue, WorkshopIndexPage, WorkshopPage

    venues = {}
    for spec in PARTNERS:
        fields = {k: v for k, v in spec.items() if k not in ("slug", "venue")}
        partner, _created = Partner.objects.update_or_create(slug=spec["slug"], defaults=fields)
        venue_fields = dict(spec["venue"])
        venues[spec["slug"]], _created = Venue.objects.update_or_create(
            partner=partner, name=venue_fields.pop("name"), defaults=venue_fields
        )
    index = _upsert_child(
        home,
        WorkshopIndexPage,
        "workshops",
        {
            "title": "Workshops",
            "introduction": (
                "Hands-on sessions at partner museums and galleries. Book a place for yourself, "
                "or for a group."
            ),
            "show_in_menus": True,
        },
        report,
    )
    today = timezone.localdate()
    for spec in WORKSHOPS:
        venue = venues[spec["partner"]]
        course = CoursePage.objects.filter(slug=spec["course"]).first()
        workshop = _upsert_child(
            index,
            WorkshopPage,
            spec["slug"],
            {
                "title": spec["title"],
                "partner": venue.partner,
                "summary": spec["summary"],
                "audience": spec["audience"],
                "age_range": spec["age_range"],
                "what_to_bring": spec["what_to_bring"],
                "related_course": course,
            },
            report,
        )
        if workshop.sessions.filter(starts_at__gt=timezone.now()).exists():
            continue
        zone = ZoneInfo(venue.timezone)
        for days, start_hour, end_hour in spec["sessions"]:
            day = today + timedelta(days=days)
            Session.objects.create(
                workshop=workshop,
                venue=venue,
                starts_at=datetime.combine(day, time(start_hour), tzinfo=zone),
                ends_at=datetime.combine(day, time(end_hour), tzinfo=zone),
                capacity=12,
                max_group_size=4,
                language=spec["language"],
                cancellation_deadline=datetime.combine(
                    day - timedelta(days=1), time(12), tzinfo=zone
                ),
            )


PAST_SESSION_GUESTS = [
    "Amira Haddad",
    "Ben Okoro",
    "Chloé Martin",
    "Dev Patel",
    "Eilidh Ross",
    "Farah Khan",
    "Gus Nilsson",
    "Hana Sato",
    "Ifeoma Eze",
    "Jonas Weber",
]


def _load_past_session():
    """A session two weeks ago with its attendance recorded and closed, so the reports,
    the roster and the certificates have something to show (certificates are issued by the
    task worker once `make run` starts it)."""
    from datetime import timedelta

    from django.utils import timezone

    from workshops.attendance.services import attendance_set, session_close
    from workshops.models import Booking, Session, WorkshopPage

    workshop = WorkshopPage.objects.filter(slug="opt-out-clinic").first()
    if workshop is None or workshop.sessions.filter(status=Session.Status.COMPLETED).exists():
        return
    venue = workshop.partner.venues.first()
    start = (timezone.now() - timedelta(days=14)).replace(minute=0, second=0, microsecond=0)
    session = Session.objects.create(
        workshop=workshop,
        venue=venue,
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        capacity=12,
        max_group_size=4,
        language="English",
    )
    learner = get_user_model().objects.get(email="learner@example.org")
    holders = [{"user": learner}] + [
        {"guest_name": name, "guest_email": f"guest{number}@example.org"}
        for number, name in enumerate(PAST_SESSION_GUESTS, start=1)
    ]
    for number, holder in enumerate(holders, start=1):
        booking = Booking.objects.create(
            session=session,
            seats=1,
            status=Booking.Status.CONFIRMED,
            queue_number=number,
            confirmed_at=start - timedelta(days=7),
            **holder,
        )
        if number <= 8:
            attendance_set(session=session, booking=booking, status="present")
    session_close(session=session)
