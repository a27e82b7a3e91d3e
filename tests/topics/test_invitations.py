"""Invitation rules (IC Uitnodigingen; IC Relatiegeschenken for negotiations; IC Omgang met
cliënten and L 4.6 for a client's private invitation; the Lumens code's silence on invitations,
L 3 and L 4.4), one test per rule.

The Lumens code has no rule on invitations; the Integriteitscode's rule applies to its own
employees and, as the stricter rule, to everyone who gives no organisation (and the advice then
says the codes differ)."""
import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_GIFTS,
    IC_INVITATIONS,
    L_COUNSELLOR,
    L_GIFTS,
    L_INTERESTS,
    advice,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    choice_values,
    names_the_difference,
    source_codes,
)

TOPIC = "invitations"
IC, LUMENS = "interaktcontour", "lumens"
BUSINESS = {"inviter": "business", "at_inviters_cost": "yes"}
BUSINESS_NOT_NEGOTIATING = {**BUSINESS, "negotiating": "no"}
NOT_APPROVED_YET = {**BUSINESS_NOT_NEGOTIATING, "already_approved": "no"}


# --- approval beforehand and added value (IC Uitnodigingen); the Lumens code is silent -----------

def test_an_invitation_with_clear_added_value_needs_the_managers_approval_beforehand_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {**NOT_APPROVED_YET, "added_value": "yes"},
                             reaches="added_value_ask_first_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"            # the manager agrees before you accept
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_INVITATIONS}
    assert_own_code(data, IC)
    assert not names_the_difference(outcome)


def test_an_invitation_with_clear_added_value_without_an_organisation_needs_approval_and_names_the_difference():
    data = assert_next_under(None, TOPIC, {**NOT_APPROVED_YET, "added_value": "yes"},
                             reaches="added_value_ask_first")
    assert data["outcome"]["verdict"] == "ask_first"
    assert IC_INVITATIONS in source_codes(data)
    assert names_the_difference(data["outcome"])


def test_an_invitation_from_a_business_relation_under_lumens_is_decided_with_the_manager_beforehand():
    data = assert_next_under(LUMENS, TOPIC, BUSINESS, reaches="invitation_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager"]
    # the code is silent on invitations: "decide together with your manager" (L 3), weighed as a gift (L 4.4)
    assert source_codes(data) == {L_COUNSELLOR, L_GIFTS}
    assert_own_code(data, LUMENS)
    # no rule on added value or approval to ask about
    assert asked(data) == ["inviter", "at_inviters_cost"]


def test_without_clear_added_value_decline_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {**NOT_APPROVED_YET, "added_value": "no"},
                             reaches="no_added_value_decline_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_INVITATIONS}
    assert_own_code(data, IC)


def test_without_clear_added_value_decline_without_an_organisation_and_the_difference_is_named():
    data = assert_next_under(None, TOPIC, {**NOT_APPROVED_YET, "added_value": "no"},
                             reaches="no_added_value_decline")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert names_the_difference(data["outcome"])


