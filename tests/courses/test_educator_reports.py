"""Educators' learner progress reports: selectors, admin pages, CSV export and their guards."""

import csv
import io
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from courses import reports
from courses.models import Enrolment, LessonPage, LessonProgress, ModulePage, QuizAttempt
from courses.services import (
    enrolment_create,
    enrolment_withdraw,
    lesson_complete,
    quiz_attempt_submit,
)
from lms.roles import EDUCATORS, REVIEWERS
from lms.text import csv_safe
from tests import factories

pytestmark = pytest.mark.django_db


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def check_of(lesson):
    ((check_id, check),) = lesson.specific.knowledge_checks.items()
    return check_id, check


def question_ids(lesson):
    _check_id, check = check_of(lesson)
    return [question.id for question in check.questions]


def answers(check, *, wrong=()):
    """Answers to every question of a check: right, except the questions numbered in `wrong`."""
    chosen = {}
    for number, question in enumerate(check.questions):
        options = question.options
        right = [option.id for option in options if option.is_correct]
        mistaken = [option.id for option in options if not option.is_correct][:1]
        chosen[question.id] = mistaken if number in wrong else right
    return chosen


def attempt(user, lesson, *, wrong=()):
    check_id, check = check_of(lesson)
    return quiz_attempt_submit(
        user=user,
        lesson=lesson,
        check_id=check_id,
        answers=answers(check, wrong=wrong),
        token=uuid.uuid4().hex,
    )


@pytest.fixture
def scenario():
    """Two modules of two lessons; the first lesson of each has a two-question check.

    Ada completed the course (after getting check 2's second question wrong once), Ben did
    module 1 (after getting check 1's first question wrong once), Cy did one lesson, got
    both questions of check 1 wrong and withdrew.
    """
    course = factories.course(modules=2, lessons_per_module=2, with_check=True)
    lessons = lessons_of(course)
    ada = factories.person("ada@example.org", display_name="Ada Lovelace")
    ben = factories.person("ben@example.org", first_name="Ben", last_name="Okri")
    cy = factories.person("cy@example.org", display_name="Cy Twombly")
    for learner in (ada, ben, cy):
        enrolment_create(user=learner, course=course)

    for lesson in lessons:
        lesson_complete(user=ada, lesson=lesson)
    attempt(ada, lessons[0])
    attempt(ada, lessons[2], wrong={1})
    attempt(ada, lessons[2])

    lesson_complete(user=ben, lesson=lessons[0])
    lesson_complete(user=ben, lesson=lessons[1])
    attempt(ben, lessons[0], wrong={0})
    attempt(ben, lessons[0])

    lesson_complete(user=cy, lesson=lessons[0])
    attempt(cy, lessons[0], wrong={0, 1})
    enrolment_withdraw(user=cy, course=course)
    return {"course": course, "lessons": lessons, "ada": ada, "ben": ben, "cy": cy}


@pytest.fixture
def educator():
    return factories.person("ed@example.org", groups=[EDUCATORS])


@pytest.fixture
def educator_client(client, educator):
    client.force_login(educator)
    return client


def report_url(course):
    return f"/admin/learner-progress/{course.pk}/"


# Selectors


def test_progress_rows_count_lessons_and_checks_per_learner(scenario):
    rows = {row.learner_email: row for row in reports.course_progress_rows(scenario["course"])}

    ada, ben, cy = rows["ada@example.org"], rows["ben@example.org"], rows["cy@example.org"]
    assert (ada.learner_name, ada.lessons_done, ada.lessons_total) == ("Ada Lovelace", 4, 4)
    assert (ada.checks_passed, ada.checks_total) == (2, 2)
    assert ada.completed_at is not None
    assert (ben.learner_name, ben.lessons_done, ben.checks_passed) == ("Ben Okri", 2, 1)
    assert ben.completed_at is None
    assert (cy.status, cy.lessons_done, cy.checks_passed) == (Enrolment.Status.WITHDRAWN, 1, 0)


