"""Sharing client information (L 4.6, L 4.1.5, L 3 Vertrouwenspersoon, IC Omgang van
medewerkers met cliënten, the meldcode, the Wmo 2015, professional secrecy), one test per rule;
where the codes differ, one test per organisation and one without."""
import json

import pytest

from tests.helpers import (
    IC_CLIENTS,
    L_COUNSELLOR,
    L_INTERESTS,
    L_SAFETY,
    ORGANISATIONS,
    advice,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    choice_values,
    cited_codes,
    conduct,
    source_codes,
    text_of,
    walk_under,
)

TOPIC = "confidentiality"
NO_DANGER = {"acute_danger": "no"}
CRITERIA = {**NO_DANGER, "situation": "help_client"}
# every one of the five criteria answered the way that leads on towards sharing
ALL_CRITERIA_MET = {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "yes",
                    "other_way": "no", "consent_impossible": "yes"}
UNSAFETY = {**NO_DANGER, "situation": "unsafety"}
SERIOUS_CRIME = {**NO_DANGER, "situation": "serious_crime"}
OUTSIDE = {**NO_DANGER, "situation": "someone_asks", "asker": "outside"}
COLLEAGUE_ASKS = {**NO_DANGER, "situation": "someone_asks", "asker": "colleague"}
MANAGER_ASKS = {**NO_DANGER, "situation": "someone_asks", "asker": "manager"}
EXCEPTION = "break off contact"   # the meldcode's exception to telling the client beforehand


# --- acute danger: asked once, 112 first, then Veilig Thuis and the meldcode -----------------------

def test_acute_danger_is_the_first_question():
    data = assert_next(TOPIC, {}, asks="acute_danger")
    assert data["question"]["kind"] == "yes_no"


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("answer", ["yes", "not_sure"])
def test_acute_danger_or_doubt_about_it_means_112_first_then_veilig_thuis_and_the_meldcode(org, answer):
    expected = {None: "acute_danger_call_112", "lumens": "acute_danger_call_112_lumens",
                "interaktcontour": "acute_danger_call_112_ic"}[org]
    data = assert_next_under(org, TOPIC, {"acute_danger": answer}, reaches=expected)
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "veilig_thuis" in outcome["contacts"]
    assert "MELDCODE" in cited_codes(data)
    assert "112" in outcome["advice"][0]
    assert "0800-2000" in text_of(data)
    assert asked(data) == ["acute_danger"]


def test_after_acute_danger_lumens_names_the_behavioural_scientist_and_the_integrity_code_does_not():
    lumens = assert_next_under("lumens", TOPIC, {"acute_danger": "yes"}, reaches="acute_danger_call_112_lumens")
    assert "behavioural_scientist" in lumens["outcome"]["contacts"]
    assert L_INTERESTS in source_codes(lumens)
    interakt = assert_next_under("interaktcontour", TOPIC, {"acute_danger": "yes"},
                                 reaches="acute_danger_call_112_ic")
    assert "behavioural_scientist" not in interakt["outcome"]["contacts"]
    assert "attention_officer" in interakt["outcome"]["contacts"]
    assert_own_code(lumens, "lumens")
    assert_own_code(interakt, "interaktcontour")


def test_acute_danger_without_an_organisation_names_the_difference_between_the_codes():
    data = assert_next(TOPIC, {"acute_danger": "yes"}, reaches="acute_danger_call_112")
    assert {"behavioural_scientist", "attention_officer"} <= set(data["outcome"]["contacts"])
    assert "the codes differ" in text_of(data)


def test_a_suicide_threat_after_112_names_113():
    data = advice(TOPIC, {"acute_danger": "yes"})
    assert "suicide_prevention" in data["outcome"]["contacts"]
    assert "0800-0113" in text_of(data)


def test_danger_answered_before_is_not_asked_again_after_a_handover():
    data = assert_next("ethics", {"acute_danger": "no", "dilemma": "client_unsafe",
                                  "continue_confidentiality": "yes"}, asks="confidentiality.situation")
    carried = [step for step in data["path"] if step["topic"] == TOPIC]
    assert carried == [{"topic": TOPIC, "question": "acute_danger", "answer": "no", "answered_before": True}]


