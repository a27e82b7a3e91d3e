"""Reporting a suspected wrongdoing (IC Tot slot, IC Algemeen, L 4.7, L 3 Vertrouwenspersoon,
Wet bescherming klokkenluiders), one test per rule.

Where the codes differ (the whistleblowing procedure and what it covers, the manager's manager
versus the vertrouwenspersoon, the board, complaints, discontent) each rule is checked under
each organisation's profile and without one (both codes, the difference named)."""
import json

import pytest

from tests.helpers import (
    EVERY_PROFILE,
    IC_COLLEAGUES,
    IC_FINALLY,
    L_COMPLAINTS,
    L_COUNSELLOR,
    L_WHISTLEBLOWING,
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
    conduct,
    outcome,
    reached_under,
    source_codes,
    walk_under,
)

TOPIC = "misconduct"
SAFE = {"acute_danger": "no"}
ORGANISATION = {**SAFE, "concern": "organisation", "board_involved": "no", "manager_involved": "no"}
ORGANISATION_MGR = {**SAFE, "concern": "organisation", "board_involved": "no", "manager_involved": "yes"}
MISSTAND = {**ORGANISATION, "public_interest": "yes"}
MISSTAND_MGR = {**ORGANISATION_MGR, "public_interest_mgr": "yes"}
IRREGULARITY = {**ORGANISATION, "public_interest": "no", "irregularity": "yes"}
IRREGULARITY_MGR = {**ORGANISATION_MGR, "public_interest_mgr": "no", "irregularity_mgr": "yes"}
BOARD = {**SAFE, "concern": "organisation", "board_involved": "yes"}


def under(org, answers, reaches):
    """The advice these answers reach in this topic as an employee of `org` (None: both codes)."""
    return reached_under(org, TOPIC, answers, reaches)


# --- safety first: danger is asked before anything else ----------------------------------------

def test_misconduct_asks_about_acute_danger_first():
    data = assert_next(TOPIC, {}, asks="acute_danger")
    assert choice_values(data["question"]) == ["yes", "no", "not_sure"]


