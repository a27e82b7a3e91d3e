"""Playing a scenario in front of a group: the story, each question with the scripted answer,
the group's votes beside the code's answer, the advice, the discussion questions, and "what
if" variations that show where a dilemma tips.

The screen is drawn with rich; everything the trainer types goes through a `TrainerIO`, so the
same flow runs at a terminal (questionary) and in tests (a scripted IO).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Protocol

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .answers import Value, parse_amount
from .engine import Advice, Step
from .errors import AnswerError
from .interface import verdict_label, word
from .model import NOT_SURE, Library, Outcome, Question, QuestionKind, Verdict
from .render_text import VERDICT_STYLE, advice_renderable, answer_label, clean, frame, is_plain
from .scenarios import Replay, Scenario


class TrainerIO(Protocol):
    def wait(self, lang: str) -> None: ...
    def text(self, message: str, validate: Callable[[str], bool | str], lang: str) -> str: ...
    def pick(self, message: str, choices: list[tuple[str, str]], lang: str) -> str: ...
    def ask(self, question: Question, lang: str) -> Value: ...


class TerminalIO:
    """The trainer at a real terminal, through the questionary prompts."""

    def wait(self, lang: str) -> None:
        from . import prompts

        prompts.wait_for_enter(word("press_enter", lang))

    def text(self, message: str, validate: Callable[[str], bool | str], lang: str) -> str:
        from . import prompts

        return prompts.ask_text(message, validate)

    def pick(self, message: str, choices: list[tuple[str, str]], lang: str) -> str:
        from . import prompts

        return prompts.ask_choice(message, choices, lang)

    def ask(self, question: Question, lang: str) -> Value:
        from . import prompts

        return prompts.ask(question, lang)


# --- votes -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Votes:
    """Either a count per option or just the option the group chose."""

    counts: tuple[int, ...] | None = None
    choice: int | None = None        # index into the options
    amount: float | str | None = None


def parse_votes(text: str, options: list[str], amount: bool = False) -> Votes:
    """What the trainer typed: a count per option ("3 0 2"), or the group's choice (its number
    or value); for an amount question, the group's amount. Raises AnswerError otherwise."""
    text = text.strip()
    if amount:
        lowered = text.lower()
        if lowered in ("?", "not_sure", "not sure", "weet niet"):
            return Votes(amount=NOT_SURE)
        number = parse_amount(text)
        if number is None:
            raise AnswerError("type the group's amount in euro (e.g. 20), or ? if the group is not sure",
                              "typ het bedrag van de groep in euro (bijv. 20), of ? als de groep het niet weet")
        return Votes(amount=number)
    tokens = [t for t in re.split(r"[\s,;]+", text) if t]
    if len(tokens) == len(options) and all(t.isdigit() for t in tokens):
        return Votes(counts=tuple(int(t) for t in tokens))
    if len(tokens) == 1:
        token = tokens[0].lower()
        if token.isdigit() and 1 <= int(token) <= len(options):
            return Votes(choice=int(token) - 1)
        if token in options:
            return Votes(choice=options.index(token))
    example = " ".join(["0"] * len(options))
    raise AnswerError(f"type a count for each of the {len(options)} options (e.g. {example}), "
                      f"or the number of the group's choice (1-{len(options)})",
                      f"typ een aantal voor elk van de {len(options)} keuzes (bijv. {example}), "
                      f"of het nummer van de keuze van de groep (1-{len(options)})")


def votes_table(labels: list[str], votes: Votes, right: int | None, lang: str, plain: bool = False) -> Table:
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

def _question_panel(number: int, step: Step, lang: str, reveal: bool, plain: bool):
    question = step.question
    lines: list = [Text(clean(question.text.get(lang)), style="bold")]
    if question.help is not None:
        lines.append(Text(clean(question.help.get(lang)), style="dim"))
    lines.append(Text(""))
    if question.kind is QuestionKind.AMOUNT:
        lines.append(Text(f"({word('amount_in_euro', lang)})", style="dim"))
        if reveal:
            lines.append(Text("▶ " + answer_label(step, lang), style="bold reverse"))
    else:
        for index, choice in enumerate(question.choices, 1):
            picked = reveal and choice.value == step.answer
            marker = "▶" if picked else " "
            lines.append(Text(f"{marker} {index}. {clean(choice.label.get(lang))}",
                              style="bold reverse" if picked else ""))
    title = Text(f" {word('step', lang)} {number} ")
    return frame(Group(*lines), title, None, "none", plain, padding=(0, 1))


