"""Real pseudo-terminal sessions (pexpect): what a person at a terminal sees and types."""
from __future__ import annotations

import os
import sys

import pexpect

DOWN, ENTER = "\x1b[B", "\r"
LEFT, UP, ESC, BACKSPACE = "\x1b[D", "\x1b[A", "\x1b", "\x7f"


def spawn(*args: str) -> pexpect.spawn:
    env = {**os.environ, "CONDUCT_LANG": "en", "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "40",
           "CONDUCT_ORG": "other"}   # said: another organisation, so the check starts at the topic
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "conduct_cli", *args], env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 100))
    return child


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def finish_the_client_gift(child: pexpect.spawn) -> int:
    """After "a client" for who offers the gift: not accepted yet, confirm the review, see the
    advice, then quit; the exit status."""
    child.expect("already accepted")
    child.send(DOWN + ENTER)                         # no, not yet
    child.expect("Is everything right")
    child.send(ENTER)
    child.expect("Do not accept a gift from a client")
    return quit_after_advice(child)


def quit_after_advice(child: pexpect.spawn) -> int:
    """Choose "Quit" in the menu after the advice (the last option: ← from the first), and finish."""
    child.expect("Next\\?")
    child.send(LEFT + ENTER)
    return finish(child)


def test_arrow_keys_through_the_gift_check_to_advice():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.send(DOWN + ENTER)                         # a business relation
    child.expect("negotiating")
    child.send(DOWN + ENTER)                         # no
    child.expect("make you uncomfortable")
    child.send(DOWN + ENTER)                         # no
    child.expect("keep the gift quiet")
    child.send(DOWN + ENTER)                         # no
    child.expect("worth, in euro")
    child.send("15" + ENTER)
    child.expect("What kind of gift")
    child.send(ENTER)                                # goods, such as flowers or wine
    child.expect("Is everything right")               # the review before the advice
    child.send(ENTER)                                # yes, show the advice
    child.expect("Allowed; tell your manager")
    child.expect("Your next contact")
    child.expect("Your manager")
    child.expect("Next\\?")                           # what now: show more first
    child.send(ENTER)
    child.expect("IC, Relatiegeschenken")
    assert quit_after_advice(child) == 0


def test_the_topic_menu_when_no_topic_is_given():
    child = spawn("check")
    child.expect("What is your question about")
    child.expect("Accepting a gift")
    child.send("gift")                               # typing filters the menu
    child.send(ENTER)
    child.expect("Who is offering you the gift")
    child.send(ENTER)                                # a client
    assert finish_the_client_gift(child) == 0


def test_ctrl_c_at_a_prompt_ends_cleanly_with_130():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.sendcontrol("c")
    child.expect("Stopped. Nothing was saved.")
    output = child.before or ""
    status = finish(child)
    assert status == 130
    assert "Traceback" not in output



def test_going_back_and_changing_an_answer():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.send(DOWN + ENTER)                         # a business relation
    child.expect("negotiating")
    child.expect("or Esc: back")                     # the hint names the keys
    child.send(LEFT)                                 # back
    child.expect("Who is offering you the gift")
    child.send(UP + ENTER)                           # now: a client
    assert finish_the_client_gift(child) == 0


def test_escape_goes_back_from_an_amount():
    child = spawn("check", "gifts", "--no-review")
    child.expect("Who is offering you the gift")
    child.send(DOWN + ENTER)
    for _ in range(3):                               # no, no, no
        child.expect(r"\?")
        child.send(DOWN + ENTER)
    child.expect("worth, in euro")
    child.send(ESC)
    child.expect("keep the gift quiet")                  # back at the previous question
    child.send(UP + ENTER)                           # yes: rather hidden
    child.expect("already accepted")
    child.send(DOWN + ENTER)                         # no, not yet
    child.expect("Do not accept this gift")
    assert quit_after_advice(child) == 0


def test_the_review_with_one_answer_changed():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.send(DOWN + ENTER)
    for _ in range(3):
        child.expect(r"\?")
        child.send(DOWN + ENTER)
    child.expect("worth, in euro")
    child.send("15" + ENTER)
    child.expect("What kind of gift")
    child.send(ENTER)                                # goods
    child.expect("Is everything right")
    child.expect("€ 15")
    child.send(DOWN * 5 + ENTER)                     # change the fifth answer: the value
    child.expect("worth, in euro")
    child.send(BACKSPACE * 4 + "40" + ENTER)
    child.expect("Is everything right")
    child.expect("€ 40")
    child.send(ENTER)
    child.expect("Your manager decides")
    assert quit_after_advice(child) == 0


def test_ctrl_d_at_a_prompt_ends_cleanly_with_130():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.sendcontrol("d")
    child.expect("Stopped. Nothing was saved.")
    output = child.before or ""
    assert finish(child) == 130
    assert "Traceback" not in output


def _scripted(*extra: str, env_extra: dict | None = None, columns: int = 100) -> str:
    env = {**os.environ, "CONDUCT_LANG": "en", "TERM": "xterm-256color", **(env_extra or {})}
    env.pop("NO_COLOR", None) if not env_extra or "NO_COLOR" not in env_extra else None
    child = pexpect.spawn(sys.executable, ["-m", "conduct_cli", "check", "gifts", "--no-input",
                                           "--answer", "giver=client", "--answer", "client_already_accepted=no", *extra],
                          env=env, encoding="utf-8", timeout=20, dimensions=(40, columns))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return child.before


def test_a_terminal_gets_colour_by_default():
    assert "\x1b[" in _scripted()


