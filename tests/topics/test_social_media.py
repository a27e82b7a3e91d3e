"""Social media rules (IC Social media, IC Omgang met cliënten, L 4.1, L 4.6), one test per rule."""
import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_SOCIAL_MEDIA,
    L_INTERESTS,
    L_SAFETY,
    advice,
    advice_text,
    asked,
    assert_next,
    source_codes,
)

TOPIC = "social_media"
POST = {"what": "post", "speak_for_org": "no", "confidential": "no"}
HARMLESS_POST = {**POST, "identifies": "no", "discredit": "no"}


def test_sharing_knowledge_is_encouraged_when_it_discredits_no_one():
    data = assert_next(TOPIC, {**HARMLESS_POST, "own_opinion": "no"}, reaches="share_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_SOCIAL_MEDIA}
    assert asked(data) == [*HARMLESS_POST, "own_opinion"]      # only after the discredit check


def test_a_post_that_could_discredit_anyone_or_the_organisation_is_not_allowed():
    data = assert_next(TOPIC, {**POST, "identifies": "no", "discredit": "yes"},
                       reaches="discredit_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    # a grievance about the manager goes to the counsellor instead
    assert "counsellor" in outcome["contacts"]
    assert IC_SOCIAL_MEDIA in source_codes(data)


def test_confidential_information_about_clients_or_colleagues_is_never_shared():
    data = assert_next(TOPIC, {"what": "post", "speak_for_org": "no", "confidential": "yes",
                               "identifies": "yes", "consent": "yes", "continue_confidentiality": "no"},
                       reaches="confidential_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    # consent does not open the door: the consent question is never reached
    assert "consent" not in asked(data)
    assert IC_SOCIAL_MEDIA in source_codes(data)
    assert L_SAFETY in source_codes(data)


def test_a_name_or_picture_of_a_client_or_colleague_without_explicit_consent_is_not_allowed():
    data = assert_next(TOPIC, {**POST, "identifies": "yes", "consent": "no"},
                       reaches="no_consent_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_SOCIAL_MEDIA}


def test_with_explicit_consent_a_name_or_picture_may_be_posted():
    data = assert_next(TOPIC, {**POST, "identifies": "yes", "consent": "yes", "discredit": "no",
                               "own_opinion": "no"},
                       reaches="share_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    # consent alone is not enough: the discredit check still comes after it
    assert asked(data).index("consent") < asked(data).index("discredit")


def test_no_friends_with_clients_or_those_close_to_them():
    data = assert_next(TOPIC, {"what": "connect", "continue_relationships": "no"},
                       reaches="befriend_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "WhatsApp" in outcome["advice"][0]           # the rule covers messaging apps too
    assert IC_SOCIAL_MEDIA in source_codes(data)
    assert IC_CLIENTS in source_codes(data)
    assert L_INTERESTS in source_codes(data)


def test_only_the_official_spokesperson_speaks_for_the_organisation_and_no_one_reacts_to_crises():
    data = assert_next(TOPIC, {"what": "post", "speak_for_org": "yes"}, reaches="spokesperson_only")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["spokesperson", "manager"]
    assert any("legal matters or crises" in step for step in outcome["advice"])   # the rule's scope
    assert asked(data) == ["what", "speak_for_org"]
    assert IC_SOCIAL_MEDIA in source_codes(data)


def test_a_differing_opinion_with_the_company_name_in_the_profile_means_remove_it_first():
    data = assert_next(TOPIC, {**HARMLESS_POST, "own_opinion": "yes", "employer_in_profile": "yes"},
                       reaches="remove_name_and_logo")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_SOCIAL_MEDIA}


def test_a_differing_opinion_without_the_company_name_may_be_posted_personally():
    data = assert_next(TOPIC, {**HARMLESS_POST, "own_opinion": "yes", "employer_in_profile": "no"},
                       reaches="personal_opinion_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    assert data["outcome"]["contacts"] == ["manager"]


def test_the_company_name_in_your_profile_is_fine_but_links_your_opinion_to_the_organisation():
    data = assert_next(TOPIC, {"what": "profile", "profile_employer": "no"}, reaches="profile_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert source_codes(data) == {IC_SOCIAL_MEDIA}
    assert_next(TOPIC, {"what": "profile", "profile_employer": "yes"}, reaches="remove_name_and_logo")


def test_what_you_post_stays_public_and_others_read_along():
    # the warnings the code asks every poster to keep in mind
    text = advice_text(advice(TOPIC, {**HARMLESS_POST, "own_opinion": "no"})["outcome"])
    assert "stays public for a long time" in text
    assert "hard to remove" in text
    assert "misused" in text
    assert "journalists read along" in text


@pytest.mark.parametrize("answers", [
    {"what": "not_sure"},
    {"what": "post", "speak_for_org": "not_sure"},
    {"what": "post", "speak_for_org": "no", "confidential": "not_sure"},
    {**POST, "identifies": "not_sure"},
    {**POST, "identifies": "yes", "consent": "not_sure"},
    {**POST, "identifies": "no", "discredit": "not_sure"},
    {**HARMLESS_POST, "own_opinion": "not_sure"},
    {**HARMLESS_POST, "own_opinion": "yes", "employer_in_profile": "not_sure"},
    {"what": "profile", "profile_employer": "not_sure"},
], ids=lambda answers: list(answers)[-1])
def test_not_sure_means_ask_your_manager_before_posting(answers):
    data = advice(TOPIC, answers)
    assert data["path"][-1]["answer"] == "not_sure"
    assert data["outcome"]["verdict"] in ("ask_first", "seek_advice")
    assert data["outcome"]["contacts"][0] == "manager"


def test_when_in_doubt_about_something_concerning_your_manager_the_counsellor_is_offered():
    for answers in ({"what": "not_sure"}, {**POST, "identifies": "no", "discredit": "not_sure"}):
        data = advice(TOPIC, answers)
        assert "counsellor" in data["outcome"]["contacts"], answers


def test_advice_in_dutch_says_the_same():
    for answers, outcome_id in (({"what": "connect", "continue_relationships": "no"}, "befriend_not_allowed"),
                                ({"what": "post", "speak_for_org": "yes"}, "spokesperson_only")):
        english = assert_next(TOPIC, answers, reaches=outcome_id)["outcome"]
        dutch = assert_next(TOPIC, answers, reaches=outcome_id, lang="nl")["outcome"]
        assert dutch["verdict"] == english["verdict"] == "not_allowed"
        assert dutch["contacts"] == english["contacts"]
        assert dutch["title"] != english["title"]
    assert dutch["contacts"][0] == "spokesperson"
