"""About the code itself: whom it applies to and whom to turn to (IC Inleiding, L 3
Uitgangspunten, L 3 Vrijwilligers), what happens if you broke it (IC Sancties werkgever, L 3
Uitgangspunten), what the vertrouwenspersoon passes on (L 3 Vertrouwenspersoon, IC Tot slot),
and complaints by and about clients (L 3 Klachtenprocedure, L 4.1 item 3), one test per rule.

Each difference between the codes is checked under each organisation's profile and without
one (both codes, the difference named)."""
import pytest

from tests.helpers import (
    EVERY_PROFILE,
    IC_FINALLY,
    L_COMPLAINTS,
    L_COUNSELLOR,
    SUFFIX,
    advice_text,
    assert_next,
    choice_values,
    outcome,
    reached_under,
    source_codes,
)

TOPIC = "about_the_code"
APPLIES = {"question": "applies"}
IC_INTRODUCTION = "IC, Inleiding"
IC_SANCTIONS = "IC, Sancties werkgever"
L_PRINCIPLES = "L, 3 Uitgangspunten"
L_VOLUNTEERS = "L, 3 Vrijwilligers"


def under(org, answers, reaches):
    """The advice these answers reach in this topic as an employee of `org` (None: both codes)."""
    return reached_under(org, TOPIC, answers, reaches)


def differs(data):
    return "Here the codes differ" in advice_text(data["outcome"])


# --- does the code apply to me, and who is my contact -------------------------------------------

def test_the_code_applies_to_employees_and_the_manager_is_the_first_contact():
    for org in EVERY_PROFILE:
        data = under(org, {**APPLIES, "who_am_i": "employee"}, "applies_employee")
        assert data["outcome"]["contacts"] == ["manager", "counsellor"]
    data = assert_next(TOPIC, {**APPLIES, "who_am_i": "employee"}, reaches="applies_employee")
    assert {IC_INTRODUCTION, L_PRINCIPLES} <= source_codes(data)


def test_the_code_applies_to_volunteers_under_both_codes():
    ic = under("interaktcontour", {**APPLIES, "who_am_i": "volunteer"}, "applies_volunteer_ic")
    assert IC_INTRODUCTION in source_codes(ic)
    lumens = under("lumens", {**APPLIES, "who_am_i": "volunteer"}, "applies_volunteer_lumens")
    assert L_VOLUNTEERS in source_codes(lumens)
    assert "team" in advice_text(lumens["outcome"])       # the team is responsible for its volunteers
    neither = under(None, {**APPLIES, "who_am_i": "volunteer"}, "applies_volunteer")
    assert {IC_INTRODUCTION, L_VOLUNTEERS} <= source_codes(neither)


def test_interns_temps_and_contractors_interaktcontour_names_them_lumens_does_not():
    ic = under("interaktcontour", {**APPLIES, "who_am_i": "worker"}, "applies_worker_ic")
    assert "explicitly also to interns" in advice_text(ic["outcome"])
    lumens = under("lumens", {**APPLIES, "who_am_i": "worker"}, "applies_worker_lumens")
    assert "does not name interns and temps separately" in advice_text(lumens["outcome"])
    neither = under(None, {**APPLIES, "who_am_i": "worker"}, "applies_worker")
    assert differs(neither)
    assert "stricter rule" in advice_text(neither["outcome"])
    for data in (ic, lumens, neither):
        assert data["outcome"]["contacts"][0] == "manager"
        assert "WBK, Wie mag melden" in source_codes(data)   # the whistleblower law protects them too


def test_board_members_interaktcontour_binds_its_boards_lumens_was_adopted_by_its_director():
    ic = under("interaktcontour", {**APPLIES, "who_am_i": "board"}, "applies_board_ic")
    assert ic["outcome"]["contacts"][0] == "supervisory_board"
    assert "IC, Scheiding werk/privé" in source_codes(ic)
    lumens = under("lumens", {**APPLIES, "who_am_i": "board"}, "applies_board_lumens")
    assert lumens["outcome"]["contacts"] == ["counsellor"]
    assert "L, 3 Periodieke evaluatie" in source_codes(lumens)
    neither = under(None, {**APPLIES, "who_am_i": "board"}, "applies_board")
    assert differs(neither)


def test_not_sure_whether_the_code_applies_ask_and_keep_to_it_meanwhile():
    result = outcome(TOPIC, {**APPLIES, "who_am_i": "not_sure"})
    assert result["id"] == "applies_unsure"
    assert result["contacts"] == ["manager", "counsellor"]
    assert "Until you know, keep to it" in advice_text(result)


# --- what happens if I broke the code -----------------------------------------------------------