def test_progress_rows_filter_by_status_and_search_name_or_email(scenario):
    course = scenario["course"]

    withdrawn = reports.course_progress_rows(course, status=Enrolment.Status.WITHDRAWN)
    assert [row.learner_email for row in withdrawn] == ["cy@example.org"]
    assert [row.learner_email for row in reports.course_progress_rows(course, search="okri")] == [
        "ben@example.org"
    ]
    assert [row.learner_name for row in reports.course_progress_rows(course, search="ADA@")] == [
        "Ada Lovelace"
    ]


def test_erased_learner_keeps_the_row_under_a_placeholder_name(scenario):
    scenario["cy"].delete()

    rows = list(reports.course_progress_rows(scenario["course"], search="erased"))

    assert [(row.learner_name, row.learner_email, row.user_id) for row in rows] == [
        ("(erased learner)", "", None)
    ]
    assert reports.course_summary(scenario["course"]).withdrawn == 1


def test_course_summary_rates_completion_among_active_learners(scenario):
    summary = reports.course_summary(scenario["course"])

    assert (summary.learners, summary.withdrawn, summary.completed) == (2, 1, 1)
    assert summary.completion_rate == 50


def test_module_completion_counts_active_learners_who_finished_every_lesson(scenario):
    rates = reports.module_completion_rates(scenario["course"])

    assert [(rate.title, rate.lessons, rate.learners, rate.completed) for rate in rates] == [
        ("Module 1", 2, 2, 2),
        ("Module 2", 2, 2, 1),
    ]
    assert [rate.rate for rate in rates] == [100, 50]


def test_most_missed_questions_rank_by_wrong_answers_then_wrong_share(scenario):
    lessons = scenario["lessons"]
    first_check, second_check = question_ids(lessons[0]), question_ids(lessons[2])

    missed = reports.most_missed_questions(scenario["course"])

    assert [(question.question_id, question.attempts, question.wrong) for question in missed] == [
        (first_check[0], 4, 2),  # Ben once, Cy once, of Ada's, Ben's two and Cy's attempts
        (second_check[1], 2, 1),  # Ada once, of her two attempts: 50%
        (first_check[1], 4, 1),  # Cy once: 25%
    ]
    assert [question.wrong_rate for question in missed] == [50, 50, 25]
    assert missed[0].prompt.startswith("Does a robots.txt rule remove")
    assert missed[0].lesson_title == "Lesson 1.1"
    assert len(reports.most_missed_questions(scenario["course"], limit=1)) == 1


def test_learner_detail_lists_lessons_and_check_attempts(scenario):
    detail = reports.learner_detail(scenario["course"], scenario["ben"].pk)

    assert detail.enrolment.lessons_done == 2
    lines = [line for _module, module_lines in detail.modules for line in module_lines]
    assert [line.completed_at is not None for line in lines] == [True, True, False, False]
    assert [(line.attempts, line.best_score, line.passed) for line in detail.checks] == [
        (2, 100, True),
        (0, None, False),
    ]


def test_learner_detail_is_none_for_someone_not_enrolled(scenario, educator):
    other_course = factories.course(lessons_per_module=1)
    enrolment_create(user=educator, course=other_course)

    assert reports.learner_detail(scenario["course"], educator.pk) is None
    assert reports.learner_detail(scenario["course"], 999_999) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Ada = Lovelace", "Ada = Lovelace"),
        ("", ""),
        (3, 3),
    ],
)
def test_csv_safe_escapes_cells_that_spreadsheets_would_run(value, expected):
    assert csv_safe(value) == expected


# Admin pages


def test_educator_sees_the_menu_item_and_the_course_list(educator_client, scenario):
    assert "Learner progress" in educator_client.get("/admin/").content.decode()

    response = educator_client.get("/admin/learner-progress/")

    assert response.status_code == 200
    page = response.content.decode()
    assert scenario["course"].title in page
    assert report_url(scenario["course"]) in page
    assert "<caption" in page


def test_course_report_shows_learners_modules_and_missed_questions(educator_client, scenario):
    response = educator_client.get(report_url(scenario["course"]))

    assert response.status_code == 200
    page = response.content.decode()
    for expected in ["Ada Lovelace", "Ben Okri", "Cy Twombly", "Module 1", "Module 2"]:
        assert expected in page
    assert "Does a robots.txt rule remove" in page
    assert page.count('<caption class="w-text-left') == 3
    assert f"/admin/learner-progress/{scenario['course'].pk}/learners/{scenario['ben'].pk}/" in (
        page
    )


