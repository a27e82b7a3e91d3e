"""Unwanted behaviour (IC Omgang met collega's, IC Omgang van medewerkers met cliënten,
L 4.2, L 4.1 "5. Veiligheid en privacy", L 3 Klachtenprocedure, L 3 Vertrouwenspersoon), one
test per rule.

Where the codes differ (the complaints regulation, the manager's manager versus the
vertrouwenspersoon, discontent, aggression from a client, the gedragswetenschapper after 112)
each rule is checked under each organisation's profile and without one."""
import pytest

from tests.helpers import (
    EVERY_PROFILE,
    IC_CLIENTS,
    IC_COLLEAGUES,
    L_COLLEAGUES,
    L_COMPLAINTS,
    L_COUNSELLOR,
    L_SAFETY,
    ORGANISATIONS,
    SUFFIX,
    advice,
    advice_text,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    check,
    choice_values,
    cited_codes,
    outcome,
    reached_under,
    source_codes,
)

TOPIC = "unwanted_behaviour"
SAFE = {"danger": "no"}
COLLEAGUE = {**SAFE, "who": "colleague"}
MANAGER = {**SAFE, "who": "manager"}


def under(org, answers, reaches):
    """The advice these answers reach in this topic as an employee of `org` (None: both codes)."""
    return reached_under(org, TOPIC, answers, reaches)


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
    assert result["id"] == "danger_unsure"
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"


