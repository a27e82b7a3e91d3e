"""The questionary adapter: asks one question of the engine's kind and returns its value.

This is the only module that imports questionary (and so prompt_toolkit, which is slow to
load); the command line imports it only when a prompt is about to be shown. `input` and
`output` let tests drive the prompts in-process.
"""
from __future__ import annotations

from typing import Any

import questionary
from questionary import Choice as QChoice

from ..content.model import NOT_SURE, Question, QuestionKind, Topic
from ..errors import AnswerError
from ..walk.answers import Value, parse_answer
from ..walk.session import BACK
from ..words import word


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


def _with_keys(question: Any, back: bool, select: bool) -> Any:
    """Add our keys to a questionary question: Esc (and ← in a list) to go back, Ctrl-D to stop."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    keys = KeyBindings()

    @keys.add("c-d", eager=True)
    def _stop(event: Any) -> None:
        event.app.exit(exception=EOFError())

    if back:
        @keys.add("escape", eager=True)
        def _back(event: Any) -> None:
            event.app.exit(result=BACK)

        if select:
            @keys.add("left", eager=True)
            def _back_left(event: Any) -> None:
                event.app.exit(result=BACK)

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, keys]) if app.key_bindings else keys
    return question


STOP_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT")


def _asked(question: Any) -> Any:
    """Ask a questionary question so that a signal ends it as Ctrl-C does: the prompt exits,
    the terminal is restored, and then SIGINT (sent with kill) raises KeyboardInterrupt and
    SIGTERM, SIGHUP and SIGQUIT raise Stopped, for the command to end with one line.
    """
    import asyncio
    import signal

    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys

    from ..errors import Stopped

    app = question.application
    keys = KeyBindings()

    @keys.add(Keys.SIGINT, eager=True)
    def _interrupt(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt())

    app.key_bindings = merge_key_bindings([app.key_bindings, keys]) if app.key_bindings else keys

    def stop(number: int) -> None:
        if app.is_running and not app.is_done:
            app.exit(exception=Stopped(number))

    before: dict[int, Any] = {}

    def catch_signals() -> None:   # inside the prompt's event loop, once it runs
        loop = asyncio.get_running_loop()
        for name in STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                before[number] = signal.getsignal(number)
                loop.add_signal_handler(number, stop, number)

    app.pre_run_callables.append(catch_signals)
    try:
        return question.unsafe_ask()
    finally:   # the loop is gone, and its handlers with it: back to the ones from before
        for number, handler in before.items():
            signal.signal(number, handler)


def _default_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def ask(question: Question, lang: str, input: Any = None, output: Any = None,
        default: Any = None, back: bool = False) -> Value | str:
    """Ask one question. Returns the parsed value, or BACK when `back` is allowed and chosen.
    Ctrl-C raises KeyboardInterrupt and Ctrl-D EOFError, for the caller to end cleanly.
    """
    if question.kind is QuestionKind.AMOUNT:
        def validate(text: str) -> bool | str:
            try:
                parse_answer(question, text)
            except AnswerError as error:
                return error.text(lang)
            return True

        hint = word("amount_hint", lang) + (f"; {word('back_hint_text', lang)}" if back else "")
        prompt = questionary.text(_message(question, lang), validate=validate, qmark="?",
                                  default=_default_text(default) if default != NOT_SURE else "?",
                                  instruction=f"({hint})", **_io(input, output))
    else:
        choices = [QChoice(title=c.label.get(lang), value=c.value) for c in question.choices]
        if back:
            choices.append(QChoice(title=word("back", lang), value=BACK))
        hint = word("select_hint", lang) + (f"; {word('back_hint', lang)}" if back else "")
        prompt = questionary.select(_message(question, lang), choices=choices, qmark="?",
                                    default=default if question.choice(str(default)) else None,
                                    instruction=f"({hint})", **_io(input, output))
    raw = _asked(_with_keys(prompt, back, select=question.kind is not QuestionKind.AMOUNT))
    if raw is None:  # pragma: no cover - questionary returns None only when aborted
        raise KeyboardInterrupt
    if raw == BACK:
        return BACK
    return parse_answer(question, raw)


def review(rows: list[str], lang: str, input: Any = None, output: Any = None) -> int | None:
    """Check your answers: None to see the advice, or the index of the answer to change."""
    choices = [QChoice(title=word("show_advice", lang), value="advice")]
    choices += [QChoice(title=f"{word('change', lang)}: {row}", value=str(i)) for i, row in enumerate(rows)]
    prompt = questionary.select(word("review_pick", lang), choices=choices, qmark="?",
                                instruction=f"({word('select_hint', lang)})", **_io(input, output))
    raw = _asked(_with_keys(prompt, back=False, select=True))
    if raw is None:  # pragma: no cover
        raise KeyboardInterrupt
    return None if raw == "advice" else int(raw)


def ask_topic(topics: list[Topic], lang: str, input: Any = None, output: Any = None,
              triage: bool = False) -> str:
    """The topic menu; typing filters it. NOT_SURE picks the triage tree."""
    choices = [QChoice(title=f"{t.title.get(lang)}: {t.summary.get(lang)}", value=t.id) for t in topics]
    if triage:
        choices.append(QChoice(title=word("which_topic_unsure", lang), value=NOT_SURE))
    prompt = questionary.select(word("pick_topic", lang), choices=choices, qmark="?",
                                instruction=f"({word('topic_hint', lang)})",
                                use_search_filter=True, use_jk_keys=False, **_io(input, output))
    raw = _asked(_with_keys(prompt, back=False, select=True))
    if raw is None:  # pragma: no cover
        raise KeyboardInterrupt
    return str(raw)


def wait_for_enter(message: str, input: Any = None, output: Any = None) -> None:
    """Wait for any key."""
    _asked(questionary.press_any_key_to_continue(message, **_io(input, output)))


def ask_text(message: str, validate: Any, input: Any = None, output: Any = None) -> str:
    """A line of text that `validate` accepts (it returns True or the error to show)."""
    raw = _asked(_with_keys(questionary.text(message, validate=validate, qmark="?", **_io(input, output)),
                            back=False, select=False))
    if raw is None:  # pragma: no cover
        raise KeyboardInterrupt
    return raw


def ask_choice(message: str, choices: list[tuple[str, str]], lang: str,
               input: Any = None, output: Any = None) -> str:
    """The value of one of (label, value) `choices`."""
    prompt = questionary.select(message, choices=[QChoice(title=t, value=v) for t, v in choices],
                                qmark="?", instruction=f"({word('select_hint', lang)})", **_io(input, output))
    raw = _asked(_with_keys(prompt, back=False, select=True))
    if raw is None:  # pragma: no cover
        raise KeyboardInterrupt
    return raw