def test_course_report_filters_by_status_and_search(educator_client, scenario):
    url = report_url(scenario["course"])

    withdrawn = educator_client.get(url, {"status": "withdrawn", "p": "1"}).content.decode()
    searched = educator_client.get(url, {"q": "lovelace"}).content.decode()

    assert "Cy Twombly" in withdrawn
    assert f'href="{url}export.csv?status=withdrawn"' in withdrawn  # the download as filtered
    assert "Ada Lovelace" not in withdrawn
    assert "Ada Lovelace" in searched
    assert "Ben Okri" not in searched


def test_reviewer_sees_the_course_report(client, scenario):
    client.force_login(factories.person("rev@example.org", groups=[REVIEWERS]))

    assert client.get(report_url(scenario["course"])).status_code == 200


def test_learner_detail_page_shows_one_learner(educator_client, scenario):
    course, ben = scenario["course"], scenario["ben"]

    response = educator_client.get(f"/admin/learner-progress/{course.pk}/learners/{ben.pk}/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Ben Okri" in page
    assert "Lesson 2.2" in page
    assert "Ada Lovelace" not in page


def test_csv_export_is_an_excel_friendly_attachment(educator_client, scenario):
    response = educator_client.get(f"/admin/learner-progress/{scenario['course'].pk}/export.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Learner", "Email", "Status"]
    ada = next(row for row in rows if row[1] == "ada@example.org")
    assert ada[2:3] + ada[5:9] == ["Active", "4", "4", "2", "2"]
    assert ada[9]  # completed date
    assert len(rows) == 4


def test_csv_export_escapes_formula_names(educator_client, scenario):
    evil = factories.person("evil@example.org", display_name='=HYPERLINK("http://evil")')
    enrolment_create(user=evil, course=scenario["course"])

    response = educator_client.get(f"/admin/learner-progress/{scenario['course'].pk}/export.csv")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    evil_row = next(row for row in rows if row[1] == "evil@example.org")
    assert evil_row[0] == '\'=HYPERLINK("http://evil")'


def test_csv_export_follows_the_report_filters(educator_client, scenario):
    response = educator_client.get(
        f"/admin/learner-progress/{scenario['course'].pk}/export.csv", {"status": "withdrawn"}
    )

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[1] for row in rows[1:]] == ["cy@example.org"]


# Access