def _topic_verdicts(library: Library, topic_id: str) -> list[Verdict]:
    topic = library.topic(topic_id)
    present = {n.verdict for n in topic.nodes.values() if isinstance(n, Outcome)} if topic else set()
    return [v for v in Verdict if v in present]


def _vote(io: TrainerIO, console: Console, labels: list[str], values: list[str], lang: str,
          amount: bool = False) -> Votes:
    def validate(text: str) -> bool | str:
        try:
            parse_votes(text, values, amount)
        except AnswerError as error:
            return error.text(lang)
        return True

    hint = word("vote_amount_hint" if amount else "vote_hint", lang)
    return parse_votes(io.text(f"{word('group_votes', lang)} ({hint})", validate, lang), values, amount)


def play(scenario: Scenario, replayed: Replay, library: Library, lang: str, console: Console,
         io: TrainerIO | None, quiz: bool = False, what_if: bool = False) -> None:
    """Play a scenario. With `io` None (no terminal or --no-input) it plays straight through."""
    plain = is_plain(console)
    console.print(frame(Text(clean(scenario.story.get(lang))),
                        Text(f" {clean(scenario.title.get(lang))} ", style="bold"),
                        Text(f" {scenario.topic} ", style="dim"), "none", plain,
                        box_style=box.DOUBLE, padding=(1, 2)))
    interactive = io is not None
    quiz = quiz and interactive
    for number, step in enumerate(replayed.advice.path, 1):
        if interactive:
            io.wait(lang)
        question = step.question
        console.print(_question_panel(number, step, lang, reveal=not quiz, plain=plain))
        if quiz:
            if question.kind is QuestionKind.AMOUNT:
                votes = _vote(io, console, [], [], lang, amount=True)
                group = answer_label(Step(step.topic, question, votes.amount), lang) if votes.amount != NOT_SURE \
                    else question.choices[-1].label.get(lang)
                console.print(Text(f"{word('group', lang)}: {group}    "
                                   f"{word('the_code', lang)}: {answer_label(step, lang)}", style="bold"))
            else:
                values = [c.value for c in question.choices]
                votes = _vote(io, console, [], values, lang)
                right = values.index(step.answer) if step.answer in values else None
                console.print(votes_table([c.label.get(lang) for c in question.choices], votes, right, lang, plain))
    outcome = replayed.advice.outcome
    if quiz:
        verdicts = _topic_verdicts(library, scenario.topic)
        console.print(Text(word("vote_verdict", lang), style="bold"))
        votes = _vote(io, console, [], [v.value for v in verdicts], lang)
        right = verdicts.index(outcome.verdict) if outcome.verdict in verdicts else None
        console.print(votes_table([verdict_label(v, lang) for v in verdicts], votes, right, lang, plain))
    if interactive:
        io.wait(lang)
    console.print(advice_renderable(replayed.advice, library, lang, plain))
    console.print(_discussion(scenario, lang, plain))
    if what_if and interactive:
        _what_if_loop(scenario, replayed, library, lang, console, io)


def _discussion(scenario: Scenario, lang: str, plain: bool):
    rows = [Text(f"{n}. ") + Text(clean(q.get(lang))) for n, q in enumerate(scenario.discussion, 1)]
    return frame(Group(*rows), Text(f" {word('discuss', lang)} ", style="bold"), None, "none", plain,
                 padding=(0, 1))


def _what_if_loop(scenario: Scenario, replayed: Replay, library: Library, lang: str,
                  console: Console, io: TrainerIO) -> None:
    from .cli import walk

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
        answers[f"{step.topic}.{question.id}"] = new_value
        result = walk(library, scenario.topic, answers, lang, io.ask)
        assert isinstance(result, Advice)
        console.print(advice_renderable(result, library, lang, is_plain(console)))
        before, after = replayed.advice.outcome, result.outcome
        console.print(Text(f"{word('what_if', lang)}: ", style="bold")
                      + Text(f"{verdict_label(before.verdict, lang)}", style=VERDICT_STYLE[before.verdict])
                      + Text(" → ")
                      + Text(f"{verdict_label(after.verdict, lang)}", style=VERDICT_STYLE[after.verdict])
                      + Text("" if before.id != after.id else f"  ({word('same_outcome', lang)})", style="dim"))