# --- unsafety, domestic violence, child abuse: the meldcode, weigh then decide ------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_the_meldcode_is_weigh_then_decide_not_a_duty_to_report(org):
    data = advice(TOPIC, UNSAFETY) if org is None else assert_next_under(
        org, TOPIC, UNSAFETY, reaches={"lumens": "unsafety_meldcode_lumens",
                                       "interaktcontour": "unsafety_meldcode_ic"}[org])
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert "not a duty to report" in text_of(data)
    assert "veilig_thuis" in outcome["contacts"]
    assert "MELDCODE, De vijf stappen" in source_codes(data)
    assert "person_concerned" not in outcome["contacts"]


def test_suspected_unsafety_at_lumens_means_the_behavioural_scientist_is_mandatory():
    data = assert_next_under("lumens", TOPIC, UNSAFETY, reaches="unsafety_meldcode_lumens")
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "behavioural_scientist"
    assert "mandatory" in outcome["advice"][0]
    assert L_INTERESTS in source_codes(data)
    assert_own_code(data, "lumens")


def test_suspected_unsafety_under_the_integrity_code_goes_to_the_attention_officer_and_veilig_thuis():
    data = assert_next_under("interaktcontour", TOPIC, UNSAFETY, reaches="unsafety_meldcode_ic")
    outcome = data["outcome"]
    assert outcome["contacts"] == ["attention_officer", "veilig_thuis", "manager"]
    assert cited_codes(data) <= {"MELDCODE", "AVG"}          # the law: the code itself is silent
    assert_own_code(data, "interaktcontour")


def test_suspected_unsafety_without_an_organisation_names_both_routes():
    data = assert_next(TOPIC, UNSAFETY, reaches="unsafety_meldcode")
    outcome = data["outcome"]
    assert outcome["contacts"][:3] == ["behavioural_scientist", "attention_officer", "veilig_thuis"]
    text = text_of(data)
    assert "the codes differ" in text
    assert "0800-2000" in text
    assert "afwegingskader" in text  # the five steps, step 4


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("answers", [UNSAFETY, SERIOUS_CRIME], ids=["unsafety", "serious_crime"])
def test_telling_the_client_beforehand_keeps_the_meldcode_exception(org, answers):
    data = advice(TOPIC, answers) if org is None else assert_next_under(
        org, TOPIC, answers, reaches=advice_id(org, answers))
    text = text_of(data)
    assert "beforehand" in text
    assert EXCEPTION in text and "danger" in text


def advice_id(org, answers):
    """The outcome each organisation reaches for unsafety or a serious crime."""
    ids = {("lumens", "unsafety"): "unsafety_meldcode_lumens", ("interaktcontour", "unsafety"): "unsafety_meldcode_ic",
           ("lumens", "serious_crime"): "serious_crime_share_lumens",
           ("interaktcontour", "serious_crime"): "serious_crime_ic"}
    return ids[(org, answers["situation"])]


def test_telling_the_client_beforehand_keeps_the_exception_when_all_criteria_are_met():
    data = assert_next(TOPIC, ALL_CRITERIA_MET, reaches="share_minimum")
    assert EXCEPTION in text_of(data)


# --- a serious crime: a rule of L 4.6 ---------------------------------------------------------------

