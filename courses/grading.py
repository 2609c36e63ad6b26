"""Grading knowledge checks on the server. Pure functions: no storage, no HTML."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


class SubmissionError(Exception):
    """A submission that cannot be graded; `code` is stable, `message` is for people."""

    MESSAGES = {
        "unanswered": _("Please answer every question before checking."),
        "unknown_option": _(
            "One of the answers does not belong to this check. Reload the page and try again."
        ),
        "too_many_answers": _("Choose only one answer for a one-answer question."),
        "duplicate_answer": _("The same answer was sent twice. Reload the page and try again."),
        "unknown_question": _(
            "The answers do not match this check. Reload the page and try again."
        ),
    }

    def __init__(self, code, question_id=None):
        self.code = code
        self.question_id = question_id
        super().__init__(code)

    @property
    def message(self):
        return self.MESSAGES[self.code]


@dataclass(frozen=True)
class OptionOutcome:
    id: str
    text: str
    chosen: bool
    is_correct: bool
    feedback: str


@dataclass(frozen=True)
class QuestionOutcome:
    id: str
    correct: bool
    options: tuple[OptionOutcome, ...]


@dataclass(frozen=True)
class CheckResult:
    score_percent: int
    passed: bool
    pass_mark: int
    questions: Mapping[str, QuestionOutcome]

    @property
    def correct_count(self):
        return sum(1 for outcome in self.questions.values() if outcome.correct)


def _questions(check):
    return [(child.id, child.value) for child in check["questions"].bound_blocks]


def _options(question):
    return [(child.id, child.value) for child in question["options"].bound_blocks]


def grade_check(check, answers: Mapping[str, Sequence[str]]) -> CheckResult:
    """Grade answers ({question id: [option ids]}) against a knowledge-check block value.

    A question is right when exactly its correct options are chosen. Raises SubmissionError,
    before grading anything, if the answers do not fit the check.
    """
    questions = _questions(check)
    question_ids = {question_id for question_id, _question in questions}
    if set(answers) - question_ids:
        raise SubmissionError("unknown_question")
    for question_id, question in questions:
        chosen = list(answers.get(question_id) or [])
        if not chosen:
            raise SubmissionError("unanswered", question_id)
        if len(set(chosen)) != len(chosen):
            raise SubmissionError("duplicate_answer", question_id)
        if set(chosen) - {option_id for option_id, _option in _options(question)}:
            raise SubmissionError("unknown_option", question_id)
        if question["kind"] == "single" and len(chosen) > 1:
            raise SubmissionError("too_many_answers", question_id)

    outcomes = {}
    for question_id, question in questions:
        chosen = set(answers[question_id])
        options = tuple(
            OptionOutcome(
                id=option_id,
                text=option["text"],
                chosen=option_id in chosen,
                is_correct=bool(option["is_correct"]),
                feedback=option["feedback"],
            )
            for option_id, option in _options(question)
        )
        correct = all(option.chosen == option.is_correct for option in options)
        outcomes[question_id] = QuestionOutcome(question_id, correct, options)
    score = (
        round(100 * sum(o.correct for o in outcomes.values()) / len(outcomes)) if outcomes else 0
    )
    pass_mark = int(check["pass_mark"])
    return CheckResult(score, score >= pass_mark, pass_mark, outcomes)
