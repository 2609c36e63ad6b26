"""Knowledge checks are graded exactly, and answers that do not fit the check are refused."""

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from courses.blocks import KnowledgeCheckBlock
from courses.grading import SubmissionError, grade_check


def _item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def build_check(questions, pass_mark=80):
    """A knowledge-check value from [(kind, [is_correct, ...]), ...]."""
    raw = {
        "title": "Check",
        "instructions": "",
        "pass_mark": pass_mark,
        "questions": [
            _item(
                {
                    "prompt": f"Question {number}",
                    "kind": kind,
                    "explanation": "",
                    "options": [
                        _item({"text": f"Option {i}", "is_correct": correct, "feedback": f"fb {i}"})
                        for i, correct in enumerate(flags)
                    ],
                }
            )
            for number, (kind, flags) in enumerate(questions)
        ],
    }
    return KnowledgeCheckBlock().to_python(raw)


def ids(check):
    return [
        (question.id, [option.id for option in question.value["options"].bound_blocks])
        for question in check["questions"].bound_blocks
    ]


@st.composite
def checks_with_answers(draw):
    questions = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["single", "multiple"]))
        size = draw(st.integers(2, 6))
        if kind == "single":
            right = draw(st.integers(0, size - 1))
            flags = [i == right for i in range(size)]
        else:
            flags = draw(st.lists(st.booleans(), min_size=size, max_size=size).filter(any))
        questions.append((kind, flags))
    pass_mark = draw(st.integers(0, 100))
    check = build_check(questions, pass_mark)
    answers, expected_right = {}, 0
    for (question_id, option_ids), (kind, flags) in zip(ids(check), questions, strict=True):
        if kind == "single":
            chosen = [draw(st.sampled_from(option_ids))]
        else:
            chosen = draw(st.lists(st.sampled_from(option_ids), min_size=1, unique=True))
        answers[question_id] = chosen
        correct_ids = {oid for oid, flag in zip(option_ids, flags, strict=True) if flag}
        expected_right += set(chosen) == correct_ids
    return check, answers, expected_right, len(questions), pass_mark


@settings(max_examples=150, deadline=None)
@given(checks_with_answers())
def test_grading_counts_exactly_the_questions_answered_with_exactly_the_correct_options(case):
    check, answers, expected_right, total, pass_mark = case
    result = grade_check(check, answers)
    assert result.correct_count == expected_right
    assert result.score_percent == round(100 * expected_right / total)
    assert result.passed == (result.score_percent >= pass_mark)


def test_multiple_answer_question_needs_every_correct_option_and_no_wrong_one():
    check = build_check([("multiple", [True, True, False])])
    ((question, (a, b, c)),) = ids(check)
    assert not grade_check(check, {question: [a]}).questions[question].correct
    assert not grade_check(check, {question: [a, b, c]}).questions[question].correct
    assert grade_check(check, {question: [b, a]}).questions[question].correct


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda q, other: {q[0][0]: [other]}, "unknown_option"),
        (lambda q, other: {q[0][0]: [q[0][1][0], q[0][1][0]]}, "duplicate_answer"),
        (lambda q, other: {q[0][0]: [q[0][1][0], q[0][1][1]]}, "too_many_answers"),
        (lambda q, other: {}, "unanswered"),
        (lambda q, other: {q[0][0]: [q[0][1][0]], "not-a-question": ["x"]}, "unknown_question"),
    ],
)
def test_answers_that_do_not_fit_the_check_are_refused_before_grading(mutate, code):
    check = build_check([("single", [True, False, False]), ("multiple", [True, True])])
    question_ids = ids(check)
    option_of_second_question = question_ids[1][1][0]
    with pytest.raises(SubmissionError) as raised:
        grade_check(check, mutate(question_ids, option_of_second_question))
    assert raised.value.code == code
    assert str(raised.value.message)
