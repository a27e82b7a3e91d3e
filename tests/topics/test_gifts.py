"""Gift rules (IC Relatiegeschenken, IC Omgang met cliënten, L 4.4), one test per rule.

The style for a topic test: `assert_next(topic, answers, asks=...)` for the question a walk
stops at, `assert_next(topic, answers, reaches=...)` for the outcome it ends in (the reply is
returned, to check the verdict, the contacts and the sources), and `assert_rejected` for an
answer that is refused. Wording is checked only where the wording is the rule (an amount, a
named rule), never where the outcome id, verdict and contacts already say it.

Where the two codes differ, each rule is tested three times: as an employee of InteraktContour
(`interaktcontour`, the Integriteitscode), of Lumens (`lumens`, the Gedragscode), and without an
organisation (both codes: the stricter rule, and the advice names the difference).
"""
import pytest

from tests.helpers import (
    GIFT_FROM_BUSINESS,
    IC_CLIENTS,
    IC_FINALLY,
    IC_GIFTS,
    L_GIFTS,
    L_INTERESTS,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    assert_rejected,
    choice_values,
    names_the_difference,
    source_codes,
    walk_under,
)

TOPIC = "gifts"
IC, LUMENS = "interaktcontour", "lumens"
CLIENT = {"giver": "client"}
CLIENT_NOT_YET = {**CLIENT, "client_already_accepted": "no"}
CAKE_UNDER_LUMENS = {**CLIENT, "obliged": "no", "rather_hidden": "no"}     # the 5 euro cake
BUSINESS = {"giver": "business", "negotiating": "no"}
SMALL_GOODS = {**GIFT_FROM_BUSINESS, "value": 15, "gift_kind": "goods"}


def test_the_questions_come_in_the_order_of_the_code():
    answers: dict = {}
    for question, answer in GIFT_FROM_BUSINESS.items():
        assert_next(TOPIC, answers, asks=question)
        answers[question] = answer
    assert_next(TOPIC, answers, asks="value")
    assert_next(TOPIC, {**answers, "value": 15}, asks="gift_kind")


# --- a gift from a client: IC none at all, L the proportion test (the 5 euro cake) ---------------

def test_a_5_euro_cake_from_a_client_is_allowed_under_lumens():
    data = assert_next_under(LUMENS, TOPIC, CAKE_UNDER_LUMENS, reaches="gift_proportionate_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert source_codes(data) == {L_GIFTS}
    assert_own_code(data, LUMENS)
    # no amount and no "already accepted?": the code sets no limit and leaves the judgement to you
    assert asked(data) == ["giver", "obliged", "rather_hidden"]


def test_a_5_euro_cake_from_a_client_is_not_allowed_under_interaktcontour():
    assert_next_under(IC, TOPIC, CLIENT, asks="client_already_accepted")
    data = assert_next_under(IC, TOPIC, CLIENT_NOT_YET, reaches="client_gift_declined")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert IC_CLIENTS in source_codes(data)
    assert_own_code(data, IC)
    assert not names_the_difference(outcome)                 # one code: no talk of "the stricter rule"


def test_a_5_euro_cake_from_a_client_is_not_allowed_without_an_organisation_and_the_difference_is_named():
    data = assert_next_under(None, TOPIC, CLIENT_NOT_YET, reaches="client_gift")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert {IC_CLIENTS, L_GIFTS} <= source_codes(data)
    assert names_the_difference(outcome)


def test_gift_rules_are_l_4_4_not_4_6():
    data = assert_next(TOPIC, CLIENT_NOT_YET, reaches="client_gift")
    assert L_GIFTS in source_codes(data)
    assert L_INTERESTS not in source_codes(data)


@pytest.mark.parametrize("answers", [
    {**CLIENT, "obliged": "yes", "already_accepted": "no"},
    {**CLIENT, "obliged": "no", "rather_hidden": "yes", "already_accepted": "no"},
], ids=["embarrasses_you", "you_would_rather_keep_it_quiet"])
def test_a_gift_from_a_client_under_lumens_that_embarrasses_you_or_you_would_keep_quiet_is_declined(answers):
    data = assert_next_under(LUMENS, TOPIC, answers, reaches="disproportionate_decline_lumens")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert data["outcome"]["contacts"] == ["manager"]
    assert source_codes(data) == {L_GIFTS}
    assert_own_code(data, LUMENS)


@pytest.mark.parametrize("question", ["obliged", "rather_hidden"])
def test_doubt_about_the_proportion_under_lumens_means_consult_the_manager(question):
    answers = {**CLIENT, "obliged": "no", question: "not_sure"}
    data = assert_next_under(LUMENS, TOPIC, answers, reaches="proportion_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"] == ["manager"]
    assert_own_code(data, LUMENS)


# --- a business gift: the 25 euro rule and reporting to the manager (IC only) -------------------

def test_a_small_gift_under_25_euro_is_accepted_and_reported_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {**BUSINESS, "value": 15, "gift_kind": "goods"},
                             reaches="small_gift_accept_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed_tell_manager"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_GIFTS}
    assert_own_code(data, IC)
    # the Integriteitscode has no proportion test: it asks the value straight after negotiation
    assert asked(data) == ["giver", "negotiating", "value", "gift_kind"]


