"""Relationship rules (IC Omgang van medewerkers met cliënten, IC Omgang met collega's, IC Social
media, L 4.6, L 3 Vertrouwenspersoon), one test per rule; where the codes differ, one test per
organisation and one without."""
import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_COLLEAGUES,
    IC_SOCIAL_MEDIA,
    L_COUNSELLOR,
    L_INTERESTS,
    L_SAFETY,
    ORGANISATIONS,
    advice_text,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    by_org,
    choice_values,
    cited_codes,
    follows_own_code_or_names_the_difference,
    source_codes,
    text_of,
    walk_under,
)

TOPIC = "relationships"
CLIENT_IN_LOVE = {"who": "client", "client_situation": "client_in_love"}
ME_IN_LOVE = {"who": "client", "client_situation": "me_in_love"}


# --- clients: falling in love ------------------------------------------------------------------

def test_a_client_in_love_with_you_is_reported_to_your_manager_at_once():
    data = assert_next(TOPIC, {**CLIENT_IN_LOVE, "client_safety": "no"}, reaches="in_love_report")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert any("at once" in step for step in outcome["advice"])        # when: the rule


def test_being_in_love_with_a_client_is_reported_to_your_manager_at_once():
    data = assert_next(TOPIC, ME_IN_LOVE, reaches="in_love_report")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    # the safety question is only for a client's feelings, not your own
    assert "client_safety" not in asked(data)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("answers", [ME_IN_LOVE, {**CLIENT_IN_LOVE, "client_safety": "no"}],
                         ids=["me_in_love", "client_in_love"])
def test_falling_in_love_with_a_client_is_reported_under_the_integrity_code_and_talked_over_at_lumens(org, answers):
    data = assert_next_under(org, TOPIC, answers,
                             reaches=by_org(org, "in_love_report", "in_love_talk_lumens", "in_love_report_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"] == ["manager", "counsellor"]
    assert outcome["verdict"] == ("seek_advice" if org == "lumens" else "ask_first")
    assert any("professional" in step and "online" in step for step in outcome["advice"])
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_falling_in_love_with_a_client_gets_the_same_verdict_in_every_topic(org):
    here = assert_next_under(org, TOPIC, ME_IN_LOVE,
                             reaches=by_org(org, "in_love_report", "in_love_talk_lumens", "in_love_report_ic"))
    there = assert_next_under(org, "working_with_clients",
                              {"acute_danger": "no", "situation": "relationship", "relationship": "feelings"},
                              reaches=by_org(org, "feelings_tell_manager", "feelings_talk_lumens",
                                             "feelings_tell_manager_ic"))
    assert here["outcome"]["verdict"] == there["outcome"]["verdict"]
    assert here["outcome"]["contacts"] == there["outcome"]["contacts"]


# --- clients: danger, asked once ---------------------------------------------------------------

def test_the_danger_question_is_the_shared_one_and_asked_only_when_the_client_is_in_love():
    data = assert_next(TOPIC, CLIENT_IN_LOVE, asks="client_safety")
    assert "not_sure" in choice_values(data["question"])
    assert "client_safety" not in asked(assert_next(TOPIC, {"who": "client", "client_situation": "personal"},
                                                    reaches="personal_relationship_not_allowed"))


def test_acute_danger_from_a_client_in_love_means_call_112_first():
    data = assert_next(TOPIC, {**CLIENT_IN_LOVE, "client_safety": "yes"}, reaches="client_danger_emergency")
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "manager" in outcome["contacts"]
    assert "112" in outcome["title"]


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_unsure_whether_a_client_is_dangerous_means_112_first_then_the_manager_today(org):
    data = assert_next_under(org, TOPIC, {**CLIENT_IN_LOVE, "client_safety": "not_sure"},
                             reaches="client_safety_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"] == ["emergency", "manager"]
    assert "112" in outcome["advice"][0]
    if org:
        assert_own_code(data, org)


def test_danger_advice_about_a_client_cites_the_right_sections():
    for answer, reaches in (("yes", "client_danger_emergency"), ("not_sure", "client_safety_unsure")):
        data = assert_next(TOPIC, {**CLIENT_IN_LOVE, "client_safety": answer}, reaches=reaches)
        sources = source_codes(data)
        assert "MELDCODE, Acuut gevaar" in sources                        # the 112 advice cites its source
        assert L_SAFETY in sources                                         # L 4.1 item 5, not all of 4.1
        assert "L, 4.1 Inwoner centraal" not in sources


# --- clients: a personal bond, online contact, trade, knowing them privately -------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_no_personal_relationship_with_a_client_also_not_online(org):
    data = assert_next_under(org, TOPIC, {"who": "client", "client_situation": "personal"},
                             reaches="personal_relationship_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert any("online" in step for step in outcome["advice"])          # the rule's scope
    if org:
        assert_own_code(data, org)
    else:
        assert {IC_CLIENTS, L_INTERESTS} <= source_codes(data)


def test_no_friend_requests_from_clients_or_people_close_to_them():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "online"}, reaches="online_contact_decline")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert IC_SOCIAL_MEDIA in source_codes(data)
    assert any("friend request" in step for step in outcome["advice"])
    assert any("someone close to them" in step for step in outcome["advice"])   # the rule's scope
    assert "stricter rule" in text_of(data)


