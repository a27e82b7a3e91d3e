"""Someone at risk: acute danger, domestic violence and child abuse (the meldcode), a colleague
harming a client, a suicide threat or self-harm, and sharing information about it (L 4.6, IC
Omgang van medewerkers met cliënten, the meldcode, Veilig Thuis, 113, Wmo 2015), one test per
rule.

Where the codes differ (the gedragswetenschapper is compulsory at Lumens, L 4.6; the
Integriteitscode names none, so the meldcode's aandachtsfunctionaris comes first) each rule is
checked under each organisation's profile and without one."""
import pytest

from tests.helpers import (
    EVERY_PROFILE,
    L_INTERESTS,
    SUFFIX,
    advice,
    advice_text,
    assert_next,
    check,
    choice_values,
    cited_codes,
    reached_under,
    shipped_library,
    source_codes,
)

TOPIC = "someone_at_risk"
SAFE = {"acute_danger": "no"}
HOME = {**SAFE, "situation": "home", "continue_confidentiality": "no"}
COLLEAGUE = {**SAFE, "situation": "colleague"}
SUICIDE = {**SAFE, "situation": "suicide", "continue_confidentiality": "no"}
SHARING = {**SAFE, "situation": "sharing", "continue_confidentiality": "no"}


def under(org, answers, reaches):
    """The advice these answers reach in this topic as an employee of `org` (None: both codes)."""
    return reached_under(org, TOPIC, answers, reaches)


# --- findable ----------------------------------------------------------------------------------

def test_domestic_violence_child_abuse_and_suicide_are_named_in_the_topic_title():
    topic = shipped_library().topics[TOPIC]
    for words in ("violence at home", "child abuse", "suicide"):
        assert words in topic.title.en
    for words in ("geweld thuis", "kindermishandeling", "zelfdoding"):
        assert words in topic.title.nl
    assert "huiselijk geweld" in topic.summary.nl


def test_the_topic_is_in_the_menu():
    reply = check(None, {})
    assert reply.exit_code == 3
    assert TOPIC in choice_values(reply.data["question"])


# --- acute danger: 112 first, and the same for "not sure" --------------------------------------

