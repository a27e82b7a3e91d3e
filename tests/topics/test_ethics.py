"""Ethical dilemma rules (L 4.5 Ethische dilemma's, L 3 Vertrouwenspersoon, L 3 Gedragscode vs.
beroepscode, IC Inleiding, Algemeen, Omgang met collega's and Tot slot; safety first per L 4.6
and the meldcode), one test per rule; where the codes differ, one test per organisation and one
without."""
import pytest

from tests.helpers import (
    IC_COLLEAGUES,
    IC_FINALLY,
    L_CODES_CLASH,
    L_COUNSELLOR,
    L_ETHICS,
    L_INTERESTS,
    ORGANISATIONS,
    advice,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    by_org,
    check_under,
    cited_codes,
    outcome,
    source_codes,
    text_of,
    walk,
    walk_under,
)

TOPIC = "ethics"
NO_DANGER = {"acute_danger": "no"}
WITH_MANAGER = {**NO_DANGER, "dilemma": "other_dilemma", "manager_possible": "yes"}
MANAGER_PARTY = {**NO_DANGER, "dilemma": "other_dilemma", "manager_possible": "manager_party"}
TOO_PRIVATE = {**NO_DANGER, "dilemma": "other_dilemma", "manager_possible": "too_private"}
CLASH = {**NO_DANGER, "dilemma": "code_clash"}
THREE = ("consequences_ok", "same_if_you", "tell_everyone")
THREE_COUNSELLOR = tuple(f"{q}_counsellor" for q in THREE)


# --- acute danger: asked first, 112 first ---------------------------------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("answer", ["yes", "not_sure"])
def test_acute_danger_comes_first_call_112_then_veilig_thuis_and_the_meldcode(org, answer):
    data = assert_next_under(org, TOPIC, {"acute_danger": answer},
                             reaches=by_org(org, "acute_danger_call_112", "acute_danger_call_112_lumens",
                                            "acute_danger_call_112_ic"))
    result = data["outcome"]
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"
    assert "veilig_thuis" in result["contacts"]
    assert "MELDCODE" in cited_codes(data)
    assert "112" in result["advice"][0]
    assert len(data["path"]) == 1
    if org:
        assert_own_code(data, org)


def test_danger_answered_here_is_not_asked_again_in_the_topic_on_sharing_information():
    data = assert_next(TOPIC, {**NO_DANGER, "dilemma": "client_unsafe", "continue_confidentiality": "yes"},
                       asks="confidentiality.situation")
    assert data["path"][-1] == {"topic": "confidentiality", "question": "acute_danger", "answer": "no",
                                "answered_before": True}


# --- a client's unsafety ---------------------------------------------------------------------------

@pytest.mark.parametrize("org, first", [(None, "behavioural_scientist"), ("lumens", "behavioural_scientist"),
                                        ("interaktcontour", "attention_officer")])
def test_a_suspected_unsafe_client_means_expert_advice_the_meldcode_and_veilig_thuis(org, first):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "dilemma": "client_unsafe", "continue_confidentiality": "no"},
                             reaches=by_org(org, "client_unsafe", "client_unsafe_lumens", "client_unsafe_ic"))
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"                       # the meldcode: weigh, then decide
    assert result["contacts"][0] == first
    assert "veilig_thuis" in result["contacts"]
    assert any(s["code"] == "MELDCODE" for s in result["sources"])
    assert any("0800-2000" in step for step in result["advice"])
    if org == "lumens":
        assert L_INTERESTS in source_codes(data)
        assert any("compulsory" in step for step in result["advice"])
    if org:
        assert_own_code(data, org)
    else:
        assert "the codes differ" in text_of(data)


# --- another dilemma: the three questions of L 4.5, or the Integriteitscode's weighing -------------------

def test_the_three_questions_are_asked_one_by_one_in_order():
    answers = dict(WITH_MANAGER)
    for question_id in THREE:
        data = assert_next(TOPIC, answers, asks=question_id)
        assert data["question"]["kind"] == "yes_no"
        answers[question_id] = "yes"
    assert asked(advice(TOPIC, answers)) == ["acute_danger", "dilemma", "manager_possible", *THREE]


