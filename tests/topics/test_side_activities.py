"""Side activity rules (IC Scheiding werk/privé, L 4.3), one test per rule."""
import pytest

from tests.protocol import advice, check, source_codes

TOPIC = "side_activities"
IC_SPLIT = "IC, Scheiding werk/privé"
L_43 = "L, 4.3 Nevenactiviteiten, conflicterende belangen en intellectueel eigendom"


def outcome_of(answers: dict, lang: str = "en") -> tuple[dict, dict]:
    data = advice(TOPIC, answers, lang=lang)
    return data, data["outcome"]


def test_a_side_job_that_could_conflict_with_the_organisation_is_not_allowed():
    data, outcome = outcome_of({"activity": "side_job", "side_job_conflict": "yes"})
    assert outcome["id"] == "side_job_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert {IC_SPLIT, L_43} <= source_codes(data)
    assert any("cao" in step for step in outcome["advice"])


def test_a_side_job_involving_clients_suppliers_colleagues_or_company_data_needs_permission():
    data, outcome = outcome_of({"activity": "side_job", "side_job_conflict": "no",
                                "side_job_links": "yes"})
    assert outcome["id"] == "side_job_ask_permission"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert L_43 in source_codes(data)
    assert any("personnel file" in step for step in outcome["advice"])


def test_a_side_job_without_conflict_or_links_is_allowed():
    data, outcome = outcome_of({"activity": "side_job", "side_job_conflict": "no",
                                "side_job_links": "no"})
    assert outcome["id"] == "side_job_allowed"
    assert outcome["verdict"] == "allowed"
    assert L_43 in source_codes(data)


@pytest.mark.parametrize("answers", [
    {"side_job_conflict": "not_sure"},
    {"side_job_conflict": "no", "side_job_links": "not_sure"},
])
def test_doubt_about_a_side_job_means_tell_the_manager_and_ask_permission(answers):
    _, outcome = outcome_of({"activity": "side_job", **answers})
    assert outcome["id"] == "side_job_doubt"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    text = " ".join(outcome["advice"])
    assert "ask permission" in text
    assert "personnel file" in text


@pytest.mark.parametrize("terms", ["market", "collective"])
def test_private_purchase_from_a_supplier_at_market_terms_or_collective_scheme_is_told_to_the_manager(terms):
    data, outcome = outcome_of({"activity": "supplier_purchase", "purchase_terms": terms})
    assert outcome["id"] == "purchase_tell_manager"
    assert outcome["verdict"] == "allowed_tell_manager"
    assert outcome["contacts"][0] == "manager"
    assert IC_SPLIT in source_codes(data)


def test_executive_board_members_report_supplier_purchases_to_the_supervisory_board():
    _, outcome = outcome_of({"activity": "supplier_purchase", "purchase_terms": "market"})
    assert "supervisory_board" in outcome["contacts"]
    assert any("executive board" in step and "supervisory board" in step
               for step in outcome["advice"])


def test_a_supplier_discount_for_private_purchases_is_not_allowed():
    data, outcome = outcome_of({"activity": "supplier_purchase", "purchase_terms": "better_deal"})
    assert outcome["id"] == "purchase_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert IC_SPLIT in source_codes(data)


def test_not_sure_about_purchase_terms_means_check_with_the_manager_first():
    _, outcome = outcome_of({"activity": "supplier_purchase", "purchase_terms": "not_sure"})
    assert outcome["id"] == "purchase_unsure"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"


def test_business_use_of_company_property_is_not_allowed_and_the_stricter_rule_is_named():
    data, outcome = outcome_of({"activity": "company_property", "property_use": "business"})
    assert outcome["id"] == "property_business_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert {IC_SPLIT, L_43} <= source_codes(data)
    assert any("stricter rule" in step for step in outcome["advice"])


def test_the_organisation_owns_the_results_made_in_its_service():
    _, outcome = outcome_of({"activity": "company_property", "property_use": "business"})
    text = " ".join(outcome["advice"])
    assert "owns" in text
    for result in ("reports", "methods", "models", "software"):
        assert result in text


def test_private_use_of_company_property_without_permission_is_not_allowed():
    data, outcome = outcome_of({"activity": "company_property", "property_use": "private",
                                "property_permission": "no"})
    assert outcome["id"] == "property_private_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert L_43 in source_codes(data)
    assert any("explicit permission" in step for step in outcome["advice"])


def test_private_use_of_company_property_with_explicit_manager_permission_is_allowed():
    _, outcome = outcome_of({"activity": "company_property", "property_use": "private",
                             "property_permission": "yes"})
    assert outcome["id"] == "property_private_allowed"
    assert outcome["verdict"] == "allowed"


@pytest.mark.parametrize("answers", [
    {"property_use": "not_sure"},
    {"property_use": "private", "property_permission": "not_sure"},
])
def test_doubt_about_using_company_property_means_ask_the_manager_first(answers):
    _, outcome = outcome_of({"activity": "company_property", **answers})
    assert outcome["id"] == "property_unsure"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"


@pytest.mark.parametrize("permission", ["no", "not_sure"])
def test_publishing_work_made_for_the_organisation_needs_permission_first(permission):
    data, outcome = outcome_of({"activity": "publish", "publish_permission": permission})
    assert outcome["id"] == "publish_ask"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert L_43 in source_codes(data)


def test_publishing_with_permission_needs_full_attribution():
    _, outcome = outcome_of({"activity": "publish", "publish_permission": "yes"})
    assert outcome["id"] == "publish_allowed"
    assert outcome["verdict"] == "allowed"
    assert "attribution" in outcome["title"]


def test_no_advantage_or_priority_for_yourself_or_relatives():
    data, outcome = outcome_of({"activity": "favour"})
    assert outcome["id"] == "favour_not_allowed"
    assert outcome["verdict"] == "not_allowed"
    assert IC_SPLIT in source_codes(data)


def test_assignment_to_a_firm_of_relatives_or_acquaintances_is_transparent_and_told_beforehand():
    data, outcome = outcome_of({"activity": "assignment"})
    assert outcome["id"] == "assignment_transparent"
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert IC_SPLIT in source_codes(data)
    text = " ".join(outcome["advice"])
    assert "without bias" in text
    assert "before the choice" in text


def test_not_sure_what_it_is_about_means_talk_to_the_manager():
    data, outcome = outcome_of({"activity": "not_sure"})
    assert outcome["id"] == "activity_unsure"
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][0] == "manager"
    assert "counsellor" in outcome["contacts"]   # when the manager is involved


def test_every_question_offers_not_sure():
    reply = check(TOPIC, {"activity": "side_job"})
    assert reply.exit_code == 3
    assert reply.data["question"]["id"] == "side_job_conflict"
    assert "not_sure" in [c["value"] for c in reply.data["question"]["choices"]]


def test_advice_in_dutch_says_the_same():
    answers = {"activity": "side_job", "side_job_conflict": "no", "side_job_links": "yes"}
    _, english = outcome_of(answers)
    _, dutch = outcome_of(answers, lang="nl")
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert "toestemming" in dutch["title"]
    assert any("personeelsdossier" in step for step in dutch["advice"])