@pytest.mark.parametrize("answer", ["yes", "not_sure"])
@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_acute_danger_or_doubt_means_112_first_then_veilig_thuis_and_113(answer, org):
    data = under(org, {"acute_danger": answer}, f"call_112{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"
    assert "112" in result["title"]
    assert {"veilig_thuis", "suicide_prevention"} <= set(result["contacts"])
    assert {"MELDCODE", "ZP113"} <= cited_codes(data)
    text = advice_text(result)
    assert "0800-2000" in text and "0800-0113" in text
    if org == "lumens":
        assert "behavioural_scientist" in result["contacts"]
    if org == "interaktcontour":
        assert "attention_officer" in result["contacts"]


def test_after_the_triage_the_danger_question_is_not_asked_again():
    data = assert_next("triage", {"in_danger": "no", "subject": "at_risk"}, asks="someone_at_risk.situation")
    carried = [step for step in data["path"] if step["topic"] == TOPIC]
    assert carried == [{"topic": TOPIC, "question": "acute_danger", "answer": "no", "answered_before": True}]


# --- domestic violence and child abuse: the meldcode, weigh then decide ------------------------

@pytest.mark.parametrize("org, first", [(None, "behavioural_scientist"), ("lumens", "behavioural_scientist"),
                                        ("interaktcontour", "attention_officer")])
def test_signs_of_domestic_violence_or_child_abuse_follow_the_meldcode_weigh_then_decide(org, first):
    data = under(org, HOME, f"meldcode{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"          # the meldcode is no duty to report
    assert result["contacts"][0] == first
    assert "veilig_thuis" in result["contacts"]
    assert "MELDCODE, De vijf stappen" in source_codes(data)
    text = advice_text(result)
    assert "0800-2000" in text
    assert "not a duty to report" in text
    assert "five steps" in text


def test_at_lumens_the_gedragswetenschapper_is_compulsory_on_suspected_unsafety():
    data = under("lumens", HOME, "meldcode_lumens")
    assert L_INTERESTS in source_codes(data)
    assert "must consult the behavioural scientist" in advice_text(data["outcome"])


def test_at_interaktcontour_there_is_no_gedragswetenschapper_the_aandachtsfunctionaris_helps():
    data = under("interaktcontour", HOME, "meldcode_ic")
    assert "behavioural_scientist" not in data["outcome"]["contacts"]
    assert "attention_officer" in data["outcome"]["contacts"]


def test_without_an_organisation_the_meldcode_advice_names_the_difference():
    data = under(None, HOME, "meldcode")
    text = advice_text(data["outcome"])
    assert "At Lumens you must consult the behavioural scientist" in text
    assert "names no behavioural scientist" in text
    assert {"behavioural_scientist", "attention_officer"} <= set(data["outcome"]["contacts"])


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_the_talk_with_the_client_is_skipped_when_it_would_put_someone_in_danger(org):
    text = advice_text(under(org, HOME, f"meldcode{SUFFIX[org]}")["outcome"])
    assert "skip the conversation with the client" in text
    assert "break off contact" in text


# --- a colleague harming a client: report inside at once, never the colleague first ------------

@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_a_colleague_harming_a_client_is_reported_at_once_never_raised_with_the_colleague_first(org):
    data = under(org, COLLEAGUE, f"colleague_harm{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "report"
    assert result["contacts"][0] == "manager"
    assert "person_concerned" not in result["contacts"]
    assert "veilig_thuis" in result["contacts"]
    assert "WMO, Art. 3.4 (melden van geweld)" in source_codes(data)
    if org == "lumens":
        assert "behavioural_scientist" in result["contacts"]
        assert "director" in result["contacts"]           # when the manager is involved
    if org == "interaktcontour":
        assert {"attention_officer", "senior_manager"} <= set(result["contacts"])


# --- a suicide threat or self-harm: 112 when acute, 113 for advice, then the right adviser -----

@pytest.mark.parametrize("org, after", [(None, "behavioural_scientist"), ("lumens", "behavioural_scientist"),
                                        ("interaktcontour", "manager")])
def test_a_suicide_threat_means_113_for_advice_and_112_when_acute(org, after):
    data = under(org, SUICIDE, f"suicide{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "suicide_prevention"
    assert after in result["contacts"]
    assert "emergency" in result["contacts"]
    assert "ZP113" in cited_codes(data)
    text = advice_text(result)
    assert "0800-0113" in text and "112" in text


def test_a_suicide_threat_can_be_found_from_the_triage():
    data = assert_next("triage", {"in_danger": "no", "subject": "at_risk", "situation": "suicide",
                                  "continue_confidentiality": "no"}, reaches="someone_at_risk.suicide")
    assert data["outcome"]["contacts"][0] == "suicide_prevention"


# --- sharing information: consent is one ground, not the only one ------------------------------

@pytest.mark.parametrize("org, first", [(None, "behavioural_scientist"), ("lumens", "behavioural_scientist"),
                                        ("interaktcontour", "manager")])
def test_sharing_information_is_checked_first_and_consent_is_not_the_only_ground(org, first):
    data = under(org, SHARING, f"sharing{SUFFIX[org]}")
    result = data["outcome"]
    assert result["contacts"][0] == first
    assert "veilig_thuis" in result["contacts"]
    assert "WMO, Art. 5.2.6 (meldrecht)" in source_codes(data)
    text = advice_text(result)
    assert "not the only one" in text
    assert "meldrecht" in text


@pytest.mark.parametrize("answers", [HOME, SUICIDE, SHARING])
def test_a_question_about_sharing_information_hands_over_to_confidentiality(answers):
    answers = {k: v for k, v in answers.items() if k != "continue_confidentiality"}
    reply = check(TOPIC, answers)
    assert reply.exit_code == 3
    assert reply.data["question"]["id"] == "continue_confidentiality"
    reply = check(TOPIC, {**answers, "continue_confidentiality": "yes"})
    assert reply.exit_code == 3
    assert reply.data["topic"] == "confidentiality"


# --- not sure ----------------------------------------------------------------------------------

@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_not_sure_what_is_going_on_still_gets_expert_advice_and_veilig_thuis(org):
    data = under(org, {**SAFE, "situation": "not_sure"}, f"unsure{SUFFIX[org]}")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert {"veilig_thuis", "suicide_prevention"} <= set(result["contacts"])
    assert result["contacts"][0] in ("behavioural_scientist", "attention_officer")


def test_every_question_offers_not_sure():
    for answers, question in (({}, "acute_danger"), (SAFE, "situation")):
        data = assert_next(TOPIC, answers, asks=question)
        assert "not_sure" in choice_values(data["question"]), question


# --- Dutch -------------------------------------------------------------------------------------

def test_advice_in_dutch_says_the_same():
    english = advice(TOPIC, HOME)
    dutch = advice(TOPIC, HOME, lang="nl")
    assert dutch["outcome"]["id"] == english["outcome"]["id"] == "meldcode"
    assert dutch["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert "0800-2000" in advice_text(dutch["outcome"])
    assert "geen meldplicht" in advice_text(dutch["outcome"])