@pytest.mark.parametrize("org", ORGANISATIONS)
def test_online_contact_with_a_client_is_declined_under_both_codes_each_for_its_own_reason(org):
    data = assert_next_under(org, TOPIC, {"who": "client", "client_situation": "online"},
                             reaches=by_org(org, None, "online_contact_lumens", "online_contact_decline_ic"))
    assert data["outcome"]["verdict"] == "not_allowed"
    assert (IC_SOCIAL_MEDIA if org == "interaktcontour" else L_INTERESTS) in source_codes(data)
    assert_own_code(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_buying_from_or_selling_to_a_client_is_a_lumens_rule(org):
    data = assert_next_under(org, TOPIC, {"who": "client", "client_situation": "trade"},
                             reaches=by_org(org, "trade_not_allowed", "trade_not_allowed_lumens", "trade_ic"))
    outcome = data["outcome"]
    assert outcome["contacts"] == ["manager"]
    if org == "interaktcontour":
        assert outcome["verdict"] == "ask_first"                         # the code has no rule on it
        assert "L" not in cited_codes(data)
    else:
        assert outcome["verdict"] == "not_allowed"
        assert L_INTERESTS in source_codes(data)
    follows_own_code_or_names_the_difference(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_client_you_already_knew_privately_is_discussed_with_the_manager(org):
    data = assert_next_under(org, TOPIC, {"who": "client", "client_situation": "know_privately"},
                             reaches="know_client_privately")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager", "counsellor"]
    assert "take over" in text_of(data)
    if org:
        assert_own_code(data, org)


def test_not_sure_about_contact_with_a_client_means_talk_to_the_manager():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "not_sure"}, reaches="client_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "counsellor" in outcome["contacts"]   # when it is too personal


# --- colleagues: a love relationship (a rule of the Integriteitscode) --------------------------------

@pytest.mark.parametrize("org", [None, "interaktcontour"])
def test_a_love_relationship_with_a_colleague_at_the_same_place_is_reported_to_the_manager(org):
    data = assert_next_under(org, TOPIC, {"who": "colleague_romance", "colleague_same_place": "yes"},
                             reaches=by_org(org, "colleague_relationship_report", None,
                                            "colleague_relationship_report_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_COLLEAGUES in source_codes(data)
    text = advice_text(outcome)
    assert "undesirable" in text                                        # what the code says
    assert "transfer" in text and "ending the employment" in text       # and what may follow
    follows_own_code_or_names_the_difference(data, org)


def test_a_love_relationship_with_a_colleague_is_no_reporting_matter_under_the_lumens_code():
    data = assert_next_under("lumens", TOPIC, {"who": "colleague_romance"}, reaches="colleague_romance_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert "colleague_same_place" not in asked(data)
    assert "no rule" in outcome["advice"][0]
    assert_own_code(data, "lumens")


def test_a_love_relationship_with_a_colleague_elsewhere_need_not_be_reported():
    data = assert_next(TOPIC, {"who": "colleague_romance", "colleague_same_place": "no"},
                       reaches="colleague_relationship_elsewhere")
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_COLLEAGUES in source_codes(data)


def test_not_sure_whether_a_colleague_works_at_the_same_place_means_manager_or_counsellor():
    for org, reaches in ((None, "colleague_place_unsure"), ("interaktcontour", "colleague_place_unsure_ic")):
        data = assert_next_under(org, TOPIC, {"who": "colleague_romance", "colleague_same_place": "not_sure"},
                                 reaches=reaches)
        assert data["outcome"]["verdict"] == "seek_advice"
        assert data["outcome"]["contacts"] == ["manager", "counsellor"]


# --- colleagues: relatives, also one who will join your team -------------------------------------------

@pytest.mark.parametrize("org", [None, "interaktcontour"])
def test_relatives_at_the_same_place_the_manager_decides_with_the_team(org):
    data = assert_next_under(org, TOPIC, {"who": "colleague_family", "family_same_place": "yes"},
                             reaches=by_org(org, "family_manager_decides", None, "family_manager_decides_ic"))
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_COLLEAGUES in source_codes(data)
    text = advice_text(outcome)
    assert "team" in text
    assert "transfer" in text
    follows_own_code_or_names_the_difference(data, org, both_cited=False)   # L has no rule on relatives


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_relative_who_will_join_your_team_is_told_to_the_manager_before_they_start(org):
    answers = {"who": "colleague_family", "family_same_place": "joining"}
    if org == "lumens":                                  # no rule on relatives: the question is not asked
        data = assert_next_under(org, TOPIC, {"who": "colleague_family"}, reaches="family_lumens")
        assert data["outcome"]["verdict"] == "allowed_tell_manager"
        assert "no rule" in data["outcome"]["advice"][0]
    else:
        data = assert_next_under(org, TOPIC, answers, reaches=by_org(org, "family_joining", None, "family_joining_ic"))
        assert data["outcome"]["verdict"] == "ask_first"
        assert "before they start" in text_of(data)
        assert IC_COLLEAGUES in source_codes(data)
    assert data["outcome"]["contacts"] == ["manager"]
    if org:
        assert_own_code(data, org)
    else:
        assert "stricter rule" in text_of(data)


def test_relatives_working_elsewhere_in_the_organisation_is_fine():
    data = assert_next(TOPIC, {"who": "colleague_family", "family_same_place": "no"}, reaches="family_elsewhere")
    assert data["outcome"]["verdict"] == "allowed"


def test_not_sure_whether_a_relative_works_at_the_same_place_means_tell_the_manager():
    data = assert_next(TOPIC, {"who": "colleague_family", "family_same_place": "not_sure"},
                       reaches="family_place_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


# --- your own manager: around the manager ---------------------------------------------------------------

@pytest.mark.parametrize("tie", ["relationship", "family"])
def test_a_relationship_or_family_tie_with_your_own_manager_goes_to_the_managers_manager(tie):
    for org, reaches in ((None, "manager_tie_senior"), ("interaktcontour", "manager_tie_senior_ic")):
        data = assert_next_under(org, TOPIC, {"who": "own_manager", "manager_tie": tie}, reaches=reaches)
        outcome = data["outcome"]
        assert outcome["contacts"] == ["senior_manager", "counsellor"]
        assert IC_COLLEAGUES in source_codes(data)


def test_a_tie_with_your_own_manager_at_lumens_goes_to_the_counsellor():
    data = assert_next_under("lumens", TOPIC, {"who": "own_manager"}, reaches="manager_tie_lumens")
    assert data["outcome"]["contacts"] == ["counsellor"]
    assert L_COUNSELLOR in source_codes(data)
    assert_own_code(data, "lumens")


def test_feelings_for_your_own_manager_go_to_the_counsellor():
    data = assert_next(TOPIC, {"who": "own_manager", "manager_tie": "feelings"}, reaches="manager_feelings")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]
    assert L_COUNSELLOR in source_codes(data)


def test_not_sure_about_a_tie_with_your_own_manager_goes_to_the_counsellor():
    data = assert_next(TOPIC, {"who": "own_manager", "manager_tie": "not_sure"}, reaches="manager_tie_unsure")
    assert data["outcome"]["contacts"][0] == "counsellor"
    assert "manager" not in data["outcome"]["contacts"]


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_the_manager_is_never_a_contact_when_it_concerns_your_own_manager(org):
    for data in walk_under(org, TOPIC, {"who": "own_manager"}):
        outcome = data["outcome"]
        assert "manager" not in outcome["contacts"], outcome["id"]
        assert "counsellor" in outcome["contacts"], outcome["id"]
        assert ("senior_manager" in outcome["contacts"]) == (org != "lumens"), outcome["id"]


# --- doubt, every question, every path ---------------------------------------------------------------

def test_not_sure_who_it_is_about_means_manager_or_counsellor_when_too_private():
    data = assert_next(TOPIC, {"who": "not_sure"}, reaches="who_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"] == ["manager", "counsellor"]
    assert L_COUNSELLOR in source_codes(data)


@pytest.mark.parametrize("answers, question_id", [
    ({}, "who"),
    ({"who": "client"}, "client_situation"),
    (CLIENT_IN_LOVE, "client_safety"),
    ({"who": "colleague_romance"}, "colleague_same_place"),
    ({"who": "colleague_family"}, "family_same_place"),
    ({"who": "own_manager"}, "manager_tie"),
])
def test_every_question_offers_not_sure(answers, question_id):
    data = assert_next(TOPIC, answers, asks=question_id)
    assert "not_sure" in choice_values(data["question"])


def test_advice_in_dutch_says_the_same():
    english = assert_next(TOPIC, ME_IN_LOVE, reaches="in_love_report")["outcome"]
    dutch = assert_next(TOPIC, ME_IN_LOVE, reaches="in_love_report", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
    assert any("meteen" in step for step in dutch["advice"])            # "at once", in Dutch
