"""Side activity rules (IC Scheiding werk/privé, L 4.3, L 4.6 for business with clients), one test
per rule.

Where the codes differ, a rule is tested as an employee of InteraktContour (`interaktcontour`),
of Lumens (`lumens`), and without an organisation (the stricter rule, the difference named)."""
import pytest

from tests import helpers
from tests.helpers import (
    IC_CLIENTS,
    IC_SPLIT,
    L_INTERESTS,
    L_SIDE_ACTIVITIES,
    advice_text,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    choice_values,
    names_the_difference,
    source_codes,
)

TOPIC = "side_activities"
IC, LUMENS = "interaktcontour", "lumens"
SIDE_JOB = {"activity": "side_job"}
CONFLICT = {**SIDE_JOB, "side_job_conflict": "yes"}
NO_CONFLICT = {**SIDE_JOB, "side_job_conflict": "no"}


# --- side jobs: IC cao 3.13; L 4.3 cao 1.7 lid 3, permission recorded in the personnel file --------

def test_a_side_job_that_could_conflict_is_not_allowed_under_interaktcontour_cao_3_13():
    data = assert_next_under(IC, TOPIC, CONFLICT, reaches="side_job_not_allowed_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {IC_SPLIT}
    assert "3.13" in advice_text(outcome)                  # the cao article is the rule's source
    assert_own_code(data, IC)


def test_a_side_job_that_could_conflict_is_not_allowed_under_lumens_cao_1_7_with_the_personnel_file():
    data = assert_next_under(LUMENS, TOPIC, CONFLICT, reaches="side_job_not_allowed_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert source_codes(data) == {L_SIDE_ACTIVITIES}
    assert "1.7(3)" in advice_text(outcome)
    assert "personnel file" in advice_text(outcome)
    assert_own_code(data, LUMENS)


def test_a_side_job_that_could_conflict_is_not_allowed_without_an_organisation_citing_both_cao_articles():
    data = assert_next_under(None, TOPIC, CONFLICT, reaches="side_job_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    assert {IC_SPLIT, L_SIDE_ACTIVITIES} <= source_codes(data)
    assert "3.13" in advice_text(outcome) and "1.7(3)" in advice_text(outcome)


def test_a_side_job_without_conflict_is_allowed_under_interaktcontour_without_asking_permission():
    data = assert_next_under(IC, TOPIC, NO_CONFLICT, reaches="side_job_allowed_ic")
    assert data["outcome"]["verdict"] == "allowed"
    assert "side_job_links" not in asked(data)             # the Integriteitscode asks no more
    assert_own_code(data, IC)


def test_a_side_job_involving_clients_suppliers_colleagues_or_company_data_needs_permission_under_lumens():
    data = assert_next_under(LUMENS, TOPIC, {**NO_CONFLICT, "side_job_links": "yes"},
                             reaches="side_job_ask_permission_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager"]
    assert source_codes(data) == {L_SIDE_ACTIVITIES}
    assert "personnel file" in advice_text(outcome)        # where permission is kept
    assert_own_code(data, LUMENS)


def test_a_side_job_linked_to_clients_or_company_data_needs_permission_without_an_organisation_named_difference():
    data = assert_next_under(None, TOPIC, {**NO_CONFLICT, "side_job_links": "yes"},
                             reaches="side_job_ask_permission")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert L_SIDE_ACTIVITIES in source_codes(data)
    assert names_the_difference(outcome)


@pytest.mark.parametrize("organisation", [LUMENS, None])
def test_a_side_job_without_conflict_or_links_is_allowed(organisation):
    data = assert_next_under(organisation, TOPIC, {**NO_CONFLICT, "side_job_links": "no"}, reaches="side_job_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    assert L_SIDE_ACTIVITIES in source_codes(data)
    if organisation:
        assert_own_code(data, organisation)


@pytest.mark.parametrize("answers", [
    {"side_job_conflict": "not_sure"},
    {"side_job_conflict": "no", "side_job_links": "not_sure"},
])
def test_doubt_about_a_side_job_means_tell_the_manager_and_ask_permission(answers):
    outcome = assert_next(TOPIC, {**SIDE_JOB, **answers}, reaches="side_job_doubt")["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"] == ["manager"]
    assert "personnel file" in advice_text(outcome)


def test_doubt_about_a_side_job_under_interaktcontour_is_discussed_with_the_manager():
    data = assert_next_under(IC, TOPIC, {**SIDE_JOB, "side_job_conflict": "not_sure"}, reaches="side_job_doubt_ic")
    assert data["outcome"]["verdict"] == "ask_first"
    assert "personnel file" not in advice_text(data["outcome"])   # a Lumens rule, not IC's
    assert_own_code(data, IC)


# --- private purchases from suppliers: IC only ----------------------------------------------------

@pytest.mark.parametrize("terms", ["market", "collective"])
def test_a_private_purchase_at_market_terms_or_a_collective_scheme_is_reported_under_interaktcontour(terms):
    data = assert_next_under(IC, TOPIC, {"activity": "supplier_purchase", "purchase_terms": terms},
                             reaches="purchase_tell_manager_ic")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed_tell_manager"
    assert outcome["contacts"] == ["manager", "supervisory_board"]
    assert source_codes(data) == {IC_SPLIT}
    assert_own_code(data, IC)


def test_executive_board_members_report_supplier_purchases_to_the_supervisory_board():
    outcome = helpers.outcome(TOPIC, {"activity": "supplier_purchase", "purchase_terms": "market"})
    assert outcome["contacts"] == ["manager", "supervisory_board"]
    assert any("executive board" in step and "supervisory board" in step
               for step in outcome["advice"])


def test_a_private_purchase_at_market_terms_under_lumens_needs_no_report():
    data = assert_next_under(LUMENS, TOPIC, {"activity": "supplier_purchase", "purchase_terms": "market"},
                             reaches="purchase_allowed_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "allowed"
    assert "supervisory_board" not in outcome["contacts"]  # a body Lumens' code does not have
    assert_own_code(data, LUMENS)


def test_a_private_purchase_without_an_organisation_follows_the_integrity_code_and_names_the_difference():
    data = assert_next_under(None, TOPIC, {"activity": "supplier_purchase", "purchase_terms": "market"},
                             reaches="purchase_tell_manager")
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    assert IC_SPLIT in source_codes(data)
    assert names_the_difference(data["outcome"])


def test_a_supplier_discount_for_private_purchases_is_not_allowed_under_interaktcontour():
    data = assert_next_under(IC, TOPIC, {"activity": "supplier_purchase", "purchase_terms": "better_deal"},
                             reaches="purchase_not_allowed_ic")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert source_codes(data) == {IC_SPLIT}
    assert_own_code(data, IC)


def test_a_supplier_discount_under_lumens_is_discussed_with_the_manager_first():
    data = assert_next_under(LUMENS, TOPIC, {"activity": "supplier_purchase", "purchase_terms": "better_deal"},
                             reaches="purchase_ask_lumens")
    assert data["outcome"]["verdict"] == "ask_first"        # no explicit rule: no invented ban
    assert data["outcome"]["contacts"] == ["manager"]
    assert_own_code(data, LUMENS)


def test_a_supplier_discount_without_an_organisation_is_not_allowed_and_the_difference_named():
    data = assert_next_under(None, TOPIC, {"activity": "supplier_purchase", "purchase_terms": "better_deal"},
                             reaches="purchase_not_allowed")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert names_the_difference(data["outcome"])


def test_not_sure_about_purchase_terms_means_check_with_the_manager_first():
    for organisation, expected in ((None, "purchase_unsure"), (IC, "purchase_unsure"), (LUMENS, "purchase_ask_lumens")):
        data = assert_next_under(organisation, TOPIC, {"activity": "supplier_purchase", "purchase_terms": "not_sure"},
                                 reaches=expected)
        assert data["outcome"]["verdict"] == "ask_first"
        assert data["outcome"]["contacts"][0] == "manager"
        if organisation:
            assert_own_code(data, organisation)


# --- buying from or selling to a client: L 4.6 only -------------------------------------------------

def test_buying_from_or_selling_to_a_client_is_not_allowed_under_lumens_l_4_6():
    data = assert_next_under(LUMENS, TOPIC, {"activity": "client_trade"}, reaches="client_trade_not_allowed_lumens")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert source_codes(data) == {L_INTERESTS}             # the buy/sell rule is L 4.6 only
    assert_own_code(data, LUMENS)


def test_buying_from_or_selling_to_a_client_under_interaktcontour_is_discussed_with_the_manager_first():
    data = assert_next_under(IC, TOPIC, {"activity": "client_trade"}, reaches="client_trade_ic")
    assert data["outcome"]["verdict"] == "ask_first"
    assert IC_CLIENTS in source_codes(data)
    assert_own_code(data, IC)


def test_buying_from_or_selling_to_a_client_without_an_organisation_is_not_allowed_and_the_difference_named():
    data = assert_next_under(None, TOPIC, {"activity": "client_trade"}, reaches="client_trade_not_allowed")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert L_INTERESTS in source_codes(data)
    assert names_the_difference(data["outcome"])


# --- the organisation's property: IC no business use at all; L 4.3 exceptions with permission ------

def test_business_use_of_company_property_is_not_allowed_under_interaktcontour_without_exception():
    data = assert_next_under(IC, TOPIC, {"activity": "company_property", "property_use": "business"},
                             reaches="property_business_not_allowed_ic")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert source_codes(data) == {IC_SPLIT}
    assert "property_business_permission" not in asked(data)     # no exception to ask about
    assert_own_code(data, IC)


@pytest.mark.parametrize("permission, expected, verdict", [
    ("yes", "property_business_allowed_lumens", "allowed"),
    ("no", "property_business_not_allowed_lumens", "not_allowed"),
    ("not_sure", "property_unsure_lumens", "ask_first"),
])
def test_business_use_of_company_property_under_lumens_needs_the_managers_explicit_permission(
        permission, expected, verdict):
    data = assert_next_under(LUMENS, TOPIC, {"activity": "company_property", "property_use": "business",
                                             "property_business_permission": permission}, reaches=expected)
    assert data["outcome"]["verdict"] == verdict
    assert data["outcome"]["contacts"] == ["manager"]
    assert source_codes(data) == {L_SIDE_ACTIVITIES}
    assert_own_code(data, LUMENS)


def test_business_use_of_company_property_without_an_organisation_is_not_allowed_and_the_stricter_rule_is_named():
    data = assert_next_under(None, TOPIC, {"activity": "company_property", "property_use": "business"},
                             reaches="property_business_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert {IC_SPLIT, L_SIDE_ACTIVITIES} <= source_codes(data)
    assert names_the_difference(outcome)


def test_the_organisation_owns_the_results_made_in_its_service():
    text = advice_text(helpers.outcome(TOPIC, {"activity": "company_property", "property_use": "business"}))
    assert "owns" in text
    for result in ("reports", "methods", "models", "software"):
        assert result in text


def test_private_use_of_company_property_under_interaktcontour_is_asked_first_as_the_code_sets_no_rule():
    data = assert_next_under(IC, TOPIC, {"activity": "company_property", "property_use": "private"},
                             reaches="property_private_ic")
    assert data["outcome"]["verdict"] == "ask_first"
    assert data["outcome"]["contacts"] == ["manager"]
    assert_own_code(data, IC)


def test_private_use_of_company_property_without_permission_is_not_allowed_under_lumens():
    data = assert_next_under(LUMENS, TOPIC, {"activity": "company_property", "property_use": "private",
                                             "property_permission": "no"},
                             reaches="property_private_not_allowed_lumens")
    assert data["outcome"]["verdict"] == "not_allowed"
    assert source_codes(data) == {L_SIDE_ACTIVITIES}
    assert_own_code(data, LUMENS)


def test_private_use_of_company_property_without_permission_is_not_allowed_without_an_organisation():
    data = assert_next(TOPIC, {"activity": "company_property", "property_use": "private",
                               "property_permission": "no"},
                       reaches="property_private_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"] == ["manager"]
    assert L_SIDE_ACTIVITIES in source_codes(data)
    assert names_the_difference(outcome)


@pytest.mark.parametrize("organisation", [LUMENS, None])
def test_private_use_of_company_property_with_explicit_manager_permission_is_allowed(organisation):
    data = assert_next_under(organisation, TOPIC, {"activity": "company_property", "property_use": "private",
                                                   "property_permission": "yes"},
                             reaches="property_private_allowed")
    assert data["outcome"]["verdict"] == "allowed"
    if organisation:
        assert_own_code(data, organisation)


@pytest.mark.parametrize("answers", [
    {"property_use": "not_sure"},
    {"property_use": "private", "property_permission": "not_sure"},
])
def test_doubt_about_using_company_property_means_ask_the_manager_first(answers):
    outcome = assert_next(TOPIC, {"activity": "company_property", **answers},
                          reaches="property_unsure")["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"


# --- publication and intellectual property: L 4.3 only ---------------------------------------------

@pytest.mark.parametrize("permission", ["no", "not_sure"])
def test_publishing_work_made_for_the_organisation_needs_permission_first_under_lumens(permission):
    data = assert_next_under(LUMENS, TOPIC, {"activity": "publish", "publish_permission": permission},
                             reaches="publish_ask_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"
    assert outcome["contacts"][0] == "manager"
    assert source_codes(data) == {L_SIDE_ACTIVITIES}
    assert_own_code(data, LUMENS)


def test_publishing_under_interaktcontour_is_agreed_with_the_manager_as_the_code_has_no_rule():
    data = assert_next_under(IC, TOPIC, {"activity": "publish"}, reaches="publish_ic")
    assert data["outcome"]["verdict"] == "ask_first"
    assert "publish_permission" not in asked(data)
    assert_own_code(data, IC)


def test_publishing_without_an_organisation_needs_permission_and_names_the_difference():
    data = assert_next_under(None, TOPIC, {"activity": "publish", "publish_permission": "no"}, reaches="publish_ask")
    assert data["outcome"]["verdict"] == "ask_first"
    assert L_SIDE_ACTIVITIES in source_codes(data)
    assert names_the_difference(data["outcome"])


def test_publishing_with_permission_needs_full_attribution():
    for organisation in (LUMENS, None):
        outcome = assert_next_under(organisation, TOPIC, {"activity": "publish", "publish_permission": "yes"},
                                    reaches="publish_allowed")["outcome"]
        assert outcome["verdict"] == "allowed"
        assert "attribution" in outcome["title"]               # the condition is the rule


# --- favours, and the manager who asks one ------------------------------------------------------

@pytest.mark.parametrize("organisation", [IC, LUMENS, None])
@pytest.mark.parametrize("asker", ["self_or_relative", "colleague"])
def test_no_advantage_or_priority_for_yourself_or_relatives(organisation, asker):
    data = assert_next_under(organisation, TOPIC, {"activity": "favour", "favour_asker": asker},
                             reaches="favour_not_allowed")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "manager"
    if organisation:
        assert_own_code(data, organisation)
    else:
        assert IC_SPLIT in source_codes(data)


@pytest.mark.parametrize("organisation", [IC, None])
def test_a_favour_the_manager_asks_goes_to_the_counsellor_or_the_managers_manager_never_the_manager(organisation):
    data = assert_next_under(organisation, TOPIC, {"activity": "favour", "favour_asker": "manager"},
                             reaches="favour_manager_asks")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "counsellor"
    assert "senior_manager" in outcome["contacts"]          # IC Omgang met collega's: diens leidinggevende
    assert "manager" not in outcome["contacts"]
    if organisation:
        assert_own_code(data, organisation)


def test_a_favour_the_manager_asks_under_lumens_goes_to_the_counsellor_never_the_manager():
    data = assert_next_under(LUMENS, TOPIC, {"activity": "favour", "favour_asker": "manager"},
                             reaches="favour_manager_asks_lumens")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"
    assert outcome["contacts"][0] == "counsellor"           # L 3: the manager is a party
    assert "manager" not in outcome["contacts"]
    assert_own_code(data, LUMENS)


# --- a conflict of interest on the choosing committee: step aside -------------------------------

@pytest.mark.parametrize("organisation", [IC, LUMENS, None])
def test_sitting_on_the_choosing_committee_with_a_relatives_firm_means_step_aside(organisation):
    data = assert_next_under(organisation, TOPIC, {"activity": "assignment", "assignment_role": "yes"},
                             reaches="assignment_step_aside")
    outcome = data["outcome"]
    assert outcome["verdict"] == "not_allowed"              # not only "tell your manager"
    assert outcome["contacts"] == ["manager"]
    assert "without bias" in advice_text(outcome)
    if organisation:
        assert_own_code(data, organisation)
    else:
        assert {IC_SPLIT, L_SIDE_ACTIVITIES} <= source_codes(data)


@pytest.mark.parametrize("role", ["no", "not_sure"])
def test_assignment_to_a_firm_of_relatives_or_acquaintances_is_transparent_and_told_beforehand(role):
    data = assert_next(TOPIC, {"activity": "assignment", "assignment_role": role}, reaches="assignment_transparent")
    outcome = data["outcome"]
    assert outcome["verdict"] == "ask_first"                 # told before the choice is made
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
    ({"activity": "favour"}, "favour_asker"),
    ({"activity": "assignment"}, "assignment_role"),
])
def test_every_question_offers_not_sure(answers, question):
    data = assert_next(TOPIC, answers, asks=question)
    assert "not_sure" in choice_values(data["question"])


# --- every path under every profile -----------------------------------------------------------


def test_advice_in_dutch_says_the_same():
    answers = {"activity": "side_job", "side_job_conflict": "no", "side_job_links": "yes"}
    english = assert_next(TOPIC, answers, reaches="side_job_ask_permission")["outcome"]
    dutch = assert_next(TOPIC, answers, reaches="side_job_ask_permission", lang="nl")["outcome"]
    assert dutch["verdict"] == english["verdict"] == "ask_first"
    assert dutch["contacts"] == english["contacts"]
    assert dutch["title"] != english["title"]
    assert any("personeelsdossier" in step for step in dutch["advice"])
    assert "strengste regel" in dutch["advice"][-1]
