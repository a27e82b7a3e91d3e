"""What a person reads (`terminal.advice`, `terminal.lists`, `terminal.tree`), rendered into a
recording console: the verdict, the title, the numbered steps, the next contact, the sources
and the answers; plain mode without box drawing; and text from a tree shown literally, never
read as rich markup or as control characters."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conduct_cli.content.config import Config, ContactDetails
from conduct_cli.content.layout import shipped
from conduct_cli.content.model import (
    ANSWER_LABELS,
    Choice,
    Handover,
    Outcome,
    Question,
    QuestionKind,
    Route,
    Source,
    Text,
    Topic,
    Verdict,
)
from conduct_cli.content.scenarios import load_scenarios
from conduct_cli.content.settings import Settings
from conduct_cli.content.verdicts import VERDICTS
from conduct_cli.terminal.advice import advice_first, advice_renderable, print_advice, print_needs_answer
from conduct_cli.terminal.lists import config_lines, print_contacts, print_scenarios, print_topics
from conduct_cli.terminal.tree import plain_lines, topic_tree
from conduct_cli.walk.engine import Advice, NeedsAnswer, next_step
from tests.helpers import GIFT_15, answer_args, conduct, recording_screen, shipped_library

pytestmark = pytest.mark.usefixtures("colour_allowed")   # plain only when a test asks for it

BOXES = set("╭╮╰╯│─━┃┏┓┗┛├└┬┴┼")
NO_CONFIG = Config(None, "none", {})
SAMPLE_ASK = {"first": "left", "amount": "50"}           # the sample's 'ask' outcome


def rendered(*renderables, plain: bool = False, width: int = 100) -> str:
    screen = recording_screen(plain=plain, width=width)
    screen.print(*renderables)
    return screen.console.export_text()


def printed(draw, plain: bool = False, width: int = 100) -> str:
    """What `draw(screen)` prints on a recording screen."""
    screen = recording_screen(plain=plain, width=width)
    draw(screen)
    return screen.console.export_text()


def squeezed(text: str) -> str:
    """Text with runs of spaces (and the box edges of wrapped lines) made single spaces."""
    return " ".join(text.replace("│", " ").split())


def markup_topic() -> Topic:
    """A tree built in code whose texts hold rich markup, with a question reached twice."""
    twice = Question("twice", QuestionKind.YES_NO, Text("[bold]Nog eens?[/bold]", "[bold]Again?[/bold]"), (
        Choice("yes", ANSWER_LABELS["yes"], "end"), Choice("no", ANSWER_LABELS["no"], "away"),
        Choice("not_sure", ANSWER_LABELS["not_sure"], "end")))
    start = Question("start", QuestionKind.CHOICE, Text("[red]Welke?[/red]", "[red]Which?[/red]"), (
        Choice("a", Text("[i]A[/i]", "[i]A[/i]"), "twice"),
        Choice("b", Text("B", "B"), "twice"),
        Choice("not_sure", ANSWER_LABELS["not_sure"], "end")))
    end = Outcome("end", Verdict.NOT_ALLOWED, Text("[blink]Nee[/blink]", "[blink]No[/blink]"),
                  (Text("[link=http://evil]klik[/link]", "[link=http://evil]click[/link]"),),
                  ("manager",), (Source("IC", "[u]Algemeen[/u]"),), Handover("gifts", Text("Verder?", "Go on?")))
    away = Route("away", "gifts")
    return Topic("markup", Text("[bold red]T[/]", "[bold red]T[/]"), Text("s", "s"), "start",
                 {"start": start, "twice": twice, "end": end, "away": away})


# --- the advice panel ----------------------------------------------------------------------------

@pytest.mark.parametrize("plain", [False, True], ids=["boxed", "plain"])
def test_advice_shows_verdict_title_steps_next_contact_sources_and_answers(sample_library, plain):
    advice = next_step(sample_library, "sample", SAMPLE_ASK)
    text = rendered(advice_renderable(advice, sample_library, "en", plain=plain))
    roles, codes = sample_library.roles, sample_library.codes
    lines = [line.strip(" │") for line in text.splitlines()]
    assert VERDICTS[Verdict.ASK_FIRST].label.en in lines[0]                # "Ask first", first
    assert "Sample" in lines[0]                                            # the topic beside it
    assert lines[1] == "Ask"                                               # the title
    assert lines.index("What to do now") + 1 == lines.index("1. Ask first.")
    first_contact = lines.index(f"→ Your next contact: {roles['manager'].name.en}")
    next_contact = lines.index("Your next contact")                        # the details of it
    assert lines[next_contact + 1] == f"→ {roles['manager'].name.en}"
    assert "Confidentiality: " in text
    assert any(line.startswith(f"- {roles['counsellor'].name.en}: ") for line in lines)   # also possible
    assert f"- IC, Algemeen ({codes['IC'].title.en})" in lines
    answers = lines[lines.index("Your answers"):]
    assert answers[1:5] == ["- Which way?", "→ Left", "- How much?", "→ € 50"]
    assert (lines.index("What to do now") < first_contact < next_contact < lines.index("Why (sources)")
            < lines.index("Your answers"))


def test_the_advice_first_holds_only_what_to_do_and_whom_to_contact(sample_library):
    advice = next_step(sample_library, "sample", SAMPLE_ASK)
    text = rendered(advice_first(advice, sample_library, "en"))
    assert "What to do now" in text and "Your next contact" in text
    assert "Why (sources)" not in text and "Your answers" not in text and "Confidentiality" not in text


def test_the_boxed_details_are_framed_and_the_plain_ones_have_no_box_drawing(sample_library):
    advice = next_step(sample_library, "sample", SAMPLE_ASK)
    boxed = rendered(advice_renderable(advice, sample_library, "en", plain=False))
    plain = rendered(advice_renderable(advice, sample_library, "en", plain=True))
    assert BOXES & set(boxed)
    assert not BOXES & set(plain)
    assert plain.splitlines()[0].split() == ["Ask", "first", "Sample"]      # the verdict first


def test_several_steps_are_numbered_in_order(library):
    advice = next_step(library, "gifts", GIFT_15)
    text = rendered(advice_renderable(advice, library, "en", plain=True), width=200)
    numbers = [int(m) for m in re.findall(r"^(\d+)\. ", text, flags=re.MULTILINE)]
    assert numbers == list(range(1, len(advice.outcome.advice) + 1)) and len(numbers) >= 2


def test_the_next_contacts_details_from_the_config_are_shown(sample_library):
    advice = next_step(sample_library, "sample", SAMPLE_ASK)
    config = Config(Path("org.yaml"), "--config",
                    {"manager": ContactDetails(name="Petra de Vries", phone="030-123 45 67"),
                     "counsellor": ContactDetails(name="Jan Jansen")})
    text = rendered(advice_renderable(advice, sample_library, "en", plain=True, config=config))
    lines = [line.strip() for line in text.splitlines()]
    assert "Name: Petra de Vries" in lines and "Phone: 030-123 45 67" in lines
    first = rendered(advice_first(advice, sample_library, "en", plain=True, config=config))
    assert "Petra de Vries" in first and "Jan Jansen" not in first      # first: the next contact
    assert text.index("Also possible") < text.index("Jan Jansen")       # the others in the details


def test_print_advice_shows_the_advice_handed_over_from_first(library):
    # who invites and whether there are talks are carried into the gifts topic, not asked again
    answers = {"at_inviters_cost": "yes", "inviter": "business", "negotiating": "yes",
               "continue_gifts": "yes", "negotiating_already_accepted": "no"}
    advice = next_step(library, "invitations", answers)
    assert [o.id for _, o in advice.earlier] == ["negotiating_decline"]
    earlier = advice.earlier[0][1].title.en
    text = squeezed(printed(lambda s: print_advice(s, advice, library, "en"), width=200))
    assert earlier in text and advice.outcome.title.en in text
    assert text.index(earlier) < text.index(advice.outcome.title.en)
    alone = squeezed(printed(lambda s: print_advice(s, advice, library, "en", with_earlier=False), width=200))
    assert earlier not in alone and advice.outcome.title.en in alone


def test_a_question_that_needs_an_answer_says_how_to_give_it(sample_library):
    step = next_step(sample_library, "sample", {})
    text = printed(lambda s: print_needs_answer(s, step, "en"))
    lines = [line.rstrip() for line in text.splitlines()]
    assert lines[:2] == ["This question needs an answer (sample):", "  Which way?"]
    assert [line.split()[:2] for line in lines[2:5]] == [["left", "Left"], ["right", "Right"],
                                                         ["not_sure", "I'm"]]
    assert "Give the answer with: --answer first=VALUE" in lines


def test_an_amount_that_needs_an_answer_offers_not_sure_and_the_amount_hint(sample_library):
    step = next_step(sample_library, "sample", {"first": "left"})
    text = printed(lambda s: print_needs_answer(s, step, "en"))
    assert "  How much?" in text.splitlines()
    assert re.search(r"^    not_sure\s+I'm not sure$", text, flags=re.MULTILINE)
    assert "amount in euro, e.g. 15 or 12.50" in text
    assert "--answer amount=VALUE" in text
    assert "fine" not in text and "ask" not in text.split()             # no band targets


def test_a_handover_question_shows_the_advice_reached_so_far_first(library):
    step = next_step(library, "invitations", {"at_inviters_cost": "yes", "inviter": "business",
                                              "negotiating": "yes"})
    assert isinstance(step, NeedsAnswer) and step.pending is not None
    text = squeezed(printed(lambda s: print_needs_answer(s, step, "en", library), width=200))
    assert step.pending.title.en in text
    assert text.index(step.pending.title.en) < text.index("This question needs an answer")
    assert "--answer continue_gifts=VALUE" in text


def test_rich_markup_in_a_tree_is_shown_literally(library):
    outcome = Outcome("o", Verdict.ALLOWED, Text("[bold red]x[/]", "[bold red]x[/]"),
                      (Text("[link=http://evil]click[/link]", "[link=http://evil]click[/link]"),),
                      ("manager",), (Source("IC", "[blink]Algemeen[/blink]"),))
    topic = Topic("t", Text("[red]T[/]", "[red]T[/]"), Text("s", "s"), "o", {"o": outcome})
    text = rendered(advice_renderable(Advice(topic, outcome, ()), library, "en"))
    for literal in ("[bold red]x[/]", "[link=http://evil]click[/link]", "[blink]Algemeen[/blink]", "[red]T[/]"):
        assert literal in text


def test_control_characters_in_a_tree_are_shown_escaped(library):
    outcome = Outcome("o", Verdict.ALLOWED, Text("x", "Fine\x1b[2J"), (Text("y", "Go\x07 ahead"),),
                      ("manager",), (Source("IC", "Algemeen"),))
    topic = Topic("t", Text("T", "T\x1b]0;owned"), Text("s", "s"), "o", {"o": outcome})
    text = rendered(advice_renderable(Advice(topic, outcome, ()), library, "en"))
    assert "\x1b" not in text and "\x07" not in text
    assert "Fine\\x1b[2J" in text and "Go\\x07 ahead" in text


# --- lists ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("plain", [False, True], ids=["boxed", "plain"])
def test_topics_are_listed_with_id_title_and_summary(library, plain):
    topics = list(library.topics.values())
    text = printed(lambda s: print_topics(s, topics, "en"), plain=plain, width=400)   # wide: no row wraps
    lines = text.splitlines()
    assert lines[0].split() == ["Id", "Topic", "What", "it", "covers"]
    for topic in topics:
        row = next(line for line in lines if line.split()[:1] == [topic.id])
        assert topic.title.en in row and topic.summary.en in row, row
    assert bool(BOXES & set(text)) is not plain                            # a head rule, or none


def test_scenarios_are_listed_with_id_title_and_topic(library):
    scenarios, _ = load_scenarios(shipped())
    text = printed(lambda s: print_scenarios(s, scenarios[:3], "nl"), plain=True, width=250)
    assert text.splitlines()[0].split() == ["Id", "Titel", "Onderwerp"]
    for scenario in scenarios[:3]:
        row = next(line for line in text.splitlines() if line.split()[:1] == [scenario.id])
        assert scenario.title.nl in row and row.split()[-1] == scenario.topic, row


@pytest.mark.parametrize("plain", [False, True], ids=["boxed", "plain"])
def test_contacts_show_each_role_its_purpose_confidentiality_and_details(library, plain):
    config = Config(None, "none", {"counsellor": ContactDetails(name="Jan Jansen", phone="06-12345678")})
    roles = [library.roles["manager"], library.roles["counsellor"]]
    text = printed(lambda s: print_contacts(s, roles, config, "en"), plain=plain, width=250)
    flat = squeezed(text)
    for role in roles:
        assert role.name.en in flat and role.id in flat
        assert role.purpose.en in flat
        assert f"Confidentiality: {role.confidentiality.en}" in flat
    assert "Name: Jan Jansen" in flat and "Phone: 06-12345678" in flat
    assert flat.index("Jan Jansen") > flat.index(library.roles["counsellor"].name.en)
    assert bool(BOXES & set(text)) is not plain


def settings_with(config: Config, organisation: str | None = None, trees: Path | None = None) -> Settings:
    return Settings(config, organisation, "--org" if organisation else "", trees, "--trees" if trees else "")


def test_config_lines_without_a_config_name_the_default_location():
    assert config_lines(settings_with(NO_CONFIG), Path("/home/a/.config/conduct/config.yaml"), "en") == [
        "No config file in use.", "Default location: /home/a/.config/conduct/config.yaml",
        "Organisation: not set (an interactive check asks; a script gets both codes)",
        "Trees: the trees that ship with conduct"]


def test_config_lines_name_the_file_why_it_was_chosen_and_what_it_holds():
    config = Config(Path("org\x1b[2J.yaml"), "CONDUCT_CONFIG",
                    {"manager": ContactDetails(name="Petra", phone="030-1")})
    lines = config_lines(settings_with(config, "lumens", Path("/srv/our-trees")), Path("/unused"), "en")
    assert lines == ["Config file in use: org\\x1b[2J.yaml (found through CONDUCT_CONFIG)",
                     "  manager: name=Petra, phone=030-1",
                     "Organisation: lumens (found through --org)",
                     "Trees: /srv/our-trees (found through --trees)"]


def test_config_lines_say_other_is_both_codes():
    lines = config_lines(settings_with(NO_CONFIG, "other"), Path("/unused"), "en")
    assert "Organisation: other: another organisation (both codes; the stricter rule) (found through --org)" in lines


# --- the tree picture ----------------------------------------------------------------------------

def test_the_tree_shows_questions_answers_and_outcomes_with_verdict_and_next_contact(sample_library):
    text = rendered(topic_tree(sample_library.topics["sample"], sample_library, "en"), width=200)
    lines = text.splitlines()
    manager = sample_library.roles["manager"].name.en
    assert lines[0].split() == ["Sample", "(sample)"]
    assert lines[1].endswith("? Which way?")
    assert any(line.endswith("Left → ? How much?") for line in lines)
    assert any(line.endswith(f"< 10 EUR → [Allowed] Fine  → {manager}") for line in lines)
    assert any(line.endswith(f"≥ 100 EUR → [Not allowed] No  → {manager}") for line in lines)
    assert any(line.endswith(f"Yes → [Allowed] Fine  → {manager}") for line in lines)
    assert BOXES & set(text)                                               # drawn with lines


def test_the_plain_tree_is_indented_text_without_line_drawing(sample_library):
    lines = [line.plain for line in plain_lines(sample_library.topics["sample"], sample_library, "en")]
    manager = sample_library.roles["manager"].name.en
    assert lines[:3] == ["Sample (sample)", "  ? Which way?", "    Left → ? How much?"]
    assert f"      < 10 EUR → [Allowed] Fine  → {manager}" in lines
    assert "    Right → ? Sure?" in lines
    assert not BOXES & set("".join(lines))
    assert len(lines) == 1 + 1 + 3 + 4 + 3        # title, start, its 3 exits, 4 + 3 below them


def test_a_question_reached_twice_is_drawn_once_then_referred_to(library):
    topic = markup_topic()
    lines = [line.plain for line in plain_lines(topic, library, "en")]
    assert sum("? [bold]Again?[/bold]" in line for line in lines) == 1
    assert "    B → (see 'twice' above)" in lines
    tree = rendered(topic_tree(topic, library, "en"), width=200)
    assert tree.count("? [bold]Again?[/bold]") == 1 and "(see 'twice' above)" in tree


def test_tree_text_is_shown_literally_not_as_markup(library):
    topic = markup_topic()
    for text in (rendered(topic_tree(topic, library, "en"), width=200),
                 "\n".join(line.plain for line in plain_lines(topic, library, "en"))):
        for literal in ("[bold red]T[/]", "[red]Which?[/red]", "[i]A[/i]", "[bold]Again?[/bold]",
                        "[Not allowed] [blink]No[/blink]"):
            assert literal in text, literal
        assert "⇢ gifts" in text                                          # route and handover


# --- through the command -------------------------------------------------------------------------

def test_text_output_when_an_answer_is_missing_says_how_to_give_it():
    result = conduct("check", "gifts", "--no-input", "--lang", "en")
    assert result.exit_code == 3
    assert "Who is offering you the gift?" in result.stdout
    assert "--answer giver=VALUE" in result.stdout
    assert "not_sure" in result.stdout


def test_text_advice_names_verdict_next_contact_and_source():
    result = conduct("check", "gifts", "--no-input", "--lang", "en", *answer_args(GIFT_15))
    assert result.exit_code == 0
    for expected in ("Allowed; tell your manager", "What to do now", "Your next contact",
                     "Your manager", "IC, Relatiegeschenken", "Your answers", "€ 15"):
        assert expected in result.stdout, expected


def test_tree_show_colours_outcomes_and_names_the_next_contact():
    result = conduct("tree", "show", "gifts", "--lang", "en")
    assert result.exit_code == 0
    assert "Who is offering you the gift?" in result.stdout
    assert "[Not allowed]" in result.stdout and "Your manager" in result.stdout


# The first screen of every advice fits a terminal of 80 x 24: one line above it, the menu and
# the cursor line below it leave 21 lines. The longest is also read off a real terminal in
# test_screen.py; this one holds every outcome, under every organisation, in both languages.
FIRST_SCREEN_LINES = 21


def test_the_first_screen_of_every_outcome_fits_80_by_24():
    from conduct_cli.content.library import load_library

    too_tall = []
    for organisation in [None, *sorted(shipped_library().organisations)]:
        library = load_library(organisation=organisation)
        for topic in library.topics.values():
            for node in topic.nodes.values():
                if not isinstance(node, Outcome):
                    continue
                advice = Advice(topic, node, (), ())
                for lang in ("en", "nl"):
                    height = len(rendered(advice_first(advice, library, lang), width=80).splitlines())
                    if height > FIRST_SCREEN_LINES:
                        too_tall.append(f"{topic.id}.{node.id} ({lang}): {height} lines")
    assert not too_tall, too_tall