@pytest.mark.parametrize("answer", ["yes", "not_sure"])
@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_danger_or_doubt_about_danger_means_112_first_in_every_organisation(answer, org):
    data = assert_next_under(org, TOPIC, {"acute_danger": answer},
                             reaches=f"someone_at_risk.call_112{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"
    assert "veilig_thuis" in result["contacts"]
    assert "MELDCODE" in cited_codes(data)


def test_after_the_triage_misconduct_does_not_ask_about_danger_again():
    data = assert_next("triage", {"in_danger": "no", "subject": "behaviour", "behaviour_kind": "wrongdoing"},
                       asks="misconduct.concern")
    carried = [step for step in data["path"] if step["topic"] == TOPIC]
    assert carried == [{"topic": TOPIC, "question": "acute_danger", "answer": "no", "answered_before": True}]


# --- a colleague not keeping to the code (IC Tot slot) -----------------------------------------

def test_a_colleague_breaking_the_code_is_first_talked_to_then_manager_or_counsellor():
    data = assert_next(TOPIC, {**SAFE, "concern": "colleague", "colleague_serious": "no",
                               "colleague_can_talk": "yes"},
                       reaches="talk_to_colleague")
    assert data["outcome"]["contacts"] == ["person_concerned", "manager", "counsellor"]
    assert IC_FINALLY in source_codes(data)


def test_too_big_a_step_to_talk_to_the_colleague_goes_to_the_manager_or_the_counsellor():
    data = advice(TOPIC, {**SAFE, "concern": "colleague", "colleague_serious": "no",
                          "colleague_can_talk": "no"})
    assert data["outcome"]["contacts"] == ["manager", "counsellor"]
    assert "person_concerned" not in data["outcome"]["contacts"]
    assert IC_FINALLY in source_codes(data)


def test_a_serious_matter_by_a_colleague_is_weighed_as_a_possible_misstand():
    data = assert_next(TOPIC, {**SAFE, "concern": "colleague", "colleague_serious": "yes",
                               "public_interest": "yes", "grounds": "seen_myself"},
                       reaches="misstand_report")
    assert asked(data) == ["acute_danger", "concern", "colleague_serious", "public_interest", "grounds"]


def test_in_doubt_about_a_colleague_ask_the_manager():
    for answers in ({**SAFE, "concern": "colleague", "colleague_serious": "not_sure"},
                    {**SAFE, "concern": "colleague", "colleague_serious": "no",
                     "colleague_can_talk": "not_sure"}):
        result = outcome(TOPIC, answers)
        assert result["verdict"] == "seek_advice", answers
        assert result["contacts"][0] == "manager", answers


def test_your_own_breach_of_the_code_is_discussed_openly_with_your_manager():
    data = advice(TOPIC, {**SAFE, "concern": "own", "continue_about_the_code": "no"})
    assert data["outcome"]["id"] == "own_breach"
    assert data["outcome"]["contacts"][0] == "manager"
    assert "counsellor" in data["outcome"]["contacts"]
    assert IC_FINALLY in source_codes(data)


def test_after_your_own_breach_you_can_go_on_to_what_may_follow():
    reply = check(TOPIC, {**SAFE, "concern": "own", "continue_about_the_code": "yes"})
    assert reply.exit_code == 3
    assert reply.data["topic"] == "about_the_code"


# --- safety: harm to a client, and someone under the influence ---------------------------------

def test_harm_to_a_client_leads_to_the_safety_topic_not_to_the_whistleblower_procedure():
    data = assert_next(TOPIC, {**SAFE, "concern": "harm_to_client"}, asks="someone_at_risk.situation")
    assert data["topic"] == "someone_at_risk"
    data = advice(TOPIC, {**SAFE, "concern": "harm_to_client", "situation": "colleague"})
    assert data["outcome"]["id"] == "colleague_harm"
    assert "person_concerned" not in data["outcome"]["contacts"]
    assert "whistleblower" not in data["outcome"]["contacts"]


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_someone_under_the_influence_is_stopped_and_the_manager_told_never_the_whistleblower_route(org):
    # reached from misconduct, someone not fit to work goes to the topic on working with
    # clients, straight to its question on alcohol and drugs (what it is about was said here),
    # where every way on names the manager (or 112) first and no whistleblowing
    data = assert_next_under(org, TOPIC, {**SAFE, "concern": "not_fit"}, asks="working_with_clients.substance")
    assert data["topic"] == "working_with_clients"
    found = walk_under(org, TOPIC, {**SAFE, "concern": "not_fit"}, within={TOPIC, "working_with_clients"})
    assert found
    for data in found:
        contacts = data["outcome"]["contacts"]
        assert contacts[0] in ("manager", "emergency"), data["outcome"]["id"]
        assert not {"whistleblower", "whistleblower_authority"} & set(contacts), data["outcome"]["id"]


# --- the manager is involved: never through the manager ---------------------------------------

@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_wherever_the_manager_is_involved_no_outcome_names_the_manager(org):
    """Every path on which the manager is (or may be) involved, walked exhaustively."""
    starts = [{**SAFE, "concern": "manager"},
              {**SAFE, "concern": "organisation", "board_involved": "no", "manager_involved": "yes"},
              {**SAFE, "concern": "organisation", "board_involved": "no", "manager_involved": "not_sure"}]
    seen = set()
    for start in starts:
        for data in walk_under(org, TOPIC, start, within={TOPIC}):
            result = data["outcome"]
            assert "manager" not in result["contacts"], (start, result["id"])
            assert "counsellor" in result["contacts"], (start, result["id"])
            if org != "lumens":   # the Integriteitscode names the manager's manager
                assert {"senior_manager", "whistleblower", "whistleblower_authority"} & set(result["contacts"])
            if org is not None:
                assert_own_code(data, org)
            seen.add(result["id"])
    suffix = SUFFIX[org]
    assert {f"misstand_report_mgr{suffix}", "hearsay_advice", f"irregularity_report_mgr{suffix}",
            f"manager_route{suffix}", f"classify_unsure_mgr{suffix}", f"manager_unsure{suffix}"} <= seen


def test_the_manager_breaking_the_code_goes_to_the_counsellor_and_the_managers_manager():
    result = outcome(TOPIC, {**SAFE, "concern": "manager", "manager_serious": "no"})
    assert result["id"] == "manager_route"
    assert result["contacts"][0] == "counsellor"
    assert "senior_manager" in result["contacts"]
    assert "manager" not in result["contacts"]


def test_the_manager_breaking_the_code_under_interaktcontour_goes_to_the_managers_manager():
    data = under("interaktcontour", {**SAFE, "concern": "manager", "manager_serious": "no"}, "manager_route_ic")
    assert data["outcome"]["contacts"][0] == "senior_manager"
    assert IC_COLLEAGUES in source_codes(data)


def test_the_manager_breaking_the_code_under_lumens_goes_to_the_counsellor():
    data = under("lumens", {**SAFE, "concern": "manager", "manager_serious": "no"}, "manager_route_lumens")
    assert data["outcome"]["contacts"][0] == "counsellor"
    assert L_COUNSELLOR in source_codes(data)


def test_disagreeing_with_the_manager_about_the_code_without_an_organisation_names_both_routes():
    # the Integriteitscode: first discuss it with the manager, then higher up or the counsellor;
    # the Gedragscode of Lumens: the counsellor, as the manager is a party
    data = under(None, {**SAFE, "concern": "interpretation"}, "interpretation_route")
    contacts = data["outcome"]["contacts"]
    assert contacts[0] == "person_concerned"
    assert {"counsellor", "senior_manager"} <= set(contacts)
    assert "manager" not in contacts
    assert "Here the codes differ" in advice_text(data["outcome"])
    assert {IC_FINALLY, L_COUNSELLOR} <= source_codes(data)


def test_disagreeing_with_the_manager_about_the_code_under_interaktcontour_talk_then_higher_up():
    data = under("interaktcontour", {**SAFE, "concern": "interpretation"}, "interpretation_route_ic")
    # IC Tot slot: a different reading of the code is raised "in eerste instantie" with the direct
    # manager (the person concerned); if that step is too big, the vertrouwenspersoon; IC Omgang
    # met collega's: where it concerns the manager, the manager's manager
    assert data["outcome"]["contacts"] == ["person_concerned", "senior_manager", "counsellor"]
    assert IC_FINALLY in source_codes(data)
    # here the person concerned is the manager: the next contact's text may not say "the colleague"
    assert "your manager" in data["outcome"]["next_contact"]["purpose"]


def test_disagreeing_with_the_manager_about_the_code_under_lumens_goes_to_the_counsellor():
    data = under("lumens", {**SAFE, "concern": "interpretation"}, "interpretation_route_lumens")
    assert data["outcome"]["contacts"] == ["counsellor"]
    assert L_COUNSELLOR in source_codes(data)


# --- the board itself is suspected: outside the line -------------------------------------------

@pytest.mark.parametrize("org, outcome_id, first", [
    (None, "board_report", "supervisory_board"),
    ("interaktcontour", "board_report_ic", "supervisory_board"),
    ("lumens", "board_report_lumens", "whistleblower_authority"),
])
def test_a_suspected_board_is_reported_outside_the_line(org, outcome_id, first):
    for answer in ("yes", "not_sure"):
        data = under(org, {**BOARD, "board_involved": answer}, outcome_id)
        result = data["outcome"]
        assert result["verdict"] == "report"
        assert result["contacts"][0] == first
        assert "whistleblower_authority" in result["contacts"]
        assert not {"manager", "director", "executive_board"} & set(result["contacts"])
        assert "Huis voor Klokkenluiders" in advice_text(result)


def test_a_suspected_board_under_interaktcontour_names_the_supervisory_board():
    data = under("interaktcontour", BOARD, "board_report_ic")
    assert "Supervisory Board" in advice_text(data["outcome"])
    assert "IC, Scheiding werk/privé" in source_codes(data)


# --- misstand: the whistleblower procedure by its own name --------------------------------------

def test_a_misstand_without_an_organisation_is_reported_through_the_procedure_or_to_the_manager():
    data = under(None, {**MISSTAND, "grounds": "seen_myself"}, "misstand_report")
    result = data["outcome"]
    assert result["verdict"] == "report"
    assert result["contacts"][0] == "whistleblower"
    assert "manager" in result["contacts"]               # the codes prefer internal first
    assert "whistleblower_authority" in result["contacts"]
    assert L_WHISTLEBLOWING in source_codes(data)
    assert IC_FINALLY in source_codes(data)
    assert "WBK" in cited_codes(data)
    assert "Here the codes differ" in advice_text(result)


def test_a_misstand_under_interaktcontour_is_raised_internally_first_the_procedure_is_a_last_resort():
    data = under("interaktcontour", {**MISSTAND, "grounds": "seen_myself"}, "misstand_report_ic")
    result = data["outcome"]
    assert result["verdict"] == "report"
    assert result["contacts"][:2] == ["manager", "whistleblower"]
    assert "last resort" in advice_text(result)
    assert "great public interest" in advice_text(result)
    dutch = assert_next_under("interaktcontour", TOPIC, {**MISSTAND, "grounds": "seen_myself"},
                              reaches="misstand_report_ic", lang="nl")
    assert "klokkenluidersregeling van InteraktContour" in advice_text(dutch["outcome"])


def test_a_misstand_under_lumens_is_reported_under_its_own_procedure():
    data = under("lumens", {**MISSTAND, "grounds": "seen_myself"}, "misstand_report_lumens")
    result = data["outcome"]
    assert result["contacts"][0] == "whistleblower"
    assert "manager" in result["contacts"]
    # the procedure by its own name, in the advice and as the next contact
    assert "Omgaan met het melden van vermoedens van misstand of onregelmatigheid" in advice_text(result)
    assert "Lumens" in result["next_contact"]["name"]
    assert L_WHISTLEBLOWING in source_codes(data)


@pytest.mark.parametrize("org, outcome_id", [(None, "misstand_report_mgr"),
                                             ("interaktcontour", "misstand_report_mgr_ic"),
                                             ("lumens", "misstand_report_mgr_lumens")])
def test_a_misstand_involving_the_manager_is_reported_around_the_manager(org, outcome_id):
    data = under(org, {**MISSTAND_MGR, "grounds_mgr": "documents"}, outcome_id)
    result = data["outcome"]
    assert result["verdict"] == "report"
    assert "manager" not in result["contacts"]
    assert {"whistleblower", "whistleblower_authority", "counsellor"} <= set(result["contacts"])


def test_documents_are_reasonable_grounds_for_a_report():
    assert_next(TOPIC, {**MISSTAND, "grounds": "documents"}, reaches="misstand_report")


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_the_misstand_advice_gives_the_legal_deadlines_and_protection(org):
    data = assert_next_under(org, TOPIC, {**MISSTAND, "grounds": "seen_myself"},
                             reaches=f"misstand_report{SUFFIX[org]}")
    text = advice_text(data["outcome"])
    assert "7 days" in text
    assert "3 months" in text
    assert "retaliation" in text
    assert "burden of proof" in text
    assert "no longer requires" in text        # what the law says since 2023
    assert "externally" in text


def test_the_misstand_advice_says_external_reporting_is_allowed_and_names_both_views():
    text = advice_text(outcome(TOPIC, {**MISSTAND, "grounds": "documents"}))
    assert "last resort" in text               # what the Integriteitscode says
    assert "no longer requires" in text        # what the law says since 2023
    assert "externally" in text
    assert "088-133 10 00" in text             # free, confidential advice


def test_only_hearsay_means_confidential_advice_before_reporting():
    data = assert_next(TOPIC, {**MISSTAND, "grounds": "hearsay"}, reaches="hearsay_advice")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "counsellor"
    assert "whistleblower_authority" in result["contacts"]
    assert "WBK, Redelijke gronden" in source_codes(data)
    assert "Hearsay alone is not enough" in advice_text(result)
    for org in ORGANISATIONS:
        under(org, {**MISSTAND, "grounds": "hearsay"}, "hearsay_advice")


def test_not_sure_what_the_suspicion_rests_on_also_means_advice_first():
    result = outcome(TOPIC, {**MISSTAND, "grounds": "not_sure"})
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "counsellor"


# --- an irregularity: not protected by the whistleblower law -----------------------------------

@pytest.mark.parametrize("org, outcome_id", [(None, "irregularity_report"),
                                             ("interaktcontour", "irregularity_report_ic"),
                                             ("lumens", "irregularity_report_lumens"),
                                             (None, "irregularity_report_mgr"),
                                             ("interaktcontour", "irregularity_report_mgr_ic"),
                                             ("lumens", "irregularity_report_mgr_lumens")])
def test_an_irregularity_is_not_promised_the_whistleblower_law(org, outcome_id):
    answers = IRREGULARITY_MGR if "_mgr" in outcome_id else IRREGULARITY
    result = under(org, answers, outcome_id)["outcome"]
    assert "whistleblower_authority" not in result["contacts"]
    # the whistleblower role promises legal protection: not offered for an irregularity
    assert "whistleblower" not in result["contacts"]
    assert "do not count on that legal protection" in advice_text(result)


@pytest.mark.parametrize("lang, irregularity", [("en", "irregularity"), ("nl", "onregelmatigheid")])
def test_the_whistleblower_procedure_promises_the_laws_protection_for_a_wrongdoing_only(lang, irregularity):
    # the role is listed under every organisation; Wbk protects a report of a misstand, not
    # of an irregularity (L 7 tells them apart), and sets the 7 days / 3 months for a misstand
    for org in EVERY_PROFILE:
        roles = json.loads(conduct("contacts", "--format", "json", "--lang", lang, "--org", org or "other").stdout)
        role = next(r for r in roles if r["id"] == "whistleblower")
        assert irregularity in role["confidentiality"], (org, role["confidentiality"])
        assert "7" in role["purpose"] and irregularity in role["purpose"], (org, role["purpose"])


def test_an_irregularity_without_an_organisation_is_reported_inside_and_the_difference_named():
    data = under(None, IRREGULARITY, "irregularity_report")
    assert data["outcome"]["verdict"] == "report"
    assert data["outcome"]["contacts"][0] == "manager"
    assert "Here the codes differ" in advice_text(data["outcome"])
    assert L_WHISTLEBLOWING in source_codes(data)


def test_an_irregularity_under_lumens_is_reported_under_its_procedure():
    data = under("lumens", IRREGULARITY, "irregularity_report_lumens")
    assert data["outcome"]["verdict"] == "report"
    assert data["outcome"]["contacts"][0] == "manager"
    assert "Omgaan met het melden van vermoedens van misstand of onregelmatigheid" in advice_text(data["outcome"])
    assert L_WHISTLEBLOWING in source_codes(data)


def test_an_irregularity_under_interaktcontour_is_raised_with_the_manager_not_the_procedure():
    # the Integriteitscode has no route for an irregularity; its procedure is for a misstand
    data = under("interaktcontour", IRREGULARITY, "irregularity_report_ic")
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"][:2] == ["manager", "senior_manager"]
    assert "no separate route for an irregularity" in advice_text(data["outcome"])


def test_an_irregularity_involving_the_manager_goes_to_the_managers_manager_or_director():
    result = assert_next(TOPIC, IRREGULARITY_MGR, reaches="irregularity_report_mgr")["outcome"]
    assert result["verdict"] == "report"
    assert result["contacts"][0] == "counsellor"
    assert {"senior_manager", "director"} <= set(result["contacts"])
    assert "manager" not in result["contacts"]


def test_neither_misstand_nor_irregularity_is_raised_the_ordinary_way():
    data = assert_next(TOPIC, {**ORGANISATION, "public_interest": "no", "irregularity": "no"},
                       reaches="regular_route")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert "whistleblower" not in result["contacts"]
    assert "manager" in result["contacts"]
    for org in ORGANISATIONS:
        under(org, {**ORGANISATION, "public_interest": "no", "irregularity": "no"}, "regular_route")


# --- a personal conflict: not a misstand; first the person, then the manager -------------------

def test_a_personal_dispute_without_an_organisation_is_not_a_misstand_and_names_both_routes():
    data = under(None, {**SAFE, "concern": "personal"}, "personal_grievance")
    result = data["outcome"]
    assert result["contacts"][:2] == ["person_concerned", "manager"]
    assert {"counsellor", "senior_manager", "complaints_procedure"} <= set(result["contacts"])
    assert "whistleblower" not in result["contacts"]
    assert IC_COLLEAGUES in source_codes(data)
    assert L_COMPLAINTS in source_codes(data)
    assert "not a wrongdoing" in advice_text(result)


def test_a_personal_dispute_under_interaktcontour_first_the_person_then_the_manager_or_theirs():
    data = under("interaktcontour", {**SAFE, "concern": "personal"}, "personal_grievance_ic")
    assert data["outcome"]["contacts"] == ["person_concerned", "manager", "senior_manager", "counsellor"]
    assert IC_COLLEAGUES in source_codes(data)


def test_a_personal_dispute_under_lumens_may_become_a_complaint_under_the_regulation():
    data = under("lumens", {**SAFE, "concern": "personal"}, "personal_grievance_lumens")
    assert data["outcome"]["contacts"][:2] == ["person_concerned", "manager"]
    assert "complaints_procedure" in data["outcome"]["contacts"]
    assert L_COMPLAINTS in source_codes(data)


# --- not sure ----------------------------------------------------------------------------------

def test_not_sure_how_serious_with_the_manager_not_involved_means_ask_the_manager():
    for answers in ({**ORGANISATION, "public_interest": "not_sure"},
                    {**ORGANISATION, "public_interest": "no", "irregularity": "not_sure"}):
        result = assert_next(TOPIC, answers, reaches="classify_unsure")["outcome"]
        assert result["verdict"] == "seek_advice"
        assert result["contacts"][0] == "manager"


def test_not_sure_how_serious_with_the_manager_involved_means_the_counsellor():
    result = outcome(TOPIC, {**ORGANISATION_MGR, "public_interest_mgr": "not_sure"})
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "counsellor"
    assert "manager" not in result["contacts"]


def test_not_sure_whether_the_manager_is_involved_means_the_counsellor():
    result = outcome(TOPIC, {**SAFE, "concern": "organisation", "board_involved": "no",
                             "manager_involved": "not_sure"})
    assert result["contacts"][0] == "counsellor"
    assert "manager" not in result["contacts"]


def test_not_sure_what_it_is_about_means_confidential_advice_from_the_counsellor():
    result = outcome(TOPIC, {**SAFE, "concern": "not_sure"})
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "counsellor"


def test_every_question_offers_not_sure():
    for answers, question in (({}, "acute_danger"), (SAFE, "concern"), (MISSTAND, "grounds"),
                              ({**SAFE, "concern": "colleague"}, "colleague_serious"),
                              ({**SAFE, "concern": "organisation"}, "board_involved"),
                              ({**SAFE, "concern": "organisation", "board_involved": "no"}, "manager_involved")):
        data = assert_next(TOPIC, answers, asks=question)
        assert "not_sure" in choice_values(data["question"]), question


# --- Dutch -------------------------------------------------------------------------------------

def test_advice_in_dutch_says_the_same():
    english = outcome(TOPIC, {**MISSTAND, "grounds": "seen_myself"})
    dutch = outcome(TOPIC, {**MISSTAND, "grounds": "seen_myself"}, lang="nl")
    assert dutch["verdict"] == english["verdict"] == "report"
    assert dutch["contacts"] == english["contacts"]
    assert "klokkenluidersregeling" in dutch["title"]
    text = advice_text(dutch)
    assert "7 dagen" in text and "3 maanden" in text and "088-133 10 00" in text