def test_knowledge_of_a_serious_crime_is_shared_at_lumens_after_agreeing_with_the_manager():
    data = assert_next_under("lumens", TOPIC, SERIOUS_CRIME, reaches="serious_crime_share_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "share_with_care"
    assert outcome["contacts"][0] == "manager"
    assert "behavioural_scientist" in outcome["contacts"]
    assert L_INTERESTS in source_codes(data)
    assert_own_code(data, "lumens")


def test_knowledge_of_a_serious_crime_under_the_integrity_code_is_weighed_with_the_manager_first():
    data = assert_next_under("interaktcontour", TOPIC, SERIOUS_CRIME, reaches="serious_crime_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "conflict of duties" in text_of(data)
    assert IC_CLIENTS in source_codes(data)
    assert_own_code(data, "interaktcontour")


def test_knowledge_of_a_serious_crime_without_an_organisation_follows_the_stricter_rule():
    data = assert_next(TOPIC, SERIOUS_CRIME, reaches="serious_crime_share")
    outcome = data["outcome"]
    assert outcome["verdict"] == "share_with_care"
    assert outcome["contacts"][0] == "manager"
    assert "stricter rule" in text_of(data)
    assert {"IC", "L"} <= cited_codes(data)


# --- a false application: the same under both codes ----------------------------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_false_application_gets_no_help_and_is_not_reported_either(org):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "situation": "false_application"},
                             reaches="false_application_no_help")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "Do not report it" in text_of(data)
    if org:
        assert_own_code(data, org)
    else:
        assert source_codes(data) == {L_INTERESTS, "IC, Algemeen", IC_CLIENTS}


# --- the five criteria of L 4.6: a guide, for Lumens ------------------------------------------------------

@pytest.mark.parametrize("org", [None, "lumens"])
def test_the_five_criteria_are_asked_in_the_order_of_the_code(org):
    data = assert_next_under(org, TOPIC, ALL_CRITERIA_MET, reaches="share_minimum")
    assert asked(data) == ["acute_danger", "situation", "weighty_interests",
                           "outweighs_silence", "other_way", "consent_impossible"]


def test_the_five_criteria_are_not_asked_under_the_integrity_code_consent_and_the_law_apply():
    data = assert_next_under("interaktcontour", TOPIC, CRITERIA, reaches="help_client_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager"]
    assert "weighty_interests" not in asked(data)
    assert "WMO, Art. 5.2.6 Meldrecht Veilig Thuis" in source_codes(data)
    assert_own_code(data, "interaktcontour")


def test_the_five_criteria_are_a_guide_not_a_gate():
    question = assert_next(TOPIC, CRITERIA, asks="weighty_interests")["question"]
    assert "guide" in question["help"] and "not a test" in question["help"]
    assert "L 4.6" in question["help"]                     # whose guide it is
    for answers, reaches in [
        ({**CRITERIA, "weighty_interests": "no"}, "no_weighty_interest"),
        ({**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "no"}, "silence_weighs_more"),
        ({**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "yes", "other_way": "yes"}, "use_other_way"),
    ]:
        data = assert_next(TOPIC, answers, reaches=reaches)
        assert "manager" in data["outcome"]["contacts"], reaches   # the decision is taken together


def test_criterion_1_no_weighty_interest_means_do_not_share():
    data = assert_next(TOPIC, {**CRITERIA, "weighty_interests": "no"}, reaches="no_weighty_interest")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    assert outcome["contacts"][0] == "manager"
    assert asked(data)[-1] == "weighty_interests"
    assert L_INTERESTS in source_codes(data)


def test_criterion_2_silence_weighs_more_means_share_nothing_yet_and_weigh_it_with_the_manager():
    data = assert_next(TOPIC, {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "no"},
                       reaches="silence_weighs_more")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert asked(data)[-1] == "outweighs_silence"
    assert L_INTERESTS in source_codes(data)


def test_criterion_3_another_way_exists_means_take_it_and_do_not_share():
    data = assert_next(TOPIC, {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "yes",
                               "other_way": "yes"},
                       reaches="use_other_way")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    assert asked(data)[-1] == "other_way"
    assert L_INTERESTS in source_codes(data)


def test_criterion_4_consent_possible_means_ask_specific_consent_and_record_it():
    data = assert_next(TOPIC, {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "yes",
                               "other_way": "no", "consent_impossible": "no"},
                       reaches="ask_consent_first")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    text = text_of(data)
    assert "what information, with whom and why" in text
    assert "record it in the file" in text
    assert "AVG, Beroepsgeheim" in source_codes(data)       # the consent rule is professional secrecy


def test_criterion_5_all_met_means_share_only_what_is_needed_with_only_who_needs_it():
    data = assert_next(TOPIC, ALL_CRITERIA_MET, reaches="share_minimum")
    outcome = data["outcome"]
    assert outcome["verdict"] == "share_with_care"
    assert outcome["contacts"][0] == "behavioural_scientist"
    assert "no more people than needed" in text_of(data)
    assert "beforehand" in text_of(data)
    assert "AVG, Dataminimalisatie" in source_codes(data)
    assert L_INTERESTS in source_codes(data)


def test_doubt_on_any_criterion_means_share_nothing_yet_and_talk_to_the_manager():
    steps = [("weighty_interests", "yes"), ("outweighs_silence", "yes"),
             ("other_way", "no"), ("consent_impossible", "yes")]
    for index, (question, _) in enumerate(steps):
        answers = {**CRITERIA, **dict(steps[:index]), question: "not_sure"}
        data = assert_next(TOPIC, answers, reaches="criteria_unsure")
        assert data["outcome"]["verdict"] == "seek_advice"
        assert data["outcome"]["contacts"][0] == "manager"
        assert "counsellor" in data["outcome"]["contacts"]


def test_no_outcome_cites_an_avg_consent_rule():
    for org in (None, *ORGANISATIONS):
        for data in walk_under(org, TOPIC, NO_DANGER):
            assert "AVG, Toestemming" not in source_codes(data), data["outcome"]["id"]


# --- someone asks: a colleague, the manager, someone outside -------------------------------------------

def test_a_colleague_without_a_need_for_the_service_gets_nothing():
    data = assert_next(TOPIC, {**COLLEAGUE_ASKS, "service_need": "no"}, reaches="no_need_do_not_share")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    assert outcome["contacts"][0] == "manager"
    assert "a colleague included" in text_of(data)
    assert IC_CLIENTS in source_codes(data)
    assert L_SAFETY in source_codes(data)                    # L 4.1 item 5, not all of 4.1
    assert "L, 4.1 Inwoner centraal" not in source_codes(data)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_consultation_about_helping_this_client_is_allowed_under_both_codes(org):
    data = assert_next_under(org, TOPIC, {**COLLEAGUE_ASKS, "service_need": "yes"},
                             reaches="functional_consultation")
    assert data["outcome"]["verdict"] == "allowed"
    assert "no more than needed" in text_of(data)
    if org:
        assert_own_code(data, org)


def test_doubt_whether_the_asker_needs_it_means_share_nothing_and_ask_the_manager():
    for answers in ({**COLLEAGUE_ASKS, "service_need": "not_sure"},
                    {**NO_DANGER, "situation": "someone_asks", "asker": "not_sure"}):
        data = assert_next(TOPIC, answers, reaches="service_need_unsure")
        assert data["outcome"]["verdict"] == "ask_first"
        assert data["outcome"]["contacts"][0] == "manager"


@pytest.mark.parametrize("answer", ["no", "not_sure"])
@pytest.mark.parametrize("org, reaches", [(None, "manager_asks_no_need"), ("lumens", "manager_asks_lumens"),
                                          ("interaktcontour", "manager_asks_ic")])
def test_the_manager_is_not_the_first_contact_when_the_manager_asks_for_information_they_do_not_need(
        org, reaches, answer):
    data = assert_next_under(org, TOPIC, {**MANAGER_ASKS, "manager_need": answer}, reaches=reaches)
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    assert "manager" not in outcome["contacts"]
    assert "counsellor" in outcome["contacts"]
    if org == "lumens":
        assert outcome["contacts"] == ["counsellor"]
        assert L_COUNSELLOR in source_codes(data)
    else:
        assert "senior_manager" in outcome["contacts"]      # IC Omgang met collega's
    if org:
        assert_own_code(data, org)
    else:
        assert "the codes differ" in text_of(data)


def test_a_manager_who_needs_it_for_this_client_may_have_it():
    data = assert_next(TOPIC, {**MANAGER_ASKS, "manager_need": "yes"}, reaches="functional_consultation")
    assert data["outcome"]["verdict"] == "allowed"


@pytest.mark.parametrize("org, reaches, first", [
    (None, "outside_request", "behavioural_scientist"),
    ("lumens", "outside_request_lumens", "behavioural_scientist"),
    ("interaktcontour", "outside_request_ic", "manager"),
])
def test_an_outside_request_names_the_legal_grounds_besides_consent_and_is_checked_before_answering(
        org, reaches, first):
    data = assert_next_under(org, TOPIC, OUTSIDE, reaches=reaches)
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == first
    assert "manager" in outcome["contacts"]
    text = text_of(data)
    assert "consent" in text and "a legal duty" in text
    assert "art. 5.2.6" in text                                # Veilig Thuis' meldrecht
    assert "WMO, Art. 5.2.6 Meldrecht Veilig Thuis" in source_codes(data)
    if org:
        assert_own_code(data, org)
    else:
        assert "the codes differ" in text


# --- doubt and ethical dilemmas: manager, or around the manager -----------------------------------------

@pytest.mark.parametrize("org, reaches", [(None, "dilemma_manager"), ("lumens", "dilemma_manager_lumens"),
                                          ("interaktcontour", "dilemma_manager_ic")])
def test_a_dilemma_about_sharing_is_agreed_with_the_manager(org, reaches):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "situation": "dilemma", "manager_ok": "yes"},
                             reaches=reaches)
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert ("behavioural_scientist" in outcome["contacts"]) == (org != "interaktcontour")
    if org:
        assert_own_code(data, org)


