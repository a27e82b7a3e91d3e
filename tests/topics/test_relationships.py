"""Relationship rules (IC Omgang van medewerkers met cliënten, IC Omgang met collega's,
IC Social media, L 4.6), one test per rule."""
import pytest

from tests.protocol import advice, check, source_codes

TOPIC = "relationships"
IC_CLIENTS = "IC, Omgang van medewerkers met cliënten"
IC_COLLEAGUES = "IC, Omgang met collega's"
L_46 = "L, 4.6 Belangen van de inwoner en belangen van de medewerker"


def outcome_of(answers: dict, lang: str = "en") -> tuple[dict, dict]:
    data = advice(TOPIC, answers, lang=lang)
    return data, data["outcome"]


def asked(data: dict) -> list[str]:
    return [step["question"] for step in data["path"]]


def test_a_client_in_love_with_you_is_reported_to_your_manager_at_once():
    data, outcome = outcome_of({"who": "client", "client_situation": "client_in_love",
                                "client_safety": "no"})
    assert outcome["id"] == "in_love_report"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert any("at once" in step for step in outcome["advice"])
    assert any("suitable solution" in step for step in outcome["advice"])


def test_being_in_love_with_a_client_is_reported_to_your_manager_at_once():
    data, outcome = outcome_of({"who": "client", "client_situation": "me_in_love"})
    assert outcome["id"] == "in_love_report"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    # the safety question is only for a client's feelings, not your own
    assert "client_safety" not in asked(data)


def test_falling_in_love_with_a_client_keeps_the_relationship_professional():
    _, outcome = outcome_of({"who": "client", "client_situation": "me_in_love"})
    assert any("professional" in step and "online" in step for step in outcome["advice"])


def test_acute_danger_from_a_client_in_love_means_call_112_first():
    data, outcome = outcome_of({"who": "client", "client_situation": "client_in_love",
                                "client_safety": "yes"})
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "manager" in outcome["contacts"]
    assert "112" in outcome["title"]


def test_unsure_whether_a_client_is_dangerous_means_manager_today_and_112_if_threatening():
    data, outcome = outcome_of({"who": "client", "client_situation": "client_in_love",
                                "client_safety": "not_sure"})
    assert outcome["id"] == "client_safety_unsure"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "emergency" in outcome["contacts"]
    assert any("112" in step for step in outcome["advice"])


def test_no_personal_relationship_with_a_client_also_not_online():
    data, outcome = outcome_of({"who": "client", "client_situation": "personal"})
    assert outcome["id"] == "personal_relationship_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert {IC_CLIENTS, L_46} <= source_codes(data)
    assert any("online" in step for step in outcome["advice"])


def test_no_friend_requests_from_clients_or_people_close_to_them():
    data, outcome = outcome_of({"who": "client", "client_situation": "online"})
    assert outcome["id"] == "online_contact_decline"
    assert outcome["verdict"] == "not_allowed"
    assert "IC, Social media" in source_codes(data)
    assert any("friend request" in step for step in outcome["advice"])
    assert any("someone close to them" in step for step in outcome["advice"])


def test_no_buying_or_selling_goods_or_services_with_a_client():
    data, outcome = outcome_of({"who": "client", "client_situation": "trade"})
    assert outcome["id"] == "trade_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert L_46 in source_codes(data)


def test_not_sure_about_contact_with_a_client_means_talk_to_the_manager():
    data, outcome = outcome_of({"who": "client", "client_situation": "not_sure"})
    assert outcome["id"] == "client_unsure"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "counsellor" in outcome["contacts"]   # when it is too personal


def test_a_love_relationship_with_a_colleague_at_the_same_place_is_reported_to_the_manager():
    data, outcome = outcome_of({"who": "colleague_romance", "colleague_same_place": "yes"})
    assert outcome["id"] == "colleague_relationship_report"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_COLLEAGUES in source_codes(data)
    text = " ".join(outcome["advice"])
    assert "undesirable" in text
    assert "transfer" in text and "leaving" in text


