"""The command line: thin typer commands that parse options and wire the parts together.

Every command runs inside `_guard`, which turns the project's errors into one line on standard
error with the documented exit code, and Ctrl-C into exit 130: the same in a terminal and under
test, and never a traceback.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, Iterator, List, Optional

import typer

from .errors import ConductError, TreeError, UsageError
from .model import TRIAGE_ID

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,   # plain help: on screen at once, and easy on screen readers
    help="Integrity self-assessment: check a dilemma against your code of conduct.",
)


class Format(str, Enum):
    text = "text"
    json = "json"


LANG_HELP = "Language: nl or en (default: CONDUCT_LANG, else your locale)."
FORMAT_HELP = "text for people, json for scripts (see the README for the protocol)."

EXIT_NEEDS_ANSWER = 3
EXIT_INTERRUPTED = 130


def _err(message: str) -> None:
    from .answers import shown

    print(f"conduct: {shown(message, limit=2000)}", file=sys.stderr)


@contextmanager
def _guard(lang_option: Optional[str] = None) -> Iterator[str]:
    """Run a command body; yields the interface language. Errors become one line in that
    language, Ctrl-C and Ctrl-D exit 130, and a bug still gives one line, not a traceback."""
    from .interface import pick_language, word

    lang = "en"
    try:
        lang = pick_language(lang_option)
        yield lang
    except typer.Exit:
        raise
    except ConductError as error:
        _err(error.text(lang))
        raise typer.Exit(error.exit_code) from None
    except (KeyboardInterrupt, EOFError):
        _err(word("interrupted", lang))
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as error:  # a bug: still one line, with a way to see more
        if os.environ.get("CONDUCT_DEBUG"):
            raise
        _err(word("unexpected", lang).format(detail=f"{type(error).__name__}: {error}"))
        raise typer.Exit(70) from None


def _interactive(no_input: bool) -> bool:
    if no_input:
        return False
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def _console(plain: bool = False):
    """rich output; --plain or NO_COLOR give text without colour or box drawing."""
    from rich.console import Console

    plain = plain or bool(os.environ.get("NO_COLOR"))
    console = Console(highlight=False, emoji=False, no_color=plain,
                      **({"color_system": None} if plain else {}))
    console.plain = plain  # read by the renderers: no boxes, no lines
    return console


def _emit_json(data: Any) -> None:
    from .render_json import dumps

    sys.stdout.write(dumps(data) + "\n")


def _collect_answers(answer: List[str], answers_file: Optional[str]) -> dict[str, Any]:
    from .answers import parse_assignment, read_answers_file

    answers: dict[str, Any] = {}
    if answers_file:
        answers.update(read_answers_file(answers_file))
    for item in answer:
        key, value = parse_assignment(item)
        answers[key] = value
    return answers


def _topic_question(topics: list, lang: str, triage: bool):
    """The topic menu as a question, so a script is asked for a topic like any other answer."""
    from .interface import word
    from .model import NOT_SURE, Choice, Question, QuestionKind, Text

    choices = tuple(Choice(t.id, t.title, t.id) for t in topics)
    if triage:
        choices += (Choice(NOT_SURE, Text(word("which_topic_unsure", "nl"), word("which_topic_unsure", "en")),
                           TRIAGE_ID),)
    return Question("topic", QuestionKind.CHOICE, Text(word("pick_topic", "nl"), word("pick_topic", "en")),
                    choices)


PLAIN_HELP = "No colour and no box drawing (easier on screen readers); NO_COLOR does the same."
CONFIG_HELP = "Your organisation's contacts (YAML); default: CONDUCT_CONFIG, then the user config directory."


@app.command()
def check(
    topic: Optional[str] = typer.Argument(None, help="The topic to check (see 'conduct topics'); "
                                          "without it, a menu."),
    answer: List[str] = typer.Option([], "--answer", "-a", metavar="ID=VALUE",
                                     help="Answer a question in advance; repeatable."),
    answers_file: Optional[str] = typer.Option(None, "--answers", metavar="FILE",
                                               help="A YAML or JSON map of question id to answer."),
    no_input: bool = typer.Option(False, "--no-input", help="Never prompt; exit 3 when an answer is missing."),
    no_review: bool = typer.Option(False, "--no-review", help="Skip checking your answers before the advice."),
    save: Optional[str] = typer.Option(None, "--save", metavar="FILE",
                                       help="Write a Markdown summary (readable only by you)."),
    force: bool = typer.Option(False, "--force", help="Let --save replace an existing file."),
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP),
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    plain: bool = typer.Option(False, "--plain", help=PLAIN_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Work through a dilemma and get advice: what to do, why, and whom to contact."""
    with _guard(lang) as language:
        from .engine import Advice, check_answers
        from .loader import load_library

        answers = _collect_answers(answer, answers_file)
        target = None
        if save:
            from .save import check_target

            target = check_target(save, force)  # before any question: nothing typed is lost
        settings = _load_config(config)
        interactive = _interactive(no_input)
        console = _console(plain) if format is Format.text else None
        topic_id = topic if topic is not None else answers.pop("topic", None)
        answers.pop("topic", None)
        menu = topic_id is None
        while True:
            if topic_id is None:
                everything = load_library()
                topics = list(everything.topics.values())
                if not interactive:
                    _needs_topic(topics, format, language, triage=everything.triage is not None)
                from . import prompts

                topic_id = prompts.ask_topic(topics, language, triage=everything.triage is not None)
            topic_id = str(topic_id).strip()
            if topic_id.lower().replace(" ", "_") == "not_sure":
                topic_id = TRIAGE_ID  # not sure which topic: a few plain questions find it
            library = load_library(only=topic_id)
            if library.topic(topic_id) is None:
                from .answers import shown

                known = ", ".join(load_library().topics)
                raise UsageError(f"unknown topic '{shown(topic_id)}'; topics: {known}",
                                 f"onbekend onderwerp '{shown(topic_id)}'; onderwerpen: {known}")
            check_answers(library, topic_id, answers)
            if not interactive:
                step = walk(library, topic_id, answers, language)
                break
            from . import session

            show_pending = None
            if format is Format.text:
                def show_pending(pending_step, library=library):
                    from .render_text import print_advice

                    print_advice(console, Advice(pending_step.topic, pending_step.pending, ()),
                                 library, language, config=settings)
            step = session.run(library, topic_id, answers, language, session.TerminalSessionIO(),
                               review=not no_review, back_to_menu=menu, show_pending=show_pending)
            if step == session.BACK:
                topic_id = None
                continue
            break
        if not isinstance(step, Advice):
            _show_needs_answer(step, format, language, library, console)
            raise typer.Exit(EXIT_NEEDS_ANSWER)
        _show_advice(step, library, format, language, console, settings,
                     shown_already=interactive and format is Format.text)
        if target is not None:
            from .interface import word
            from .save import summary, write_private

            write_private(target, summary(step, library, settings, language), force)
            print(f"{word('saved_to', language)}: {target}",
                  file=sys.stderr if format is Format.json else sys.stdout)


