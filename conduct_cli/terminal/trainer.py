"""Playing a scenario in front of a group: the story, each question with the scripted answer,
the group's votes beside the code's answer, the advice, the discussion questions, and "what
if" variations that show where a dilemma tips.

The screen is drawn with rich; everything the trainer types goes through a `TrainerIO`, so the
same flow runs at a terminal (the prompts) and in tests (a scripted IO).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..content.model import NOT_SURE, Library, Outcome, Question, QuestionKind
from ..content.scenarios import Scenario
from ..content.verdicts import VERDICTS, Verdict, verdict_label
from ..errors import AMOUNT_VOTE, COUNT_VOTE, AnswerError
from ..printable import clean
from ..walk.answers import Value, parse_amount
from ..walk.engine import Advice, NeedsAnswer, Step
from ..walk.replay import Replay
from ..walk.session import run
from ..words import word
from .advice import advice_renderable, answer_label, frame, marked_list
from .console import Screen


class TrainerIO(Protocol):
    """What the trainer types: a key to go on, votes, a pick from a list, an answer."""

    def wait(self, lang: str) -> None:
        """Wait for a key."""

    def text(self, message: str, validate: Callable[[str], bool | str], lang: str) -> str:
        """A line of text that `validate` accepts."""

    def pick(self, message: str, choices: list[tuple[str, str]], lang: str) -> str:
        """The value of one of (label, value) `choices`."""

    def ask(self, question: Question, lang: str) -> Value:
        """An answer to a question of the tree."""


class TerminalIO:
    """The trainer at a real terminal, through the prompts."""

    def __init__(self, plain: bool = False):
        self.plain = plain

    def wait(self, lang: str) -> None:
        """Wait for a key."""
        from . import prompts

        prompts.wait_for_key(word("press_enter", lang), plain=self.plain)

    def text(self, message: str, validate: Callable[[str], bool | str], lang: str) -> str:
        """A line of text that `validate` accepts."""
        from . import prompts

        return prompts.text(message, validate, plain=self.plain)

    def pick(self, message: str, choices: list[tuple[str, str]], lang: str) -> str:
        """The value of one of (label, value) `choices`."""
        from . import prompts

        return prompts.ask_choice(message, choices, lang, plain=self.plain)

    def ask(self, question: Question, lang: str) -> Value:
        """An answer to a question of the tree."""
        from . import prompts

        return prompts.ask(question, lang, plain=self.plain)


class _NoInput:
    """No one types: the play goes straight through (no terminal, or --no-input)."""

    def wait(self, lang: str) -> None:
        return None

    def text(self, message: str, validate: Callable[[str], bool | str], lang: str) -> str:
        raise AssertionError("no one to ask")  # pragma: no cover - quiz needs a terminal

    def pick(self, message: str, choices: list[tuple[str, str]], lang: str) -> str:
        raise AssertionError("no one to ask")  # pragma: no cover - what-if needs a terminal

    def ask(self, question: Question, lang: str) -> Value:
        raise AssertionError("no one to ask")  # pragma: no cover


_NO_INPUT = _NoInput()


class _WhatIfIO:
    """The trainer answers the new questions a changed answer leads to; no going back, no review."""

    def __init__(self, io: TrainerIO, lang: str):
        self.io, self.lang = io, lang

    def ask(self, step: NeedsAnswer, default: Any, back: bool) -> Any:
        return self.io.ask(step.question, self.lang)

    def review(self, advice: Advice) -> int | None:
        return None

    def show_pending(self, step: NeedsAnswer, library: Library) -> None:
        return None


# --- votes -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Votes:
    """Either a count per option or just the option the group chose."""

    counts: tuple[int, ...] | None = None
    choice: int | None = None        # index into the options
    amount: float | str | None = None


def _is_number(token: str) -> bool:
    """Digits 0-9 only, and not thousands of them: str.isdigit also takes ² and other digits
    int() cannot read, and int() refuses a number of more than 4,300 digits.
    """
    return token.isascii() and token.isdigit() and len(token) <= 9


def parse_votes(text: str, options: list[str], amount: bool = False) -> Votes:
    """What the trainer typed: a count per option ("3 0 2"), or the group's choice (its number
    or value); for an amount question, the group's amount. Raises AnswerError otherwise.
    """
    text = text.strip()
    if amount:
        lowered = text.lower()
        if lowered in ("?", "not_sure", "not sure", "weet niet"):
            return Votes(amount=NOT_SURE)
        number = parse_amount(text)
        if number is None:
            raise AnswerError(AMOUNT_VOTE)
        return Votes(amount=number)
    tokens = [t for t in re.split(r"[\s,;]+", text) if t]
    if len(tokens) == len(options) and all(_is_number(t) for t in tokens):
        return Votes(counts=tuple(int(t) for t in tokens))
    if len(tokens) == 1:
        token = tokens[0].lower()
        if _is_number(token) and 1 <= int(token) <= len(options):
            return Votes(choice=int(token) - 1)
        if token in options:
            return Votes(choice=options.index(token))
    raise AnswerError(COUNT_VOTE, count=len(options), example=" ".join(["0"] * len(options)))


def votes_table(labels: list[str], votes: Votes, right: int | None, lang: str, plain: bool = False) -> Table:
    """The group's votes beside the code's answer."""
    table = Table(box=None if plain else box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column(word("option", lang))
    table.add_column(word("group", lang), justify="right")
    table.add_column(word("the_code", lang))
    total = sum(votes.counts) if votes.counts else 0
    for index, label in enumerate(labels):
        if votes.counts is not None:
            count = votes.counts[index]
            share = f"{count} ({round(100 * count / total)}%)" if total else str(count)
        else:
            share = "●" if votes.choice == index else ""
        mark = Text("✓ " + word("codes_answer", lang), style="bold green") if index == right else Text("")
        style = "bold" if index == right else ""
        table.add_row(str(index + 1), Text(clean(label), style=style), share, mark)
    return table


# --- the play ----------------------------------------------------------------------------------

def _question_panel(number: int, total: int, step: Step, lang: str, reveal: bool, plain: bool) -> RenderableType:
    question = step.question
    lines: list[Any] = [Text(clean(question.text.get(lang)), style="bold")]
    if question.help is not None:
        lines.append(Text(clean(question.help.get(lang)), style="dim"))
    lines.append(Text(""))
    if question.kind is QuestionKind.AMOUNT:
        lines.append(Text(f"({word('amount_in_euro', lang)})", style="dim"))
        if reveal:
            lines.append(Text("▶ " + answer_label(step, lang), style="bold reverse"))
    else:
        rows = []
        for index, choice in enumerate(question.choices, 1):
            picked = reveal and choice.value == step.answer
            rows.append((f"{'▶' if picked else ' '} {index}.",
                         Text(clean(choice.label.get(lang)), style="bold reverse" if picked else "")))
        lines.append(marked_list(rows))   # a wrapped option hangs under its text, not its number
    title = Text(f" {word('step', lang)} {number} {word('of', lang)} {total} ")
    return frame(Group(*lines), title, None, "none", plain, padding=(0, 1))


def verdict_options(verdicts: list[Verdict], lang: str) -> RenderableType:
    """The verdicts the group can choose from, numbered, each with what it means."""
    rows = []
    for number, verdict in enumerate(verdicts, 1):
        label, meaning = verdict_label(verdict, lang), VERDICTS[verdict].meaning.get(lang)
        if meaning.lower().startswith(label.lower() + ":"):   # "ask first: someone else decides ..."
            meaning = meaning[len(label) + 1:].strip()
        rows.append((f"{number}.", Text(label, style="bold") + Text(f" — {meaning}")))
    return marked_list(rows)


def _topic_verdicts(library: Library, topic_id: str) -> list[Verdict]:
    topic = library.topic(topic_id)
    present = {n.verdict for n in topic.nodes.values() if isinstance(n, Outcome)} if topic else set()
    return [v for v in Verdict if v in present]


def _vote(io: TrainerIO, labels: list[str], values: list[str], lang: str,
          amount: bool = False) -> Votes:
    def validate(text: str) -> bool | str:
        try:
            parse_votes(text, values, amount)
        except AnswerError as error:
            return error.text(lang)
        return True

    hint = word("vote_amount_hint" if amount else "vote_hint", lang)
    return parse_votes(io.text(f"{word('group_votes', lang)} ({hint})", validate, lang), values, amount)


def play(scenario: Scenario, replayed: Replay, library: Library, lang: str, screen: Screen,
         io: TrainerIO | None, quiz: bool = False, what_if: bool = False) -> None:
    """Play a scenario. With `io` None (no terminal or --no-input) it plays straight through."""
    plain = screen.plain
    console = screen.console
    console.print(frame(Text(clean(scenario.story.get(lang))),
                        Text(f" {clean(scenario.title.get(lang))} ", style="bold"),
                        Text(f" {scenario.topic} ", style="dim"), "none", plain,
                        box_style=box.DOUBLE, padding=(1, 2)))
    interactive = io is not None
    io = io or _NO_INPUT
    quiz = quiz and interactive
    total = len(replayed.advice.path)
    for number, step in enumerate(replayed.advice.path, 1):
        if interactive:
            io.wait(lang)
        question = step.question
        console.print(_question_panel(number, total, step, lang, reveal=not quiz, plain=plain))
        if quiz:
            if question.kind is QuestionKind.AMOUNT:
                votes = _vote(io, [], [], lang, amount=True)
                group = (answer_label(Step(step.topic, question, votes.amount), lang)
                         if votes.amount is not None and votes.amount != NOT_SURE
                         else question.choices[-1].label.get(lang))
                console.print(Text(f"{word('group', lang)}: {group}    "
                                   f"{word('the_code', lang)}: {answer_label(step, lang)}", style="bold"))
            else:
                values = [c.value for c in question.choices]
                votes = _vote(io, [], values, lang)
                right = values.index(step.answer) if step.answer in values else None
                console.print(votes_table([c.label.get(lang) for c in question.choices], votes, right, lang, plain))
    outcome = replayed.advice.outcome
    if quiz:
        verdicts = _topic_verdicts(library, scenario.topic)
        console.print(Text(word("vote_verdict", lang), style="bold"))
        console.print(verdict_options(verdicts, lang))     # what the group chooses from, before it votes
        votes = _vote(io, [], [v.value for v in verdicts], lang)
        right = verdicts.index(outcome.verdict) if outcome.verdict in verdicts else None
        console.print(votes_table([verdict_label(v, lang) for v in verdicts], votes, right, lang, plain))
    if interactive:
        io.wait(lang)
    console.print(advice_renderable(replayed.advice, library, lang, plain))
    console.print(_discussion(scenario, lang, plain))
    if what_if and interactive:
        _what_if_loop(scenario, replayed, library, lang, screen, io)


def _discussion(scenario: Scenario, lang: str, plain: bool) -> RenderableType:
    rows = marked_list([(f"{n}.", Text(clean(q.get(lang)))) for n, q in enumerate(scenario.discussion, 1)])
    return frame(rows, Text(f" {word('discuss', lang)} ", style="bold"), None, "none", plain, padding=(0, 1))


def _what_if_loop(scenario: Scenario, replayed: Replay, library: Library, lang: str,
                  screen: Screen, io: TrainerIO) -> None:
    console = screen.console
    path = replayed.advice.path
    while True:
        choices = [(f"{n}. {s.question.text.get(lang)} ({answer_label(s, lang)})", str(n - 1))
                   for n, s in enumerate(path, 1)]
        choices.append((word("done", lang), "done"))
        picked = io.pick(word("what_if_pick", lang), choices, lang)
        if picked == "done":
            return
        step = path[int(picked)]
        question = step.question
        if question.kind is QuestionKind.AMOUNT:
            new_value = io.ask(question, lang)
        else:
            others = [(c.label.get(lang), c.value) for c in question.choices if c.value != step.answer]
            new_value = io.pick(word("what_if_answer", lang), others, lang)
        answers: dict[str, Any] = dict(scenario.answers)
        answers[step.key] = new_value
        result = run(library, scenario.topic, answers, _WhatIfIO(io, lang), review=False)
        assert isinstance(result, Advice)
        console.print(advice_renderable(result, library, lang, screen.plain))
        console.print(what_if_comparison(replayed.advice.outcome, result.outcome, lang))


def what_if_comparison(before: Outcome, after: Outcome, lang: str) -> RenderableType:
    """Where the scenario ended and where the changed answer leads: verdicts and titles, so a
    change of advice shows even when the verdict stays the same.
    """
    def outcome_line(outcome: Outcome) -> Text:
        return (Text(verdict_label(outcome.verdict, lang), style="bold " + VERDICTS[outcome.verdict].style)
                + Text(f": {clean(outcome.title.get(lang))}"))

    rows = [(word("was", lang), outcome_line(before)), ("→", outcome_line(after))]
    if before.id == after.id:
        rows.append(("", Text(f"({word('same_outcome', lang)})", style="dim")))
    return Group(Text(f"{word('what_if', lang)}:", style="bold"), marked_list(rows))
