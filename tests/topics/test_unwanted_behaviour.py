"""Unwanted behaviour (IC Omgang met collega's, IC Omgang van medewerkers met cliënten,
L 4.2, L 4.1 "5. Veiligheid en privacy", L 3 Klachtenprocedure), one test per rule."""
from tests.protocol import advice, check, source_codes

TOPIC = "unwanted_behaviour"
SAFE = {"danger": "no"}
COLLEAGUE = {**SAFE, "who": "colleague"}
MANAGER = {**SAFE, "who": "manager"}


def outcome(answers: dict, lang: str = "en") -> dict:
    return advice(TOPIC, answers, lang=lang)["outcome"]


# --- safety first ------------------------------------------------------------------------------

def test_acute_danger_means_call_112_first():
    data = advice(TOPIC, {"danger": "yes"})
    result = data["outcome"]
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"
    assert "112" in result["title"]
    assert [step["question"] for step in data["path"]] == ["danger"]


def test_in_doubt_about_acute_danger_call_112():
    result = outcome({"danger": "not_sure"})
    assert result["verdict"] == "emergency"
    assert result["contacts"][0] == "emergency"


# --- harassment: counsellor first, complaint as the formal route -------------------------------

def test_sexual_harassment_goes_to_the_counsellor_first_with_the_complaint_as_formal_route():
    data = advice(TOPIC, {**COLLEAGUE, "kind": "sexual"})
    result = data["outcome"]
    assert result["id"] == "sexual_harassment"
    assert result["contacts"][0] == "counsellor"
    assert "complaints_procedure" in result["contacts"]
    assert "not tolerated" in result["title"]
    assert "IC, Omgang met collega's" in source_codes(data)
    assert "L, 3 Klachtenprocedure" in source_codes(data)


def test_sexual_harassment_is_explained_by_how_it_is_experienced_not_how_it_was_meant():
    text = " ".join(outcome({**COLLEAGUE, "kind": "sexual"})["advice"])
    assert "unwanted or forced" in text
    assert "meant" in text


def test_bullying_intimidation_aggression_discrimination_go_to_the_counsellor_first():
    data = advice(TOPIC, {**COLLEAGUE, "kind": "intimidation"})
    result = data["outcome"]
    assert result["id"] == "harassment"
    assert result["contacts"][0] == "counsellor"
    assert "complaints_procedure" in result["contacts"]
    assert "not tolerated" in result["title"]
    assert "L, 4.2 Samenwerking met collega's" in source_codes(data)


def test_bullying_is_explained_as_structural_and_includes_online_bullying():
    text = " ".join(outcome({**COLLEAGUE, "kind": "intimidation"})["advice"])
    assert "keeps coming back" in text
    assert "online" in text


# --- discontent --------------------------------------------------------------------------------

def test_discontent_about_a_colleague_first_the_colleague_then_manager_or_counsellor():
    data = advice(TOPIC, {**COLLEAGUE, "kind": "discontent"})
    result = data["outcome"]
    assert result["id"] == "discontent_talk"
    assert result["contacts"] == ["person_concerned", "manager", "counsellor"]
    assert "IC, Omgang met collega's" in source_codes(data)


def test_gossip_is_named_as_not_fitting_respectful_collaboration():
    text = " ".join(outcome({**COLLEAGUE, "kind": "discontent"})["advice"])
    assert "Gossip" in text


def test_discontent_about_the_manager_goes_to_the_managers_manager_never_the_manager():
    result = outcome({**MANAGER, "kind_mgr": "discontent"})
    assert result["id"] == "discontent_mgr"
    assert "senior_manager" in result["contacts"]
    assert "counsellor" in result["contacts"]
    assert "manager" not in result["contacts"]


def test_behaviour_of_my_manager_never_has_the_manager_in_contacts():
    for kind in ("sexual", "intimidation", "discontent", "not_sure"):
        result = outcome({**MANAGER, "kind_mgr": kind})
        assert "manager" not in result["contacts"], kind


def test_harassment_by_the_manager_goes_to_the_counsellor_first():
    for kind in ("sexual", "intimidation"):
        result = outcome({**MANAGER, "kind_mgr": kind})
        assert result["contacts"][0] == "counsellor", kind


# --- clients -----------------------------------------------------------------------------------

def test_aggression_by_a_client_is_not_accepted_and_is_reported_to_the_manager():
    data = advice(TOPIC, {**SAFE, "who": "client"})
    result = data["outcome"]
    assert result["id"] == "client_behaviour"
    assert result["contacts"][0] == "manager"
    assert "L, 4.1 Inwoner centraal, 5. Veiligheid en privacy" in source_codes(data)
    assert "112" in " ".join(result["advice"])


def test_disrespect_or_aggression_towards_a_client_is_not_allowed():
    data = advice(TOPIC, {**SAFE, "who": "towards_client", "continue_misconduct": "no"})
    result = data["outcome"]
    assert result["verdict"] == "not_allowed"
    assert result["contacts"][0] == "person_concerned"
    assert "IC, Omgang van medewerkers met cliënten" in source_codes(data)
    assert "Physical intervention is only permitted" in " ".join(result["advice"])


# --- not sure ----------------------------------------------------------------------------------

def test_not_sure_means_the_counsellor():
    for answers in ({**SAFE, "who": "not_sure"},
                    {**COLLEAGUE, "kind": "not_sure"},
                    {**MANAGER, "kind_mgr": "not_sure"}):
        result = outcome(answers)
        assert result["verdict"] == "seek_advice", answers
        assert result["contacts"][0] == "counsellor", answers


def test_every_question_offers_not_sure():
    for answers in ({}, SAFE, COLLEAGUE):
        reply = check(TOPIC, answers)
        assert reply.exit_code == 3, answers
        assert "not_sure" in [c["value"] for c in reply.data["question"]["choices"]], answers


# --- Dutch -------------------------------------------------------------------------------------

def test_advice_in_dutch_says_the_same():
    english = outcome({**COLLEAGUE, "kind": "sexual"})
    dutch = outcome({**COLLEAGUE, "kind": "sexual"}, lang="nl")
    assert dutch["verdict"] == english["verdict"] == "seek_advice"
    assert dutch["contacts"] == english["contacts"]
    assert "vertrouwenspersoon" in dutch["title"]
    assert "niet getolereerd" in dutch["title"]
    assert outcome({"danger": "yes"}, lang="nl")["verdict"] == "emergency"