def _load_config(option: Optional[str]):
    from . import config as config_module
    from .loader import shipped_roles

    return config_module.load(option, set(shipped_roles()))


def walk(library, topic_id: str, answers: dict[str, Any], lang: str, ask=None, show_pending=None):
    """Answer questions with `ask` (a prompt) until the engine gives advice; without `ask`,
    stop at the first question the answers given do not cover. Before a handover question,
    `show_pending` shows the advice reached so far."""
    from .engine import Advice, next_step

    while True:
        step = next_step(library, topic_id, answers)
        if isinstance(step, Advice) or ask is None:
            return step
        if step.pending is not None and show_pending is not None:
            show_pending(step)
        answers[step.key] = ask(step.question, lang)


def _needs_topic(topics: list, format: Format, lang: str, triage: bool) -> None:
    from .engine import NeedsAnswer
    from .model import Text, Topic

    question = _topic_question(topics, lang, triage)
    placeholder = Topic("topic", Text("", ""), Text("", ""), "topic", {})
    step = NeedsAnswer(placeholder, question, ())
    if format is Format.json:
        from .render_json import needs_answer_json

        data = needs_answer_json(step, lang)
        data.pop("topic")
        _emit_json(data)
    else:
        from .render_text import print_needs_answer

        print_needs_answer(_console(), step, lang)
    raise typer.Exit(EXIT_NEEDS_ANSWER)


def _show_advice(step, library, format: Format, lang: str, console, settings,
                 shown_already: bool = False) -> None:
    if format is Format.json:
        from .render_json import advice_json

        _emit_json(advice_json(step, library, lang, settings))
    else:
        from .render_text import print_advice

        print_advice(console, step, library, lang, with_earlier=not shown_already, config=settings)


def _show_needs_answer(step, format: Format, lang: str, library=None, console=None) -> None:
    if format is Format.json:
        from .render_json import needs_answer_json

        _emit_json(needs_answer_json(step, lang, library))
    else:
        from .render_text import print_needs_answer

        print_needs_answer(console or _console(), step, lang, library)


