"""Finding the right topic ("I'm not sure which topic") and continuing a dilemma in another
topic (handovers), through the public JSON protocol."""
from __future__ import annotations

import pytest

from tests.helpers import (
    EVERY_PROFILE,
    GIFT_15,
    IC_CLIENTS,
    IC_FINALLY,
    L_COUNSELLOR,
    L_GIFTS,
    L_INTERESTS,
    SUFFIX,
    advice,
    advice_text,
    asked,
    assert_next,
    assert_next_under,
    assert_own_code,
    check,
    check_under,
    cited_codes,
    shipped_library,
    source_codes,
    walk_under,
)

TOPICS = {"gifts", "invitations", "ethics", "confidentiality", "misconduct", "unwanted_behaviour",
          "relationships", "side_activities", "social_media", "working_with_clients",
          "someone_at_risk", "about_the_code"}

SAFE = {"in_danger": "no"}

# For every topic, answers to the triage questions that lead into it.
INTO = {
    "gifts": {**SAFE, "subject": "offer", "offer_kind": "present"},
    "invitations": {**SAFE, "subject": "offer", "offer_kind": "invitation"},
    "confidentiality": {**SAFE, "subject": "client_work", "client_matter": "share_info"},
    "working_with_clients": {**SAFE, "subject": "client_work", "client_matter": "contact"},
    "relationships": {**SAFE, "subject": "personal_tie"},
    "unwanted_behaviour": {**SAFE, "subject": "behaviour", "behaviour_kind": "treated_badly"},
    "misconduct": {**SAFE, "subject": "behaviour", "behaviour_kind": "wrongdoing"},
    "side_activities": {**SAFE, "subject": "outside_work"},
    "social_media": {**SAFE, "subject": "online"},
    "ethics": {**SAFE, "subject": "hard_choice"},
    "someone_at_risk": {**SAFE, "subject": "at_risk"},
    "about_the_code": {**SAFE, "subject": "the_code"},
}


def first_question(topic: str) -> str:
    """The id of the question a topic starts with, as the protocol shows it."""
    reply = check(topic)
    assert reply.exit_code == 3, reply.stdout
    return reply.data["question"]["id"]


def asks_danger_first(topic: str) -> bool:
    """Whether a topic starts with the shared danger question (answered once, then carried)."""
    library = shipped_library()
    start = library.topics[topic].nodes[library.topics[topic].start]
    return getattr(start, "fact", None) == "acute_danger"


def first_asked_after_no_danger(topic: str) -> str:
    """The first question a topic asks once danger is known to be absent: its first question,
    or the one after it when it starts with the danger question (carried, not asked again)."""
    if not asks_danger_first(topic):
        return first_question(topic)
    reply = check(topic, {first_question(topic): "no"})
    assert reply.exit_code == 3, reply.stdout
    return reply.data["question"]["id"]


# --- triage: into every topic ------------------------------------------------------------------

def test_every_topic_has_a_way_in_from_triage():
    assert set(INTO) == TOPICS


@pytest.mark.parametrize("topic", sorted(INTO))
def test_triage_answers_lead_into_the_topic_at_its_first_question(topic):
    data = assert_next("triage", INTO[topic], asks=f"{topic}.{first_asked_after_no_danger(topic)}")
    # the triage answers are the path so far (and the danger answer, carried, not asked again)
    asked_steps = [step for step in data["path"] if not step.get("answered_before")]
    assert [step["topic"] for step in asked_steps] == ["triage"] * len(INTO[topic])
    carried = [step for step in data["path"] if step.get("answered_before")]
    assert carried == ([{"topic": topic, "question": first_question(topic), "answer": "no",
                         "answered_before": True}] if asks_danger_first(topic) else [])