def test_breaking_the_code_under_interaktcontour_can_lead_to_suspension_transfer_or_dismissal():
    data = under("interaktcontour", {"question": "broke"}, "sanctions_ic")
    assert data["outcome"]["contacts"][0] == "manager"
    assert IC_SANCTIONS in source_codes(data)
    text = advice_text(data["outcome"])
    assert "suspension, transfer or dismissal" in text


def test_breaking_the_code_under_lumens_leads_to_correction_and_only_at_most_a_sanction():
    data = under("lumens", {"question": "broke"}, "sanctions_lumens")
    assert data["outcome"]["contacts"][0] == "manager"
    assert L_PRINCIPLES in source_codes(data)
    text = advice_text(data["outcome"])
    assert "corrective instructions" in text
    assert "employment law" in text


def test_breaking_the_code_without_an_organisation_names_both():
    data = under(None, {"question": "broke"}, "sanctions")
    assert differs(data)
    assert {IC_SANCTIONS, L_PRINCIPLES} <= source_codes(data)
    assert data["outcome"]["verdict"] == "seek_advice"


# --- what the confidential counsellor passes on ------------------------------------------------

def test_the_lumens_counsellor_passes_on_only_anonymous_signals_and_a_yearly_report():
    data = under("lumens", {"question": "counsellor"}, "counsellor_passes_on_lumens")
    assert data["outcome"]["contacts"] == ["counsellor"]
    assert L_COUNSELLOR in source_codes(data)
    text = advice_text(data["outcome"])
    assert "without your name" in text
    assert "Every year" in text


def test_the_interaktcontour_counsellor_is_bound_to_secrecy_and_the_code_names_no_reports():
    data = under("interaktcontour", {"question": "counsellor"}, "counsellor_passes_on_ic")
    assert IC_FINALLY in source_codes(data)
    text = advice_text(data["outcome"])
    assert "bound to secrecy" in text
    assert "does not say whether" in text


def test_what_the_counsellor_passes_on_without_an_organisation_names_both():
    data = under(None, {"question": "counsellor"}, "counsellor_passes_on")
    assert differs(data)
    assert "ARBO, De vertrouwenspersoon" in source_codes(data)


# --- complaints -----------------------------------------------------------------------------------

@pytest.mark.parametrize("org, first, regulation", [(None, "counsellor", True),
                                                    ("lumens", "complaints_procedure", True),
                                                    ("interaktcontour", "person_concerned", False)])
def test_a_complaint_about_a_colleague_follows_the_regulation_at_lumens_and_the_talk_first_at_interaktcontour(
        org, first, regulation):
    data = under(org, {"question": "complaint", "complaint_about": "colleague"}, f"complaint_colleague{SUFFIX[org]}")
    assert data["outcome"]["contacts"][0] == first
    assert ("complaints_procedure" in data["outcome"]["contacts"]) is regulation
    if regulation:
        assert L_COMPLAINTS in source_codes(data)


@pytest.mark.parametrize("org, first", [(None, "manager"), ("lumens", "complaints_procedure"),
                                        ("interaktcontour", "manager")])
def test_a_client_who_wants_to_complain_is_taken_seriously_and_shown_the_way(org, first):
    data = under(org, {"question": "complaint", "complaint_about": "client"}, f"client_complaint{SUFFIX[org]}")
    assert data["outcome"]["contacts"][0] == first
    assert "manager" in data["outcome"]["contacts"]
    if org != "interaktcontour":
        assert "L, 4.1 Inwoner centraal, 3. Toegankelijkheid" in source_codes(data)
    else:
        assert "complaints_procedure" not in data["outcome"]["contacts"]
    if org is None:
        assert differs(data)


def test_not_sure_which_complaint_route_ask_the_manager_or_the_counsellor():
    result = outcome(TOPIC, {"question": "complaint", "complaint_about": "not_sure"})
    assert result["contacts"] == ["manager", "counsellor"]


# --- not sure, and every profile -----------------------------------------------------------------

def test_another_question_about_the_code_goes_to_the_manager_or_the_counsellor():
    result = outcome(TOPIC, {"question": "not_sure"})
    assert result["verdict"] == "seek_advice"
    assert result["contacts"] == ["manager", "counsellor"]


def test_every_question_offers_not_sure():
    for answers, question in (({}, "question"), (APPLIES, "who_am_i"), ({"question": "complaint"}, "complaint_about")):
        data = assert_next(TOPIC, answers, asks=question)
        assert "not_sure" in choice_values(data["question"]), question


def test_advice_in_dutch_says_the_same():
    english = outcome(TOPIC, {"question": "broke"})
    dutch = outcome(TOPIC, {"question": "broke"}, lang="nl")
    assert dutch["id"] == english["id"] == "sanctions"
    assert dutch["contacts"] == english["contacts"]
    assert "Hier verschillen de codes" in advice_text(dutch)
