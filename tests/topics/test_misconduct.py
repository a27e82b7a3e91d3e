"""Reporting a suspected wrongdoing (IC Tot slot, IC Algemeen, L 4.7, L 3 Vertrouwenspersoon,
Wet bescherming klokkenluiders), one test per rule."""
import itertools

from tests.helpers import (
    IC_COLLEAGUES,
    IC_FINALLY,
    L_COMPLAINTS,
    L_COUNSELLOR,
    L_WHISTLEBLOWING,
    advice,
    advice_text,
    asked,
    assert_next,
    choice_values,
    outcome,
    source_codes,
)

TOPIC = "misconduct"
ORGANISATION = {"concern": "organisation", "manager_involved": "no"}
ORGANISATION_MGR = {"concern": "organisation", "manager_involved": "yes"}
MISSTAND = {**ORGANISATION, "public_interest": "yes"}


# --- a colleague not keeping to the code (IC Tot slot) -----------------------------------------

def test_a_colleague_breaking_the_code_is_first_talked_to_then_manager_or_counsellor():
    data = assert_next(TOPIC, {"concern": "colleague", "colleague_serious": "no",
                               "colleague_can_talk": "yes"},
                       reaches="talk_to_colleague")
    assert data["outcome"]["contacts"] == ["person_concerned", "manager", "counsellor"]
    assert IC_FINALLY in source_codes(data)


def test_too_big_a_step_to_talk_to_the_colleague_goes_to_the_manager_or_the_counsellor():
    data = advice(TOPIC, {"concern": "colleague", "colleague_serious": "no",
                          "colleague_can_talk": "no"})
    assert data["outcome"]["contacts"] == ["manager", "counsellor"]
    assert "person_concerned" not in data["outcome"]["contacts"]
    assert IC_FINALLY in source_codes(data)


def test_a_serious_matter_by_a_colleague_is_weighed_as_a_possible_misstand():
    data = assert_next(TOPIC, {"concern": "colleague", "colleague_serious": "yes", "public_interest": "yes",
                               "grounds": "seen_myself"},
                       reaches="misstand_report")
    assert asked(data) == [
        "concern", "colleague_serious", "public_interest", "grounds"]


def test_in_doubt_about_a_colleague_ask_the_manager():
    for answers in ({"concern": "colleague", "colleague_serious": "not_sure"},
                    {"concern": "colleague", "colleague_serious": "no",
                     "colleague_can_talk": "not_sure"}):
        result = outcome(TOPIC, answers)
        assert result["verdict"] == "seek_advice", answers
        assert result["contacts"][0] == "manager", answers


def test_your_own_breach_of_the_code_is_discussed_openly_with_your_manager():
    data = advice(TOPIC, {"concern": "own"})
    assert data["outcome"]["contacts"][0] == "manager"
    assert "counsellor" in data["outcome"]["contacts"]
    assert IC_FINALLY in source_codes(data)


# --- the manager is involved: never through the manager ---------------------------------------

def test_disagreeing_with_the_manager_about_the_code_goes_to_counsellor_not_manager():
    data = advice(TOPIC, {"concern": "interpretation"})
    contacts = data["outcome"]["contacts"]
    assert contacts[0] == "counsellor"
    assert "senior_manager" in contacts
    assert "manager" not in contacts
    assert IC_FINALLY in source_codes(data)
    assert L_COUNSELLOR in source_codes(data)


def test_the_manager_breaking_the_code_never_routes_through_the_manager():
    data = advice(TOPIC, {"concern": "manager", "manager_serious": "no"})
    assert data["outcome"]["contacts"] == ["counsellor", "senior_manager"]


def test_wherever_the_manager_is_involved_no_outcome_names_the_manager():
    """Every path on which the manager is (or may be) involved, walked exhaustively."""
    starts = [{"concern": "manager", "manager_serious": "yes"},
              {"concern": "organisation", "manager_involved": "yes"}]
    tails = ([{"public_interest_mgr": "yes", "grounds": g}
              for g in ("seen_myself", "documents", "hearsay", "not_sure")]
             + [{"public_interest_mgr": "no", "irregularity_mgr": i}
                for i in ("yes", "no", "not_sure")]
             + [{"public_interest_mgr": "not_sure"}])
    seen = set()
    for start, tail in itertools.product(starts, tails):
        answers = {**start, **tail}
        result = outcome(TOPIC, answers)
        assert "manager" not in result["contacts"], (answers, result["id"])
        seen.add(result["id"])
    for answers in ({"concern": "manager", "manager_serious": "not_sure"},
                    {"concern": "organisation", "manager_involved": "not_sure"},
                    {"concern": "manager", "manager_serious": "no"}):
        result = outcome(TOPIC, answers)
        assert "manager" not in result["contacts"], answers
        assert result["contacts"][0] == "counsellor", answers
        seen.add(result["id"])
    assert {"misstand_report", "hearsay_advice", "irregularity_report_mgr", "manager_route",
            "classify_unsure_mgr", "manager_unsure"} <= seen


