"""The questionary adapter: asks one question of the engine's kind and returns its value.

This is the only module that imports questionary (and so prompt_toolkit, which is slow to
load); the command line imports it only when a prompt is about to be shown. `input` and
`output` let tests drive the prompts in-process.
"""
from __future__ import annotations

from typing import Any

import questionary
from questionary import Choice as QChoice

from .answers import Value, parse_answer
from .errors import AnswerError
from .interface import word
from .model import NOT_SURE, Question, QuestionKind, Topic


def _io(input: Any, output: Any) -> dict[str, Any]:
    io: dict[str, Any] = {}
    if input is not None:
        io["input"] = input
    if output is not None:
        io["output"] = output
    return io


def _message(question: Question, lang: str) -> str:
    text = question.text.get(lang)
    if question.help is not None:
        text += "\n  " + question.help.get(lang)
    return text


def ask(question: Question, lang: str, input: Any = None, output: Any = None) -> Value:
    """Ask one question; Ctrl-C raises KeyboardInterrupt, Ctrl-D EOFError, for the caller."""
    if question.kind is QuestionKind.AMOUNT:
        def validate(text: str) -> bool | str:
            try:
                parse_answer(question, text)
            except AnswerError as error:
                return str(error)
            return True

        raw = questionary.text(_message(question, lang), validate=validate, qmark="?",
                               instruction=f"({word('amount_hint', lang)})",
                               **_io(input, output)).unsafe_ask()
    else:
        choices = [QChoice(title=c.label.get(lang), value=c.value) for c in question.choices]
        raw = questionary.select(_message(question, lang), choices=choices, qmark="?",
                                 instruction=f"({word('select_hint', lang)})",
                                 **_io(input, output)).unsafe_ask()
    if raw is None:  # pragma: no cover - questionary returns None only when aborted
        raise KeyboardInterrupt
    return parse_answer(question, raw)


def ask_topic(topics: list[Topic], lang: str, input: Any = None, output: Any = None,
              triage: bool = False) -> str:
    choices = [QChoice(title=f"{t.title.get(lang)}: {t.summary.get(lang)}", value=t.id) for t in topics]
    if triage:
        choices.append(QChoice(title=word("which_topic_unsure", lang), value=NOT_SURE))
    raw = questionary.select(word("pick_topic", lang), choices=choices, qmark="?",
                             instruction=f"({word('topic_hint', lang)})",
                             use_search_filter=True, use_jk_keys=False,
                             **_io(input, output)).unsafe_ask()
    if raw is None:  # pragma: no cover
        raise KeyboardInterrupt
    return raw


def wait_for_enter(message: str, input: Any = None, output: Any = None) -> None:
    questionary.press_any_key_to_continue(message, **_io(input, output)).unsafe_ask()


def ask_text(message: str, validate: Any, input: Any = None, output: Any = None) -> str:
    raw = questionary.text(message, validate=validate, qmark="?", **_io(input, output)).unsafe_ask()
    if raw is None:  # pragma: no cover
        raise KeyboardInterrupt
    return raw


def ask_choice(message: str, choices: list[tuple[str, str]], lang: str,
               input: Any = None, output: Any = None) -> str:
    raw = questionary.select(message, choices=[QChoice(title=t, value=v) for t, v in choices],
                             qmark="?", instruction=f"({word('select_hint', lang)})",
                             **_io(input, output)).unsafe_ask()
    if raw is None:  # pragma: no cover
        raise KeyboardInterrupt
    return raw