@pytest.mark.parametrize("answers, topic", [
    ({**SAFE, "subject": "client_work", "client_matter": "feelings"}, "relationships"),
    ({**SAFE, "subject": "behaviour", "behaviour_kind": "own_breach"}, "misconduct"),
    ({**SAFE, "subject": "behaviour", "behaviour_kind": "harm_to_client"}, "someone_at_risk"),
    ({**SAFE, "subject": "client_work", "client_matter": "safety"}, "someone_at_risk"),
])
def test_other_ways_in_lead_to_the_same_topics(answers, topic):
    assert_next("triage", answers, asks=f"{topic}.{first_asked_after_no_danger(topic)}")


@pytest.mark.parametrize("answers, asks", [
    # the client is the one offering: the topic starts past its "who is offering?"
    ({**SAFE, "subject": "client_work", "client_matter": "offer", "client_offer_kind": "present"},
     "gifts.client_already_accepted"),
    ({**SAFE, "subject": "client_work", "client_matter": "offer", "client_offer_kind": "invitation"},
     "invitations.client_occasion"),
    # not fit to work: straight to the question about alcohol and drugs, not "what is it about?"
    ({**SAFE, "subject": "behaviour", "behaviour_kind": "not_fit"}, "working_with_clients.substance"),
    ({**SAFE, "subject": "not_fit"}, "working_with_clients.substance"),
])
def test_a_way_in_that_said_what_it_is_about_skips_the_topics_question_about_it(answers, asks):
    data = assert_next("triage", answers, asks=asks)
    asked_before = [step["question"] for step in data["path"]]
    assert "giver" not in asked_before and "inviter" not in asked_before and "situation" not in asked_before


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_a_present_from_a_client_found_through_the_triage_follows_each_code(org):
    answers = {**SAFE, "subject": "client_work", "client_matter": "offer", "client_offer_kind": "present"}
    if org == "lumens":   # L 4.4: weigh the proportion yourself
        assert_next_under(org, "triage", answers, asks="gifts.obliged")
    else:                 # IC: nothing from clients; without an organisation, the stricter rule
        data = assert_next_under(org, "triage", {**answers, "client_already_accepted": "no"},
                                 reaches=f"gifts.{'client_gift_declined' if org else 'client_gift'}")
        assert data["outcome"]["verdict"] == "not_allowed"


def walk_triage(org: str | None = None) -> tuple[set[str], set[str], int]:
    """Every answer to every triage question, through the protocol (as an employee of `org`,
    None: no organisation): the topics entered, the triage outcomes reached and the most triage
    questions on one path."""
    entered: set[str] = set()
    outcomes: set[str] = set()
    longest = 0
    todo: list[dict[str, str]] = [{}]
    while todo:
        answers = todo.pop()
        reply = check_under(org, "triage", answers)
        if reply.exit_code == 0:
            assert reply.data["topic"] == "triage"
            outcomes.add(reply.data["outcome"]["id"])
            longest = max(longest, len(answers))
            continue
        assert reply.exit_code == 3, (answers, reply.stdout, reply.stderr)
        if reply.data["topic"] != "triage":
            entered.add(reply.data["topic"])
            longest = max(longest, len(answers))
            continue
        question = reply.data["question"]
        for choice in question["choices"]:
            todo.append({**answers, question["id"]: choice["value"]})
    return entered, outcomes, longest


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_walking_every_triage_path_enters_every_topic_in_a_few_questions(org):
    entered, outcomes, longest = walk_triage(org)
    assert entered == TOPICS
    if org is None:
        assert outcomes == {"danger_call_112", "danger_unsure", "subject_unsure", "offer_unsure",
                            "client_unsure", "behaviour_unsure"}
    else:   # "not sure whether there is danger" is handled as danger: the same advice
        suffix = SUFFIX[org]
        assert outcomes == {f"danger_call_112{suffix}", "subject_unsure", f"offer_unsure{suffix}",
                            f"client_unsure{suffix}", "behaviour_unsure"}
    assert 3 <= longest <= 6


def test_conduct_check_without_a_topic_and_not_sure_which_enters_triage():
    reply = check(None, {"topic": "not_sure"})
    assert reply.exit_code == 3, reply.stdout
    assert reply.data["topic"] == "triage"
    assert reply.data["question"]["id"] == first_question("triage")
    reply = check(None, {"topic": "not_sure", **INTO["social_media"]})
    assert reply.data["topic"] == "social_media"


