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
from typing import Any, Iterator, List, Optional

import typer

from .errors import ConductError, TreeError, UsageError
from .model import TRIAGE_ID

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
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
def _guard() -> Iterator[None]:
    try:
        yield
    except typer.Exit:
        raise
    except ConductError as error:
        _err(str(error))
        raise typer.Exit(error.exit_code) from None
    except (KeyboardInterrupt, EOFError):
        _err("stopped; nothing was saved.")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as error:  # a bug: still one line, with a way to see more
        if os.environ.get("CONDUCT_DEBUG"):
            raise
        _err(f"unexpected error ({type(error).__name__}: {error}); "
             "please report it (set CONDUCT_DEBUG=1 to see the details)")
        raise typer.Exit(70) from None


def _interactive(no_input: bool) -> bool:
    if no_input:
        return False
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def _console():
    from rich.console import Console

    return Console(highlight=False)


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


@app.command()
def check(
    topic: Optional[str] = typer.Argument(None, help="The topic to check (see 'conduct topics'); "
                                          "without it, a menu."),
    answer: List[str] = typer.Option([], "--answer", "-a", metavar="ID=VALUE",
                                     help="Answer a question in advance; repeatable."),
    answers_file: Optional[str] = typer.Option(None, "--answers", metavar="FILE",
                                               help="A YAML or JSON map of question id to answer."),
    no_input: bool = typer.Option(False, "--no-input", help="Never prompt; exit 3 when an answer is missing."),
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Work through a dilemma and get advice: what to do, why, and whom to contact."""
    with _guard():
        from .engine import Advice, check_answers
        from .interface import pick_language
        from .loader import load_library

        language = pick_language(lang)
        answers = _collect_answers(answer, answers_file)
        interactive = _interactive(no_input)
        topic_id = topic if topic is not None else answers.pop("topic", None)
        answers.pop("topic", None)
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
            raise UsageError(f"unknown topic '{shown(topic_id)}'; topics: {known}")
        check_answers(library, topic_id, answers)
        ask = show_pending = None
        if interactive:
            from . import prompts

            ask = prompts.ask
            if format is Format.text:
                def show_pending(pending_step):
                    from .engine import Advice as AdviceStep
                    from .render_text import print_advice

                    print_advice(_console(), AdviceStep(pending_step.topic, pending_step.pending, ()),
                                 library, language)
        step = walk(library, topic_id, answers, language, ask, show_pending)
        if isinstance(step, Advice):
            _show_advice(step, library, format, language, shown_already=show_pending is not None)
            return
        _show_needs_answer(step, format, language, library)
        raise typer.Exit(EXIT_NEEDS_ANSWER)


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


def _show_advice(step, library, format: Format, lang: str, shown_already: bool = False) -> None:
    if format is Format.json:
        from .render_json import advice_json

        _emit_json(advice_json(step, library, lang))
    else:
        from .render_text import print_advice

        print_advice(_console(), step, library, lang, with_earlier=not shown_already)


def _show_needs_answer(step, format: Format, lang: str, library=None) -> None:
    if format is Format.json:
        from .render_json import needs_answer_json

        _emit_json(needs_answer_json(step, lang, library))
    else:
        from .render_text import print_needs_answer

        print_needs_answer(_console(), step, lang, library)


@app.command()
def topics(
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """List the topics you can check."""
    with _guard():
        from .interface import pick_language
        from .loader import load_library

        language = pick_language(lang)
        library = load_library()
        if format is Format.json:
            from .render_json import topics_json

            _emit_json(topics_json(list(library.topics.values()), language))
        else:
            from .render_text import print_topics

            print_topics(_console(), library.topics.values(), language)


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

scenario_app = typer.Typer(help="Scenarios for trainers: play a situation in front of a group.",
                           no_args_is_help=True)
tree_app = typer.Typer(help="Pictures of the trees: in the terminal, or for slides and other tools.",
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
    with _guard():
        from .interface import pick_language, word

        language = pick_language(lang)
        scenarios = _shipped_scenarios()
        if format is Format.json:
            _emit_json([{"id": s.id, "title": s.title.get(language), "topic": s.topic} for s in scenarios])
            return
        from rich import box
        from rich.table import Table
        from rich.text import Text

        from .render_text import clean

        table = Table(box=box.SIMPLE_HEAD, show_edge=False)
        table.add_column(word("id_col", language), style="bold", no_wrap=True)
        table.add_column(word("title_col", language))
        table.add_column(word("topic_col", language), no_wrap=True)
        for s in scenarios:
            table.add_row(Text(s.id), Text(clean(s.title.get(language))), Text(s.topic))
        _console().print(table)


@scenario_app.command("play")
def scenario_play(
    scenario_id: str = typer.Argument(..., metavar="ID", help="The scenario (see 'conduct scenario list')."),
    quiz: bool = typer.Option(False, "--quiz", help="Let the group vote before each answer and the advice."),
    what_if: bool = typer.Option(False, "--what-if", help="After the advice, change one answer and see where it leads."),
    no_input: bool = typer.Option(False, "--no-input", help="Play straight through without waiting."),
    format: Format = typer.Option(Format.text, "--format", help=FORMAT_HELP),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Play a scenario: the story, each question with the scripted answer, the advice."""
    with _guard():
        from .interface import pick_language
        from .loader import load_library
        from .scenarios import find, replay

        language = pick_language(lang)
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
        play(scenario, replayed, library, language, _console(), io, quiz=quiz, what_if=what_if)


def _topic_for_picture(topic_id: str):
    from .answers import shown
    from .loader import load_library

    library = load_library()
    topic = library.topic(topic_id)
    if topic is None:
        raise UsageError(f"unknown topic '{shown(topic_id)}'; topics: {', '.join(library.topics)}, triage")
    return library, topic


@tree_app.command("show")
def tree_show(
    topic_id: str = typer.Argument(..., metavar="TOPIC"),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Show a topic's tree: questions, answers, outcomes coloured by verdict, the next contact."""
    with _guard():
        from .interface import pick_language
        from .render_tree import topic_tree

        language = pick_language(lang)
        library, topic = _topic_for_picture(topic_id)
        _console().print(topic_tree(topic, library, language))


@tree_app.command("export")
def tree_export(
    topic_id: str = typer.Argument(..., metavar="TOPIC"),
    format: ExportFormat = typer.Option(ExportFormat.mermaid, "--format", help="mermaid, dot (Graphviz) or json."),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
) -> None:
    """Export a topic's tree for slides (Mermaid, Graphviz dot) or other tools (JSON)."""
    with _guard():
        from .export import to_dot, to_json, to_mermaid
        from .interface import pick_language

        language = pick_language(lang)
        library, topic = _topic_for_picture(topic_id)
        if format is ExportFormat.json:
            _emit_json(to_json(topic, library))
        elif format is ExportFormat.dot:
            sys.stdout.write(to_dot(topic, library, language))
        else:
            sys.stdout.write(to_mermaid(topic, library, language))
