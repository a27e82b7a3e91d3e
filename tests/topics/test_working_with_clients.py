"""Rules for working with clients (IC Omgang van medewerkers met cliënten, L 3, L 4.1, L 4.6, the
meldcode, the Wmo 2015), one test per rule; where the codes differ, one test per organisation
and one without."""
import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_FINALLY,
    L_CODES_CLASH,
    L_COMPLAINTS,
    L_COUNSELLOR,
    L_GIFTS,
    L_INTERESTS,
    L_SAFETY,
    ORGANISATIONS,
    advice,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    by_org,
    cited_codes,
    follows_own_code_or_names_the_difference,
    source_codes,
    text_of,
    walk,
)

TOPIC = "working_with_clients"
NO_DANGER = {"acute_danger": "no"}
AGGRESSION = {**NO_DANGER, "situation": "aggression"}
RELATIONSHIP = {**NO_DANGER, "situation": "relationship"}
FITNESS = {**NO_DANGER, "situation": "fitness"}
CLASH = {**NO_DANGER, "situation": "professional_code"}
L_DEVIATE = "L, 4.1 Inwoner centraal, 2. Deskundigheid"
L_ACCESSIBLE = "L, 4.1 Inwoner centraal, 3. Toegankelijkheid"


# --- acute danger: asked first and once ------------------------------------------------------------

def test_acute_danger_is_the_first_question():
    data = assert_next(TOPIC, {}, asks="acute_danger")
    assert data["question"]["kind"] == "yes_no"


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("answer", ["yes", "not_sure"])
def test_acute_danger_or_doubt_means_112_first_then_veilig_thuis_and_the_meldcode(org, answer):
    data = assert_next_under(org, TOPIC, {"acute_danger": answer},
                             reaches=by_org(org, "call_112", "call_112_lumens", "call_112_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "veilig_thuis" in outcome["contacts"]
    assert "MELDCODE" in cited_codes(data)
    assert "112" in outcome["advice"][0]
    assert asked(data) == ["acute_danger"]                      # nothing else before 112
    if org:
        assert_own_code(data, org)


def test_danger_answered_here_is_not_asked_again_in_the_relationships_topic():
    data = assert_next(TOPIC, {**RELATIONSHIP, "relationship": "friendship", "continue_relationships": "yes",
                               "relationships.who": "client", "relationships.client_situation": "client_in_love"},
                       reaches="relationships.in_love_report")
    carried = [step for step in data["path"] if step.get("answered_before")]
    assert carried == [{"topic": "relationships", "question": "client_safety", "answer": "no",
                        "answered_before": True}]


# --- respect (both codes) ---------------------------------------------------------------------------

def test_no_discriminatory_or_sexist_remarks_whatever_the_clients_background_or_behaviour():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "respect", "remark": "yes"}, reaches="disrespect_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "religion" in outcome["advice"][0] and "gestures" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)
    assert L_SAFETY in source_codes(data)


def test_respectful_treatment_goes_ahead_with_respect_for_every_client():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "respect", "remark": "no"}, reaches="respect_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_CLIENTS in source_codes(data)


# --- the relationship with a client ------------------------------------------------------------------

def test_professional_distance_is_a_balance_and_the_relationship_stays_professional():
    data = assert_next(TOPIC, {**RELATIONSHIP, "relationship": "closeness"}, reaches="closeness_balance")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "never becomes personal" in outcome["advice"][0]          # the limit is the rule
    assert IC_CLIENTS in source_codes(data)
    assert L_INTERESTS in source_codes(data)