@pytest.mark.parametrize("answer", ["yes", "not_sure"])
@pytest.mark.parametrize("org", ORGANISATIONS)
def test_danger_or_doubt_under_a_profile_means_112_then_that_organisations_own_steps(answer, org):
    data = under(org, {"danger": answer}, f"call_112{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"
    assert "veilig_thuis" in result["contacts"]
    assert "MELDCODE" in cited_codes(data)
    if org == "lumens":     # L 4.6: the gedragswetenschapper when a client is unsafe
        assert "behavioural_scientist" in result["contacts"]
    else:                   # the Integriteitscode names the manager's manager
        assert "senior_manager" in result["contacts"]


@pytest.mark.parametrize("answers", [{"danger": "yes"}, {"danger": "not_sure"}])
def test_acute_danger_names_veilig_thuis_and_the_meldcode_afterwards(answers):
    data = advice(TOPIC, answers)
    assert "veilig_thuis" in data["outcome"]["contacts"]
    assert "MELDCODE" in cited_codes(data)
    assert "0800-2000" in advice_text(data["outcome"])


def test_after_the_triage_the_danger_question_is_not_asked_again():
    data = assert_next("triage", {"in_danger": "no", "subject": "behaviour", "behaviour_kind": "treated_badly"},
                       asks="unwanted_behaviour.who")
    carried = [step for step in data["path"] if step["topic"] == TOPIC]
    assert carried == [{"topic": TOPIC, "question": "danger", "answer": "no", "answered_before": True}]


# --- harm to a client or a child: the safety topic, never the colleague first ------------------

def test_a_client_harming_a_partner_or_child_leads_to_the_meldcode_and_the_gedragswetenschapper():
    # a client harming their partner or child (not acute)
    assert_next(TOPIC, {**SAFE, "who": "harm_to_client"}, asks="someone_at_risk.situation")
    for org in EVERY_PROFILE:
        data = assert_next_under(org, TOPIC, {**SAFE, "who": "harm_to_client", "situation": "home",
                                              "continue_confidentiality": "no"},
                                 reaches=f"someone_at_risk.meldcode{SUFFIX[org]}")
        result = data["outcome"]
        assert result["verdict"] == "seek_advice"         # weigh, then decide; not a duty to report
        assert "veilig_thuis" in result["contacts"]
        assert "MELDCODE" in cited_codes(data)
        if org != "interaktcontour":
            assert result["contacts"][0] == "behavioural_scientist"
        else:
            assert result["contacts"][0] == "attention_officer"


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_a_colleague_harming_a_client_is_never_first_raised_with_the_colleague(org):
    # a colleague's aggression or sexual behaviour towards a client
    data = assert_next_under(org, TOPIC, {**SAFE, "who": "harm_to_client", "situation": "colleague"},
                             reaches=f"someone_at_risk.colleague_harm{SUFFIX[org]}")
    result = data["outcome"]
    assert "person_concerned" not in result["contacts"]
    assert result["contacts"][0] == "manager"
    assert "veilig_thuis" in result["contacts"]
    assert {"behavioural_scientist", "attention_officer"} & set(result["contacts"])
    if org == "lumens":
        assert "behavioural_scientist" in result["contacts"]
    if org is not None:
        assert_own_code(data, org)


def test_disrespect_towards_a_client_is_not_allowed():
    data = assert_next(TOPIC, {**SAFE, "who": "towards_client", "continue_someone_at_risk": "no"},
                       reaches="respect_clients")
    result = data["outcome"]
    assert result["verdict"] == "not_allowed"
    assert result["contacts"][0] == "person_concerned"
    assert IC_CLIENTS in source_codes(data)
    assert L_SAFETY in source_codes(data)
    for org in ORGANISATIONS:
        under(org, {**SAFE, "who": "towards_client", "continue_someone_at_risk": "no"}, "respect_clients")


def test_disrespect_that_goes_further_than_words_can_continue_in_the_safety_topic():
    reply = check(TOPIC, {**SAFE, "who": "towards_client"})
    assert reply.exit_code == 3
    assert reply.data["question"]["id"] == "continue_someone_at_risk"
    data = assert_next(TOPIC, {**SAFE, "who": "towards_client", "continue_someone_at_risk": "yes",
                               "situation": "colleague"}, reaches="someone_at_risk.colleague_harm")
    assert "person_concerned" not in data["outcome"]["contacts"]


# --- harassment by a colleague: counsellor first, the manager who can act ----------------------

@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_sexual_harassment_by_a_colleague_goes_to_the_counsellor_first_then_the_manager(org):
    data = under(org, {**COLLEAGUE, "kind": "sexual"}, f"sexual_harassment{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][:2] == ["counsellor", "manager"]          # the manager can act


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_bullying_intimidation_aggression_discrimination_go_to_the_counsellor_first_then_the_manager(org):
    data = under(org, {**COLLEAGUE, "kind": "intimidation"}, f"harassment{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][:2] == ["counsellor", "manager"]


@pytest.mark.parametrize("kind, outcome_id", [("sexual", "sexual_harassment"), ("intimidation", "harassment")])
def test_the_complaints_regulation_is_the_formal_route_at_lumens_and_not_named_at_interaktcontour(kind, outcome_id):
    answers = {**COLLEAGUE, "kind": kind}
    lumens = under("lumens", answers, f"{outcome_id}_lumens")
    assert "complaints_procedure" in lumens["outcome"]["contacts"]
    assert L_COMPLAINTS in source_codes(lumens)
    ic = under("interaktcontour", answers, f"{outcome_id}_ic")
    assert "complaints_procedure" not in ic["outcome"]["contacts"]
    assert IC_COLLEAGUES in source_codes(ic)
    neither = under(None, answers, outcome_id)
    assert "complaints_procedure" in neither["outcome"]["contacts"]
    assert "Here the codes differ" in advice_text(neither["outcome"])
    assert {IC_COLLEAGUES, L_COMPLAINTS} <= source_codes(neither)


def test_sexual_harassment_is_explained_by_how_it_is_experienced_not_how_it_was_meant():
    text = advice_text(outcome(TOPIC, {**COLLEAGUE, "kind": "sexual"}))
    assert "unwanted or forced" in text
    assert "meant" in text


def test_bullying_is_explained_as_structural_and_includes_online_bullying():
    text = advice_text(outcome(TOPIC, {**COLLEAGUE, "kind": "intimidation"}))
    assert "keeps coming back" in text
    assert "online" in text


# --- harassment by the manager: around the manager ---------------------------------------------

@pytest.mark.parametrize("kind, outcome_id", [("sexual", "sexual_harassment_mgr"), ("intimidation", "harassment_mgr")])
@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_harassment_by_the_manager_goes_to_the_counsellor_never_the_manager(kind, outcome_id, org):
    data = under(org, {**MANAGER, "kind_mgr": kind}, f"{outcome_id}{SUFFIX[org]}")
    result = data["outcome"]
    assert result["contacts"][0] == "counsellor"
    assert "manager" not in result["contacts"]
    if org != "lumens":       # the Integriteitscode names the manager's manager
        assert "senior_manager" in result["contacts"]
    if org != "interaktcontour":
        assert "complaints_procedure" in result["contacts"]


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_behaviour_of_my_manager_never_has_the_manager_in_contacts(org):
    for kind in ("sexual", "intimidation", "discontent", "not_sure"):
        result = assert_next_under(org, TOPIC, {**MANAGER, "kind_mgr": kind},
                                   reaches=manager_path_outcome(org, kind))["outcome"]
        assert "manager" not in result["contacts"], kind
        assert "counsellor" in result["contacts"], kind


def manager_path_outcome(org, kind):
    """The outcome id a manager path reaches under `org` (as the tree routes it)."""
    ids = {"sexual": "sexual_harassment_mgr", "intimidation": "harassment_mgr", "discontent": "discontent_mgr",
           "not_sure": "unsure_mgr"}
    if kind == "not_sure" and org == "lumens":
        return "unsure_counsellor"
    return f"{ids[kind]}{SUFFIX[org]}"


# --- discontent (a rule of the Integriteitscode only) -------------------------------------------

def test_discontent_about_a_colleague_first_the_colleague_then_manager_or_counsellor():
    data = assert_next(TOPIC, {**COLLEAGUE, "kind": "discontent"}, reaches="discontent_talk")
    result = data["outcome"]
    assert result["contacts"] == ["person_concerned", "manager", "counsellor"]
    assert IC_COLLEAGUES in source_codes(data)
    assert "Only the InteraktContour Integrity Code has a rule for discontent" in advice_text(result)


def test_discontent_under_interaktcontour_follows_its_rule():
    data = under("interaktcontour", {**COLLEAGUE, "kind": "discontent"}, "discontent_talk_ic")
    assert data["outcome"]["contacts"] == ["person_concerned", "manager", "counsellor"]
    assert IC_COLLEAGUES in source_codes(data)


def test_discontent_under_lumens_follows_the_open_culture_of_feedback():
    data = under("lumens", {**COLLEAGUE, "kind": "discontent"}, "discontent_talk_lumens")
    assert data["outcome"]["contacts"] == ["person_concerned", "manager", "counsellor"]
    assert L_COLLEAGUES in source_codes(data)


def test_gossip_is_named_as_not_fitting_respectful_collaboration():
    text = advice_text(outcome(TOPIC, {**COLLEAGUE, "kind": "discontent"}))
    assert "Gossip" in text


def test_discontent_about_the_manager_under_interaktcontour_goes_to_the_managers_manager():
    result = under("interaktcontour", {**MANAGER, "kind_mgr": "discontent"}, "discontent_mgr_ic")["outcome"]
    # IC Omgang met collega's: discontent is raised first with the one it concerns, then with
    # the manager's manager; the counsellor at any time
    assert result["contacts"][0] == "person_concerned"
    assert "senior_manager" in result["contacts"]
    assert "counsellor" in result["contacts"]
    assert "manager" not in result["contacts"]


def test_discontent_about_the_manager_under_lumens_goes_to_the_counsellor():
    data = under("lumens", {**MANAGER, "kind_mgr": "discontent"}, "discontent_mgr_lumens")
    result = data["outcome"]
    assert result["contacts"][0] == "counsellor"
    assert L_COUNSELLOR in source_codes(data)
    assert "manager" not in result["contacts"]


def test_discontent_about_the_manager_without_an_organisation_names_both():
    result = under(None, {**MANAGER, "kind_mgr": "discontent"}, "discontent_mgr")["outcome"]
    assert {"senior_manager", "counsellor"} <= set(result["contacts"])
    assert "manager" not in result["contacts"]
    assert "Here the codes differ" in advice_text(result)


# --- a client's behaviour towards you ----------------------------------------------------------

def test_aggression_by_a_client_is_reported_to_the_manager_and_the_codes_differ():
    data = under(None, {**SAFE, "who": "client"}, "client_behaviour")
    result = data["outcome"]
    assert result["contacts"][0] == "manager"
    assert L_SAFETY in source_codes(data)
    assert "112" in advice_text(result)
    assert "Here the codes differ" in advice_text(result)


def test_aggression_by_a_client_under_lumens_need_not_be_accepted():
    data = under("lumens", {**SAFE, "who": "client"}, "client_behaviour_lumens")
    assert data["outcome"]["contacts"][0] == "manager"
    assert L_SAFETY in source_codes(data)
    assert "do not have to accept" in data["outcome"]["title"]


def test_aggression_by_a_client_under_interaktcontour_stay_professional_and_tell_the_manager():
    data = under("interaktcontour", {**SAFE, "who": "client"}, "client_behaviour_ic")
    assert data["outcome"]["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert "Physical intervention is only allowed" in advice_text(data["outcome"])   # the limit is the rule


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
