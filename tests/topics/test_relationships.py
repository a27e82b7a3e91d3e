"""Relationship rules (IC Omgang van medewerkers met cliënten, IC Omgang met collega's,
IC Social media, L 4.6), one test per rule."""
import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_COLLEAGUES,
    IC_SOCIAL_MEDIA,
    L_COUNSELLOR,
    L_INTERESTS,
    advice_text,
    asked,
    assert_next,
    choice_values,
    source_codes,
)

TOPIC = "relationships"
CLIENT_IN_LOVE = {"who": "client", "client_situation": "client_in_love"}


def test_a_client_in_love_with_you_is_reported_to_your_manager_at_once():
    data = assert_next(TOPIC, {**CLIENT_IN_LOVE, "client_safety": "no"}, reaches="in_love_report")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert any("at once" in step for step in outcome["advice"])        # when: the rule


def test_being_in_love_with_a_client_is_reported_to_your_manager_at_once():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "me_in_love"}, reaches="in_love_report")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    # the safety question is only for a client's feelings, not your own
    assert "client_safety" not in asked(data)


def test_falling_in_love_with_a_client_keeps_the_relationship_professional():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "me_in_love"}, reaches="in_love_report")
    assert any("professional" in step and "online" in step for step in data["outcome"]["advice"])


def test_acute_danger_from_a_client_in_love_means_call_112_first():
    data = assert_next(TOPIC, {**CLIENT_IN_LOVE, "client_safety": "yes"}, reaches="client_danger_emergency")
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "manager" in outcome["contacts"]
    assert "112" in outcome["title"]


def test_unsure_whether_a_client_is_dangerous_means_manager_today_and_112_if_threatening():
    data = assert_next(TOPIC, {**CLIENT_IN_LOVE, "client_safety": "not_sure"}, reaches="client_safety_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "emergency" in outcome["contacts"]
    assert any("112" in step for step in outcome["advice"])


def test_no_personal_relationship_with_a_client_also_not_online():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "personal"},
                       reaches="personal_relationship_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert {IC_CLIENTS, L_INTERESTS} <= source_codes(data)
    assert any("online" in step for step in outcome["advice"])          # the rule's scope


def test_no_friend_requests_from_clients_or_people_close_to_them():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "online"},
                       reaches="online_contact_decline")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert IC_SOCIAL_MEDIA in source_codes(data)
    assert any("friend request" in step for step in outcome["advice"])
    assert any("someone close to them" in step for step in outcome["advice"])   # the rule's scope


def test_no_buying_or_selling_goods_or_services_with_a_client():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "trade"}, reaches="trade_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert L_INTERESTS in source_codes(data)


def test_not_sure_about_contact_with_a_client_means_talk_to_the_manager():
    data = assert_next(TOPIC, {"who": "client", "client_situation": "not_sure"}, reaches="client_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "counsellor" in outcome["contacts"]   # when it is too personal


def test_a_love_relationship_with_a_colleague_at_the_same_place_is_reported_to_the_manager():
    data = assert_next(TOPIC, {"who": "colleague_romance", "colleague_same_place": "yes"},
                       reaches="colleague_relationship_report")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_COLLEAGUES in source_codes(data)
    text = advice_text(outcome)
    assert "undesirable" in text                                        # what the code says
    assert "transfer" in text and "leaving" in text                     # and what may follow


def test_a_love_relationship_with_a_colleague_elsewhere_need_not_be_reported():
    data = assert_next(TOPIC, {"who": "colleague_romance", "colleague_same_place": "no"},
                       reaches="colleague_relationship_elsewhere")
    assert data["outcome"]["verdict"] == "allowed"
    assert IC_COLLEAGUES in source_codes(data)


def test_not_sure_whether_a_colleague_works_at_the_same_place_means_manager_or_counsellor():
    data = assert_next(TOPIC, {"who": "colleague_romance", "colleague_same_place": "not_sure"},
                       reaches="colleague_place_unsure")
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"] == ["manager", "counsellor"]


def test_relatives_at_the_same_place_the_manager_decides_with_the_team():
    data = assert_next(TOPIC, {"who": "colleague_family", "family_same_place": "yes"},
                       reaches="family_manager_decides")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_COLLEAGUES in source_codes(data)
    text = advice_text(outcome)
    assert "team" in text
    assert "transfer" in text


def test_relatives_working_elsewhere_in_the_organisation_is_fine():
    data = assert_next(TOPIC, {"who": "colleague_family", "family_same_place": "no"},
                       reaches="family_elsewhere")
    assert data["outcome"]["verdict"] == "allowed"


def test_not_sure_whether_a_relative_works_at_the_same_place_means_tell_the_manager():
    data = assert_next(TOPIC, {"who": "colleague_family", "family_same_place": "not_sure"},
                       reaches="family_place_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


@pytest.mark.parametrize("tie", ["relationship", "family"])
def test_a_relationship_or_family_tie_with_your_own_manager_goes_to_the_managers_manager(tie):
    data = assert_next(TOPIC, {"who": "own_manager", "manager_tie": tie}, reaches="manager_tie_senior")
    outcome = data["outcome"]
    assert outcome["contacts"] == ["senior_manager", "counsellor"]
    assert "manager" not in outcome["contacts"]
    assert IC_COLLEAGUES in source_codes(data)


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
    answers = {"who": "client", "client_situation": "me_in_love"}
    english = assert_next(TOPIC, answers, reaches="in_love_report")["outcome"]
    dutch = assert_next(TOPIC, answers, reaches="in_love_report", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
    assert any("meteen" in step for step in dutch["advice"])            # "at once", in Dutch
