"""Ethical dilemma rules (L 4.5 Ethische dilemma's, L 3 Vertrouwenspersoon, L 3 Gedragscode vs.
beroepscode, IC Tot slot; safety first per L 4.6 and the meldcode), one test per rule."""
import pytest

from tests.helpers import (
    IC_FINALLY,
    L_CODES_CLASH,
    L_COUNSELLOR,
    L_ETHICS,
    L_INTERESTS,
    advice,
    asked,
    assert_next,
    source_codes,
    walk,
)

TOPIC = "ethics"

WITH_MANAGER = {"dilemma": "other_dilemma", "manager_possible": "yes"}
MANAGER_PARTY = {"dilemma": "other_dilemma", "manager_possible": "manager_party"}
TOO_PRIVATE = {"dilemma": "other_dilemma", "manager_possible": "too_private"}
THREE = ("consequences_ok", "same_if_you", "tell_everyone")
THREE_COUNSELLOR = tuple(f"{q}_counsellor" for q in THREE)


def test_the_three_questions_are_asked_one_by_one_in_order():
    answers = dict(WITH_MANAGER)
    for question_id in THREE:
        data = assert_next(TOPIC, answers, asks=question_id)
        assert data["question"]["kind"] == "yes_no"
        answers[question_id] = "yes"
    assert asked(advice(TOPIC, answers)) == ["dilemma", "manager_possible", *THREE]


@pytest.mark.parametrize("failing", THREE)
def test_any_no_means_do_not_go_ahead_and_reconsider_with_the_manager(failing):
    answers = dict(WITH_MANAGER)
    for question_id in THREE:
        answers[question_id] = "no" if question_id == failing else "yes"
        if question_id == failing:
            break
    data = assert_next(TOPIC, answers, reaches="rethink_with_manager")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert L_ETHICS in source_codes(data)
    # no further question is asked after a no
    assert data["path"][-1]["question"] == failing


def test_three_yes_still_means_agree_with_the_manager_before_acting():
    data = assert_next(TOPIC, {**WITH_MANAGER, **{q: "yes" for q in THREE}}, reaches="agree_with_manager")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert L_ETHICS in source_codes(data)


def test_not_sure_on_any_of_the_three_questions_leads_to_the_manager():
    for index, question_id in enumerate(THREE):
        answers = {**WITH_MANAGER, **{q: "yes" for q in THREE[:index]}, question_id: "not_sure"}
        data = assert_next(TOPIC, answers, reaches="three_questions_unsure")
        assert data["outcome"]["verdict"] == "seek_advice"
        assert data["outcome"]["contacts"][0] == "manager"


@pytest.mark.parametrize("start", [MANAGER_PARTY, TOO_PRIVATE], ids=["manager_party", "too_private"])
def test_when_the_manager_is_a_party_or_it_is_too_private_the_counsellor_takes_their_place(start):
    for index, question_id in enumerate(THREE_COUNSELLOR):
        assert_next(TOPIC, {**start, **{q: "yes" for q in THREE_COUNSELLOR[:index]}}, asks=question_id)
    agreed = assert_next(TOPIC, {**start, **{q: "yes" for q in THREE_COUNSELLOR}},
                         reaches="agree_with_counsellor")
    assert agreed["outcome"]["verdict"] == "ask_first"
    assert agreed["outcome"]["contacts"][0] == "counsellor"
    assert L_COUNSELLOR in source_codes(agreed)
    refused = assert_next(TOPIC, {**start, THREE_COUNSELLOR[0]: "no"}, reaches="rethink_with_counsellor")
    assert refused["outcome"]["verdict"] == "not_allowed"
    assert refused["outcome"]["contacts"][0] == "counsellor"
    unsure = assert_next(TOPIC, {**start, THREE_COUNSELLOR[0]: "not_sure"},
                         reaches="three_questions_unsure_counsellor")
    assert unsure["outcome"]["contacts"][0] == "counsellor"


@pytest.mark.parametrize("dilemma, question", [("other_dilemma", "manager_possible"),
                                               ("code_clash", "clash_manager_possible")])
def test_the_manager_is_a_party_branch_never_sends_you_to_the_manager(dilemma, question):
    outcomes = walk(TOPIC, {"dilemma": dilemma, question: "manager_party"})
    assert outcomes
    for data in outcomes:
        outcome = data["outcome"]
        assert "manager" not in outcome["contacts"], outcome["id"]
        assert outcome["contacts"][0] == "counsellor", outcome["id"]
        for text in [outcome["title"], *outcome["advice"]]:
            assert "manager" not in text.lower(), (outcome["id"], text)
    ids = {data["outcome"]["id"] for data in outcomes}
    if dilemma == "other_dilemma":
        assert ids == {"agree_with_counsellor", "rethink_with_counsellor",
                       "three_questions_unsure_counsellor"}


