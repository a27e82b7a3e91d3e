"""Side activity rules (IC Scheiding werk/privé, L 4.3), one test per rule."""
import pytest

from tests import helpers
from tests.helpers import IC_SPLIT, L_SIDE_ACTIVITIES, advice_text, assert_next, choice_values, source_codes

TOPIC = "side_activities"


def test_a_side_job_that_could_conflict_with_the_organisation_is_not_allowed():
    data = assert_next(TOPIC, {"activity": "side_job", "side_job_conflict": "yes"},
                       reaches="side_job_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert {IC_SPLIT, L_SIDE_ACTIVITIES} <= source_codes(data)
    assert any("cao" in step for step in outcome["advice"])          # the collective agreement


def test_a_side_job_involving_clients_suppliers_colleagues_or_company_data_needs_permission():
    data = assert_next(TOPIC, {"activity": "side_job", "side_job_conflict": "no", "side_job_links": "yes"},
                       reaches="side_job_ask_permission")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert L_SIDE_ACTIVITIES in source_codes(data)
    assert any("personnel file" in step for step in outcome["advice"])   # where permission is kept


def test_a_side_job_without_conflict_or_links_is_allowed():
    data = assert_next(TOPIC, {"activity": "side_job", "side_job_conflict": "no", "side_job_links": "no"},
                       reaches="side_job_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert L_SIDE_ACTIVITIES in source_codes(data)


@pytest.mark.parametrize("answers", [
    {"side_job_conflict": "not_sure"},
    {"side_job_conflict": "no", "side_job_links": "not_sure"},
])
def test_doubt_about_a_side_job_means_tell_the_manager_and_ask_permission(answers):
    outcome = assert_next(TOPIC, {"activity": "side_job", **answers}, reaches="side_job_doubt")["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager"]
    assert "personnel file" in advice_text(outcome)


@pytest.mark.parametrize("terms", ["market", "collective"])
def test_private_purchase_from_a_supplier_at_market_terms_or_collective_scheme_is_told_to_the_manager(terms):
    data = assert_next(TOPIC, {"activity": "supplier_purchase", "purchase_terms": terms},
                       reaches="purchase_tell_manager")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed_tell_manager"
    assert outcome["contacts"][0] == "manager"
    assert IC_SPLIT in source_codes(data)


def test_executive_board_members_report_supplier_purchases_to_the_supervisory_board():
    outcome = helpers.outcome(TOPIC, {"activity": "supplier_purchase", "purchase_terms": "market"})
    assert outcome["contacts"] == ["manager", "supervisory_board"]
    assert any("executive board" in step and "supervisory board" in step
               for step in outcome["advice"])


def test_a_supplier_discount_for_private_purchases_is_not_allowed():
    data = assert_next(TOPIC, {"activity": "supplier_purchase", "purchase_terms": "better_deal"},
                       reaches="purchase_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert IC_SPLIT in source_codes(data)


def test_not_sure_about_purchase_terms_means_check_with_the_manager_first():
    outcome = assert_next(TOPIC, {"activity": "supplier_purchase", "purchase_terms": "not_sure"},
                          reaches="purchase_unsure")["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"


def test_business_use_of_company_property_is_not_allowed_and_the_stricter_rule_is_named():
    data = assert_next(TOPIC, {"activity": "company_property", "property_use": "business"},
                       reaches="property_business_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert {IC_SPLIT, L_SIDE_ACTIVITIES} <= source_codes(data)
    assert any("stricter rule" in step for step in outcome["advice"])


def test_the_organisation_owns_the_results_made_in_its_service():
    text = advice_text(helpers.outcome(TOPIC, {"activity": "company_property", "property_use": "business"}))
    assert "owns" in text
    for result in ("reports", "methods", "models", "software"):
        assert result in text


def test_private_use_of_company_property_without_permission_is_not_allowed():
    data = assert_next(TOPIC, {"activity": "company_property", "property_use": "private",
                               "property_permission": "no"},
                       reaches="property_private_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {L_SIDE_ACTIVITIES}


def test_private_use_of_company_property_with_explicit_manager_permission_is_allowed():
    outcome = assert_next(TOPIC, {"activity": "company_property", "property_use": "private",
                                  "property_permission": "yes"},
                          reaches="property_private_allowed")["outcome"]
    assert outcome["verdict"] == "allowed"


@pytest.mark.parametrize("answers", [
    {"property_use": "not_sure"},
    {"property_use": "private", "property_permission": "not_sure"},
])
def test_doubt_about_using_company_property_means_ask_the_manager_first(answers):
    outcome = assert_next(TOPIC, {"activity": "company_property", **answers},
                          reaches="property_unsure")["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"


@pytest.mark.parametrize("permission", ["no", "not_sure"])
def test_publishing_work_made_for_the_organisation_needs_permission_first(permission):
    data = assert_next(TOPIC, {"activity": "publish", "publish_permission": permission},
                       reaches="publish_ask")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert L_SIDE_ACTIVITIES in source_codes(data)


def test_publishing_with_permission_needs_full_attribution():
    outcome = assert_next(TOPIC, {"activity": "publish", "publish_permission": "yes"},
                          reaches="publish_allowed")["outcome"]
    assert outcome["verdict"] == "allowed"
    assert "attribution" in outcome["title"]                      # the condition is the rule


def test_no_advantage_or_priority_for_yourself_or_relatives():
    data = assert_next(TOPIC, {"activity": "favour"}, reaches="favour_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert IC_SPLIT in source_codes(data)


def test_assignment_to_a_firm_of_relatives_or_acquaintances_is_transparent_and_told_beforehand():
    data = assert_next(TOPIC, {"activity": "assignment"}, reaches="assignment_transparent")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"                     # told before the choice is made
    assert outcome["contacts"] == ["manager"]
    assert IC_SPLIT in source_codes(data)
    assert "without bias" in advice_text(outcome)


def test_not_sure_what_it_is_about_means_talk_to_the_manager():
    outcome = assert_next(TOPIC, {"activity": "not_sure"}, reaches="activity_unsure")["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "counsellor" in outcome["contacts"]   # when the manager is involved


@pytest.mark.parametrize("answers, question", [
    ({}, "activity"),
    ({"activity": "side_job"}, "side_job_conflict"),
    ({"activity": "side_job", "side_job_conflict": "no"}, "side_job_links"),
    ({"activity": "supplier_purchase"}, "purchase_terms"),
    ({"activity": "company_property"}, "property_use"),
    ({"activity": "company_property", "property_use": "private"}, "property_permission"),
    ({"activity": "publish"}, "publish_permission"),
])
def test_every_question_offers_not_sure(answers, question):
    data = assert_next(TOPIC, answers, asks=question)
    assert "not_sure" in choice_values(data["question"])


def test_advice_in_dutch_says_the_same():
    answers = {"activity": "side_job", "side_job_conflict": "no", "side_job_links": "yes"}
    english = assert_next(TOPIC, answers, reaches="side_job_ask_permission")["outcome"]
    dutch = assert_next(TOPIC, answers, reaches="side_job_ask_permission", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
    assert any("personeelsdossier" in step for step in dutch["advice"])
