"""Invitation rules (IC Uitnodigingen; IC Relatiegeschenken for negotiations; IC Omgang met
cliënten), one test per rule."""
from tests.helpers import (
    IC_CLIENTS,
    IC_GIFTS,
    IC_INVITATIONS,
    advice,
    asked,
    assert_next,
    choice_values,
    source_codes,
)

TOPIC = "invitations"
BUSINESS = {"at_inviters_cost": "yes", "inviter": "business"}
BUSINESS_NOT_NEGOTIATING = {**BUSINESS, "negotiating": "no"}


def test_an_invitation_with_clear_added_value_needs_the_managers_approval_beforehand():
    data = assert_next(TOPIC, {**BUSINESS_NOT_NEGOTIATING, "added_value": "yes"},
                       reaches="added_value_ask_first")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"            # the manager agrees before you accept
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_INVITATIONS}


def test_without_clear_added_value_decline():
    data = assert_next(TOPIC, {**BUSINESS_NOT_NEGOTIATING, "added_value": "no"},
                       reaches="no_added_value_decline")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_INVITATIONS}


def test_doubt_about_the_added_value_means_the_manager_decides_beforehand():
    data = assert_next(TOPIC, {**BUSINESS_NOT_NEGOTIATING, "added_value": "not_sure"},
                       reaches="added_value_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_an_invitation_from_a_party_in_negotiation_is_declined_under_the_gift_rule():
    data = assert_next(TOPIC, {**BUSINESS, "negotiating": "yes", "continue_gifts": "no"},
                       reaches="negotiating_decline")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert IC_GIFTS in source_codes(data)
    # the invitations section itself is silent about negotiations: the advice says it follows
    # the stricter rule of the gift section
    assert any("stricter rule" in step for step in outcome["advice"])
    # the added value is never asked: negotiation alone decides
    assert "added_value" not in asked(data)


def test_doubt_about_negotiation_means_ask_the_manager():
    data = assert_next(TOPIC, {**BUSINESS, "negotiating": "not_sure"}, reaches="negotiating_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_an_invitation_from_a_client_at_their_cost_is_declined_and_names_the_stricter_rule():
    data = assert_next(TOPIC, {"at_inviters_cost": "yes", "inviter": "client"},
                       reaches="client_invitation_decline")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert any("stricter rule" in step for step in outcome["advice"])


def test_not_sure_who_invites_leads_to_the_manager():
    data = assert_next(TOPIC, {"at_inviters_cost": "yes", "inviter": "not_sure"}, reaches="inviter_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_an_invitation_not_at_the_inviters_cost_goes_to_the_manager_without_invented_rules():
    data = assert_next(TOPIC, {"at_inviters_cost": "no"}, reaches="own_cost_talk")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"          # no verdict: the code sets no rule here
    assert outcome["contacts"] == ["manager"]
    assert IC_INVITATIONS in source_codes(data)
    # nothing else is asked: who invites or what it is worth does not change this advice
    assert asked(data) == ["at_inviters_cost"]


def test_not_sure_who_pays_leads_to_the_manager():
    data = assert_next(TOPIC, {"at_inviters_cost": "not_sure"}, reaches="cost_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_every_question_offers_not_sure_and_every_not_sure_leads_to_the_manager():
    answers: dict[str, str] = {}
    for question_id, answer in (("at_inviters_cost", "yes"), ("inviter", "business"),
                                ("negotiating", "no"), ("added_value", "yes")):
        data = assert_next(TOPIC, answers, asks=question_id)
        assert "not_sure" in choice_values(data["question"])
        unsure = advice(TOPIC, {**answers, question_id: "not_sure"})
        assert unsure["outcome"]["contacts"][0] == "manager", question_id
        assert unsure["outcome"]["verdict"] in ("ask_first", "seek_advice"), question_id
        answers[question_id] = answer


def test_advice_in_dutch_says_the_same():
    answers = {**BUSINESS_NOT_NEGOTIATING, "added_value": "yes"}
    english = assert_next(TOPIC, answers, reaches="added_value_ask_first")
    dutch = assert_next(TOPIC, answers, reaches="added_value_ask_first", lang="nl")
    assert dutch["outcome"]["verdict"] == english["outcome"]["verdict"] == "ask_first"
    assert dutch["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert dutch["outcome"]["title"] != english["outcome"]["title"]
    assert len(dutch["outcome"]["advice"]) == len(english["outcome"]["advice"])
    assert all(nl != en for nl, en in zip(dutch["outcome"]["advice"], english["outcome"]["advice"], strict=True))