def test_a_walk_from_triage_ends_in_the_topic_s_advice_with_the_triage_questions_first():
    # a small gift in kind (flowers, wine) under 25 euro from a business relation not in talks:
    # accepted and reported to the manager (IC Relatiegeschenken); gifts also asks the kind of gift
    answers = {**INTO["gifts"], **GIFT_15}
    data = assert_next("triage", answers, reaches="gifts.small_gift_accept")
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    topics = [step["topic"] for step in data["path"]]
    assert topics == ["triage"] * len(INTO["gifts"]) + ["gifts"] * len(GIFT_15)
    assert asked(data)[:3] == ["in_danger", "subject", "offer_kind"]


# --- triage: safety first, and "not sure" says whom to ask -------------------------------------

@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_acute_danger_comes_first_and_means_call_112_then_the_meldcode(org):
    assert first_question("triage") == "in_danger"
    data = assert_next_under(org, "triage", {"in_danger": "yes"}, reaches=f"danger_call_112{SUFFIX[org]}")
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "112" in outcome["title"]
    # where a client or child may be concerned, Veilig Thuis and the meldcode afterwards
    assert "veilig_thuis" in outcome["contacts"]
    assert "MELDCODE, Acuut gevaar" in source_codes(data)
    assert "0800-2000" in advice_text(outcome)
    # someone threatening to harm themselves: 113 afterwards
    assert "suicide_prevention" in outcome["contacts"]
    assert "0800-0113" in advice_text(outcome)
    if org == "interaktcontour":   # the Integriteitscode names no gedragswetenschapper
        assert "behavioural_scientist" not in outcome["contacts"]
        assert "attention_officer" in outcome["contacts"]
    else:                          # a client's safety: the behavioural scientist must be consulted (L 4.6)
        assert "behavioural_scientist" in outcome["contacts"]
        assert L_INTERESTS in source_codes(data)
    if org is not None:
        assert_own_code(data, org)


@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_in_doubt_about_danger_call_112_rather_than_too_late(org):
    reaches = "danger_unsure" if org is None else f"danger_call_112{SUFFIX[org]}"
    data = assert_next_under(org, "triage", {"in_danger": "not_sure"}, reaches=reaches)
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert any("0800-2000" in step for step in outcome["advice"])


def test_the_danger_answer_is_carried_into_every_topic_that_asks_it():
    for topic in sorted(INTO):
        if not asks_danger_first(topic):
            continue
        data = check("triage", INTO[topic]).data
        questions = [(step["topic"], step["question"]) for step in data["path"]
                     if not step.get("answered_before")]
        assert (topic, first_question(topic)) not in questions, topic


@pytest.mark.parametrize("answers, outcome_id", [
    ({**SAFE, "subject": "not_sure"}, "subject_unsure"),
    ({**SAFE, "subject": "offer", "offer_kind": "not_sure"}, "offer_unsure"),
    ({**SAFE, "subject": "client_work", "client_matter": "not_sure"}, "client_unsure"),
])
def test_not_sure_means_ask_your_manager_or_the_counsellor(answers, outcome_id):
    data = assert_next("triage", answers, reaches=outcome_id)
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"][:2] == ["manager", "counsellor"]
    assert IC_FINALLY in source_codes(data)
    assert L_COUNSELLOR in source_codes(data)
    # the counsellor is named for when it is about the manager or too private
    assert any("about your manager" in step and "confidential counsellor" in step
               for step in outcome["advice"])