def test_a_love_relationship_with_a_colleague_elsewhere_need_not_be_reported():
    data, outcome = outcome_of({"who": "colleague_romance", "colleague_same_place": "no"})
    assert outcome["id"] == "colleague_relationship_elsewhere"
    assert outcome["verdict"] == "allowed"
    assert IC_COLLEAGUES in source_codes(data)


def test_not_sure_whether_a_colleague_works_at_the_same_place_means_manager_or_counsellor():
    _, outcome = outcome_of({"who": "colleague_romance", "colleague_same_place": "not_sure"})
    assert outcome["id"] == "colleague_place_unsure"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"] == ["manager", "counsellor"]


def test_relatives_at_the_same_place_the_manager_decides_with_the_team():
    data, outcome = outcome_of({"who": "colleague_family", "family_same_place": "yes"})
    assert outcome["id"] == "family_manager_decides"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_COLLEAGUES in source_codes(data)
    text = " ".join(outcome["advice"])
    assert "team" in text
    assert "transfer" in text


def test_relatives_working_elsewhere_in_the_organisation_is_fine():
    _, outcome = outcome_of({"who": "colleague_family", "family_same_place": "no"})
    assert outcome["id"] == "family_elsewhere"
    assert outcome["verdict"] == "allowed"


def test_not_sure_whether_a_relative_works_at_the_same_place_means_tell_the_manager():
    _, outcome = outcome_of({"who": "colleague_family", "family_same_place": "not_sure"})
    assert outcome["id"] == "family_place_unsure"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"


@pytest.mark.parametrize("tie", ["relationship", "family"])
def test_a_relationship_or_family_tie_with_your_own_manager_goes_to_the_managers_manager(tie):
    data, outcome = outcome_of({"who": "own_manager", "manager_tie": tie})
    assert outcome["id"] == "manager_tie_senior"
    assert outcome["contacts"] == ["senior_manager", "counsellor"]
    assert "manager" not in outcome["contacts"]
    assert IC_COLLEAGUES in source_codes(data)


def test_feelings_for_your_own_manager_go_to_the_counsellor():
    data, outcome = outcome_of({"who": "own_manager", "manager_tie": "feelings"})
    assert outcome["id"] == "manager_feelings"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]
    assert "L, 3 Vertrouwenspersoon" in source_codes(data)


def test_not_sure_about_a_tie_with_your_own_manager_goes_to_the_counsellor():
    _, outcome = outcome_of({"who": "own_manager", "manager_tie": "not_sure"})
    assert outcome["id"] == "manager_tie_unsure"
    assert outcome["contacts"][0] == "counsellor"
    assert "manager" not in outcome["contacts"]


def test_not_sure_who_it_is_about_means_manager_or_counsellor_when_too_private():
    data, outcome = outcome_of({"who": "not_sure"})
    assert outcome["id"] == "who_unsure"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"] == ["manager", "counsellor"]
    assert "L, 3 Vertrouwenspersoon" in source_codes(data)


@pytest.mark.parametrize("answers, question_id", [
    ({}, "who"),
    ({"who": "client"}, "client_situation"),
    ({"who": "client", "client_situation": "client_in_love"}, "client_safety"),
    ({"who": "colleague_romance"}, "colleague_same_place"),
    ({"who": "colleague_family"}, "family_same_place"),
    ({"who": "own_manager"}, "manager_tie"),
])
def test_every_question_offers_not_sure(answers, question_id):
    reply = check(TOPIC, answers)
    assert reply.exit_code == 3
    question = reply.data["question"]
    assert question["id"] == question_id
    assert "not_sure" in [c["value"] for c in question["choices"]]


def test_advice_in_dutch_says_the_same():
    answers = {"who": "client", "client_situation": "me_in_love"}
    _, english = outcome_of(answers)
    _, dutch = outcome_of(answers, lang="nl")
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert "leidinggevende" in dutch["title"]
    assert any("meteen" in step for step in dutch["advice"])