def test_the_three_questions_are_lumens_and_the_integrity_code_weighs_the_dilemma_with_the_manager():
    data = assert_next_under("lumens", TOPIC, WITH_MANAGER, asks="consequences_ok")
    assert "L 4.5" in data["question"]["help"]
    data = assert_next_under("interaktcontour", TOPIC, WITH_MANAGER, reaches="dilemma_manager_ic")
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert result["contacts"][0] == "manager"
    assert not set(THREE) & set(asked(data))
    assert "IC, Inleiding" in source_codes(data)
    assert_own_code(data, "interaktcontour")
    data = assert_next(TOPIC, WITH_MANAGER, asks="consequences_ok")     # without: the Lumens guide, named
    assert "Lumens" in data["question"]["help"]


@pytest.mark.parametrize("failing", THREE)
def test_any_no_means_do_not_go_ahead_and_reconsider_with_the_manager(failing):
    answers = dict(WITH_MANAGER)
    for question_id in THREE:
        answers[question_id] = "no" if question_id == failing else "yes"
        if question_id == failing:
            break
    data = assert_next(TOPIC, answers, reaches="rethink_with_manager")
    result = data["outcome"]
    assert result["verdict"] == "not_allowed"
    assert result["contacts"][0] == "manager"
    assert L_ETHICS in source_codes(data)
    # no further question is asked after a no
    assert data["path"][-1]["question"] == failing


def test_three_yes_still_means_agree_with_the_manager_before_acting():
    data = assert_next(TOPIC, {**WITH_MANAGER, **{q: "yes" for q in THREE}}, reaches="agree_with_manager")
    result = data["outcome"]
    assert result["verdict"] == "ask_first"
    assert result["contacts"][0] == "manager"
    assert L_ETHICS in source_codes(data)


def test_not_sure_on_any_of_the_three_questions_leads_to_the_manager():
    for index, question_id in enumerate(THREE):
        answers = {**WITH_MANAGER, **{q: "yes" for q in THREE[:index]}, question_id: "not_sure"}
        data = assert_next(TOPIC, answers, reaches="three_questions_unsure")
        assert data["outcome"]["verdict"] == "seek_advice"
        assert data["outcome"]["contacts"][0] == "manager"


@pytest.mark.parametrize("start", [MANAGER_PARTY, TOO_PRIVATE], ids=["manager_party", "too_private"])
def test_when_the_manager_is_a_party_or_it_is_too_private_the_counsellor_takes_their_place(start):
    for index, question_id in enumerate(THREE_COUNSELLOR):
        assert_next(TOPIC, {**start, **{q: "yes" for q in THREE_COUNSELLOR[:index]}}, asks=question_id)
    agreed = assert_next(TOPIC, {**start, **{q: "yes" for q in THREE_COUNSELLOR}}, reaches="agree_with_counsellor")
    assert agreed["outcome"]["verdict"] == "ask_first"
    assert agreed["outcome"]["contacts"][0] == "counsellor"
    assert L_COUNSELLOR in source_codes(agreed)
    refused = assert_next(TOPIC, {**start, THREE_COUNSELLOR[0]: "no"}, reaches="rethink_with_counsellor")
    assert refused["outcome"]["verdict"] == "not_allowed"
    assert refused["outcome"]["contacts"][0] == "counsellor"
    unsure = assert_next(TOPIC, {**start, THREE_COUNSELLOR[0]: "not_sure"},
                         reaches="three_questions_unsure_counsellor")
    assert unsure["outcome"]["contacts"][0] == "counsellor"


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("start", [MANAGER_PARTY, {**CLASH, "clash_manager_possible": "manager_party"},
                                   {**NO_DANGER, "dilemma": "manager_asks"}],
                         ids=["other_dilemma", "code_clash", "manager_asks"])
