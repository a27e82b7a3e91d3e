"""`conduct check`: work through a dilemma and get advice."""
from __future__ import annotations

import functools
import sys
from typing import Any, Optional

import typer

from ..errors import ExitCode
from .guard import emit_json, err, guard, interactive, load_config, screen
from .options import CONFIG, FORMAT, LANG, NO_INPUT, PLAIN, Format


def _collect_answers(answer: list[str] | None, answers_file: str | None) -> dict[str, Any]:
    from ..walk.answers import parse_assignment, read_answers_file

    answers: dict[str, Any] = {}
    if answers_file:
        answers.update(read_answers_file(answers_file))
    for item in answer or []:
        key, value = parse_assignment(item)
        answers[key] = value
    return answers


def check(
    topic: Optional[str] = typer.Argument(None, metavar="[TOPIC]",
                                          help="The topic to check (see 'conduct topics'); without it, a menu."),
    answer: Optional[list[str]] = typer.Option(
        None, "--answer", "-a", metavar="ID=VALUE", help="Answer a question in advance; repeatable."),
    answers_file: Optional[str] = typer.Option(None, "--answers", metavar="FILE",
                                               help="A YAML or JSON map of question id to answer."),
    no_input: bool = NO_INPUT,
    no_review: bool = typer.Option(False, "--no-review", help="Skip checking your answers before the advice."),
    save: Optional[str] = typer.Option(None, "--save", metavar="FILE",
                                       help="Write a Markdown summary (readable only by you)."),
    force: bool = typer.Option(False, "--force", help="Let --save replace an existing file."),
    config: Optional[str] = CONFIG,
    format: Format = FORMAT,
    plain: bool = PLAIN,
    lang: Optional[str] = LANG,
) -> None:
    """Work through a dilemma and get advice: what to do, why, and whom to contact."""
    with guard(lang) as language:
        from ..walk.check import check as run_check
        from ..walk.engine import Advice
        from ..walk.session import Scripted

        answers = _collect_answers(answer, answers_file)
        target = None
        if save:
            from ..outputs.files import check_target

            target = check_target(save, force)  # before any question: nothing typed is lost
        settings = _config_or_warning(config, language)
        live = interactive(no_input)
        shown = screen(plain) if format is Format.text else None
        if live:
            from ..terminal.walk_io import TerminalIO

            io: Any = TerminalIO(language, shown, config=settings)
        else:
            io = Scripted()
        while True:
            result = run_check(topic, answers, io, review=live and not no_review)
            if not isinstance(result.step, Advice):
                _show_needs_answer(result, format, language, shown)
                raise typer.Exit(ExitCode.NEEDS_ANSWER)
            _show_advice(result, format, language, shown, settings, live=live and format is Format.text)
            if target is not None:
                _save_summary(target, result, settings, language, format, force)
                target = None
            if not (live and format is Format.text):
                return
            from ..terminal.walk_io import ANOTHER

            save_here = functools.partial(_save_here, result=result, settings=settings, language=language)
            if io.after_advice(result.step, result.library, save_here) != ANOTHER:
                return
            topic, answers = None, {}


def _config_or_warning(option: str | None, lang: str) -> Any:
    """The contacts config; a check is never blocked by it. A file that is missing, broken or
    mistyped is one warning line, and the advice comes without the contacts' details.
    """
    from ..errors import CONFIG_IGNORED, UsageError

    try:
        return load_config(option)
    except UsageError as error:
        from ..content.config import Config

        err(UsageError(CONFIG_IGNORED, problem=error.text(lang)).text(lang))
        return Config(None, "none", {})


def _save_summary(target: Any, result: Any, settings: Any, lang: str, format: Format, force: bool) -> None:
    """Write the Markdown summary (private, atomic, never over a file without --force), and say where."""
    from ..outputs.files import write_private
    from ..outputs.summary import summary
    from ..words import word

    write_private(target, summary(result.step, result.library, settings, lang), force)
    print(f"{word('saved_to', lang)}: {target}", file=sys.stderr if format is Format.json else sys.stdout)


def _save_here(path: str, result: Any, settings: Any, language: str) -> None:
    """"Save a summary" after the advice: the same checks and writer as --save."""
    from ..outputs.files import check_target

    _save_summary(check_target(path, False), result, settings, language, Format.text, False)


def _show_advice(result: Any, format: Format, lang: str, shown: Any, settings: Any, live: bool) -> None:
    if format is Format.json:
        from ..outputs.protocol import advice_json

        emit_json(advice_json(result.step, result.library, lang, settings))
    else:
        from ..terminal.advice import print_advice

        # at a terminal the earlier advice was shown during the walk, and the details are a
        # "show more" away, so the advice itself is on the screen at once
        print_advice(shown, result.step, result.library, lang, with_earlier=not live, config=settings,
                     details=not live)


def _show_needs_answer(result: Any, format: Format, lang: str, shown: Any) -> None:
    if format is Format.json:
        from ..outputs.protocol import needs_answer_json

        emit_json(needs_answer_json(result.step, lang, result.library))
    else:
        from ..terminal.advice import print_needs_answer

        print_needs_answer(shown or screen(), result.step, lang, result.library)
