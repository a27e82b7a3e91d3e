"""The prompts driven in-process through prompt_toolkit's pipe input: fast and exact, the way
prompt_toolkit tests itself. Real-terminal sessions are in test_real_terminal.py; what a person sees
is in test_screen.py."""
from __future__ import annotations

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from conduct_cli.content.library import load_library
from conduct_cli.terminal import prompts
from conduct_cli.walk.engine import Advice
from conduct_cli.walk.session import BACK, RESTART, run

DOWN, ENTER = "\x1b[B", "\r"
LIBRARY = load_library(only="gifts")


@pytest.fixture
def pipe():
    with create_pipe_input() as inp:
        yield inp


def scripted_asker(pipe, keys: dict[str, str]):
    """An ask() that types the given keys at each question, by question id."""
    asked: list[str] = []

    class Asker:
        def ask(self, step, default, back):
            asked.append(step.question.id)
            pipe.send_text(keys[step.question.id])
            return prompts.ask(step.question, "en", input=pipe, output=DummyOutput())

        def review(self, advice):
            return None

        def show_pending(self, step, library):
            pass

    return Asker(), asked


def test_arrow_keys_pick_a_choice(pipe):
    question = LIBRARY.topics["gifts"].nodes["giver"]
    pipe.send_text(DOWN + ENTER)
    assert prompts.ask(question, "en", input=pipe, output=DummyOutput()) == "business"


def test_not_sure_is_the_last_choice_of_every_prompt(pipe):
    question = LIBRARY.topics["gifts"].nodes["negotiating"]
    pipe.send_text(DOWN + DOWN + ENTER)
    assert prompts.ask(question, "nl", input=pipe, output=DummyOutput()) == "not_sure"


def test_an_amount_is_typed_and_checked_by_the_same_parser(pipe):
    question = LIBRARY.topics["gifts"].nodes["value"]
    # a word is refused at the prompt (the prompt stays open), then a Dutch amount is accepted
    pipe.send_text("veel" + ENTER + "\x7f" * 4 + "12,50" + ENTER)
    assert prompts.ask(question, "nl", input=pipe, output=DummyOutput()) == 12.5


def test_a_question_mark_means_not_sure_for_an_amount(pipe):
    question = LIBRARY.topics["gifts"].nodes["value"]
    pipe.send_text("?" + ENTER)
    assert prompts.ask(question, "en", input=pipe, output=DummyOutput()) == "not_sure"


def test_a_whole_check_answered_at_prompts(pipe):
    ask, asked = scripted_asker(pipe, {
        "giver": DOWN + ENTER, "negotiating": DOWN + ENTER, "obliged": DOWN + ENTER,
        "rather_hidden": DOWN + ENTER, "value": "15" + ENTER, "gift_kind": ENTER})
    step = run(LIBRARY, "gifts", {}, ask, review=False)
    assert isinstance(step, Advice)
    assert step.outcome.id == "small_gift_accept"
    assert asked == ["giver", "negotiating", "obliged", "rather_hidden", "value", "gift_kind"]


def test_prompts_are_only_asked_for_what_was_not_answered_in_advance(pipe):
    ask, asked = scripted_asker(pipe, {"value": "40" + ENTER})
    answers = {"giver": "business", "negotiating": "no", "obliged": "no", "rather_hidden": "no"}
    step = run(LIBRARY, "gifts", answers, ask, review=False)
    assert step.outcome.id == "over_limit_ask"
    assert asked == ["value"]


def test_ctrl_c_at_a_prompt_raises_keyboard_interrupt_for_the_caller(pipe):
    question = LIBRARY.topics["gifts"].nodes["giver"]
    pipe.send_text("\x03")
    with pytest.raises(KeyboardInterrupt):
        prompts.ask(question, "en", input=pipe, output=DummyOutput())


LEFT, RIGHT, ESC = "\x1b[D", "\x1b[C", "\x1b"
ROWS = [("Who is offering you the gift?", "A client"), ("Roughly what is it worth?", "€ 15")]


def test_the_review_picks_the_advice_a_row_to_change_or_start_again(pipe):
    pipe.send_text(ENTER)
    assert prompts.review(ROWS, "en", input=pipe, output=DummyOutput()) is None
    pipe.send_text(DOWN + DOWN + ENTER)
    assert prompts.review(ROWS, "en", input=pipe, output=DummyOutput()) == 1
    pipe.send_text(DOWN * 3 + ENTER)
    assert prompts.review(ROWS, "en", input=pipe, output=DummyOutput()) is RESTART


@pytest.mark.parametrize("key", [LEFT, ESC], ids=["left", "escape"])
def test_left_and_escape_at_the_review_go_back(pipe, key):
    pipe.send_text(key)
    assert prompts.review(ROWS, "en", input=pipe, output=DummyOutput()) is BACK


def test_typing_filters_the_topic_menu_and_backspace_widens_it_again(pipe):
    topics = list(LIBRARY.topics.values())
    pipe.send_text("gif" + ENTER)
    assert prompts.ask_topic(topics, "en", input=pipe, output=DummyOutput()) == "gifts"
    pipe.send_text("zzz" + ENTER + "\x7f" * 3 + ENTER)   # nothing matches: Enter waits; then all again
    assert prompts.ask_topic(topics, "en", input=pipe, output=DummyOutput()) == topics[0].id


def test_the_topic_menu_starts_on_the_topic_picked_before(pipe):
    topics = list(LIBRARY.topics.values())
    pipe.send_text(ENTER)
    assert prompts.ask_topic(topics, "en", input=pipe, output=DummyOutput(), default="gifts") == "gifts"


def test_the_menu_after_the_advice_moves_with_the_arrows(pipe):
    options = [("Show more", "more"), ("Save a summary", "save"), ("Quit", "quit")]
    pipe.send_text(RIGHT + ENTER)
    assert prompts.select_inline("Next?", options, "en", input=pipe, output=DummyOutput()) == "save"
    pipe.send_text(LEFT + ENTER)
    assert prompts.select_inline("Next?", options, "en", input=pipe, output=DummyOutput()) == "quit"


def test_a_text_prompt_keeps_asking_until_the_text_is_accepted_and_escape_goes_back(pipe):
    pipe.send_text(ENTER + "summary.md" + ENTER)
    assert prompts.text("Save as?", lambda t: bool(t) or "type a file name", input=pipe,
                        output=DummyOutput()) == "summary.md"
    pipe.send_text(ESC)
    assert prompts.text("Save as?", lambda t: True, back=True, input=pipe, output=DummyOutput()) is BACK


def test_wrapping_keeps_every_word_and_hangs_under_the_text():
    text = "Is the public interest at stake? Is the law or a rule being (or about to be) broken?"
    lines = prompts.wrapped(text, 40, "❯ ")
    assert all(len(line) <= 40 for line in lines)
    assert lines[0].startswith("❯ ") and all(line.startswith("  ") and line[2] != " " for line in lines[1:])
    assert " ".join(" ".join(lines).replace("❯", "").split()) == text