@pytest.mark.parametrize("answer", ["no", "not_sure"])
@pytest.mark.parametrize("org, reaches", [(None, "dilemma_counsellor"), ("lumens", "dilemma_counsellor_lumens"),
                                          ("interaktcontour", "dilemma_counsellor_ic")])
def test_when_the_manager_is_not_the_right_person_the_dilemma_goes_around_the_manager(org, reaches, answer):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "situation": "dilemma", "manager_ok": answer},
                             reaches=reaches)
    outcome = data["outcome"]
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]
    assert ("senior_manager" in outcome["contacts"]) == (org != "lumens")
    if org:
        assert_own_code(data, org)


def test_not_sure_what_the_situation_is_means_share_nothing_and_talk_to_the_manager():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "not_sure"}, reaches="situation_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "behavioural_scientist" in outcome["contacts"]


def test_the_situation_question_offers_every_branch():
    question = assert_next(TOPIC, NO_DANGER, asks="situation")["question"]
    assert choice_values(question) == [
        "unsafety", "serious_crime", "false_application", "help_client", "someone_asks",
        "dilemma", "not_sure"]


# --- under every profile, every path --------------------------------------------------------------------


def test_the_topic_summary_names_domestic_violence_and_child_abuse():
    topics = json.loads(conduct("topics", "--format", "json").stdout)
    summary = next(topic["summary"] for topic in topics if topic["id"] == TOPIC)
    assert "domestic violence" in summary and "child abuse" in summary


# --- Dutch -------------------------------------------------------------------------------------

def test_advice_in_dutch_gives_the_same_verdicts():
    data = advice(TOPIC, {"acute_danger": "yes"}, lang="nl")
    assert data["outcome"]["verdict"] == "emergency"
    assert data["outcome"]["contacts"][0] == "emergency"
    assert "112" in data["outcome"]["title"]

    data = assert_next_under("lumens", TOPIC, UNSAFETY, reaches="unsafety_meldcode_lumens", lang="nl")
    assert data["outcome"]["verdict"] == "seek_advice"
    assert any("gedragswetenschapper" in step and "verplicht" in step
               for step in data["outcome"]["advice"])

    answers = {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "yes", "other_way": "no",
               "consent_impossible": "no"}
    english = assert_next(TOPIC, answers, reaches="ask_consent_first")["outcome"]
    dutch = assert_next(TOPIC, answers, reaches="ask_consent_first", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