def test_doubt_about_the_added_value_means_the_manager_decides_beforehand():
    data = assert_next(TOPIC, {**NOT_APPROVED_YET, "added_value": "not_sure"}, reaches="added_value_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


# --- what people already did: the manager approved it beforehand -----------------------------

def test_an_invitation_the_manager_already_approved_beforehand_may_be_accepted():
    for organisation in (IC, None):
        data = assert_next_under(organisation, TOPIC, {**BUSINESS_NOT_NEGOTIATING, "already_approved": "yes"},
                                 reaches="approved_accept")
        outcome = data["outcome"]
        assert outcome["verdict"] == "allowed"
        assert outcome["contacts"] == ["manager"]
        assert source_codes(data) == {IC_INVITATIONS}
        # approval settles it: the added value was the manager's to weigh
        assert "added_value" not in asked(data)
        if organisation:
            assert_own_code(data, organisation)


def test_approval_does_not_open_the_door_during_negotiations():
    data = assert_next(TOPIC, {**BUSINESS, "negotiating": "yes", "already_approved": "yes", "continue_gifts": "no"},
                       reaches="negotiating_decline")
    assert "already_approved" not in asked(data)


def test_not_sure_whether_it_was_approved_means_check_with_the_manager():
    data = assert_next(TOPIC, {**BUSINESS_NOT_NEGOTIATING, "already_approved": "not_sure"}, reaches="approval_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"] == ["manager"]


# --- negotiations: an invitation at their cost is a gift in kind (IC Relatiegeschenken) ---------

def test_an_invitation_from_a_party_in_negotiation_is_declined_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {**BUSINESS, "negotiating": "yes", "continue_gifts": "no"},
                             reaches="negotiating_decline_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert {IC_GIFTS, IC_INVITATIONS} == source_codes(data)
    assert_own_code(data, IC)
    assert "added_value" not in asked(data)             # negotiation alone decides


def test_an_invitation_from_a_party_in_negotiation_without_an_organisation_is_declined_and_the_difference_named():
    data = assert_next_under(None, TOPIC, {**BUSINESS, "negotiating": "yes", "continue_gifts": "no"},
                             reaches="negotiating_decline")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert IC_GIFTS in source_codes(data)
    assert names_the_difference(outcome)


def test_negotiating_is_asked_once_when_invitations_hands_over_to_gifts():
    answers = {**BUSINESS, "negotiating": "yes", "continue_gifts": "yes"}
    data = assert_next(TOPIC, answers, asks="gifts.negotiating_already_accepted")
    carried = [step for step in data["path"] if step.get("answered_before")]
    assert [(step["topic"], step["question"], step["answer"]) for step in carried] == [
        ("gifts", "giver", "business"), ("gifts", "negotiating", "yes")]
    data = assert_next(TOPIC, {**answers, "gifts.negotiating_already_accepted": "no"},
                       reaches="gifts.negotiating_decline")
    assert [(h["topic"], h["outcome"]["id"]) for h in data["handed_over_from"]] == [
        ("invitations", "negotiating_decline")]


def test_doubt_about_negotiation_means_ask_the_manager():
    data = assert_next(TOPIC, {**BUSINESS, "negotiating": "not_sure"}, reaches="negotiating_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


# --- a client's invitation: no personal relationship (IC Omgang met cliënten, L 4.6) ------------

@pytest.mark.parametrize("organisation", [IC, LUMENS, None])
def test_a_clients_private_invitation_is_declined_even_at_no_cost(organisation):
    data = assert_next_under(organisation, TOPIC, {"inviter": "client", "client_occasion": "private"},
                             reaches="client_invitation_decline")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    # who pays is never asked: a private invitation from a client is declined either way
    assert asked(data) == ["inviter", "client_occasion"]
    if organisation == IC:
        assert source_codes(data) == {IC_CLIENTS}
    elif organisation == LUMENS:
        assert source_codes(data) == {L_INTERESTS}
    else:
        assert {IC_CLIENTS, L_INTERESTS} <= source_codes(data)
    if organisation:
        assert_own_code(data, organisation)


def test_a_clients_invitation_that_belongs_to_your_work_is_agreed_with_the_manager_beforehand():
    for organisation in (IC, LUMENS, None):
        data = assert_next_under(organisation, TOPIC, {"inviter": "client", "client_occasion": "work"},
                                 reaches="client_work_invitation")
        assert data["outcome"]["verdict"] == "ask_first"
        assert data["outcome"]["contacts"] == ["manager"]
        if organisation:
            assert_own_code(data, organisation)


def test_not_sure_whether_a_clients_invitation_is_private_leads_to_the_manager():
    data = assert_next(TOPIC, {"inviter": "client", "client_occasion": "not_sure"}, reaches="client_occasion_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"] == ["manager"]


# --- who invites or pays is unclear; an invitation you pay yourself -----------------------------

def test_not_sure_who_invites_leads_to_the_manager():
    data = assert_next(TOPIC, {"inviter": "not_sure"}, reaches="inviter_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_a_business_invitation_not_at_the_inviters_cost_goes_to_the_manager_without_invented_rules():
    for organisation in (IC, LUMENS, None):
        data = assert_next_under(organisation, TOPIC, {"inviter": "business", "at_inviters_cost": "no"},
                                 reaches="own_cost_talk")
        outcome = data["outcome"]
        assert outcome["verdict"] == "seek_advice"      # no verdict: the codes set no rule here
        assert outcome["contacts"] == ["manager"]
        # nothing else is asked: negotiation or added value does not change this advice
        assert asked(data) == ["inviter", "at_inviters_cost"]
        if organisation:
            assert_own_code(data, organisation)


def test_not_sure_who_pays_leads_to_the_manager():
    data = assert_next(TOPIC, {"inviter": "business", "at_inviters_cost": "not_sure"}, reaches="cost_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_every_question_offers_not_sure_and_every_not_sure_leads_to_the_manager():
    answers: dict[str, str] = {}
    for question_id, answer in (("inviter", "business"), ("at_inviters_cost", "yes"),
                                ("negotiating", "no"), ("already_approved", "no"), ("added_value", "yes")):
        data = assert_next(TOPIC, answers, asks=question_id)
        assert "not_sure" in choice_values(data["question"])
        unsure = advice(TOPIC, {**answers, question_id: "not_sure"})
        assert unsure["outcome"]["contacts"][0] == "manager", question_id
        assert unsure["outcome"]["verdict"] in ("ask_first", "seek_advice"), question_id
        answers[question_id] = answer


# --- every path under every profile -----------------------------------------------------------


def test_advice_in_dutch_says_the_same():
    answers = {**NOT_APPROVED_YET, "added_value": "yes"}
    english = assert_next(TOPIC, answers, reaches="added_value_ask_first")
    dutch = assert_next(TOPIC, answers, reaches="added_value_ask_first", lang="nl")
    assert dutch["outcome"]["verdict"] == english["outcome"]["verdict"] == "ask_first"
    assert dutch["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert dutch["outcome"]["title"] != english["outcome"]["title"]
    assert len(dutch["outcome"]["advice"]) == len(english["outcome"]["advice"])
    assert all(nl != en for nl, en in zip(dutch["outcome"]["advice"], english["outcome"]["advice"], strict=True))
    assert "strengste regel" in dutch["outcome"]["advice"][-1]
