"""`conduct check`: work through a dilemma and get advice."""
from __future__ import annotations

import functools
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
        chosen = _settings_or_warning(config, org, trees, language)
        if chosen.profile is not None:
            library(chosen)   # an unknown organisation is refused before any question
        live = interactive(no_input)
        shown = screen(plain) if format is Format.text else None
        if live:
            from ..terminal.walk_io import TerminalIO

            io: Any = TerminalIO(language, shown, config=chosen.config)
        else:
            io = Scripted()
        organisation, ask = chosen.profile, chosen.organisation is None   # "other": said, not asked
        while True:
            result = run_check(topic, answers, io, review=live and not no_review, trees=chosen.trees,
                               organisation=organisation, ask_organisation=ask)
            organisation, ask = result.library.organisation_id, False   # asked once, not for every topic
            if not isinstance(result.step, Advice):
                _show_needs_answer(result, format, language, shown)
                raise typer.Exit(ExitCode.NEEDS_ANSWER)
            _advise(result, target, format, language, shown, chosen.config, force, live)
            target = None
            if not (live and format is Format.text):
                return
            from ..terminal.walk_io import ANOTHER

            save_here = functools.partial(_save_here, result=result, config=chosen.config, language=language)
            if io.after_advice(result.step, result.library, save_here) != ANOTHER:
                return
            topic, answers = None, {}


def _settings_or_warning(config: str | None, org: str | None, trees: str | None, lang: str) -> Any:
    """The settings in use; a check is never blocked by the contacts file. One that is missing,
    broken or mistyped is one warning line, and the advice comes without the contacts' details.
    """
    from ..errors import CONFIG_IGNORED, UsageError

    def warn(error: UsageError) -> None:
        err(UsageError(CONFIG_IGNORED, problem=error.text(lang)).text(lang))

    return settings(config, org, trees, on_config_problem=warn)


def _advise(result: Any, target: Any, format: Format, lang: str, shown: Any, config: Any, force: bool,
            live: bool) -> None:
    """The summary first (whatever happens to the output next, what was asked for is kept),
    then the advice; a summary that could not be written is always reported.
    """
    not_saved = _save(target, result, config, lang, force) if target is not None else None
    try:
        _show_advice(result, format, lang, shown, config, live=live and format is Format.text)
    except BaseException:
        if not_saved is not None:
            err(not_saved.text(lang))
        raise
    if not_saved is not None:
        raise not_saved
    if target is not None:
        _say_saved(target, lang, format)


def _save(target: Any, result: Any, config: Any, lang: str, force: bool) -> Any:
    """Write the summary; the SaveError to report after the advice, or None when it is saved."""
    from ..errors import SaveError
    from ..outputs.files import write_private
    from ..outputs.summary import summary

    try:
        write_private(target, summary(result.step, result.library, config, lang), force)
    except SaveError as error:
        return error
    saved(target)
    return None


def _say_saved(target: Any, lang: str, format: Format) -> None:
    from ..printable import escaped
    from ..words import word

    print(f"{word('saved_to', lang)}: {escaped(target)}", file=sys.stderr if format is Format.json else sys.stdout)


def _save_here(path: str, result: Any, config: Any, language: str) -> None:
    """"Save a summary" after the advice: the same checks and writer as --save."""
    from ..outputs.files import check_target, write_private
    from ..outputs.summary import summary

    target = check_target(path, False)
    write_private(target, summary(result.step, result.library, config, language), False)
    saved(target)
    _say_saved(target, language, Format.text)


def _show_advice(result: Any, format: Format, lang: str, shown: Any, config: Any, live: bool) -> None:
    if format is Format.json:
        from ..outputs.protocol import advice_json

        emit_json(advice_json(result.step, result.library, lang, config))
    else:
        from ..terminal.advice import print_advice

        # at a terminal the earlier advice was shown during the walk, and the details are a
        # "show more" away, so the advice itself is on the screen at once
        print_advice(shown, result.step, result.library, lang, with_earlier=not live, config=config,
                     details=not live)


def _show_needs_answer(result: Any, format: Format, lang: str, shown: Any) -> None:
    if format is Format.json:
        from ..outputs.protocol import needs_answer_json

        emit_json(needs_answer_json(result.step, lang, result.library))
    else:
        from ..terminal.advice import print_needs_answer

        print_needs_answer(shown or screen(), result.step, lang, result.library)
