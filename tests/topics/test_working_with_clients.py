"""Rules for working with clients (IC Omgang van medewerkers met cliënten, L 3, L 4.1, L 4.6),
one test per rule."""
import pytest

from tests.protocol import advice, source_codes

TOPIC = "working_with_clients"
IC_CLIENTS = "IC, Omgang van medewerkers met cliënten"
L_SAFETY = "L, 4.1 Inwoner centraal, 5. Veiligheid en privacy"
L_INTERESTS = "L, 4.6 Belangen van de inwoner en belangen van de medewerker"
L_CODES = "L, 3 Gedragscode vs. beroepscode"
NO_DANGER = {"situation": "aggression", "acute_danger": "no"}


def test_no_discriminating_or_sexist_remarks_whatever_the_clients_background_or_behaviour():
    data = advice(TOPIC, {"situation": "respect", "remark": "yes"})
    outcome = data["outcome"]
    assert outcome["id"] == "disrespect_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "religion" in outcome["advice"][0] and "gestures" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)
    assert L_SAFETY in source_codes(data)


def test_respectful_treatment_goes_ahead_with_respect_for_every_client():
    data = advice(TOPIC, {"situation": "respect", "remark": "no"})
    assert data["outcome"]["id"] == "respect_allowed"
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_CLIENTS in source_codes(data)


def test_professional_distance_is_a_balance_and_the_relationship_stays_professional():
    data = advice(TOPIC, {"situation": "relationship", "relationship": "closeness"})
    outcome = data["outcome"]
    assert outcome["id"] == "closeness_balance"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "distance and closeness" in outcome["title"]
    assert "never becomes personal" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)
    assert L_INTERESTS in source_codes(data)


def test_no_personal_relationship_with_a_client_also_not_online():
    data = advice(TOPIC, {"situation": "relationship", "relationship": "friendship",
                          "continue_relationships": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "personal_relation_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "online" in outcome["title"]
    assert IC_CLIENTS in source_codes(data)
    assert L_INTERESTS in source_codes(data)


def test_no_buying_or_selling_between_employee_and_client():
    data = advice(TOPIC, {"situation": "relationship", "relationship": "trade"})
    outcome = data["outcome"]
    assert outcome["id"] == "trade_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert "not at a fair price either" in outcome["advice"][0]
    assert L_INTERESTS in source_codes(data)


def test_falling_in_love_is_reported_to_the_manager_straight_away():
    data = advice(TOPIC, {"situation": "relationship", "relationship": "feelings",
                          "continue_relationships": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "feelings_tell_manager"
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
    assert "L, 4.4 Relatiegeschenken" in source_codes(data)


@pytest.mark.parametrize("answer", ["yes", "not_sure"])
def test_acute_danger_means_call_112_first(answer):
    data = advice(TOPIC, {"situation": "aggression", "acute_danger": answer})
    outcome = data["outcome"]
    assert outcome["id"] == "call_112"
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "112" in outcome["advice"][0]
    # nothing else is asked before the advice to call 112
    assert [step["question"] for step in data["path"]] == ["situation", "acute_danger"]


def test_physical_intervention_only_when_without_it_the_situation_becomes_unsafe():
    data = advice(TOPIC, {**NO_DANGER, "aggression_who": "own_reaction", "physical_needed": "yes"})
    outcome = data["outcome"]
    assert outcome["id"] == "physical_intervention_only_to_stop_threat"
    assert outcome["verdict"] == "allowed_tell_manager"
    assert outcome["contacts"][0] == "manager"
    assert "no more than needed" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)


def test_no_aggressive_behaviour_towards_a_client():
    data = advice(TOPIC, {**NO_DANGER, "aggression_who": "own_reaction", "physical_needed": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "no_aggression_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert L_SAFETY in source_codes(data)


def test_aggression_or_discrimination_by_a_client_need_not_be_accepted():
    data = advice(TOPIC, {**NO_DANGER, "aggression_who": "client_aggressive"})
    outcome = data["outcome"]
    assert outcome["id"] == "client_aggression_not_accepted"
    assert outcome["contacts"][0] == "manager"
    assert "emergency" in outcome["contacts"]
    assert L_SAFETY in source_codes(data)


def test_no_alcohol_or_drugs_shortly_before_or_during_a_shift():
    data = advice(TOPIC, {"situation": "fitness", "substance": "before_or_during"})
    outcome = data["outcome"]
    assert outcome["id"] == "no_alcohol_drugs"
    assert outcome["verdict"] == "not_allowed"
    assert "never work under the influence" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)


def test_never_work_under_the_influence_and_tell_the_manager_you_are_not_fit():
    data = advice(TOPIC, {"situation": "fitness", "substance": "under_influence"})
    outcome = data["outcome"]
    assert outcome["id"] == "not_fit_tell_manager"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert any("not fit to work" in step for step in outcome["advice"])


def test_a_colleague_under_the_influence_is_raised_with_the_manager():
    data = advice(TOPIC, {"situation": "fitness", "substance": "colleague"})
    assert data["outcome"]["contacts"][0] == "manager"
    assert "IC, Tot slot" in source_codes(data)


def test_client_information_only_when_needed_for_the_service_to_that_client():
    data = advice(TOPIC, {"situation": "information", "info_purpose": "service",
                          "continue_confidentiality": "no"})
    assert data["outcome"]["id"] == "info_needed_allowed"
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_CLIENTS in source_codes(data)
    data = advice(TOPIC, {"situation": "information", "info_purpose": "other"})
    outcome = data["outcome"]
    assert outcome["id"] == "info_not_needed"
    assert outcome["verdict"] == "not_allowed"
    assert "not even for someone you know" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)


def test_functional_consultation_with_colleagues_and_managers_is_the_exception():
    data = advice(TOPIC, {"situation": "information", "info_purpose": "consultation"})
    outcome = data["outcome"]
    assert outcome["id"] == "functional_consultation_allowed"
    assert outcome["verdict"] == "allowed"
    assert "no more than needed" in outcome["title"]
    assert IC_CLIENTS in source_codes(data)


def test_a_clash_with_the_professional_code_goes_to_the_manager_first():
    data = advice(TOPIC, {"situation": "professional_code", "code_clash": "not_yet"})
    outcome = data["outcome"]
    assert outcome["id"] == "clash_manager_first"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert L_CODES in source_codes(data)


def test_when_the_managers_advice_does_not_resolve_the_clash_inform_counsellor_or_director():
    data = advice(TOPIC, {"situation": "professional_code", "code_clash": "no_good_result"})
    outcome = data["outcome"]
    assert outcome["id"] == "clash_counsellor_or_director"
    assert outcome["contacts"][0] == "counsellor"
    assert "director" in outcome["contacts"]
    assert "manager" not in outcome["contacts"]
    assert L_CODES in source_codes(data)


def test_when_the_manager_is_part_of_the_clash_go_to_the_counsellor_not_the_manager():
    data = advice(TOPIC, {"situation": "professional_code", "code_clash": "manager_involved"})
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]
    assert "L, 3 Vertrouwenspersoon" in source_codes(data)


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
    data = advice(TOPIC, {"situation": "fitness", "substance": "under_influence"}, lang="nl")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert "leidinggevende" in data["outcome"]["title"]
    data = advice(TOPIC, {"situation": "aggression", "acute_danger": "yes"}, lang="nl")
    assert data["outcome"]["verdict"] == "emergency"
    assert "112" in data["outcome"]["title"]
