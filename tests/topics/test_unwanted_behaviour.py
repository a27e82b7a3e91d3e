"""Unwanted behaviour (IC Omgang met collega's, IC Omgang van medewerkers met cliënten,
L 4.2, L 4.1 "5. Veiligheid en privacy", L 3 Klachtenprocedure), one test per rule."""
from tests.helpers import (
    IC_CLIENTS,
    IC_COLLEAGUES,
    L_COLLEAGUES,
    L_COMPLAINTS,
    L_SAFETY,
    advice_text,
    asked,
    assert_next,
    choice_values,
    outcome,
    source_codes,
)

TOPIC = "unwanted_behaviour"
SAFE = {"danger": "no"}
COLLEAGUE = {**SAFE, "who": "colleague"}
MANAGER = {**SAFE, "who": "manager"}


# --- safety first ------------------------------------------------------------------------------

def test_acute_danger_means_call_112_first():
    data = assert_next(TOPIC, {"danger": "yes"}, reaches="call_112")
    result = data["outcome"]
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"
    assert "112" in result["title"]
    assert asked(data) == ["danger"]


def test_in_doubt_about_acute_danger_call_112():
    result = outcome(TOPIC, {"danger": "not_sure"})
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"


# --- harassment: counsellor first, complaint as the formal route -------------------------------

def test_sexual_harassment_goes_to_the_counsellor_first_with_the_complaint_as_formal_route():
    data = assert_next(TOPIC, {**COLLEAGUE, "kind": "sexual"}, reaches="sexual_harassment")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert result["contacts"] == ["counsellor", "complaints_procedure"]
    assert IC_COLLEAGUES in source_codes(data)
    assert L_COMPLAINTS in source_codes(data)


def test_sexual_harassment_is_explained_by_how_it_is_experienced_not_how_it_was_meant():
    text = advice_text(outcome(TOPIC, {**COLLEAGUE, "kind": "sexual"}))
    assert "unwanted or forced" in text
    assert "meant" in text


def test_bullying_intimidation_aggression_discrimination_go_to_the_counsellor_first():
    data = assert_next(TOPIC, {**COLLEAGUE, "kind": "intimidation"}, reaches="harassment")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert result["contacts"] == ["counsellor", "complaints_procedure"]
    assert L_COLLEAGUES in source_codes(data)


def test_bullying_is_explained_as_structural_and_includes_online_bullying():
    text = advice_text(outcome(TOPIC, {**COLLEAGUE, "kind": "intimidation"}))
    assert "keeps coming back" in text
    assert "online" in text


# --- discontent --------------------------------------------------------------------------------

def test_discontent_about_a_colleague_first_the_colleague_then_manager_or_counsellor():
    data = assert_next(TOPIC, {**COLLEAGUE, "kind": "discontent"}, reaches="discontent_talk")
    result = data["outcome"]
    assert result["contacts"] == ["person_concerned", "manager", "counsellor"]
    assert IC_COLLEAGUES in source_codes(data)


def test_gossip_is_named_as_not_fitting_respectful_collaboration():
    text = advice_text(outcome(TOPIC, {**COLLEAGUE, "kind": "discontent"}))
    assert "Gossip" in text


def test_discontent_about_the_manager_goes_to_the_managers_manager_never_the_manager():
    result = outcome(TOPIC, {**MANAGER, "kind_mgr": "discontent"})
    assert result["id"] == "discontent_mgr"
    assert "senior_manager" in result["contacts"]
    assert "counsellor" in result["contacts"]
    assert "manager" not in result["contacts"]


def test_behaviour_of_my_manager_never_has_the_manager_in_contacts():
    for kind in ("sexual", "intimidation", "discontent", "not_sure"):
        result = outcome(TOPIC, {**MANAGER, "kind_mgr": kind})
        assert "manager" not in result["contacts"], kind


def test_harassment_by_the_manager_goes_to_the_counsellor_first():
    for kind in ("sexual", "intimidation"):
        result = outcome(TOPIC, {**MANAGER, "kind_mgr": kind})
        assert result["contacts"][0] == "counsellor", kind


# --- clients -----------------------------------------------------------------------------------

def test_aggression_by_a_client_is_not_accepted_and_is_reported_to_the_manager():
    data = assert_next(TOPIC, {**SAFE, "who": "client"}, reaches="client_behaviour")
    result = data["outcome"]
    assert result["contacts"][0] == "manager"
    assert L_SAFETY in source_codes(data)
    assert "112" in advice_text(result)


def test_disrespect_or_aggression_towards_a_client_is_not_allowed():
    data = assert_next(TOPIC, {**SAFE, "who": "towards_client", "continue_misconduct": "no"},
                       reaches="respect_clients")
    result = data["outcome"]
    assert result["verdict"] == "not_allowed"
    assert result["contacts"][0] == "person_concerned"
    assert IC_CLIENTS in source_codes(data)
    assert "Physical intervention is only permitted" in advice_text(result)   # the limit is the rule


# --- not sure ----------------------------------------------------------------------------------

def test_not_sure_means_the_counsellor():
    for answers in ({**SAFE, "who": "not_sure"},
                    {**COLLEAGUE, "kind": "not_sure"},
                    {**MANAGER, "kind_mgr": "not_sure"}):
        result = outcome(TOPIC, answers)
        assert result["verdict"] == "seek_advice", answers
        assert result["contacts"][0] == "counsellor", answers


def test_every_question_offers_not_sure():
    for answers, question in (({}, "danger"), (SAFE, "who"), (COLLEAGUE, "kind"), (MANAGER, "kind_mgr")):
        data = assert_next(TOPIC, answers, asks=question)
        assert "not_sure" in choice_values(data["question"]), answers


# --- Dutch -------------------------------------------------------------------------------------

def test_advice_in_dutch_says_the_same():
    english = outcome(TOPIC, {**COLLEAGUE, "kind": "sexual"})
    dutch = outcome(TOPIC, {**COLLEAGUE, "kind": "sexual"}, lang="nl")
    assert dutch["id"] == english["id"] == "sexual_harassment"
    assert dutch["verdict"] == english["verdict"] == "seek_advice"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
    danger = outcome(TOPIC, {"danger": "yes"}, lang="nl")
    assert danger["verdict"] == "emergency" and "112" in danger["title"]
