"""`conduct check`: work through a dilemma and get advice."""
from __future__ import annotations

import sys
from typing import Any, Optional

import typer

from ..errors import ExitCode
from .guard import emit_json, err, guard, interactive, library, saved, screen, settings
from .options import CONFIG, FORMAT, LANG, NO_INPUT, ORG, PLAIN, TREES, Format


def _collect_answers(answer: list[str] | None, answers_file: str | None) -> dict[str, Any]:
    from ..walk.answers import parse_assignment, read_answers_file

    answers: dict[str, Any] = {}
    if answers_file is not None:
        answers.update(read_answers_file(answers_file))
    for item in answer or []:
        key, value = parse_assignment(item)
        answers[key] = value
    return answers


def check(
    topic: Optional[str] = typer.Argument(None, help="The topic to check (see 'conduct topics'); without it, a menu."),
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
    org: Optional[str] = ORG,
    trees: Optional[str] = TREES,
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
        if save is not None:
            from ..outputs.files import check_target

            target = check_target(save, force)  # before any question: nothing typed is lost
        chosen = settings(config, org, trees)
        if chosen.organisation is not None:
            library(chosen)   # an unknown organisation is refused before any question
        live = interactive(no_input)
        shown = screen(plain) if format is Format.text else None
        if live:
            from ..terminal.walk_io import TerminalIO

            io: Any = TerminalIO(language, shown, config=chosen.config)
        else:
            io = Scripted()
        result = run_check(topic, answers, io, review=live and not no_review, trees=chosen.trees,
                           organisation=chosen.organisation)
        if not isinstance(result.step, Advice):
            _show_needs_answer(result, format, language, shown)
            raise typer.Exit(ExitCode.NEEDS_ANSWER)
        # The summary first: whatever happens to the output next, what was asked for is kept.
        not_saved = _save(target, result, chosen.config, language, force) if target is not None else None
        try:
            _show_advice(result, format, language, shown, chosen.config,
                         shown_already=live and format is Format.text)
        except BaseException:
            if not_saved is not None:   # a summary that could not be written is always reported
                err(not_saved.text(language))
            raise
        if not_saved is not None:
            raise not_saved
        if target is not None:
            from ..printable import escaped
            from ..words import word

            print(f"{word('saved_to', language)}: {escaped(target)}",
                  file=sys.stderr if format is Format.json else sys.stdout)


def _save(target: Any, result: Any, settings: Any, lang: str, force: bool) -> Any:
    """Write the summary; the SaveError to report after the advice, or None when it is saved."""
    from ..errors import SaveError
    from ..outputs.files import write_private
    from ..outputs.summary import summary

    try:
        write_private(target, summary(result.step, result.library, settings, lang), force)
    except SaveError as error:
        return error
    saved(target)
    return None


def _show_advice(result: Any, format: Format, lang: str, shown: Any, settings: Any,
                 shown_already: bool) -> None:
    if format is Format.json:
        from ..outputs.protocol import advice_json

        emit_json(advice_json(result.step, result.library, lang, settings))
    else:
        from ..terminal.advice import print_advice

        print_advice(shown, result.step, result.library, lang, with_earlier=not shown_already,
                     config=settings)


def _show_needs_answer(result: Any, format: Format, lang: str, shown: Any) -> None:
    if format is Format.json:
        from ..outputs.protocol import needs_answer_json

        emit_json(needs_answer_json(result.step, lang, result.library))
    else:
        from ..terminal.advice import print_needs_answer

        print_needs_answer(shown or screen(), result.step, lang, result.library)