def test_the_manager_is_a_party_branch_never_sends_you_to_the_manager(org, start):
    outcomes = walk_under(org, TOPIC, start)
    assert outcomes
    for data in outcomes:
        result = data["outcome"]
        assert "manager" not in result["contacts"], result["id"]
        assert result["contacts"][0] in ("counsellor", "senior_manager"), result["id"]
        assert "counsellor" in result["contacts"], result["id"]
        # the Integriteitscode names the manager's manager (Omgang met collega's); Lumens does not
        assert ("senior_manager" in result["contacts"]) == (org != "lumens"), result["id"]
        if org:
            assert_own_code(data, org)


def test_rethinking_without_an_organisation_also_offers_the_managers_manager():
    data = assert_next(TOPIC, {**MANAGER_PARTY, THREE_COUNSELLOR[0]: "no"}, reaches="rethink_with_counsellor")
    assert data["outcome"]["contacts"] == ["counsellor", "senior_manager"]
    assert IC_COLLEAGUES in source_codes(data)
    lumens = assert_next_under("lumens", TOPIC, {**MANAGER_PARTY, THREE_COUNSELLOR[0]: "no"},
                               reaches="rethink_with_counsellor_lumens")
    assert lumens["outcome"]["contacts"] == ["counsellor"]
    interakt = assert_next_under("interaktcontour", TOPIC, MANAGER_PARTY, reaches="dilemma_counsellor_ic")
    assert interakt["outcome"]["contacts"] == ["counsellor", "senior_manager"]


def test_the_counsellor_at_lumens_passes_on_only_anonymous_signals():
    data = assert_next_under("lumens", TOPIC, {**MANAGER_PARTY, **{q: "yes" for q in THREE_COUNSELLOR}},
                             reaches="agree_with_counsellor_lumens")
    text = text_of(data)
    assert "without your name" in text and "Every year" in text
    assert L_COUNSELLOR in source_codes(data)


# --- your manager asks you to act against the code ------------------------------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_manager_asking_you_to_act_against_the_code_is_not_done_and_taken_around_the_manager(org):
    data = assert_next_under(org, TOPIC, {**NO_DANGER, "dilemma": "manager_asks"},
                             reaches=by_org(org, "manager_request", "manager_request_lumens", "manager_request_ic"))
    result = data["outcome"]
    assert result["verdict"] == "seek_advice"
    assert "do not do it (yet)" in result["advice"][0]
    assert result["contacts"][0] == ("senior_manager" if org == "interaktcontour" else "counsellor")
    if org:
        assert_own_code(data, org)
    else:
        assert "the codes differ" in text_of(data)


# --- a clash between the professional code and the code of conduct -------------------------------------

@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
def test_a_clash_with_the_professional_code_goes_to_the_manager_first(org):
    data = assert_next_under(org, TOPIC, {**CLASH, "clash_manager_possible": "yes"},
                             reaches=by_org(org, "code_clash_manager", "code_clash_manager_lumens", "code_clash_ic"))
    result = data["outcome"]
    assert result["contacts"][0] == "manager"
    assert not set(THREE) & set(asked(data))                        # no three questions for a clash
    if org == "interaktcontour":
        assert result["verdict"] == "seek_advice"
        assert result["contacts"] == ["manager", "counsellor"]
        assert_own_code(data, org)
    else:
        assert result["verdict"] == "ask_first"
        assert result["contacts"] == ["manager", "counsellor", "director"]
        assert L_CODES_CLASH in source_codes(data)
        assert any("follow their advice" in step for step in result["advice"])   # the code's rule
    if org is None:
        assert "stricter rule" in text_of(data)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("answer", ["no_good_result", "manager_party", "too_private"])
def test_when_the_managers_advice_does_not_resolve_the_clash_go_to_the_counsellor_or_director(org, answer):
    data = assert_next_under(org, TOPIC, {**CLASH, "clash_manager_possible": answer},
                             reaches=by_org(org, "code_clash_counsellor", "code_clash_counsellor_lumens",
                                            "code_clash_around_manager_ic"))
    result = data["outcome"]
    assert result["contacts"][0] == "counsellor"
    assert "manager" not in result["contacts"]
    assert ("director" in result["contacts"]) == (org != "interaktcontour")
    if org != "interaktcontour":
        assert L_CODES_CLASH in source_codes(data)
        assert "works council" in text_of(data)
    if org:
        assert_own_code(data, org)