# --- misstand, onregelmatigheid, personal grievance -------------------------------------------

def test_a_misstand_seen_yourself_is_reported_through_the_whistleblower_procedure():
    data = assert_next(TOPIC, {**MISSTAND, "grounds": "seen_myself"}, reaches="misstand_report")
    result = data["outcome"]
    assert result["verdict"] == "report"
    assert result["contacts"][0] == "whistleblower"
    assert "whistleblower_authority" in result["contacts"]
    assert "manager" not in result["contacts"]
    assert L_WHISTLEBLOWING in source_codes(data)
    assert IC_FINALLY in source_codes(data)
    assert {s["code"] for s in result["sources"]} >= {"WBK"}


def test_documents_are_reasonable_grounds_for_a_report():
    assert_next(TOPIC, {**MISSTAND, "grounds": "documents"}, reaches="misstand_report")


def test_the_misstand_advice_gives_the_legal_deadlines_and_protection():
    text = advice_text(outcome(TOPIC, {**MISSTAND, "grounds": "seen_myself"}))
    assert "7 days" in text
    assert "3 months" in text
    assert "retaliation" in text
    assert "burden of proof" in text


def test_the_misstand_advice_says_external_reporting_is_allowed_and_names_both_views():
    text = advice_text(outcome(TOPIC, {**MISSTAND, "grounds": "documents"}))
    assert "last resort" in text               # what the codes say
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


def test_not_sure_what_the_suspicion_rests_on_also_means_advice_first():
    result = outcome(TOPIC, {**MISSTAND, "grounds": "not_sure"})
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "counsellor"


def test_an_irregularity_is_reported_internally_under_the_procedure():
    data = assert_next(TOPIC, {**ORGANISATION, "public_interest": "no", "irregularity": "yes"},
                       reaches="irregularity_report")
    result = data["outcome"]
    assert result["verdict"] == "report"
    assert result["contacts"][0] == "whistleblower"
    assert "whistleblower_authority" not in result["contacts"]   # internal route
    assert L_WHISTLEBLOWING in source_codes(data)


def test_an_irregularity_involving_the_manager_goes_to_the_managers_manager_or_director():
    result = assert_next(TOPIC, {**ORGANISATION_MGR, "public_interest_mgr": "no", "irregularity_mgr": "yes"},
                         reaches="irregularity_report_mgr")["outcome"]
    assert result["verdict"] == "report"
    assert result["contacts"][0] == "whistleblower"
    assert {"senior_manager", "director"} <= set(result["contacts"])
    assert "manager" not in result["contacts"]


def test_neither_misstand_nor_irregularity_is_raised_the_ordinary_way():
    data = assert_next(TOPIC, {**ORGANISATION, "public_interest": "no", "irregularity": "no"},
                       reaches="regular_route")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert "whistleblower" not in result["contacts"]
    assert "manager" in result["contacts"]


def test_a_personal_dispute_is_not_a_misstand_and_goes_to_counsellor_or_complaints():
    data = advice(TOPIC, {"concern": "personal"})
    result = data["outcome"]
    assert result["contacts"][0] == "counsellor"
    assert "complaints_procedure" in result["contacts"]
    assert "whistleblower" not in result["contacts"]
    assert IC_COLLEAGUES in source_codes(data)
    assert L_COMPLAINTS in source_codes(data)
    assert "not a wrongdoing" in advice_text(result)


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
    result = outcome(TOPIC, {"concern": "organisation", "manager_involved": "not_sure"})
    assert result["contacts"][0] == "counsellor"
    assert "manager" not in result["contacts"]


def test_not_sure_what_it_is_about_means_confidential_advice_from_the_counsellor():
    result = outcome(TOPIC, {"concern": "not_sure"})
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "counsellor"


def test_every_question_offers_not_sure():
    for answers, question in (({}, "concern"), (MISSTAND, "grounds"),
                              ({"concern": "colleague"}, "colleague_serious"),
                              ({"concern": "organisation"}, "manager_involved")):
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
