"""Social media rules (IC Social media, IC Omgang met cliënten, L 4.1, L 4.6), one test per rule."""
import pytest

from tests.protocol import advice, source_codes

TOPIC = "social_media"
POST = {"what": "post", "speak_for_org": "no", "confidential": "no"}
HARMLESS_POST = {**POST, "identifies": "no", "discredit": "no"}


def asked(data: dict) -> list[str]:
    return [step["question"] for step in data["path"]]


def test_sharing_knowledge_is_encouraged_when_it_discredits_no_one():
    data = advice(TOPIC, {**HARMLESS_POST, "own_opinion": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "share_allowed"
    assert outcome["verdict"] == "allowed"
    assert outcome["contacts"][0] == "manager"
    assert "IC, Social media" in source_codes(data)
    assert "encouraged" in outcome["advice"][0]


def test_a_post_that_could_discredit_anyone_or_the_organisation_is_not_allowed():
    data = advice(TOPIC, {**POST, "identifies": "no", "discredit": "yes"})
    outcome = data["outcome"]
    assert outcome["id"] == "discredit_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    # a grievance about the manager goes to the counsellor instead
    assert "counsellor" in outcome["contacts"]
    assert "IC, Social media" in source_codes(data)


def test_confidential_information_about_clients_or_colleagues_is_never_shared():
    data = advice(TOPIC, {"what": "post", "speak_for_org": "no", "confidential": "yes",
                          "identifies": "yes", "consent": "yes", "continue_confidentiality": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "confidential_not_allowed"
    assert outcome["verdict"] == "do_not_share"
    # consent does not open the door: the consent question is never reached
    assert "consent" not in asked(data)
    assert "not even with permission" in outcome["advice"][0]
    assert "IC, Social media" in source_codes(data)
    assert "L, 4.1 Inwoner centraal, 5. Veiligheid en privacy" in source_codes(data)


def test_a_name_or_picture_of_a_client_or_colleague_without_explicit_consent_is_not_allowed():
    data = advice(TOPIC, {**POST, "identifies": "yes", "consent": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "no_consent_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "explicitly" in outcome["advice"][0]
    assert "photo" in outcome["advice"][0]
    assert "IC, Social media" in source_codes(data)


def test_with_explicit_consent_a_name_or_picture_may_be_posted():
    data = advice(TOPIC, {**POST, "identifies": "yes", "consent": "yes",
                          "discredit": "no", "own_opinion": "no"})
    assert data["outcome"]["id"] == "share_allowed"
    assert data["outcome"]["verdict"] == "allowed"
    # consent alone is not enough: the discredit check still comes after it
    assert asked(data).index("consent") < asked(data).index("discredit")


def test_no_friends_with_clients_or_those_close_to_them():
    data = advice(TOPIC, {"what": "connect", "continue_relationships": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "befriend_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "WhatsApp" in outcome["advice"][0]
    assert "professional" in outcome["advice"][0]
    assert "IC, Social media" in source_codes(data)
    assert "L, 4.6 Belangen van de inwoner en belangen van de medewerker" in source_codes(data)


def test_only_the_official_spokesperson_speaks_for_the_organisation_and_no_one_reacts_to_crises():
    data = advice(TOPIC, {"what": "post", "speak_for_org": "yes"})
    outcome = data["outcome"]
    assert outcome["id"] == "spokesperson_only"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "spokesperson"
    assert any("legal matters or crises" in step for step in outcome["advice"])
    assert asked(data) == ["what", "speak_for_org"]
    assert "IC, Social media" in source_codes(data)


def test_a_differing_opinion_with_the_company_name_in_the_profile_means_remove_it_first():
    data = advice(TOPIC, {**HARMLESS_POST, "own_opinion": "yes", "employer_in_profile": "yes"})
    outcome = data["outcome"]
    assert outcome["id"] == "remove_name_and_logo"
    assert outcome["verdict"] == "not_allowed"
    assert any("remove the organisation's name and logo" in step for step in outcome["advice"])
    assert any("personal capacity" in step for step in outcome["advice"])
    assert "IC, Social media" in source_codes(data)


def test_a_differing_opinion_without_the_company_name_may_be_posted_personally():
    data = advice(TOPIC, {**HARMLESS_POST, "own_opinion": "yes", "employer_in_profile": "no"})
    assert data["outcome"]["id"] == "personal_opinion_allowed"
    assert data["outcome"]["verdict"] == "allowed"
    assert "personal capacity" in data["outcome"]["title"]


def test_the_company_name_in_your_profile_is_fine_but_links_your_opinion_to_the_organisation():
    data = advice(TOPIC, {"what": "profile", "profile_employer": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "profile_allowed"
    assert outcome["verdict"] == "allowed"
    assert "linked to the organisation" in outcome["advice"][0]
    assert "IC, Social media" in source_codes(data)
    data = advice(TOPIC, {"what": "profile", "profile_employer": "yes"})
    assert data["outcome"]["id"] == "remove_name_and_logo"


def test_what_you_post_stays_public_and_others_read_along():
    data = advice(TOPIC, {**HARMLESS_POST, "own_opinion": "no"})
    text = " ".join(data["outcome"]["advice"])
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
    data = advice(TOPIC, {"what": "connect", "continue_relationships": "no"}, lang="nl")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert "vrienden" in data["outcome"]["title"]
    data = advice(TOPIC, {"what": "post", "speak_for_org": "yes"}, lang="nl")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert data["outcome"]["contacts"][0] == "spokesperson"
    assert "woordvoerder" in data["outcome"]["title"]
