"""Social media and press rules (IC Social media, IC Omgang met cliënten; L 4.1, 4.2, 4.6 and, where
the Lumens code is silent, L 3), one test per rule.

The Integriteitscode has a section on social media; the Lumens code has none, and its general
rules apply online. Where that makes a difference, a rule is tested as an employee of
InteraktContour, of Lumens, and without an organisation (the stricter rule, the difference named)."""
import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_SOCIAL_MEDIA,
    L_COUNSELLOR,
    L_INTERESTS,
    L_SAFETY,
    advice,
    advice_text,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    names_the_difference,
    source_codes,
)

TOPIC = "social_media"
IC, LUMENS = "interaktcontour", "lumens"
POST = {"what": "post", "speak_for_org": "no", "confidential": "no"}
HARMLESS_POST = {**POST, "identifies": "no", "discredit": "no"}


# --- spokespersons (IC Social media); the Lumens code names none -----------------------------------

def test_only_the_official_spokesperson_speaks_for_the_organisation_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {"what": "post", "speak_for_org": "yes"}, reaches="spokesperson_only_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["spokesperson", "manager"]
    assert any("legal matters or crises" in step for step in outcome["advice"])   # the rule's scope
    assert source_codes(data) == {IC_SOCIAL_MEDIA}
    assert_own_code(data, IC)


def test_speaking_for_lumens_is_decided_with_the_manager_as_the_code_names_no_spokesperson():
    data = assert_next_under(LUMENS, TOPIC, {"what": "post", "speak_for_org": "yes"}, reaches="speak_for_org_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager"]              # no spokesperson role in the Lumens code
    assert L_COUNSELLOR in source_codes(data)              # where the code is silent: decide together
    assert_own_code(data, LUMENS)


def test_speaking_for_the_organisation_without_an_organisation_is_left_to_the_spokesperson_and_the_difference_named():
    data = assert_next_under(None, TOPIC, {"what": "post", "speak_for_org": "yes"}, reaches="spokesperson_only")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["spokesperson", "manager"]
    assert asked(data) == ["what", "speak_for_org"]
    assert names_the_difference(outcome)


@pytest.mark.parametrize("organisation, expected", [
    (IC, "spokesperson_only_ic"), (LUMENS, "speak_for_org_lumens"), (None, "spokesperson_only")])
def test_a_question_from_the_press_outside_social_media_follows_the_same_rule(organisation, expected):
    data = assert_next_under(organisation, TOPIC, {"what": "press"}, reaches=expected)
    assert asked(data) == ["what"]
    assert "journalist" in advice_text(data["outcome"])
    if organisation:
        assert_own_code(data, organisation)


def test_a_personal_opinion_on_the_news_is_not_counted_as_speaking_for_the_organisation():
    data = assert_next(TOPIC, {"what": "post"}, asks="speak_for_org")
    help_text = data["question"]["help"]
    assert "legal matter or crisis" in help_text
    assert "own opinion on the news in general does not count" in help_text


@pytest.mark.parametrize("organisation, expected", [
    (IC, "speak_unsure"), (None, "speak_unsure"), (LUMENS, "speak_for_org_lumens")])
def test_not_sure_whether_a_post_speaks_for_the_organisation_means_ask_the_manager(organisation, expected):
    data = assert_next_under(organisation, TOPIC, {"what": "post", "speak_for_org": "not_sure"}, reaches=expected)
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"
    if organisation:
        assert_own_code(data, organisation)


# --- what a post contains: the codes agree ---------------------------------------------------------