@pytest.mark.parametrize("org", [None, *ORGANISATIONS])
@pytest.mark.parametrize("ethics_answer, clients_answer",
                         [("yes", "not_yet"), ("no_good_result", "no_good_result"),
                          ("manager_party", "manager_involved")])
def test_the_clash_of_codes_gets_the_same_verdict_and_first_contact_in_both_topics(org, ethics_answer, clients_answer):
    here = assert_next_under(org, TOPIC, {**CLASH, "clash_manager_possible": ethics_answer},
                             reaches=advice_id(org, ethics_answer))["outcome"]
    there = advice_under(org, "working_with_clients",
                         {**NO_DANGER, "situation": "professional_code", "code_clash": clients_answer})
    assert here["verdict"] == there["verdict"]
    assert here["contacts"][0] == there["contacts"][0]


def advice_id(org, answer):
    """The ethics outcome for a clash of codes, per organisation and answer."""
    if answer == "yes":
        return by_org(org, "code_clash_manager", "code_clash_manager_lumens", "code_clash_ic")
    return by_org(org, "code_clash_counsellor", "code_clash_counsellor_lumens", "code_clash_around_manager_ic")


def advice_under(org, topic, answers):
    """The outcome these answers lead to under an organisation (None: without one)."""
    if org is None:
        return outcome(topic, answers)
    reply = check_under(org, topic, answers)
    assert reply.exit_code == 0, reply.stdout
    return reply.data["outcome"]


# --- doubt ---------------------------------------------------------------------------------------

def test_doubt_whether_you_can_talk_to_your_manager_leads_to_the_counsellor_first():
    for answers in ({**NO_DANGER, "dilemma": "other_dilemma", "manager_possible": "not_sure"},
                    {**CLASH, "clash_manager_possible": "not_sure"}):
        data = assert_next(TOPIC, answers, reaches="manager_possible_unsure")
        assert data["outcome"]["verdict"] == "seek_advice"
        assert data["outcome"]["contacts"][0] == "counsellor"
        assert L_COUNSELLOR in source_codes(data)


def test_not_sure_what_the_dilemma_is_about_leads_to_the_manager_or_the_counsellor():
    data = advice(TOPIC, {**NO_DANGER, "dilemma": "not_sure"})
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"][:2] == ["manager", "counsellor"]
    assert IC_FINALLY in source_codes(data)


# --- every path --------------------------------------------------------------------------------------

def test_every_path_ends_in_advice_with_a_contact_and_a_source():
    outcomes = [data for data in walk(TOPIC) if data["topic"] == TOPIC]
    assert len(outcomes) > 20
    for data in outcomes:
        assert data["outcome"]["contacts"], data["outcome"]["id"]
        assert data["outcome"]["sources"], data["outcome"]["id"]


def test_the_dutch_advice_says_client_not_resident():
    for data in walk(TOPIC, lang="nl"):
        if data["topic"] == TOPIC:
            assert "inwoner" not in text_of(data), data["outcome"]["id"]


def test_advice_in_dutch_says_the_same():
    answers = {**WITH_MANAGER, **{q: "yes" for q in THREE}}
    english = assert_next(TOPIC, answers, reaches="agree_with_manager")
    dutch = assert_next(TOPIC, answers, reaches="agree_with_manager", lang="nl")
    assert dutch["outcome"]["verdict"] == english["outcome"]["verdict"] == "ask_first"
    assert dutch["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert dutch["outcome"]["title"] != english["outcome"]["title"]
    counsellor = assert_next(TOPIC, {**MANAGER_PARTY, THREE_COUNSELLOR[0]: "no"},
                             reaches="rethink_with_counsellor", lang="nl")
    assert counsellor["outcome"]["verdict"] == "not_allowed"
    assert counsellor["outcome"]["contacts"][0] == "counsellor"
