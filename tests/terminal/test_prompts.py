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
from conduct_cli.walk.session import run

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

        def show_pending(self, step):
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
        "rather_hidden": DOWN + ENTER, "value": "15" + ENTER})
    step = run(LIBRARY, "gifts", {}, ask, review=False)
    assert isinstance(step, Advice)
    assert step.outcome.id == "small_gift_accept"
    assert asked == ["giver", "negotiating", "obliged", "rather_hidden", "value"]


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