@pytest.mark.parametrize("organisation", [IC, LUMENS, None])
def test_confidential_information_about_clients_or_colleagues_is_never_shared(organisation):
    data = assert_next_under(organisation, TOPIC,
                             {"what": "post", "speak_for_org": "no", "confidential": "yes",
                              "identifies": "yes", "consent": "yes", "continue_confidentiality": "no"},
                             reaches="confidential_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "do_not_share"
    assert "consent" not in asked(data)                    # consent does not open the door
    if organisation == LUMENS:
        assert L_SAFETY in source_codes(data)
    if organisation:
        assert_own_code(data, organisation)
    else:
        assert {IC_SOCIAL_MEDIA, L_SAFETY} <= source_codes(data)


@pytest.mark.parametrize("organisation", [IC, LUMENS, None])
def test_a_name_or_picture_of_a_client_or_colleague_without_explicit_consent_is_not_allowed(organisation):
    data = assert_next_under(organisation, TOPIC, {**POST, "identifies": "yes", "consent": "no"},
                             reaches="no_consent_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    if organisation:
        assert_own_code(data, organisation)
    else:
        assert IC_SOCIAL_MEDIA in source_codes(data)


def test_with_explicit_consent_a_name_or_picture_may_be_posted():
    data = assert_next(TOPIC, {**POST, "identifies": "yes", "consent": "yes", "discredit": "no",
                               "own_opinion": "no"},
                       reaches="share_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    # consent alone is not enough: the discredit check still comes after it
    assert asked(data).index("consent") < asked(data).index("discredit")


@pytest.mark.parametrize("organisation", [IC, LUMENS, None])
def test_a_post_that_could_discredit_anyone_or_the_organisation_is_not_allowed(organisation):
    data = assert_next_under(organisation, TOPIC, {**POST, "identifies": "no", "discredit": "yes"},
                             reaches="discredit_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "counsellor" in outcome["contacts"]             # a grievance about the manager goes there
    if organisation:
        assert_own_code(data, organisation)


# --- opinions and the profile: IC only ------------------------------------------------------------

def test_a_harmless_post_may_be_shared_under_interaktcontour_after_the_opinion_check():
    data = assert_next_under(IC, TOPIC, {**HARMLESS_POST, "own_opinion": "no"}, reaches="share_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    assert source_codes(data) == {IC_SOCIAL_MEDIA}
    assert asked(data) == [*HARMLESS_POST, "own_opinion"]
    assert_own_code(data, IC)


def test_a_harmless_post_may_be_shared_under_lumens_without_an_opinion_rule():
    data = assert_next_under(LUMENS, TOPIC, HARMLESS_POST, reaches="share_allowed_lumens")
    assert data["outcome"]["verdict"] == "allowed"
    assert "own_opinion" not in asked(data)                # the Lumens code has no such rule
    assert_own_code(data, LUMENS)


def test_a_differing_opinion_with_the_company_name_in_the_profile_means_remove_it_first_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {**HARMLESS_POST, "own_opinion": "yes", "employer_in_profile": "yes"},
                             reaches="remove_name_and_logo_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_SOCIAL_MEDIA}
    assert_own_code(data, IC)


def test_a_differing_opinion_with_the_company_name_without_an_organisation_names_the_difference():
    data = assert_next_under(None, TOPIC, {**HARMLESS_POST, "own_opinion": "yes", "employer_in_profile": "yes"},
                             reaches="remove_name_and_logo")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert names_the_difference(data["outcome"])


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


def test_the_employers_name_in_your_profile_under_lumens_is_fine_as_the_code_sets_no_rule():
    data = assert_next_under(LUMENS, TOPIC, {"what": "profile"}, reaches="profile_lumens")
    assert data["outcome"]["verdict"] == "allowed"
    assert asked(data) == ["what"]
    assert_own_code(data, LUMENS)


def test_what_you_post_stays_public_and_others_read_along():
    # the warnings the code asks every poster to keep in mind
    text = advice_text(advice(TOPIC, {**HARMLESS_POST, "own_opinion": "no"})["outcome"])
    assert "stays public for a long time" in text
    assert "hard to remove" in text
    assert "misused" in text
    assert "journalists read along" in text


# --- clients as friends: the codes agree ---------------------------------------------------------

@pytest.mark.parametrize("organisation", [IC, LUMENS, None])
def test_no_friends_with_clients_or_those_close_to_them(organisation):
    data = assert_next_under(organisation, TOPIC, {"what": "connect", "continue_relationships": "no"},
                             reaches="befriend_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "WhatsApp" in outcome["advice"][0]           # the rule covers messaging apps too
    if organisation == IC:
        assert source_codes(data) == {IC_SOCIAL_MEDIA, IC_CLIENTS}
    elif organisation == LUMENS:
        assert source_codes(data) == {L_INTERESTS}       # no personal relationship with a client
    else:
        assert {IC_SOCIAL_MEDIA, IC_CLIENTS, L_INTERESTS} <= source_codes(data)
    if organisation:
        assert_own_code(data, organisation)


# --- not sure ------------------------------------------------------------------------------------

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


# --- every path under every profile -----------------------------------------------------------


def test_advice_in_dutch_says_the_same():
    for answers, outcome_id in (({"what": "connect", "continue_relationships": "no"}, "befriend_not_allowed"),
                                ({"what": "post", "speak_for_org": "yes"}, "spokesperson_only")):
        english = assert_next(TOPIC, answers, reaches=outcome_id)["outcome"]
        dutch = assert_next(TOPIC, answers, reaches=outcome_id, lang="nl")["outcome"]
        assert dutch["verdict"] == english["verdict"] == "not_allowed"
        assert dutch["contacts"] == english["contacts"]
        assert dutch["title"] != english["title"]
    assert dutch["contacts"][0] == "spokesperson"
    assert "strengste regel" in dutch["advice"][-1]