def test_the_manager_is_a_party_branch_never_says_leidinggevende_in_dutch():
    for start in ({"dilemma": "other_dilemma", "manager_possible": "manager_party"},
                  {"dilemma": "code_clash", "clash_manager_possible": "manager_party"}):
        for data in walk(TOPIC, start, lang="nl"):
            outcome = data["outcome"]
            assert "manager" not in outcome["contacts"], outcome["id"]
            for text in [outcome["title"], *outcome["advice"]]:
                assert "leidinggevende" not in text, (outcome["id"], text)


def test_a_clash_with_the_professional_code_goes_to_the_manager_then_counsellor_or_director():
    data = assert_next(TOPIC, {"dilemma": "code_clash", "clash_manager_possible": "yes"},
                       reaches="code_clash_manager")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager", "counsellor", "director"]
    assert L_CODES_CLASH in source_codes(data)
    assert any("follow their advice" in step for step in outcome["advice"])   # the code's rule
    # the three questions are not asked for a clash of codes
    assert not set(THREE) & set(asked(data))


def test_a_clash_of_codes_when_the_manager_is_a_party_goes_to_the_counsellor_or_director():
    data = assert_next(TOPIC, {"dilemma": "code_clash", "clash_manager_possible": "manager_party"},
                       reaches="code_clash_counsellor")
    assert data["outcome"]["contacts"] == ["counsellor", "director"]
    assert L_CODES_CLASH in source_codes(data)


def test_doubt_whether_you_can_talk_to_your_manager_leads_to_the_counsellor_first():
    for answers in ({"dilemma": "other_dilemma", "manager_possible": "not_sure"},
                    {"dilemma": "code_clash", "clash_manager_possible": "not_sure"}):
        data = assert_next(TOPIC, answers, reaches="manager_possible_unsure")
        assert data["outcome"]["verdict"] == "seek_advice"
        assert data["outcome"]["contacts"][0] == "counsellor"
        assert L_COUNSELLOR in source_codes(data)


def test_not_sure_what_the_dilemma_is_about_leads_to_the_manager_or_the_counsellor():
    data = advice(TOPIC, {"dilemma": "not_sure"})
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"][:2] == ["manager", "counsellor"]
    assert IC_FINALLY in source_codes(data)


def test_acute_danger_comes_first_call_112():
    data = advice(TOPIC, {"dilemma": "danger_now"})
    assert data["outcome"]["verdict"] == "emergency"
    assert data["outcome"]["contacts"][0] == "emergency"
    assert "112" in data["outcome"]["advice"][0]
    assert len(data["path"]) == 1


def test_a_suspected_unsafe_client_means_the_behavioural_scientist_is_consulted():
    data = assert_next(TOPIC, {"dilemma": "client_unsafe", "continue_confidentiality": "no"},
                       reaches="client_unsafe")
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "behavioural_scientist"
    assert "veilig_thuis" in outcome["contacts"]
    assert L_INTERESTS in source_codes(data)
    assert any(s["code"] == "MELDCODE" for s in outcome["sources"])
    assert any("compulsory" in step for step in outcome["advice"])
    assert any("0800-2000" in step for step in outcome["advice"])


def test_every_path_ends_in_advice_with_a_contact_and_a_source():
    outcomes = walk(TOPIC)
    assert len(outcomes) > 20
    for data in outcomes:
        assert data["outcome"]["contacts"], data["outcome"]["id"]
        assert data["outcome"]["sources"], data["outcome"]["id"]


def test_advice_in_dutch_says_the_same():
    answers = {**WITH_MANAGER, **{q: "yes" for q in THREE}}
    english = assert_next(TOPIC, answers, reaches="agree_with_manager")
    dutch = assert_next(TOPIC, answers, reaches="agree_with_manager", lang="nl")
    assert dutch["outcome"]["verdict"] == english["outcome"]["verdict"] == "ask_first"
    assert dutch["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert dutch["outcome"]["title"] != english["outcome"]["title"]
    counsellor = assert_next(TOPIC, {**MANAGER_PARTY, THREE_COUNSELLOR[0]: "no"},
                             reaches="rethink_with_counsellor", lang="nl")
    assert counsellor["outcome"]["verdict"] == "not_allowed"
    assert counsellor["outcome"]["contacts"][0] == "counsellor"