@app.command()
def topics(
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    plain: bool = typer.Option(False, "--plain", help=PLAIN_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """List the topics you can check."""
    with _guard(lang) as language:
        from .loader import load_library

        library = load_library()
        if format is Format.json:
            from .render_json import topics_json

            _emit_json(topics_json(list(library.topics.values()), language))
        else:
            from .render_text import print_topics

            print_topics(_console(plain), library.topics.values(), language)


@app.command()
def validate(
    paths: Optional[List[str]] = typer.Argument(None, help="Tree files or directories; default: the shipped trees."),
) -> None:
    """Check tree files: schema, targets, reachability, cycles, contacts, sources, links."""
    with _guard():
        from .validation import validate_paths

        problems, topic_count, node_count, scenario_count = validate_paths(paths or None)
        if problems:
            for problem in problems:
                _err(str(problem))
            print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", file=sys.stderr)
            raise typer.Exit(TreeError.exit_code)
        scenarios = f", {scenario_count} scenario{'s' if scenario_count != 1 else ''} replayed" if scenario_count else ""
        print(f"ok: {topic_count} topic{'s' if topic_count != 1 else ''}, {node_count} nodes{scenarios}, no problems")


# --- trainer mode: scenarios and pictures --------------------------------------------------------

scenario_app = typer.Typer(help="Scenarios for trainers: play a situation in front of a group.", rich_markup_mode=None,
                           no_args_is_help=True)
tree_app = typer.Typer(help="Pictures of the trees: in the terminal, or for slides and other tools.", rich_markup_mode=None,
                       no_args_is_help=True)
app.add_typer(scenario_app, name="scenario")
app.add_typer(tree_app, name="tree")


class ExportFormat(str, Enum):
    mermaid = "mermaid"
    dot = "dot"
    json = "json"


def _shipped_scenarios():
    from .errors import TreeError as _TreeError
    from .loader import shipped_trees_dir
    from .scenarios import load_scenarios

    scenarios, problems = load_scenarios(shipped_trees_dir())
    if problems:
        raise _TreeError(problems)
    return scenarios


@scenario_app.command("list")
def scenario_list(
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """List the scenarios."""
    with _guard(lang) as language:
        from .interface import word

        scenarios = _shipped_scenarios()
        if format is Format.json:
            _emit_json([{"id": s.id, "title": s.title.get(language), "topic": s.topic} for s in scenarios])
            return
        from rich import box
        from rich.table import Table
        from rich.text import Text

        from .render_text import clean

        console = _console()
        table = Table(box=None if console.plain else box.SIMPLE_HEAD, show_edge=False)
        table.add_column(word("id_col", language), style="bold", no_wrap=True)
        table.add_column(word("title_col", language))
        table.add_column(word("topic_col", language), no_wrap=True)
        for s in scenarios:
            table.add_row(Text(s.id), Text(clean(s.title.get(language))), Text(s.topic))
        console.print(table)


@scenario_app.command("play")
def scenario_play(
    scenario_id: str = typer.Argument(..., metavar="ID", help="The scenario (see 'conduct scenario list')."),
    quiz: bool = typer.Option(False, "--quiz", help="Let the group vote before each answer and the advice."),
    what_if: bool = typer.Option(False, "--what-if", help="After the advice, change one answer and see where it leads."),
    no_input: bool = typer.Option(False, "--no-input", help="Play straight through without waiting."),
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    plain: bool = typer.Option(False, "--plain", help=PLAIN_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Play a scenario: the story, each question with the scripted answer, the advice."""
    with _guard(lang) as language:
        from .loader import load_library
        from .scenarios import find, replay

        scenario = find(_shipped_scenarios(), scenario_id)
        library = load_library()
        replayed, problems = replay(scenario, library)
        if replayed is None:
            raise TreeError(problems)
        if format is Format.json:
            from .render_json import advice_json

            _emit_json({"status": "scenario", "scenario": scenario.id, "topic": scenario.topic,
                        "title": scenario.title.get(language), "story": scenario.story.get(language),
                        "advice": advice_json(replayed.advice, library, language),
                        "discussion": [q.get(language) for q in scenario.discussion]})
            return
        from .trainer import TerminalIO, play

        io = TerminalIO() if _interactive(no_input) else None
        play(scenario, replayed, library, language, _console(plain), io, quiz=quiz, what_if=what_if)


def _topic_for_picture(topic_id: str):
    from .answers import shown
    from .loader import load_library

    library = load_library()
    topic = library.topic(topic_id)
    if topic is None:
        known = ", ".join(list(library.topics) + ["triage"])
        raise UsageError(f"unknown topic '{shown(topic_id)}'; topics: {known}",
                         f"onbekend onderwerp '{shown(topic_id)}'; onderwerpen: {known}")
    return library, topic


@tree_app.command("show")
def tree_show(
    topic_id: str = typer.Argument(..., metavar="TOPIC"),
    plain: bool = typer.Option(False, "--plain", help=PLAIN_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Show a topic's tree: questions, answers, outcomes coloured by verdict, the next contact."""
    with _guard(lang) as language:
        from .render_tree import plain_lines, topic_tree

        library, topic = _topic_for_picture(topic_id)
        console = _console(plain)
        if console.plain:
            for line in plain_lines(topic, library, language):
                console.print(line)
        else:
            console.print(topic_tree(topic, library, language))


@tree_app.command("export")
def tree_export(
    topic_id: str = typer.Argument(..., metavar="TOPIC"),
    format: ExportFormat = typer.Option(ExportFormat.mermaid, "--format", help="mermaid, dot (Graphviz) or json."),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Export a topic's tree for slides (Mermaid, Graphviz dot) or other tools (JSON)."""
    with _guard(lang) as language:
        from .export import to_dot, to_json, to_mermaid

        library, topic = _topic_for_picture(topic_id)
        if format is ExportFormat.json:
            _emit_json(to_json(topic, library))
        elif format is ExportFormat.dot:
            sys.stdout.write(to_dot(topic, library, language))
        else:
            sys.stdout.write(to_mermaid(topic, library, language))


# --- your organisation's contacts ----------------------------------------------------------------

config_app = typer.Typer(help="Your organisation's contacts file: where it is, and a template.", rich_markup_mode=None,
                         no_args_is_help=True)
app.add_typer(config_app, name="config")


@app.command()
def contacts(
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP),
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    plain: bool = typer.Option(False, "--plain", help=PLAIN_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """List every contact role: what it is for, what it keeps confidential, and its details."""
    with _guard(lang) as language:
        from .loader import shipped_roles

        roles = shipped_roles()
        settings = _load_config(config)
        if format is Format.json:
            _emit_json([{"id": r.id, "name": r.name.get(language), "purpose": r.purpose.get(language),
                         "confidentiality": r.confidentiality.get(language),
                         "details": dict(settings.details(r.id).items()) if settings.details(r.id) else {}}
                        for r in roles.values()])
            return
        from rich.text import Text

        from .interface import word
        from .render_text import _list, clean, frame

        console = _console(plain)
        for role in roles.values():
            rows = [("", Text(clean(role.purpose.get(language)))),
                    ("", Text(f"{word('confidential', language)}: {clean(role.confidentiality.get(language))}",
                              style="dim"))]
            details = settings.details(role.id)
            if details:
                rows += [("", Text(f"{word('detail_' + k, language)}: {clean(v)}", style="bold"))
                         for k, v in details.items()]
            console.print(frame(_list(rows), Text(f" {clean(role.name.get(language))} ", style="bold"),
                                Text(f" {role.id} ", style="dim"), "blue", console.plain, padding=(0, 1)))


@config_app.command("show")
def config_show(
    config: Optional[str] = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Say which contacts file is in use (and check it)."""
    with _guard(lang) as language:
        from . import config as config_module
        from .interface import word

        settings = _load_config(config)
        if settings.path is None:
            print(word("no_config", language))
            print(f"{word('config_default', language)}: {config_module.default_path()}")
            return
        print(f"{word('config_in_use', language)}: {settings.path} "
              f"({word('config_origin', language)} {settings.origin})")
        for role, details in settings.contacts.items():
            print(f"  {role}: " + ", ".join(f"{k}={v}" for k, v in details.items()))


@config_app.command("init")
def config_init(
    path: Optional[str] = typer.Argument(None, metavar="[FILE]", help="Where to write; default: the user config directory."),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Write a commented template to fill in (never over an existing file)."""
    with _guard(lang) as language:
        from . import config as config_module
        from .interface import word
        from .loader import load_roles, shipped_trees_dir, display_path

        target = Path(path).expanduser() if path else config_module.default_path()
        if target.exists():
            raise UsageError(f"{target} already exists; edit it, or give another file name",
                             f"{target} bestaat al; pas het aan, of geef een andere bestandsnaam")
        roles, _ = load_roles(display_path(str(shipped_trees_dir() / "contacts.yaml")))
        text = config_module.template([(r.id, r.name.get(language)) for r in roles.values()])
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8") as out:
                out.write(text)
        except FileExistsError:
            raise UsageError(f"{target} already exists", f"{target} bestaat al") from None
        except OSError as error:
            raise UsageError(f"cannot write {target}: {error.strerror or error}",
                             f"kan {target} niet schrijven: {error.strerror or error}") from None
        print(f"{word('config_written', language)}: {target}")
