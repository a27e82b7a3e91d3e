"""What a person sees, read off a terminal emulator: the real command runs under a pseudo-terminal
of 100, 80 or 40 columns (pexpect), its output is fed to a pyte screen, and the tests read the
screen's lines. Nothing may be cut off: every word of a question, its help and its choices, every
answer in the review, the advice first; and a plain run draws no colour at all."""
from __future__ import annotations

import itertools
import os
import re
import sys
import time

import pexpect
import pyte
import pytest

from conduct_cli.content.model import Outcome, Question, QuestionKind
from conduct_cli.walk.answers import answer_text
from conduct_cli.walk.engine import Advice, next_step
from tests.helpers import shipped_library

DOWN, UP, LEFT, ENTER, ESC = "\x1b[B", "\x1b[A", "\x1b[D", "\r", "\x1b"
WIDTHS = [100, 80, 40]


class Terminal:
    """`conduct ARGS` in a pseudo-terminal of `columns` x `rows`, drawn on a pyte screen."""

    def __init__(self, *args: str, columns: int, rows: int = 24, env: dict[str, str] | None = None):
        environment = {**os.environ, "CONDUCT_LANG": "en", "TERM": "xterm-256color", "CONDUCT_ORG": "other",
                       **(env or {})}
        for name in ("COLUMNS", "LINES"):
            environment.pop(name, None)
        if "NO_COLOR" not in (env or {}):
            environment.pop("NO_COLOR", None)
        self.ended = False
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""
        self.child = pexpect.spawn(sys.executable, ["-m", "conduct_cli", *args], env=environment,
                                   dimensions=(rows, columns), timeout=20)
        # answer the terminal's "where is the cursor?" the way a real terminal does
        self.screen.write_process_input = lambda data: self.child.send(data)

    def _pump(self, timeout: float = 0.05) -> bool:
        try:
            data = self.child.read_nonblocking(65536, timeout=timeout)
        except pexpect.TIMEOUT:
            return False
        except pexpect.EOF:
            self.ended = True
            return False
        self.raw += data
        self.stream.feed(data)
        return True

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def flat(self) -> str:
        """The screen as one line of words: a wrapped text reads as the text itself."""
        return " ".join(" ".join(self.lines()).split())

    def wait_for(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.flat():
                self.settle()
                return
            self._pump(0.1)
        raise AssertionError(f"{text!r} is not on the screen:\n" + "\n".join(self.lines()))

    def settle(self, quiet: float = 0.2) -> None:
        """Read until the program has drawn everything it is going to for now."""
        while self._pump(quiet):
            pass

    def press(self, keys: str) -> None:
        self.child.send(keys)
        time.sleep(0.05)
        self.settle()

    def finish(self) -> int:
        """Draw everything until the program ends; its exit status."""
        deadline = time.monotonic() + 20
        while not self.ended and time.monotonic() < deadline:
            self._pump(0.1)
        self.child.close()
        return self.child.exitstatus


def words(text: str) -> str:
    return " ".join(text.split())


def assert_on_screen(term: Terminal, *texts: str) -> None:
    flat = term.flat()
    for text in texts:
        assert words(text) in flat, f"not all of {text!r} is on the screen:\n" + "\n".join(term.lines())


def assert_nothing_wider_than(term: Terminal, columns: int) -> None:
    assert all(len(line) <= columns for line in term.lines())


# --- finding the longest of things in the shipped trees ---------------------------------------------

def _questions():
    library = shipped_library()
    for topic in library.all_topics():
        for node in topic.nodes.values():
            if isinstance(node, Question):
                yield topic, node


def longest_question() -> tuple[str, Question]:
    """The question with the longest text and help together (a long question with help)."""
    topic, question = max(_questions(), key=lambda tq: len(tq[1].text.en) + len(tq[1].help.en if tq[1].help else ""))
    return topic.id, question


def question_with_most_words() -> tuple[str, Question]:
    """The question whose text, help and choices together are longest."""
    def size(tq):
        question = tq[1]
        return len(question.text.en) + sum(len(c.label.en) for c in question.choices)
    topic, question = max(_questions(), key=size)
    return topic.id, question


def answers_to(topic_id: str, target: str, kind: str = "question", organisation: str | None = None
               ) -> dict[str, object]:
    """Answers that lead from the start of a topic to a node: a question asked, an outcome, or
    (kind "through") any advice on a path that asks the question; as an employee of
    `organisation` (None: another organisation, both codes).
    """
    from conduct_cli.content.library import load_library

    library = load_library(organisation=organisation) if organisation else shipped_library()
    todo: list[dict[str, object]] = [{}]
    while todo:
        answers = todo.pop(0)
        step = next_step(library, topic_id, answers)
        if isinstance(step, Advice):
            if kind == "outcome" and step.outcome.id == target and step.topic.id == topic_id:
                return answers
            if kind == "through" and any(s.question.id == target for s in step.path):
                return answers
            continue
        if kind == "question" and step.question.id == target and step.topic.id == topic_id:
            return answers
        question = step.question
        values: list[object] = [c.value for c in question.choices]
        if question.kind is QuestionKind.AMOUNT:
            values = [b.below - 1 if b.below else 10_000 for b in question.bands] + ["not_sure"]
        for value in values:
            todo.append({**answers, step.key: value})
    raise AssertionError(f"no answers lead to {target} in {topic_id}")


def answer_args(answers: dict[str, object]) -> list[str]:
    return [arg for key, value in answers.items() for arg in ("--answer", f"{key}={value}")]


def longest_outcome() -> tuple[str, Outcome, str]:
    """The outcome with the most to read first (its title and what to do, in English), and the
    organisation whose employees reach it ("other" for both codes)."""
    from conduct_cli.content.library import load_library
    from conduct_cli.content.organisations import reachable

    found: dict[tuple[str, str], tuple[str, Outcome, str]] = {}
    # each organisation first: without a profile every branch counts as reachable, so "other"
    # keeps only what no organisation reaches (its own outcomes)
    for organisation in [*sorted(shipped_library().organisations), "other"]:
        library = load_library(organisation=None if organisation == "other" else organisation)
        for topic in library.topics.values():
            for node in reachable(topic, library):
                if isinstance(topic.nodes[node], Outcome):
                    found.setdefault((topic.id, node), (topic.id, topic.nodes[node], organisation))
    return max(found.values(), key=lambda to: len(to[1].title.en) + sum(len(a.en) + 40 for a in to[1].advice))


# --- every word of a question, its help and its choices ---------------------------------------------

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("pick", [longest_question, question_with_most_words], ids=["longest", "most_words"])
def test_every_word_of_a_long_question_its_help_and_its_choices_is_on_the_screen(columns, pick):
    topic, question = pick()
    term = Terminal("check", topic, *answer_args(answers_to(topic, question.id)), columns=columns)
    term.wait_for(words(question.text.en)[:30])
    help_text = question.help.en if question.help else ""
    for index, choice in enumerate(question.choices):
        # the question and its help stay in view; the choice the cursor is on is there in full
        assert_on_screen(term, question.text.en, help_text, choice.label.en)
        assert_nothing_wider_than(term, columns)
        if index + 1 < len(question.choices):
            term.press(DOWN)
    term.child.terminate(force=True)


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_choice_that_wraps_hangs_under_its_own_text(columns):
    topic, question = question_with_most_words()
    term = Terminal("check", topic, *answer_args(answers_to(topic, question.id)), columns=columns)
    term.wait_for(words(question.text.en)[:30])
    lines = term.lines()
    first = next(i for i, line in enumerate(lines) if line.startswith("❯ "))
    assert lines[first + 1].startswith("  ") and lines[first + 1][2] != " "   # under the text, not the marker
    term.child.terminate(force=True)


# --- the review: every answer visible ------------------------------------------------------------

@pytest.mark.parametrize("columns", WIDTHS)
def test_every_review_line_shows_its_question_and_its_answer(columns):
    topic, question = longest_question()
    answers = answers_to(topic, question.id, kind="through")
    term = Terminal("check", topic, *answer_args(answers), columns=columns)
    term.wait_for("Is everything right?")
    advice = next_step(shipped_library(), topic, answers)
    assert isinstance(advice, Advice)
    for step in advice.path:
        term.press(DOWN)                                   # onto the row of this answer
        shown = step.question.short.en if getattr(step.question, "short", None) else step.question.text.en
        answer = answer_text(step.question, step.answer, "en")
        assert_on_screen(term, f"Change: {shown} → {answer}")
        assert_nothing_wider_than(term, columns)
    term.child.terminate(force=True)


# --- the advice first ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("columns, rows", [(80, 24), (100, 24)])
def test_the_verdict_and_what_to_do_of_the_longest_outcome_fit_the_first_screen(columns, rows, lang):
    from conduct_cli.content.verdicts import verdict_label
    from conduct_cli.words import word

    topic, outcome, organisation = longest_outcome()
    answers = answers_to(topic, outcome.id, kind="outcome", organisation=None if organisation == "other" else organisation)
    term = Terminal("check", topic, *answer_args(answers), columns=columns, rows=rows,
                    env={"CONDUCT_LANG": lang, "CONDUCT_ORG": organisation})
    term.wait_for(word("review_pick", lang))
    term.press(ENTER)
    term.wait_for(word("what_next", lang))               # the menu after the advice: the last line
    assert_on_screen(term, verdict_label(outcome.verdict, lang), outcome.title.get(lang), word("what_to_do", lang),
                     *[step.get(lang) for step in outcome.advice], word("next_contact", lang))
    term.press(LEFT + ENTER)                             # quit
    assert term.finish() == 0


def test_show_more_gives_the_sources_and_the_answers():
    topic, outcome = "gifts", "small_gift_accept"
    term = Terminal("check", topic, *answer_args(answers_to(topic, outcome, kind="outcome")), columns=80)
    term.wait_for("Is everything right?")
    term.press(ENTER)
    term.wait_for("Next?")
    assert "Why (sources)" not in term.flat()
    term.press(ENTER)                                    # Show more
    term.wait_for("IC, Relatiegeschenken")
    term.wait_for("Your answers")
    term.press(LEFT + ENTER)
    assert term.finish() == 0


# --- plain is plain ------------------------------------------------------------------------------

COLOUR = re.compile(rb"\x1b\[([0-9;]*)m")


def _sgr_other_than_reset(raw: bytes) -> set[bytes]:
    return {params for params in COLOUR.findall(raw) if params not in (b"", b"0")}


@pytest.mark.parametrize("how", [["--plain"], []], ids=["--plain", "NO_COLOR"])
@pytest.mark.parametrize("columns", WIDTHS)
def test_a_plain_run_shows_no_colour_and_no_bold_prompts_included(how, columns):
    env = {} if how else {"NO_COLOR": "1"}
    term = Terminal("check", *how, columns=columns, env=env)
    term.wait_for("What is your question about?")
    term.press("gift")
    term.press(ENTER)
    term.wait_for("Who is offering you the gift?")
    assert any(line.startswith("> ") for line in term.lines())          # the selection, by a marker
    term.press(ENTER)                                                   # a client
    term.wait_for("Have you already accepted the gift?")
    term.press(DOWN + ENTER)                                            # no, not yet
    term.wait_for("Is everything right?")
    term.press(ENTER)
    term.wait_for("Next?")
    assert _sgr_other_than_reset(term.raw) == set(), _sgr_other_than_reset(term.raw)
    assert "[Show more]" in term.flat()                                 # the selection, by brackets
    term.press(LEFT + ENTER)
    assert term.finish() == 0


def test_without_plain_the_prompts_have_colour():
    term = Terminal("check", "gifts", columns=80)
    term.wait_for("Who is offering you the gift?")
    assert _sgr_other_than_reset(term.raw)
    term.child.terminate(force=True)


# --- typing, going back, errors ------------------------------------------------------------------

@pytest.mark.parametrize("columns", WIDTHS)
def test_what_is_typed_into_the_menu_is_shown(columns):
    term = Terminal("check", columns=columns)
    term.wait_for("What is your question about?")
    term.press("gif")
    assert_on_screen(term, "Filter: gif", "Accepting a gift")
    assert "Accepting an invitation" not in term.flat()
    term.child.terminate(force=True)


def test_going_back_takes_the_abandoned_question_off_the_screen():
    term = Terminal("check", "gifts", columns=80)
    term.wait_for("Who is offering you the gift?")
    term.press(DOWN + ENTER)                           # a business relation
    term.wait_for("negotiating")
    term.press(LEFT)                                   # back
    term.wait_for("(arrow keys and Enter)")
    assert "negotiating" not in term.flat()
    assert term.flat().count("Who is offering you the gift?") == 1
    term.child.terminate(force=True)


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_error_at_a_prompt_wraps_and_every_word_is_shown(columns):
    answers = answers_to("gifts", "value")
    term = Terminal("check", "gifts", *answer_args(answers), columns=columns)
    term.wait_for("worth, in euro")
    term.press("lots" + ENTER)
    term.wait_for("is not an amount")
    assert_on_screen(term, "'lots' is not an amount for question 'value'; allowed: a number in euro "
                           "(e.g. 15 or 12.50), or not_sure")
    assert_nothing_wider_than(term, columns)
    term.child.terminate(force=True)


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_topic_list_is_readable_at_every_width(columns):
    term = Terminal("topics", columns=columns, rows=200)          # tall enough that nothing scrolls away
    assert term.finish() == 0
    on_screen = set(re.findall(r"[\w'-]+", term.flat()))
    for topic in shipped_library().topics.values():    # a table's cells wrap within their column
        for text in (topic.id, topic.title.en, topic.summary.en):
            assert set(re.findall(r"[\w'-]+", text)) <= on_screen, text
    assert_nothing_wider_than(term, columns)


@pytest.mark.parametrize("args", [["check", "holidays"], ["check", "--frmat", "json"]], ids=["error", "usage"])
def test_an_error_line_wraps_by_word_at_40_columns(args):
    term = Terminal(*args, columns=40)
    assert term.finish() == 2
    lines = [line for line in term.lines() if line]
    assert len(lines) > 1 and lines[0].startswith("conduct: ")
    for line, following in itertools.pairwise(lines):          # no word split at the edge
        assert not (line[-1:].isalnum() and following[:1].isalnum() and len(line) == 40), (line, following)
    flat = term.flat()
    assert ("unknown topic 'holidays'" in flat and "working_with_clients" in flat) or "did you mean --format?" in flat
