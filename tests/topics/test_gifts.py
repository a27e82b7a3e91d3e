"""Gift rules (IC Relatiegeschenken, IC Omgang met cliënten, L 4.4), one test per rule.

The style for a topic test: `assert_next(topic, answers, asks=...)` for the question a walk
stops at, `assert_next(topic, answers, reaches=...)` for the outcome it ends in (the reply is
returned, to check the verdict, the contacts and the sources), and `assert_rejected` for an
answer that is refused. Wording is checked only where the wording is the rule (an amount, a
named rule), never where the outcome id, verdict and contacts already say it."""
import pytest

from tests.helpers import (
    GIFT_FROM_BUSINESS,
    IC_CLIENTS,
    IC_GIFTS,
    L_GIFTS,
    asked,
    assert_next,
    assert_rejected,
    choice_values,
    source_codes,
)

TOPIC = "gifts"


def test_the_questions_come_in_the_order_of_the_code():
    answers: dict = {}
    for question, answer in GIFT_FROM_BUSINESS.items():
        assert_next(TOPIC, answers, asks=question)
        answers[question] = answer
    assert_next(TOPIC, answers, asks="value")


def test_nothing_from_a_client_and_the_advice_names_the_stricter_rule():
    data = assert_next(TOPIC, {"giver": "client"}, reaches="client_gift")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert IC_CLIENTS in source_codes(data)
    assert L_GIFTS in source_codes(data)
    assert any("stricter rule" in step for step in outcome["advice"])


def test_nothing_from_a_party_in_negotiation_whatever_the_value():
    data = assert_next(TOPIC, {"giver": "business", "negotiating": "yes", "value": 5},
                       reaches="negotiating_decline")
    assert data["outcome"]["verdict"] == "not_allowed"
    # the value is never asked: negotiation alone decides
    assert "value" not in asked(data)
    assert IC_GIFTS in source_codes(data)


def test_doubt_about_negotiation_means_ask_the_manager():
    data = assert_next(TOPIC, {"giver": "business", "negotiating": "not_sure"}, reaches="negotiating_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_a_15_euro_gift_may_be_accepted_and_is_reported_to_the_manager():
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": 15}, reaches="small_gift_accept")
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    assert data["outcome"]["contacts"] == ["manager"]
    assert IC_GIFTS in source_codes(data)
    assert data["path"][-1] == {"topic": "gifts", "question": "value", "answer": 15}


@pytest.mark.parametrize("value", [0, "24.99", "24,99", "€ 24,99"])
def test_anything_under_25_euro_may_be_accepted(value):
    assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": value}, reaches="small_gift_accept")


def test_25_euro_or_more_means_the_manager_decides():
    for value in (25, "25,00", 80):
        data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": value}, reaches="over_limit_ask")
        assert data["outcome"]["verdict"] == "ask_first"
        assert data["outcome"]["contacts"][0] == "manager"


def test_a_value_in_doubt_means_the_manager_decides():
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": "not_sure"}, reaches="value_unsure")
    assert data["outcome"]["verdict"] == "ask_first"


def test_feeling_obliged_or_embarrassed_means_do_not_accept():
    data = assert_next(TOPIC, {"giver": "business", "negotiating": "no", "obliged": "yes"},
                       reaches="disproportionate_decline")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert L_GIFTS in source_codes(data)


def test_rather_your_manager_did_not_know_means_do_not_accept():
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "rather_hidden": "yes"},
                       reaches="disproportionate_decline")
    assert data["outcome"]["verdict"] == "not_allowed"


@pytest.mark.parametrize("question", ["obliged", "rather_hidden"])
def test_doubt_whether_the_gift_is_proportionate_means_ask_the_manager(question):
    answers = {**GIFT_FROM_BUSINESS, question: "not_sure"}
    data = assert_next(TOPIC, answers, reaches="proportion_unsure")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"] == ["manager"]


def test_not_sure_who_gives_leads_to_the_manager():
    data = assert_next(TOPIC, {"giver": "not_sure"}, reaches="giver_unsure")
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"][0] == "manager"


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
    english = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": 15}, reaches="small_gift_accept")
    data = assert_next(TOPIC, {**GIFT_FROM_BUSINESS, "value": 15}, reaches="small_gift_accept", lang="nl")
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    assert data["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert data["outcome"]["title"] != english["outcome"]["title"]        # in Dutch, not English
    assert "25 euro" in data["outcome"]["advice"][0]                        # the limit is the rule
