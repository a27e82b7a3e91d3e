"""Invitation rules (IC Uitnodigingen; IC Relatiegeschenken for negotiations; IC Omgang met
cliënten), one test per rule."""
from tests.protocol import advice, check, source_codes

BUSINESS = {"at_inviters_cost": "yes", "inviter": "business"}
BUSINESS_NOT_NEGOTIATING = {**BUSINESS, "negotiating": "no"}


def test_an_invitation_with_clear_added_value_needs_the_managers_approval_beforehand():
    data = advice("invitations", {**BUSINESS_NOT_NEGOTIATING, "added_value": "yes"})
    outcome = data["outcome"]
    assert outcome["id"] == "added_value_ask_first"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert "IC, Uitnodigingen" in source_codes(data)
    # nothing is accepted before approval, and the added value is the argument to bring
    assert "accept it only once they have approved it" in outcome["advice"][0]
    assert any("added value" in step and "argument" in step for step in outcome["advice"])


def test_without_clear_added_value_decline_and_the_advice_says_what_the_code_requires():
    data = advice("invitations", {**BUSINESS_NOT_NEGOTIATING, "added_value": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "no_added_value_decline"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "IC, Uitnodigingen" in source_codes(data)
    assert any("clearly adds value" in step and "beforehand" in step for step in outcome["advice"])
    assert any("decline" in step for step in outcome["advice"])


def test_doubt_about_the_added_value_means_the_manager_decides_beforehand():
    data = advice("invitations", {**BUSINESS_NOT_NEGOTIATING, "added_value": "not_sure"})
    assert data["outcome"]["id"] == "added_value_unsure"
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_an_invitation_from_a_party_in_negotiation_is_declined_under_the_gift_rule():
    data = advice("invitations", {**BUSINESS, "negotiating": "yes", "continue_gifts": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "negotiating_decline"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "IC, Relatiegeschenken" in source_codes(data)
    # the advice says the invitations section itself is silent about negotiations
    assert any("says nothing about negotiations" in step and "stricter rule" in step
               for step in outcome["advice"])
    # the added value is never asked: negotiation alone decides
    assert "added_value" not in [step["question"] for step in data["path"]]


def test_doubt_about_negotiation_means_ask_the_manager():
    data = advice("invitations", {**BUSINESS, "negotiating": "not_sure"})
    assert data["outcome"]["id"] == "negotiating_unsure"
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_an_invitation_from_a_client_at_their_cost_is_declined_and_names_the_stricter_rule():
    data = advice("invitations", {"at_inviters_cost": "yes", "inviter": "client"})
    outcome = data["outcome"]
    assert outcome["id"] == "client_invitation_decline"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "IC, Omgang van medewerkers met cliënten" in source_codes(data)
    assert any("stricter rule" in step for step in outcome["advice"])


def test_not_sure_who_invites_leads_to_the_manager():
    data = advice("invitations", {"at_inviters_cost": "yes", "inviter": "not_sure"})
    assert data["outcome"]["id"] == "inviter_unsure"
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_an_invitation_not_at_the_inviters_cost_goes_to_the_manager_without_invented_rules():
    data = advice("invitations", {"at_inviters_cost": "no"})
    outcome = data["outcome"]
    assert outcome["id"] == "own_cost_talk"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "IC, Uitnodigingen" in source_codes(data)
    assert any("no further rules" in step for step in outcome["advice"])
    # nothing else is asked: who invites or what it is worth does not change this advice
    assert [step["question"] for step in data["path"]] == ["at_inviters_cost"]


def test_not_sure_who_pays_leads_to_the_manager():
    data = advice("invitations", {"at_inviters_cost": "not_sure"})
    assert data["outcome"]["id"] == "cost_unsure"
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_every_question_offers_not_sure_and_every_not_sure_leads_to_the_manager():
    answers: dict[str, str] = {}
    for question_id, answer in (("at_inviters_cost", "yes"), ("inviter", "business"),
                                ("negotiating", "no"), ("added_value", "yes")):
        reply = check("invitations", answers)
        assert reply.exit_code == 3, reply.stdout
        question = reply.data["question"]
        assert question["id"] == question_id
        assert "not_sure" in [c["value"] for c in question["choices"]]
        unsure = advice("invitations", {**answers, question_id: "not_sure"})
        assert unsure["outcome"]["contacts"][0] == "manager", question_id
        assert unsure["outcome"]["verdict"] in ("ask_first", "seek_advice"), question_id
        answers[question_id] = answer


def test_advice_in_dutch_says_the_same():
    english = advice("invitations", {**BUSINESS_NOT_NEGOTIATING, "added_value": "yes"})
    dutch = advice("invitations", {**BUSINESS_NOT_NEGOTIATING, "added_value": "yes"}, lang="nl")
    assert dutch["outcome"]["verdict"] == english["outcome"]["verdict"] == "ask_first"
    assert dutch["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert "leidinggevende" in dutch["outcome"]["title"]
    assert "goedkeuring" in dutch["outcome"]["advice"][0]
    assert "meerwaarde" in dutch["outcome"]["advice"][1]
