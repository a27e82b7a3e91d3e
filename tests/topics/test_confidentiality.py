"""Sharing client information (L 4.6, L 3 Vertrouwenspersoon, IC Omgang van medewerkers met
cliënten, the meldcode, the AVG), one test per rule."""
from tests.helpers import (
    IC_CLIENTS,
    L_COUNSELLOR,
    L_INTERESTS,
    advice,
    asked,
    assert_next,
    choice_values,
    source_codes,
    text_of,
)

TOPIC = "confidentiality"
NO_DANGER = {"acute_danger": "no"}
CRITERIA = {**NO_DANGER, "situation": "help_client"}
# every one of the five criteria answered the way that leads on towards sharing
ALL_CRITERIA_MET = {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "yes",
                    "other_way": "no", "consent_impossible": "yes"}


# --- acute danger ------------------------------------------------------------------------------

def test_acute_danger_is_the_first_question():
    data = assert_next(TOPIC, {}, asks="acute_danger")
    assert data["question"]["kind"] == "yes_no"


def test_acute_danger_means_call_112_first_then_the_behavioural_scientist():
    data = advice(TOPIC, {"acute_danger": "yes"})
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert outcome["contacts"][1] == "behavioural_scientist"
    assert "112" in outcome["advice"][0]
    assert asked(data) == ["acute_danger"]
    assert L_INTERESTS in source_codes(data)


def test_doubt_about_acute_danger_means_advice_today_and_112_if_harm_is_feared():
    data = assert_next(TOPIC, {"acute_danger": "not_sure"}, reaches="danger_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "behavioural_scientist"
    assert "emergency" in outcome["contacts"]
    assert "112" in text_of(data)


# --- unsafety, domestic violence, child abuse: the meldcode --------------------------------------

def test_suspected_unsafety_follows_the_meldcode_and_the_behavioural_scientist_is_mandatory():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "unsafety"}, reaches="unsafety_meldcode")
    outcome = data["outcome"]
    assert outcome["verdict"] == "report"
    assert outcome["contacts"] == ["behavioural_scientist", "attention_officer", "veilig_thuis"]
    text = text_of(data)
    assert "mandatory" in text
    assert "0800-2000" in text
    assert "Since 2019" in text and "always reported to Veilig Thuis" in text
    assert "afwegingskader" in text  # the five steps, step 4
    assert L_INTERESTS in source_codes(data)
    assert "MELDCODE, De vijf stappen" in source_codes(data)


# --- serious crime or safety of others: shared, client told beforehand ---------------------------

def test_knowledge_of_a_serious_crime_is_shared_and_the_client_is_told_beforehand():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "serious_crime"}, reaches="serious_crime_share")
    outcome = data["outcome"]
    assert outcome["verdict"] == "share_with_care"
    assert outcome["contacts"][0] == "manager"
    assert "behavioural_scientist" in outcome["contacts"]
    assert "beforehand" in text_of(data)
    assert L_INTERESTS in source_codes(data)


# --- false application ------------------------------------------------------------------------

def test_a_false_application_gets_no_help_and_is_not_reported_either():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "false_application"},
                       reaches="false_application_no_help")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "Do not report it" in text_of(data)
    assert source_codes(data) == {L_INTERESTS}


# --- the five criteria of L 4.6, in order ------------------------------------------------------

def test_the_five_criteria_are_asked_in_the_order_of_the_code():
    data = advice(TOPIC, ALL_CRITERIA_MET)
    assert asked(data) == ["acute_danger", "situation", "weighty_interests",
                           "outweighs_silence", "other_way", "consent_impossible"]


def test_criterion_1_no_weighty_interest_means_do_not_share():
    data = assert_next(TOPIC, {**CRITERIA, "weighty_interests": "no"}, reaches="no_weighty_interest")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    assert outcome["contacts"][0] == "manager"
    assert asked(data)[-1] == "weighty_interests"
    assert L_INTERESTS in source_codes(data)


def test_criterion_2_silence_weighs_more_means_do_not_share():
    data = assert_next(TOPIC, {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "no"},
                       reaches="silence_weighs_more")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
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
    assert "AVG, Toestemming" in source_codes(data)


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


# --- client information only for the service to that client (IC) --------------------------------

def test_someone_without_a_need_for_the_service_gets_nothing():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "someone_asks", "service_need": "no"},
                       reaches="no_need_do_not_share")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    assert outcome["contacts"][0] == "manager"
    assert "a colleague included" in text_of(data)
    assert IC_CLIENTS in source_codes(data)


def test_functional_consultation_with_colleagues_about_the_service_is_the_exception():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "someone_asks", "service_need": "yes"},
                       reaches="functional_consultation")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert "no more than needed" in text_of(data)
    assert IC_CLIENTS in source_codes(data)


def test_doubt_whether_the_asker_needs_it_means_share_nothing_and_ask_the_manager():
    data = advice(TOPIC, {**NO_DANGER, "situation": "someone_asks", "service_need": "not_sure"})
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


# --- doubt and ethical dilemmas: manager, or the counsellor ---------------------------------------

def test_a_dilemma_about_sharing_is_agreed_with_the_manager_and_the_behavioural_scientist_may_help():
    data = assert_next(TOPIC, {**NO_DANGER, "situation": "dilemma", "manager_ok": "yes"},
                       reaches="dilemma_manager")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"] == ["manager", "behavioural_scientist"]
    assert L_INTERESTS in source_codes(data)


def test_when_the_manager_is_not_the_right_person_the_dilemma_goes_to_the_counsellor():
    for answer in ("no", "not_sure"):
        data = assert_next(TOPIC, {**NO_DANGER, "situation": "dilemma", "manager_ok": answer},
                           reaches="dilemma_counsellor")
        outcome = data["outcome"]
        assert outcome["contacts"][0] == "counsellor"
        assert "manager" not in outcome["contacts"]
        assert L_COUNSELLOR in source_codes(data)


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


# --- Dutch -------------------------------------------------------------------------------------

def test_advice_in_dutch_gives_the_same_verdicts():
    data = advice(TOPIC, {"acute_danger": "yes"}, lang="nl")
    assert data["outcome"]["verdict"] == "emergency"
    assert data["outcome"]["contacts"][0] == "emergency"
    assert "112" in data["outcome"]["title"]

    data = advice(TOPIC, {**NO_DANGER, "situation": "unsafety"}, lang="nl")
    assert data["outcome"]["verdict"] == "report"
    assert any("gedragswetenschapper" in step and "verplicht" in step
               for step in data["outcome"]["advice"])

    answers = {**CRITERIA, "weighty_interests": "yes", "outweighs_silence": "yes", "other_way": "no",
               "consent_impossible": "no"}
    english = assert_next(TOPIC, answers, reaches="ask_consent_first")["outcome"]
    dutch = assert_next(TOPIC, answers, reaches="ask_consent_first", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