def test_no_color_gives_output_without_escape_codes_or_boxes():
    output = _scripted(env_extra={"NO_COLOR": "1"})
    assert "\x1b" not in output
    assert not any(ch in output for ch in "╭╮╰╯│─")
    assert "Do not accept a gift from a client" in output


def test_plain_gives_output_without_escape_codes_or_boxes():
    output = _scripted("--plain")
    assert "\x1b" not in output
    assert not any(ch in output for ch in "╭╮╰╯│─")


def test_readable_at_40_columns():
    output = _scripted("--plain", columns=40)
    lines = output.replace("\r\n", "\n").split("\n")
    assert max(len(line.rstrip()) for line in lines) <= 40
    assert "Your next contact" in output


def _a_scenario(topic: str = "gifts") -> str:
    from conduct_cli.content.layout import shipped
    from conduct_cli.content.scenarios import load_scenarios

    scenarios, _ = load_scenarios(shipped())
    return next(s.id for s in scenarios if s.topic == topic)


def test_quiz_with_typed_votes():
    # a gift scenario starts with "who gives?" (3 options): the group votes 1, 5 and 0
    child = spawn("scenario", "play", _a_scenario("gifts"), "--quiz")
    votes = 0
    transcript = ""
    for _ in range(60):                                          # a bound: never a test that hangs
        index = child.expect(["Press any key", "The group's votes", pexpect.EOF])
        transcript += child.before or ""
        if index == 0:
            child.send(" ")
        elif index == 1:
            child.expect(r"\)")                                  # the end of the hint
            child.send(("1 5 0" if votes == 0 else "1") + ENTER)  # counts, then the group's choice
            votes += 1
        else:
            break
    child.close()
    assert child.exitstatus == 0
    assert votes >= 3                                            # questions and the verdict
    assert "5 (83%)" in transcript                               # the counts, beside...
    assert "the code's answer" in transcript                     # ...the code's answer
    assert "For discussion" in transcript


def _past_the_pauses(child: pexpect.spawn, until: str) -> None:
    """Press a key at every pause until `until` shows."""
    while child.expect(["Press any key", until]) == 0:
        child.send(" ")


def test_what_if_changes_an_answer_in_a_real_terminal():
    child = spawn("scenario", "play", "wine_at_christmas", "--what-if")   # giver: a business relation
    _past_the_pauses(child, "which answer do you change")
    child.expect(r"arrow keys and Enter\)")
    child.send(ENTER)                                        # step 1: who gives
    child.expect("Which answer instead")
    child.expect(r"arrow keys and Enter\)")
    child.send(ENTER)                                        # the first other answer: a client
    child.expect("already accepted")                         # the new branch asks one more question
    child.expect(r"arrow keys and Enter\)")
    child.send(DOWN + ENTER)                                 # no, not yet
    child.expect("What if:")
    child.expect("Do not accept a gift from a client")
    child.expect("which answer do you change")
    child.expect(r"arrow keys and Enter\)")
    child.send(UP + ENTER)                                   # Done, the last option
    assert finish(child) == 0


RIGHT, CTRL_U = "\x1b[C", "\x15"


def test_a_mistyped_contacts_file_gives_a_warning_and_still_the_advice(tmp_path):
    config = tmp_path / "org.yaml"
    config.write_text("contacts:\n  counselor:\n    name: Jan Jansen\n")
    env = {**os.environ, "CONDUCT_LANG": "en", "TERM": "xterm-256color", "CONDUCT_CONFIG": str(config),
           "CONDUCT_ORG": "other"}
    child = pexpect.spawn(sys.executable, ["-m", "conduct_cli", "check", "gifts"], env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 100))
    child.expect("did you mean 'counsellor'\\?")
    child.expect("Who is offering you the gift")
    child.send(ENTER)                                # a client
    assert finish_the_client_gift(child) == 0


def test_acute_danger_shows_the_112_advice_at_once_without_a_review():
    child = spawn("check", "confidentiality")
    child.expect("acute danger right now")
    child.expect(r"arrow keys and Enter\)")
    child.send(ENTER)                                # yes: someone is in danger now
    index = child.expect(["Call 112 now", "Is everything right"])
    assert index == 0                                # the advice, not the review
    child.expect("112")
    assert quit_after_advice(child) == 0


def test_save_a_summary_after_the_advice_writes_a_file_only_you_can_read(tmp_path):
    target = tmp_path / "my-summary.md"
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.send(ENTER)                                # a client
    child.expect("already accepted")
    child.send(DOWN + ENTER)                         # no, not yet
    child.expect("Is everything right")
    child.send(ENTER)
    child.expect("Next\\?")
    child.send(RIGHT + ENTER)                        # Save a summary
    child.expect("Save as which file")
    child.send(CTRL_U + str(target) + ENTER)
    child.expect("Saved to")
    child.expect("Next\\?")
    child.send(LEFT + ENTER)                         # Quit
    assert finish(child) == 0
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Do not accept a gift from a client" in target.read_text()


def test_ctrl_c_after_the_advice_quits_like_quit():
    child = spawn("check", "gifts")
    child.expect("Who is offering you the gift")
    child.send(ENTER)                                # a client
    child.expect("already accepted")
    child.send(DOWN + ENTER)                         # no, not yet
    child.expect("Is everything right")
    child.send(ENTER)
    child.expect("Next\\?")
    child.sendcontrol("c")
    assert finish(child) == 0
    assert "Nothing was saved" not in (child.before or "")      # what came after the menu
