"""Gift rules (IC Relatiegeschenken, IC Omgang met cliënten, L 4.4), one test per rule."""
from tests.protocol import advice, check, source_codes

BUSINESS_OK = {"giver": "business", "negotiating": "no", "obliged": "no", "rather_hidden": "no"}


def test_nothing_from_a_client_and_the_advice_names_the_stricter_rule():
    data = advice("gifts", {"giver": "client"})
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert "IC, Omgang van medewerkers met cliënten" in source_codes(data)
    assert "L, 4.4 Relatiegeschenken" in source_codes(data)
    assert any("stricter rule" in step for step in outcome["advice"])


def test_nothing_from_a_party_in_negotiation_whatever_the_value():
    data = advice("gifts", {"giver": "business", "negotiating": "yes", "value": 5})
    assert data["outcome"]["verdict"] == "not_allowed"
    assert data["outcome"]["id"] == "negotiating_decline"
    # the value is never asked: negotiation alone decides
    assert "value" not in [step["question"] for step in data["path"]]
    assert "IC, Relatiegeschenken" in source_codes(data)


def test_doubt_about_negotiation_means_ask_the_manager():
    data = advice("gifts", {"giver": "business", "negotiating": "not_sure"})
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"][0] == "manager"


def test_a_15_euro_gift_may_be_accepted_and_is_reported_to_the_manager():
    data = advice("gifts", {**BUSINESS_OK, "value": 15})
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    assert data["outcome"]["contacts"] == ["manager"]
    assert "IC, Relatiegeschenken" in source_codes(data)
    assert data["path"][-1] == {"topic": "gifts", "question": "value", "answer": 15}


def test_25_euro_or_more_means_the_manager_decides():
    for value in (25, "25,00", 80):
        data = advice("gifts", {**BUSINESS_OK, "value": value})
        assert data["outcome"]["id"] == "over_limit_ask", value
        assert data["outcome"]["verdict"] == "ask_first"
        assert data["outcome"]["contacts"][0] == "manager"


def test_a_value_in_doubt_means_the_manager_decides():
    data = advice("gifts", {**BUSINESS_OK, "value": "not_sure"})
    assert data["outcome"]["id"] == "value_unsure"
    assert data["outcome"]["verdict"] == "ask_first"


def test_feeling_obliged_or_embarrassed_means_do_not_accept():
    data = advice("gifts", {"giver": "business", "negotiating": "no", "obliged": "yes"})
    assert data["outcome"]["verdict"] == "not_allowed"
    assert "L, 4.4 Relatiegeschenken" in source_codes(data)


def test_rather_your_manager_did_not_know_means_do_not_accept():
    data = advice("gifts", {"giver": "business", "negotiating": "no", "obliged": "no",
                            "rather_hidden": "yes"})
    assert data["outcome"]["id"] == "disproportionate_decline"
    assert data["outcome"]["verdict"] == "not_allowed"


def test_not_sure_who_gives_leads_to_the_manager():
    data = advice("gifts", {"giver": "not_sure"})
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"][0] == "manager"


def test_the_value_question_is_an_amount_in_euro_with_not_sure():
    reply = check("gifts", BUSINESS_OK)
    assert reply.exit_code == 3
    question = reply.data["question"]
    assert question["id"] == "value"
    assert question["kind"] == "amount"
    assert question["unit"] == "EUR"
    assert [c["value"] for c in question["choices"]] == ["not_sure"]


def test_advice_in_dutch_says_the_same():
    data = advice("gifts", {**BUSINESS_OK, "value": 15}, lang="nl")
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    assert "25 euro" in data["outcome"]["advice"][0]
    assert "leidinggevende" in data["outcome"]["title"]