def test_a_business_gift_under_lumens_has_no_25_euro_rule_and_no_duty_to_report():
    data = assert_next_under(LUMENS, TOPIC, {**BUSINESS, "obliged": "no", "rather_hidden": "no"},
                             reaches="gift_proportionate_lumens")
    assert data["outcome"]["verdict"] == "allowed"              # not allowed_tell_manager
    assert "value" not in asked(data)
    assert_own_code(data, LUMENS)


def test_a_small_gift_without_an_organisation_follows_the_25_euro_rule_and_names_the_difference():
    data = assert_next_under(None, TOPIC, SMALL_GOODS, reaches="small_gift_accept")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed_tell_manager"
    assert {IC_GIFTS, L_GIFTS} <= source_codes(data)
    assert names_the_difference(outcome)
    assert "25 euro" in outcome["advice"][0]                    # the limit is the rule


@pytest.mark.parametrize("value", [0, "24.99", "24,99", "€ 24,99"])
def test_anything_under_25_euro_may_be_accepted(value):
    assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": value, "gift_kind": "goods"}, reaches="small_gift_accept")


def test_25_euro_or_more_means_the_manager_decides_under_interaktcontour():
    for value in (25, "25,00", 80):
        data = assert_next_under(IC, TOPIC, {**BUSINESS, "value": value}, reaches="over_limit_ask_ic")
        assert data["outcome"]["verdict"] == "ask_first"
        assert data["outcome"]["contacts"] == ["manager"]
        assert_own_code(data, IC)


def test_25_euro_or_more_without_an_organisation_means_the_manager_decides_and_the_difference_is_named():
    data = assert_next_under(None, TOPIC, {**GIFT_FROM_BUSINESS, "value": 80}, reaches="over_limit_ask")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"
    assert names_the_difference(data["outcome"])


def test_a_value_in_doubt_means_the_manager_decides():
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": "not_sure"}, reaches="value_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    data = assert_next_under(IC, TOPIC, {**BUSINESS, "value": "not_sure"}, reaches="value_unsure")
    assert_own_code(data, IC)


# --- a gift in cash or a voucher from a business relation (not "flowers or wine") --------------

def test_cash_or_a_voucher_under_25_euro_is_not_the_small_gift_the_code_allows_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {**BUSINESS, "value": 20, "gift_kind": "money"},
                             reaches="money_gift_ask_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"                    # the manager decides
    assert outcome["contacts"] == ["manager"]
    assert_own_code(data, IC)


def test_cash_or_a_voucher_without_an_organisation_is_for_the_manager_to_decide_and_the_difference_named():
    data = assert_next_under(None, TOPIC, {**GIFT_FROM_BUSINESS, "value": 20, "gift_kind": "money"},
                             reaches="money_gift_ask")
    assert data["outcome"]["verdict"] == "ask_first"
    assert names_the_difference(data["outcome"])


def test_not_sure_what_kind_of_gift_means_ask_the_manager():
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": 20, "gift_kind": "not_sure"},
                       reaches="gift_kind_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"] == ["manager"]


def test_the_kind_of_gift_is_asked_with_a_choice_for_money_and_vouchers():
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": 20}, asks="gift_kind")
    assert choice_values(data["question"]) == ["goods", "money", "not_sure"]


# --- negotiation: IC Relatiegeschenken; the Lumens code has no explicit rule ----------------

def test_nothing_from_a_party_in_negotiation_whatever_the_value_under_interaktcontour():
    answers = {"giver": "business", "negotiating": "yes", "negotiating_already_accepted": "no", "value": 5}
    data = assert_next_under(IC, TOPIC, answers, reaches="negotiating_decline_ic")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert "value" not in asked(data)                           # negotiation alone decides
    assert source_codes(data) == {IC_GIFTS}
    assert_own_code(data, IC)