def test_learner_without_admin_access_is_sent_to_the_login(client, scenario):
    client.force_login(scenario["ada"])
    course = scenario["course"]

    for url in [
        "/admin/learner-progress/",
        report_url(course),
        f"/admin/learner-progress/{course.pk}/export.csv",
        f"/admin/learner-progress/{course.pk}/learners/{scenario['ada'].pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_anonymous_visitor_is_sent_to_the_login(client, scenario):
    response = client.get(f"/admin/learner-progress/{scenario['course'].pk}/export.csv")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_admin_user_who_edits_no_page_neither_sees_nor_opens_the_reports(client, scenario):
    group = Group.objects.create(name="Image librarians")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = factories.person("img@example.org", groups=[group.name])
    client.force_login(user)

    assert "Learner progress" not in client.get("/admin/").content.decode()
    response = client.get("/admin/learner-progress/")
    assert response.status_code == 302  # Wagtail's "permission denied": back to the dashboard
    assert client.get(report_url(scenario["course"])).status_code == 302


def test_course_the_user_cannot_edit_is_not_found(client, scenario):
    mine = factories.course(lessons_per_module=1)
    group = Group.objects.create(name="Course editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=mine, permission=Permission.objects.get(codename="change_page")
    )
    client.force_login(factories.person("one@example.org", groups=[group.name]))

    listing = client.get("/admin/learner-progress/").content.decode()
    assert report_url(mine) in listing
    assert report_url(scenario["course"]) not in listing
    assert client.get(report_url(mine)).status_code == 200
    assert client.get(report_url(scenario["course"])).status_code == 404
    assert (
        client.get(f"/admin/learner-progress/{scenario['course'].pk}/export.csv").status_code == 404
    )


# Bad input


def test_invalid_status_filter_is_a_400_with_the_form_error(educator_client, scenario):
    response = educator_client.get(report_url(scenario["course"]), {"status": "graduated"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Select a valid choice" in page
    assert "Ada Lovelace" in page  # nothing was filtered
    csv_response = educator_client.get(
        f"/admin/learner-progress/{scenario['course'].pk}/export.csv", {"status": "graduated"}
    )
    assert csv_response.status_code == 400


def test_overlong_search_is_refused_with_a_message(educator_client, scenario):
    response = educator_client.get(report_url(scenario["course"]), {"q": "a" * 201})

    assert response.status_code == 400
    assert "at most 200 characters" in response.content.decode()
    assert educator_client.get(report_url(scenario["course"]), {"q": "a" * 200}).status_code == 200


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "0", ""])
def test_odd_page_numbers_show_a_page_instead_of_an_error(educator_client, scenario, page):
    response = educator_client.get(report_url(scenario["course"]), {"p": page})

    assert response.status_code == 200
    assert "Ada Lovelace" in response.content.decode()


def test_learner_of_another_course_or_unknown_id_is_not_found(educator_client, scenario):
    other = factories.course(lessons_per_module=1)
    stranger = factories.person("stranger@example.org")
    enrolment_create(user=stranger, course=other)
    course = scenario["course"]

    for user_id in [stranger.pk, 999_999]:
        url = f"/admin/learner-progress/{course.pk}/learners/{user_id}/"
        assert educator_client.get(url).status_code == 404
    assert (
        educator_client.get(
            f"/admin/learner-progress/{other.pk}/learners/{stranger.pk}/"
        ).status_code
        == 200
    )


def test_draft_course_or_other_page_is_not_found(educator_client, scenario):
    draft = factories.course(publish=False)
    module = ModulePage.objects.child_of(scenario["course"]).first()

    for page_id in [draft.pk, module.pk, scenario["course"].get_parent().pk, 999_999]:
        assert educator_client.get(f"/admin/learner-progress/{page_id}/").status_code == 404
        assert (
            educator_client.get(f"/admin/learner-progress/{page_id}/export.csv").status_code == 404
        )


# Query counts


def add_learners(course, count):
    """`count` learners enrolled at once, each with one lesson done and one failed attempt."""
    lessons = lessons_of(course)
    check_id, _check = check_of(lessons[0])
    missed = question_ids(lessons[0])[:1]
    first = get_user_model().objects.count()
    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"bulk{number}@example.org", display_name=f"Bulk {number}")
        for number in range(first, first + count)
    )
    now = timezone.now()
    Enrolment.objects.bulk_create(
        Enrolment(
            user=user,
            course=course,
            status=Enrolment.Status.WITHDRAWN if number % 5 == 0 else Enrolment.Status.ACTIVE,
            last_lesson=lessons[0],
            last_visited_at=now,
        )
        for number, user in enumerate(users)
    )
    LessonProgress.objects.bulk_create(
        LessonProgress(user=user, lesson=lessons[0], course=course, completed_at=now)
        for user in users
    )
    QuizAttempt.objects.bulk_create(
        QuizAttempt(
            user=user,
            lesson=lessons[0],
            course=course,
            check_id=check_id,
            number=1,
            wrong_questions=missed,
            score_percent=50,
            passed=False,
            token=uuid.uuid4().hex,
        )
        for user in users
    )
    return users


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        assert response.status_code == 200
        response.content  # noqa: B018 - read the whole body inside the context
    return len(context.captured_queries)


def test_report_pages_and_export_keep_a_constant_query_count(educator_client):
    course = factories.course(modules=2, lessons_per_module=2, with_check=True)
    first_learner = add_learners(course, 5)[0]
    urls = [
        "/admin/learner-progress/",
        report_url(course),
        report_url(course) + "?status=active&q=bulk",
        f"/admin/learner-progress/{course.pk}/learners/{first_learner.pk}/",
        f"/admin/learner-progress/{course.pk}/export.csv",
    ]
    for url in urls:
        queries_for(educator_client, url)  # warm the caches a first request fills
    with_five = {url: queries_for(educator_client, url) for url in urls}

    add_learners(course, 195)
    with_two_hundred = {url: queries_for(educator_client, url) for url in urls}

    assert with_two_hundred == with_five
    assert Enrolment.objects.filter(course=course).count() == 200
