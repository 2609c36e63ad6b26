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


@dataclass(frozen=True)
class GradableOption:
    id: str
    text: str
    is_correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class GradableQuestion:
    id: str
    prompt: str
    kind: str  # "single" or "multiple"
    options: tuple[GradableOption, ...]


@dataclass(frozen=True)
class Gradable:
    """What grading needs from any exercise block: questions, options and the rules."""

    title: str
    pass_mark: int
    max_attempts: int
    questions: tuple[GradableQuestion, ...]


def gradable_knowledge_check(check) -> Gradable:
    """A knowledge-check block value, in the shape grading works on."""
    return Gradable(
        title=check["title"],
        pass_mark=int(check["pass_mark"]),
        max_attempts=int(check.get("max_attempts") or 0),
        questions=tuple(
            GradableQuestion(
                id=question.id,
                prompt=question.value["prompt"],
                kind=question.value["kind"],
                options=tuple(
                    GradableOption(
                        id=option.id,
                        text=option.value["text"],
                        is_correct=bool(option.value["is_correct"]),
                        feedback=option.value["feedback"],
                    )
                    for option in question.value["options"].bound_blocks
                ),
            )
            for question in check["questions"].bound_blocks
        ),
    )


def grade_check(check, answers: Mapping[str, Sequence[str]]) -> CheckResult:
    """Grade answers ({question id: [option ids]}) against a Gradable (or a knowledge-check
    block value).

    A question is right when exactly its correct options are chosen. Raises SubmissionError,
    before grading anything, if the answers do not fit the check.
    """
    if not isinstance(check, Gradable):
        check = gradable_knowledge_check(check)
    if set(answers) - {question.id for question in check.questions}:
        raise SubmissionError("unknown_question")
    for question in check.questions:
        chosen = list(answers.get(question.id) or [])
        if not chosen:
            raise SubmissionError("unanswered", question.id)
        if len(set(chosen)) != len(chosen):
            raise SubmissionError("duplicate_answer", question.id)
        if set(chosen) - {option.id for option in question.options}:
            raise SubmissionError("unknown_option", question.id)
        if question.kind == "single" and len(chosen) > 1:
            raise SubmissionError("too_many_answers", question.id)

    outcomes = {}
    for question in check.questions:
        chosen = set(answers[question.id])
        options = tuple(
            OptionOutcome(
                id=option.id,
                text=option.text,
                chosen=option.id in chosen,
                is_correct=option.is_correct,
                feedback=option.feedback,
            )
            for option in question.options
        )
        correct = all(option.chosen == option.is_correct for option in options)
        outcomes[question.id] = QuestionOutcome(question.id, correct, options)
    score = (
        round(100 * sum(o.correct for o in outcomes.values()) / len(outcomes)) if outcomes else 0
    )
    return CheckResult(score, score >= check.pass_mark, check.pass_mark, outcomes)