def test_no_personal_relationship_with_a_client_also_not_online():
    data = assert_next(TOPIC, {**RELATIONSHIP, "relationship": "friendship", "continue_relationships": "no"},
                       reaches="personal_relation_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "online" in outcome["title"]
    assert IC_CLIENTS in source_codes(data)
    assert L_INTERESTS in source_codes(data)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_falling_in_love_with_a_client_is_reported_at_once_under_the_integrity_code_and_talked_over_at_lumens(org):
    data = assert_next_under(org, TOPIC, {**RELATIONSHIP, "relationship": "feelings"},
                             reaches=by_org(org, "feelings_tell_manager", "feelings_talk_lumens",
                                            "feelings_tell_manager_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "manager"
    assert "counsellor" in outcome["contacts"]
    assert outcome["verdict"] == ("seek_advice" if org == "lumens" else "ask_first")
    if org == "lumens":
        assert L_INTERESTS in source_codes(data)
    else:
        assert "straight away" in outcome["title"]
        assert IC_CLIENTS in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_buying_from_or_selling_to_a_client_is_a_lumens_rule(org):
    data = assert_next_under(org, TOPIC, {**RELATIONSHIP, "relationship": "trade"},
                             reaches=by_org(org, "trade_not_allowed", "trade_not_allowed_lumens", "trade_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "manager"
    if org == "interaktcontour":
        assert outcome["verdict"] == "ask_first"                   # the code has no rule on it
        assert source_codes(data) == {IC_CLIENTS, "IC, Algemeen"}
    else:
        assert outcome["verdict"] == "not_allowed"
        assert "not at a fair price either" in outcome["advice"][0]
        assert L_INTERESTS in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


def test_no_money_or_present_from_a_client_and_the_advice_names_the_stricter_rule():
    data = advice(TOPIC, {**RELATIONSHIP, "relationship": "gift", "continue_gifts": "no"})
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert any("stricter rule" in step for step in outcome["advice"])
    assert IC_CLIENTS in source_codes(data)
    assert L_GIFTS in source_codes(data)


def test_a_present_from_a_client_is_declined_under_the_integrity_code():
    data = assert_next_under("interaktcontour", TOPIC, {**RELATIONSHIP, "relationship": "gift"},
                             reaches="client_gift_not_allowed_ic")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert_own_code(data, "interaktcontour")


def test_a_present_from_a_client_at_lumens_is_weighed_in_the_gifts_topic():
    # the giver is known (a client): the gifts topic starts at its proportion test (L 4.4)
    data = assert_next_under("lumens", TOPIC, {**RELATIONSHIP, "relationship": "gift"}, asks="gifts.obliged")
    assert data["topic"] == "gifts"


# --- aggression and violence ---------------------------------------------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_aggression_from_a_client_need_not_be_accepted_at_lumens_and_is_reported_to_the_manager(org):
    data = assert_next_under(org, TOPIC, {**AGGRESSION, "aggression_who": "client_aggressive"},
                             reaches=by_org(org, "client_aggression_not_accepted",
                                            "client_aggression_not_accepted_lumens", "client_aggression_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"] == ["manager", "emergency"]
    assert "MELDCODE, Acuut gevaar" in source_codes(data)           # the 112 advice cites its source
    if org == "interaktcontour":
        assert "do not have to accept" not in text_of(data)         # L 4.1.5 only
    else:
        assert L_SAFETY in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org, first", [(None, "behavioural_scientist"), ("lumens", "behavioural_scientist"),
                                        ("interaktcontour", "attention_officer")])
def test_a_client_harming_someone_else_leads_to_expert_advice_the_meldcode_and_veilig_thuis(org, first):
    data = assert_next_under(org, TOPIC, {**AGGRESSION, "aggression_who": "client_harms_other"},
                             reaches=by_org(org, "client_harms_other", "client_harms_other_lumens",
                                            "client_harms_other_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"                      # weigh, then decide
    assert outcome["contacts"][0] == first
    assert "veilig_thuis" in outcome["contacts"]
    assert "person_concerned" not in outcome["contacts"]
    assert "MELDCODE" in cited_codes(data)
    assert "0800-2000" in text_of(data)
    if org:
        assert_own_code(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_colleague_crossing_a_line_with_a_client_is_reported_and_never_talked_over_with_the_colleague_first(org):
    data = assert_next_under(org, TOPIC, {**AGGRESSION, "aggression_who": "colleague_harms_client"},
                             reaches=by_org(org, "colleague_harms_client", "colleague_harms_client_lumens",
                                            "colleague_harms_client_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "manager"
    assert "person_concerned" not in outcome["contacts"]
    assert "veilig_thuis" in outcome["contacts"]
    assert {"behavioural_scientist", "attention_officer"} & set(outcome["contacts"])
    if org != "interaktcontour":
        assert "behavioural_scientist" in outcome["contacts"]      # mandatory at Lumens (L 4.6)
    assert "WMO, Art. 3.4 Melden van geweld bij de toezichthouder" in source_codes(data)
    assert "Do not raise it with the colleague first" in outcome["advice"][0]
    if org:
        assert_own_code(data, org)


def test_physical_intervention_is_a_rule_of_the_integrity_code_only():
    for org in (None, "interaktcontour"):
        assert_next_under(org, TOPIC, {**AGGRESSION, "aggression_who": "own_reaction"}, asks="physical_needed")
    data = assert_next_under("lumens", TOPIC, {**AGGRESSION, "aggression_who": "own_reaction"},
                             reaches="own_reaction_lumens")
    assert "physical_needed" not in asked(data)
    assert "says nothing about physical intervention" in text_of(data)
    assert_own_code(data, "lumens")


@pytest.mark.parametrize("org", [None, "interaktcontour"])
def test_physical_intervention_only_when_without_it_the_situation_becomes_unsafe(org):
    data = assert_next_under(org, TOPIC, {**AGGRESSION, "aggression_who": "own_reaction", "physical_needed": "yes"},
                             reaches=by_org(org, "physical_intervention_only_to_stop_threat", None,
                                            "physical_intervention_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed_tell_manager"
    assert outcome["contacts"][0] == "manager"
    assert "no more than needed" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)
    assert "MELDCODE, Acuut gevaar" in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, "interaktcontour"])
def test_no_aggressive_behaviour_towards_a_client_and_no_physical_intervention_without_a_threat(org):
    data = assert_next_under(org, TOPIC, {**AGGRESSION, "aggression_who": "own_reaction", "physical_needed": "no"},
                             reaches=by_org(org, "no_aggression_not_allowed", None, "no_aggression_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


# --- alcohol and drugs -----------------------------------------------------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_alcohol_shortly_before_or_during_a_shift_is_forbidden_by_the_integrity_code_and_asked_first_at_lumens(org):
    data = assert_next_under(org, TOPIC, {**FITNESS, "substance": "before_or_during"},
                             reaches=by_org(org, "no_alcohol_drugs", "alcohol_no_rule_lumens", "no_alcohol_drugs_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"] == ["manager"]
    if org == "lumens":
        assert outcome["verdict"] == "ask_first"                    # no explicit rule in L
        assert "no separate rule" in outcome["advice"][0]
        assert L_SAFETY in source_codes(data)                       # what L does say: safe work
    else:
        assert outcome["verdict"] == "not_allowed"
        assert "never work under the influence" in outcome["advice"][0]
        assert IC_CLIENTS in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("who, reaches", [("under_influence", "not_fit_tell_manager"),
                                          ("colleague", "colleague_under_influence")])
def test_someone_under_the_influence_is_stopped_and_the_manager_told_at_once_never_the_whistleblower_route(
        org, who, reaches):
    data = assert_next_under(org, TOPIC, {**FITNESS, "substance": who}, reaches=reaches)
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert not {"whistleblower", "whistleblower_authority"} & set(outcome["contacts"])
    assert "drive" in text_of(data)
    if org:
        assert_own_code(data, org)


def test_a_colleague_under_the_influence_is_stopped_now_and_the_manager_told_before_the_colleague():
    data = assert_next(TOPIC, {**FITNESS, "substance": "colleague"}, reaches="colleague_under_influence")
    outcome = data["outcome"]
    assert "stops now" in outcome["advice"][0]
    assert "before you talk it through with your colleague" in outcome["advice"][1]   # why the manager first
    assert "not for the whistleblower procedure" in outcome["advice"][1]
    assert IC_FINALLY in source_codes(data)


# --- client information (both codes) -----------------------------------------------------------------

def test_client_information_only_when_needed_for_the_service_to_that_client():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "information", "info_purpose": "service",
                               "continue_confidentiality": "no"},
                       reaches="info_needed_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_CLIENTS in source_codes(data)
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "information", "info_purpose": "other"},
                       reaches="info_not_needed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert "not even for someone you know" in outcome["advice"][0]
    assert IC_CLIENTS in source_codes(data)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_functional_consultation_with_colleagues_and_managers_is_allowed(org):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "situation": "information", "info_purpose": "consultation"},
                             reaches="functional_consultation_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert "no more than needed" in outcome["title"]
    if org:
        assert_own_code(data, org)


# --- a client's complaint, deviating from a rule ---------------------------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_clients_complaint_goes_to_the_complaints_regulation_at_lumens_and_via_the_manager_otherwise(org):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "situation": "complaint"},
                             reaches=by_org(org, "client_complaint", "client_complaint_lumens", "client_complaint_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed_tell_manager"
    assert "manager" in outcome["contacts"]
    if org == "interaktcontour":
        assert outcome["contacts"] == ["manager"]
    else:
        assert outcome["contacts"][0] == "complaints_procedure"
        assert {L_ACCESSIBLE, L_COMPLAINTS} <= source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_deviating_from_a_rule_for_a_client_is_raised_beforehand_and_accounted_for(org):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "situation": "deviate"},
                             reaches=by_org(org, "deviate_discuss", "deviate_discuss_lumens", "deviate_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager"]
    if org != "interaktcontour":
        assert L_DEVIATE in source_codes(data)
        assert "account for" in text_of(data)
    follows_own_code_or_names_the_difference(data, org)


# --- a clash between the professional code and the code of conduct (L 3) ------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_clash_with_the_professional_code_is_discussed_with_the_manager_first(org):
    data = assert_next_under(org, TOPIC, {**CLASH, "code_clash": "not_yet"},
                             reaches=by_org(org, "clash_manager_first", "clash_manager_first_lumens",
                                            "clash_discuss_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "manager"
    if org == "interaktcontour":
        assert outcome["verdict"] == "seek_advice"                 # act by both; no route of its own
        assert outcome["contacts"] == ["manager", "counsellor"]
    else:
        assert outcome["verdict"] == "ask_first"                   # follow the manager's advice
        assert outcome["contacts"] == ["manager", "counsellor", "director"]
        assert L_CODES_CLASH in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_when_the_managers_advice_does_not_resolve_the_clash_go_to_the_counsellor_or_director(org):
    data = assert_next_under(org, TOPIC, {**CLASH, "code_clash": "no_good_result"},
                             reaches=by_org(org, "clash_counsellor_or_director", "clash_counsellor_or_director_lumens",
                                            "clash_around_manager_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]
    assert ("director" in outcome["contacts"]) == (org != "interaktcontour")
    assert ("senior_manager" in outcome["contacts"]) == (org != "lumens")
    if org != "interaktcontour":
        assert "works council" in text_of(data)                    # the bestuurder cannot change it alone
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_when_the_manager_is_part_of_the_clash_go_around_the_manager(org):
    data = assert_next_under(org, TOPIC, {**CLASH, "code_clash": "manager_involved"},
                             reaches=by_org(org, "clash_counsellor", "clash_counsellor_or_director_lumens",
                                            "clash_around_manager_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]
    if org is None:
        assert L_COUNSELLOR in source_codes(data)


# --- not sure, every path -------------------------------------------------------------------------

@pytest.mark.parametrize("answers", [
    {**NO_DANGER, "situation": "not_sure"},
    {**NO_DANGER, "situation": "respect", "remark": "not_sure"},
    {**RELATIONSHIP, "relationship": "not_sure"},
    {**AGGRESSION, "aggression_who": "not_sure"},
    {**AGGRESSION, "aggression_who": "own_reaction", "physical_needed": "not_sure"},
    {**FITNESS, "substance": "not_sure"},
    {**NO_DANGER, "situation": "information", "info_purpose": "not_sure"},
    {**CLASH, "code_clash": "not_sure"},
], ids=lambda answers: list(answers)[-1])
def test_not_sure_means_talk_to_your_manager(answers):
    data = advice(TOPIC, answers)
    assert data["path"][-1]["answer"] == "not_sure"
    assert data["outcome"]["verdict"] in ("ask_first", "seek_advice")
    assert data["outcome"]["contacts"][0] == "manager"


def test_every_advice_that_says_112_cites_its_source():
    for data in walk(TOPIC):
        if data["topic"] == TOPIC and "112" in text_of(data):
            assert "MELDCODE" in cited_codes(data), data["outcome"]["id"]


def test_advice_in_dutch_says_the_same():
    answers = {**FITNESS, "substance": "under_influence"}
    english = assert_next(TOPIC, answers, reaches="not_fit_tell_manager")["outcome"]
    dutch = assert_next(TOPIC, answers, reaches="not_fit_tell_manager", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "not_allowed"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
    data = assert_next(TOPIC, {"acute_danger": "yes"}, reaches="call_112", lang="nl")
    assert data["outcome"]["verdict"] == "emergency"
    assert "112" in data["outcome"]["title"]