def test_not_sure_about_someone_s_behaviour_goes_to_the_counsellor_first():
    # the behaviour may be the manager's: the confidential counsellor comes first
    data = assert_next("triage", {**SAFE, "subject": "behaviour", "behaviour_kind": "not_sure"},
                       reaches="behaviour_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "seek_advice"
    assert outcome["contacts"] == ["counsellor", "manager"]
    assert L_COUNSELLOR in source_codes(data)
    assert IC_FINALLY in source_codes(data)


def test_not_sure_what_is_offered_still_declines_anything_from_a_client_and_names_the_difference():
    data = advice("triage", {**SAFE, "subject": "offer", "offer_kind": "not_sure"})
    assert any("client" in step and "do not accept" in step for step in data["outcome"]["advice"])
    assert IC_CLIENTS in source_codes(data)
    assert "Here the codes differ" in advice_text(data["outcome"])


def test_not_sure_what_is_offered_under_interaktcontour_declines_anything_from_a_client():
    data = assert_next_under("interaktcontour", "triage", {**SAFE, "subject": "offer", "offer_kind": "not_sure"},
                             reaches="offer_unsure_ic")
    assert any("client" in step and "do not accept" in step for step in data["outcome"]["advice"])
    assert IC_CLIENTS in source_codes(data)
    assert_own_code(data, "interaktcontour")


def test_not_sure_what_is_offered_under_lumens_weighs_the_proportion_and_asks_the_manager():
    data = assert_next_under("lumens", "triage", {**SAFE, "subject": "offer", "offer_kind": "not_sure"},
                             reaches="offer_unsure_lumens")
    assert data["outcome"]["contacts"][0] == "manager"
    assert L_GIFTS in source_codes(data)
    assert "in proportion" in advice_text(data["outcome"])
    assert_own_code(data, "lumens")


@pytest.mark.parametrize("org, adviser", [("interaktcontour", "attention_officer"),
                                          ("lumens", "behavioural_scientist")])
def test_not_sure_about_a_client_names_the_organisations_own_adviser_on_safety(org, adviser):
    data = assert_next_under(org, "triage", {**SAFE, "subject": "client_work", "client_matter": "not_sure"},
                             reaches=f"client_unsure{SUFFIX[org]}")
    assert data["outcome"]["contacts"][:2] == ["manager", "counsellor"]
    assert adviser in data["outcome"]["contacts"]
    assert_own_code(data, org)


# --- plain choices for safety, fitness and the code itself ---------------------------------------

def subject_labels(lang: str = "en") -> dict[str, str]:
    question = check("triage", SAFE, lang=lang).data["question"]
    return {c["value"]: c["label"] for c in question["choices"]}


def test_someone_at_risk_is_a_plain_triage_choice_naming_violence_at_home_child_abuse_and_suicide():
    label = subject_labels()["at_risk"]
    for words in ("worried someone is at risk", "violence at home", "child abuse", "suicide"):
        assert words in label
    assert "kindermishandeling" in subject_labels("nl")["at_risk"]


def test_not_fit_to_work_is_a_plain_triage_choice():
    assert "not fit to work" in subject_labels()["not_fit"]
    assert "alcohol or drugs" in subject_labels()["not_fit"]


def test_the_behaviour_choice_says_even_if_i_did_it_myself():
    assert "(even if I did it myself)" in subject_labels()["behaviour"]


@pytest.mark.parametrize("answers", [
    {**SAFE, "subject": "not_fit"},
    {**SAFE, "subject": "client_work", "client_matter": "contact"},
    {**SAFE, "subject": "behaviour", "behaviour_kind": "not_fit"},
])
@pytest.mark.parametrize("org", EVERY_PROFILE)
def test_someone_not_fit_to_work_is_stopped_and_the_manager_told_never_the_whistleblower_route(answers, org):
    # from "not fit to work" as well as from "working with clients", every advice on
    # fitness to work names the manager (or 112) first and no whistleblowing
    found = walk_under(org, "triage", {**answers, "working_with_clients.situation": "fitness"},
                       within={"triage", "working_with_clients"})
    assert found
    for data in found:
        assert data["topic"] == "working_with_clients"
        contacts = data["outcome"]["contacts"]
        assert contacts[0] in ("manager", "emergency"), data["outcome"]["id"]
        assert not {"whistleblower", "whistleblower_authority"} & set(contacts), data["outcome"]["id"]


def test_someone_at_risk_from_the_triage_reaches_the_meldcode_with_veilig_thuis():
    data = assert_next("triage", {**SAFE, "subject": "at_risk", "situation": "home",
                                  "continue_confidentiality": "no"}, reaches="someone_at_risk.meldcode")
    assert "veilig_thuis" in data["outcome"]["contacts"]
    assert "MELDCODE" in cited_codes(data)


def test_triage_in_dutch_gives_the_same_verdicts():
    data = advice("triage", {"in_danger": "yes"}, lang="nl")
    assert data["outcome"]["verdict"] == "emergency"
    assert "112" in data["outcome"]["title"]
    english = assert_next("triage", {**SAFE, "subject": "not_sure"}, reaches="subject_unsure")
    data = assert_next("triage", {**SAFE, "subject": "not_sure"}, reaches="subject_unsure", lang="nl")
    assert data["outcome"]["verdict"] == "seek_advice"
    assert data["outcome"]["contacts"][0] == "manager"
    assert data["outcome"]["contacts"] == english["outcome"]["contacts"]
    assert data["outcome"]["title"] != english["outcome"]["title"]
    dutch_question = assert_next("triage", {}, asks="in_danger", lang="nl")["question"]
    english_question = assert_next("triage", {}, asks="in_danger")["question"]
    assert dutch_question["text"] != english_question["text"]


# --- handovers: continuing in another topic ----------------------------------------------------

# (topic, answers reaching the outcome, outcome, other topic, answers there, outcome there)
# A topic that starts with the danger question is answered "no" there; the other topic then
# carries that answer (and any other shared fact) instead of asking it again.
NO_DANGER = {"acute_danger": "no"}
HANDOVERS = [
    ("working_with_clients", {**NO_DANGER, "situation": "information", "info_purpose": "service"},
     "info_needed_allowed", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
    ("working_with_clients", {**NO_DANGER, "situation": "relationship", "relationship": "gift"},
     "client_gift_not_allowed", "gifts", {"giver": "client", "client_already_accepted": "no"},
     "client_gift"),
    ("working_with_clients", {**NO_DANGER, "situation": "relationship", "relationship": "friendship"},
     "personal_relation_not_allowed", "relationships",
     {"who": "client", "client_situation": "personal"}, "personal_relationship_not_allowed"),
    ("social_media", {"what": "post", "speak_for_org": "no", "confidential": "yes"},
     "confidential_not_allowed", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
    ("social_media", {"what": "connect"}, "befriend_not_allowed", "relationships",
     {"who": "client", "client_situation": "personal"}, "personal_relationship_not_allowed"),
    # the gift is from the same party: who it is from and the talks are carried from the invitation
    ("invitations", {"at_inviters_cost": "yes", "inviter": "business", "negotiating": "yes"},
     "negotiating_decline", "gifts", {"negotiating_already_accepted": "no"}, "negotiating_decline"),
    ("ethics", {**NO_DANGER, "dilemma": "client_unsafe"}, "client_unsafe", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
    ("unwanted_behaviour", {"danger": "no", "who": "towards_client"}, "respect_clients",
     "someone_at_risk", {"situation": "colleague"}, "colleague_harm"),
    ("misconduct", {"acute_danger": "no", "concern": "own"}, "own_breach",
     "about_the_code", {"question": "broke"}, "sanctions"),
    ("someone_at_risk", {"acute_danger": "no", "situation": "home"}, "meldcode", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
    ("someone_at_risk", {"acute_danger": "no", "situation": "suicide"}, "suicide", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
]
IDS = [f"{topic}.{outcome}->{other}" for topic, _, outcome, other, _, _ in HANDOVERS]


@pytest.mark.parametrize("org, outcome_id", [(None, "feelings_tell_manager"),
                                             ("interaktcontour", "feelings_tell_manager_ic"),
                                             ("lumens", "feelings_talk_lumens")])
def test_falling_in_love_with_a_client_ends_in_its_advice_without_a_handover(org, outcome_id):
    # working_with_clients gives the relationships topic's own verdict on falling in love with a
    # client (the same advice, see test_relationships), so it no longer offers to continue there
    data = assert_next_under(org, "working_with_clients",
                             {**NO_DANGER, "situation": "relationship", "relationship": "feelings"},
                             reaches=outcome_id)
    assert data["topic"] == "working_with_clients"
    assert not any(step["question"].startswith("continue_") for step in data["path"])
    assert data["outcome"]["contacts"][0] == "manager"


def there(other: str, answers: dict[str, str]) -> dict[str, str]:
    """Answers for the other topic, keyed exactly (`TOPIC.QUESTION`)."""
    return {f"{other}.{question}": value for question, value in answers.items()}


@pytest.mark.parametrize("topic, answers, outcome_id, other, _more, _end", HANDOVERS, ids=IDS)
def test_the_outcome_asks_whether_to_continue_with_the_other_topic(topic, answers, outcome_id,
                                                                   other, _more, _end):
    reply = check(topic, answers)
    assert reply.exit_code == 3, reply.stdout
    assert reply.data["status"] == "needs_answer"
    assert reply.data["topic"] == topic
    question = reply.data["question"]
    assert question["id"] == f"continue_{other}"
    assert question["kind"] == "yes_no"
    assert [c["value"] for c in question["choices"]] == ["yes", "no", "not_sure"]
    assert question["text"].endswith("?")
    # the advice reached so far comes with the question
    assert reply.data["outcome"]["id"] == outcome_id
    assert reply.data["outcome"]["contacts"]
    assert reply.data["outcome"]["sources"]


@pytest.mark.parametrize("topic, answers, outcome_id, other, _more, _end", HANDOVERS, ids=IDS)
@pytest.mark.parametrize("answer", ["no", "not_sure"])
def test_no_or_not_sure_ends_with_the_outcome_that_offered_it(topic, answers, outcome_id, other,
                                                             _more, _end, answer):
    data = advice(topic, {**answers, f"continue_{other}": answer})
    assert data["topic"] == topic
    assert data["outcome"]["id"] == outcome_id
    assert not data.get("handed_over_from")
    assert data["path"][-1] == {"topic": topic, "question": f"continue_{other}", "answer": answer}


@pytest.mark.parametrize("topic, answers, outcome_id, other, _more, _end", HANDOVERS, ids=IDS)
def test_yes_continues_at_the_start_of_the_other_topic_keeping_the_path(topic, answers,
                                                                        outcome_id, other,
                                                                        _more, _end):
    before = check(topic, answers)
    reply = check(topic, {**answers, f"continue_{other}": "yes"})
    assert reply.exit_code == 3, reply.stdout
    assert reply.data["topic"] == other
    path = reply.data["path"]
    assert path[:len(before.data["path"])] == before.data["path"]
    assert all(step["topic"] == topic for step in before.data["path"])
    assert path[len(before.data["path"])] == {"topic": topic, "question": f"continue_{other}",
                                              "answer": "yes"}
    # the other topic starts at its first question, unless that one was answered before
    carried = [step for step in path[len(before.data["path"]) + 1:] if step.get("answered_before")]
    if carried:
        assert carried[0]["question"] == first_question(other)
    else:
        assert reply.data["question"]["id"] == first_question(other)


@pytest.mark.parametrize("topic, answers, outcome_id, other, more, end", HANDOVERS, ids=IDS)
def test_advice_after_continuing_names_the_outcome_handed_over_from(topic, answers, outcome_id,
                                                                    other, more, end):
    data = advice(topic, {**answers, f"continue_{other}": "yes", **there(other, more)})
    assert data["topic"] == other
    assert data["outcome"]["id"] == end
    handed = data["handed_over_from"]
    assert [(h["topic"], h["outcome"]["id"]) for h in handed] == [(topic, outcome_id)]
    topics = [step["topic"] for step in data["path"]]
    first = len(answers) + 1          # the answers in the first topic, then the handover question
    assert topics[:first] == [topic] * first
    # at least the answers given there (a plain answer may also answer the same question there)
    assert topics[first:] == [other] * len(topics[first:])
    assert len(topics[first:]) >= len(more)


@pytest.mark.parametrize("topic, answers, outcome_id, other, _more, _end", HANDOVERS, ids=IDS)
def test_the_handover_question_is_asked_in_dutch_too(topic, answers, outcome_id, other,
                                                    _more, _end):
    english = check(topic, answers).data["question"]["text"]
    dutch = check(topic, answers, lang="nl").data["question"]["text"]
    assert dutch.endswith("?") and dutch != english
    assert "onderwerp" in dutch and "topic" in english


def test_a_plain_answer_is_not_reused_by_a_namesake_question_in_the_next_topic():
    # working_with_clients -> confidentiality: both ask 'situation' (a plain question, not a
    # shared fact); the plain answer is the first topic's only, so confidentiality asks its own
    library = shipped_library()
    for topic in ("working_with_clients", "confidentiality"):
        assert getattr(library.topics[topic].nodes["situation"], "fact", None) is None, topic
    answers = {"acute_danger": "no", "situation": "information", "info_purpose": "service",
               "continue_confidentiality": "yes"}
    reply = check("working_with_clients", answers)
    assert reply.exit_code == 3, reply.stdout
    assert (reply.data["topic"], reply.data["question"]["id"]) == ("confidentiality", "situation")


def test_a_gift_from_a_party_in_negotiation_is_declined_with_the_talks_carried_from_the_invitation():
    # invitations -> gifts: 'negotiating' is a fact the two share (the same party), so the
    # invitation's answer is carried into gifts, not asked again; the rest is answered exactly
    answers = {"at_inviters_cost": "yes", "inviter": "business", "negotiating": "yes",
               "continue_gifts": "yes", "gifts.negotiating_already_accepted": "no"}
    data = advice("invitations", answers)
    assert data["topic"] == "gifts"
    assert data["outcome"]["verdict"] == "not_allowed"
    assert data["outcome"]["id"] == "negotiating_decline"
    assert {"topic": "gifts", "question": "negotiating", "answer": "yes",
            "answered_before": True} in data["path"]
    assert {"topic": "gifts", "question": "negotiating_already_accepted", "answer": "no"} in data["path"]


def test_disrespect_towards_a_client_that_goes_further_than_words_continues_in_the_safety_topic():
    answers = {"danger": "no", "who": "towards_client", "continue_someone_at_risk": "yes"}
    reply = check("unwanted_behaviour", answers)
    assert reply.exit_code == 3
    assert (reply.data["topic"], reply.data["question"]["id"]) == ("someone_at_risk", "situation")
    # the danger answer is carried, not asked again
    assert {"topic": "someone_at_risk", "question": "acute_danger", "answer": "no",
            "answered_before": True} in reply.data["path"]


def test_triage_then_a_handover_keeps_the_whole_path():
    # triage -> working_with_clients -> (handover) -> confidentiality
    answers = {**INTO["working_with_clients"], "working_with_clients.situation": "information",
               "info_purpose": "service", "continue_confidentiality": "yes",
               "confidentiality.acute_danger": "no", "confidentiality.situation": "unsafety"}
    data = assert_next("triage", answers, reaches="confidentiality.unsafety_meldcode")
    assert data["outcome"]["contacts"][0] == "behavioural_scientist"
    topics = [step["topic"] for step in data["path"]]
    # both topics start with the danger question: the triage's answer is carried into each
    assert topics == ["triage"] * 3 + ["working_with_clients"] * 4 + ["confidentiality"] * 2
    carried = [(step["topic"], step["question"], step["answer"]) for step in data["path"]
               if step.get("answered_before")]
    assert carried == [("working_with_clients", "acute_danger", "no"),
                       ("confidentiality", "acute_danger", "no")]
    assert [(h["topic"], h["outcome"]["id"]) for h in data["handed_over_from"]] == [
        ("working_with_clients", "info_needed_allowed")]