def test_a_gift_from_a_party_in_negotiation_under_lumens_is_discussed_with_the_manager_first():
    data = assert_next_under(LUMENS, TOPIC, {"giver": "business", "negotiating": "yes"},
                             reaches="negotiating_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"                    # no explicit rule: no invented ban
    assert outcome["contacts"] == ["manager"]
    assert L_GIFTS in source_codes(data)
    assert_own_code(data, LUMENS)


def test_a_gift_from_a_party_in_negotiation_without_an_organisation_is_declined_and_the_difference_named():
    answers = {"giver": "business", "negotiating": "yes", "negotiating_already_accepted": "no"}
    data = assert_next_under(None, TOPIC, answers, reaches="negotiating_decline")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert {IC_GIFTS, L_GIFTS} <= source_codes(data)
    assert names_the_difference(data["outcome"])


def test_doubt_about_negotiation_means_ask_the_manager():
    data = assert_next(TOPIC, {"giver": "business", "negotiating": "not_sure"}, reaches="negotiating_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"
    data = assert_next_under(LUMENS, TOPIC, {"giver": "business", "negotiating": "not_sure"},
                             reaches="negotiating_lumens")
    assert_own_code(data, LUMENS)


# --- the gift was already accepted: report it now, hand it back or hand it in -------------------

@pytest.mark.parametrize("answers", [
    {**CLIENT, "client_already_accepted": "yes"},
    {"giver": "business", "negotiating": "yes", "negotiating_already_accepted": "yes"},
], ids=["from_a_client", "during_negotiations"])
def test_a_gift_already_accepted_is_reported_now_and_given_back_or_handed_in(answers):
    data = assert_next_under(IC, TOPIC, answers, reaches="gift_hand_back")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"                  # you do not keep it
    assert outcome["contacts"] == ["manager"]
    assert {IC_GIFTS, IC_FINALLY} <= source_codes(data)
    assert_own_code(data, IC)


def test_a_disproportionate_gift_already_accepted_under_lumens_is_reported_and_given_back():
    answers = {**CLIENT, "obliged": "yes", "already_accepted": "yes"}
    data = assert_next_under(LUMENS, TOPIC, answers, reaches="gift_hand_back")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert_own_code(data, LUMENS)


def test_a_gift_already_accepted_without_an_organisation_is_handed_back_and_the_difference_named():
    data = assert_next_under(None, TOPIC, {**CLIENT, "client_already_accepted": "yes"},
                             reaches="gift_hand_back_stricter")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert names_the_difference(data["outcome"])


def test_already_accepted_is_asked_only_where_the_gift_may_not_be_kept():
    data = assert_next(TOPIC, SMALL_GOODS, reaches="small_gift_accept")
    assert not any("accepted" in question for question in asked(data))


# --- the proportion test without an organisation (L 4.4 added to IC's rules) --------------------

def test_feeling_obliged_or_embarrassed_means_do_not_accept():
    data = assert_next(TOPIC, {**BUSINESS, "obliged": "yes", "already_accepted": "no"},
                       reaches="disproportionate_decline")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert L_GIFTS in source_codes(data)
    assert names_the_difference(data["outcome"])                # the test is Lumens', not IC's


def test_rather_your_manager_did_not_know_means_do_not_accept():
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "rather_hidden": "yes", "already_accepted": "no"},
                       reaches="disproportionate_decline")
    assert data["outcome"]["verdict"] == "not_allowed"


@pytest.mark.parametrize("question", ["obliged", "rather_hidden"])
def test_doubt_whether_the_gift_is_proportionate_means_ask_the_manager(question):
    answers = {**GIFT_FROM_BUSINESS, question: "not_sure"}
    data = assert_next(TOPIC, answers, reaches="proportion_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"] == ["manager"]


# --- who gives, not sure -----------------------------------------------------------------------

@pytest.mark.parametrize("organisation", [None, IC, LUMENS])
def test_not_sure_who_gives_leads_to_the_manager(organisation):
    data = assert_next_under(organisation, TOPIC, {"giver": "not_sure"}, reaches="giver_unsure")
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"][0] == "manager"
    if organisation:
        assert_own_code(data, organisation)


# --- every path under every profile -----------------------------------------------------------


def test_every_not_sure_leads_to_advice_naming_whom_to_ask():
    for organisation in (None, IC, LUMENS):
        for data in walk_under(organisation, TOPIC, handovers=False):
            if data["path"][-1]["answer"] == "not_sure":
                assert data["outcome"]["verdict"] in ("ask_first", "seek_advice", "not_allowed"), data["outcome"]["id"]
                assert data["outcome"]["contacts"][0] == "manager"


# --- the questions themselves ------------------------------------------------------------------

def test_the_value_question_is_an_amount_in_euro_with_not_sure():
    data = assert_next(TOPIC, GIFT_FROM_BUSINESS, asks="value")
    question = data["question"]
    assert question["kind"] == "amount"
    assert question["unit"] == "EUR"
    assert choice_values(question) == ["not_sure"]


@pytest.mark.parametrize("answers, fragment", [
    ({"giver": "neighbour"}, "'neighbour' is not an answer to question 'giver'; allowed: client, business, not_sure"),
    ({**GIFT_FROM_BUSINESS, "value": "a lot"}, "'a lot' is not an amount for question 'value'"),
    ({**GIFT_FROM_BUSINESS, "value": "-5"}, "is not an amount for question 'value'"),
    ({"giver": "business", "negotiating": "maybe"}, "allowed: yes, no, not_sure"),
])
def test_an_answer_the_question_does_not_allow_is_refused(answers, fragment):
    assert_rejected(TOPIC, answers, fragment)


def test_advice_in_dutch_says_the_same():
    english = assert_next(TOPIC, SMALL_GOODS, reaches="small_gift_accept")
    data = assert_next(TOPIC, SMALL_GOODS, reaches="small_gift_accept", lang="nl")
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    assert data["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert data["outcome"]["title"] != english["outcome"]["title"]        # in Dutch, not English
    assert "25 euro" in data["outcome"]["advice"][0]                        # the limit is the rule
    assert "strengste regel" in data["outcome"]["advice"][-1]               # the difference, in Dutch too
