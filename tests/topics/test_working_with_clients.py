"""Rules for working with clients (IC Omgang van medewerkers met cliënten, L 3, L 4.1, L 4.6),
one test per rule."""
import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_FINALLY,
    L_CODES_CLASH,
    L_COUNSELLOR,
    L_GIFTS,
    L_INTERESTS,
    L_SAFETY,
    advice,
    asked,
    assert_next,
    source_codes,
)

TOPIC = "working_with_clients"
NO_DANGER = {"situation": "aggression", "acute_danger": "no"}


def test_no_discriminating_or_sexist_remarks_whatever_the_clients_background_or_behaviour():
    data = assert_next(TOPIC, {"situation": "respect", "remark": "yes"}, reaches="disrespect_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "religion" in outcome["advice"][0] and "gestures" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)
    assert L_SAFETY in source_codes(data)


def test_respectful_treatment_goes_ahead_with_respect_for_every_client():
    data = assert_next(TOPIC, {"situation": "respect", "remark": "no"}, reaches="respect_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_CLIENTS in source_codes(data)


def test_professional_distance_is_a_balance_and_the_relationship_stays_professional():
    data = assert_next(TOPIC, {"situation": "relationship", "relationship": "closeness"},
                       reaches="closeness_balance")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "never becomes personal" in outcome["advice"][0]          # the limit is the rule
    assert IC_CLIENTS in source_codes(data)
    assert L_INTERESTS in source_codes(data)


def test_no_personal_relationship_with_a_client_also_not_online():
    data = assert_next(TOPIC, {"situation": "relationship", "relationship": "friendship",
                               "continue_relationships": "no"},
                       reaches="personal_relation_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "online" in outcome["title"]
    assert IC_CLIENTS in source_codes(data)
    assert L_INTERESTS in source_codes(data)


def test_no_buying_or_selling_between_employee_and_client():
    data = assert_next(TOPIC, {"situation": "relationship", "relationship": "trade"},
                       reaches="trade_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert "not at a fair price either" in outcome["advice"][0]
    assert L_INTERESTS in source_codes(data)


def test_falling_in_love_is_reported_to_the_manager_straight_away():
    data = assert_next(TOPIC, {"situation": "relationship", "relationship": "feelings",
                               "continue_relationships": "no"},
                       reaches="feelings_tell_manager")
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "manager"
    assert "straight away" in outcome["title"]
    assert IC_CLIENTS in source_codes(data)


def test_no_money_or_present_from_a_client_and_the_advice_names_the_stricter_rule():
    data = advice(TOPIC, {"situation": "relationship", "relationship": "gift",
                          "continue_gifts": "no"})
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert any("stricter rule" in step for step in outcome["advice"])
    assert IC_CLIENTS in source_codes(data)
    assert L_GIFTS in source_codes(data)


@pytest.mark.parametrize("answer", ["yes", "not_sure"])
def test_acute_danger_means_call_112_first(answer):
    data = assert_next(TOPIC, {"situation": "aggression", "acute_danger": answer}, reaches="call_112")
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "112" in outcome["advice"][0]
    # nothing else is asked before the advice to call 112
    assert asked(data) == ["situation", "acute_danger"]


def test_physical_intervention_only_when_without_it_the_situation_becomes_unsafe():
    data = assert_next(TOPIC, {**NO_DANGER, "aggression_who": "own_reaction", "physical_needed": "yes"},
                       reaches="physical_intervention_only_to_stop_threat")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed_tell_manager"
    assert outcome["contacts"][0] == "manager"
    assert "no more than needed" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)


def test_no_aggressive_behaviour_towards_a_client():
    data = assert_next(TOPIC, {**NO_DANGER, "aggression_who": "own_reaction", "physical_needed": "no"},
                       reaches="no_aggression_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert L_SAFETY in source_codes(data)


def test_aggression_or_discrimination_by_a_client_need_not_be_accepted():
    data = assert_next(TOPIC, {**NO_DANGER, "aggression_who": "client_aggressive"},
                       reaches="client_aggression_not_accepted")
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "manager"
    assert "emergency" in outcome["contacts"]
    assert L_SAFETY in source_codes(data)


def test_no_alcohol_or_drugs_shortly_before_or_during_a_shift():
    data = assert_next(TOPIC, {"situation": "fitness", "substance": "before_or_during"},
                       reaches="no_alcohol_drugs")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert "never work under the influence" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)


def test_never_work_under_the_influence_and_tell_the_manager_you_are_not_fit():
    data = assert_next(TOPIC, {"situation": "fitness", "substance": "under_influence"},
                       reaches="not_fit_tell_manager")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert any("not fit to work" in step for step in outcome["advice"])


def test_a_colleague_under_the_influence_is_raised_with_the_manager():
    data = advice(TOPIC, {"situation": "fitness", "substance": "colleague"})
    assert data["outcome"]["contacts"][0] == "manager"
    assert IC_FINALLY in source_codes(data)


def test_client_information_only_when_needed_for_the_service_to_that_client():
    data = assert_next(TOPIC, {"situation": "information", "info_purpose": "service",
                               "continue_confidentiality": "no"},
                       reaches="info_needed_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_CLIENTS in source_codes(data)
    data = assert_next(TOPIC, {"situation": "information", "info_purpose": "other"},
                       reaches="info_not_needed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert "not even for someone you know" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)


def test_functional_consultation_with_colleagues_and_managers_is_the_exception():
    data = assert_next(TOPIC, {"situation": "information", "info_purpose": "consultation"},
                       reaches="functional_consultation_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert "no more than needed" in outcome["title"]
    assert IC_CLIENTS in source_codes(data)


def test_a_clash_with_the_professional_code_goes_to_the_manager_first():
    data = assert_next(TOPIC, {"situation": "professional_code", "code_clash": "not_yet"},
                       reaches="clash_manager_first")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert L_CODES_CLASH in source_codes(data)


def test_when_the_managers_advice_does_not_resolve_the_clash_inform_counsellor_or_director():
    data = assert_next(TOPIC, {"situation": "professional_code", "code_clash": "no_good_result"},
                       reaches="clash_counsellor_or_director")
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "counsellor"
    assert "director" in outcome["contacts"]
    assert "manager" not in outcome["contacts"]
    assert L_CODES_CLASH in source_codes(data)


def test_when_the_manager_is_part_of_the_clash_go_to_the_counsellor_not_the_manager():
    data = advice(TOPIC, {"situation": "professional_code", "code_clash": "manager_involved"})
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]
    assert L_COUNSELLOR in source_codes(data)


@pytest.mark.parametrize("answers", [
    {"situation": "not_sure"},
    {"situation": "respect", "remark": "not_sure"},
    {"situation": "relationship", "relationship": "not_sure"},
    {**NO_DANGER, "aggression_who": "not_sure"},
    {**NO_DANGER, "aggression_who": "own_reaction", "physical_needed": "not_sure"},
    {"situation": "fitness", "substance": "not_sure"},
    {"situation": "information", "info_purpose": "not_sure"},
    {"situation": "professional_code", "code_clash": "not_sure"},
], ids=lambda answers: list(answers)[-1])
def test_not_sure_means_talk_to_your_manager(answers):
    data = advice(TOPIC, answers)
    assert data["path"][-1]["answer"] == "not_sure"
    assert data["outcome"]["verdict"] in ("ask_first", "seek_advice")
    assert data["outcome"]["contacts"][0] == "manager"


def test_advice_in_dutch_says_the_same():
    answers = {"situation": "fitness", "substance": "under_influence"}
    english = assert_next(TOPIC, answers, reaches="not_fit_tell_manager")["outcome"]
    dutch = assert_next(TOPIC, answers, reaches="not_fit_tell_manager", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "not_allowed"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
    data = assert_next(TOPIC, {"situation": "aggression", "acute_danger": "yes"},
                       reaches="call_112", lang="nl")
    assert data["outcome"]["verdict"] == "emergency"
    assert "112" in data["outcome"]["title"]
