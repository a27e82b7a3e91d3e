"""Finding the right topic ("I'm not sure which topic") and continuing a dilemma in another
topic (handovers), through the public JSON protocol."""
from __future__ import annotations

import pytest

from tests.helpers import (
    IC_CLIENTS,
    IC_FINALLY,
    L_COUNSELLOR,
    L_INTERESTS,
    advice,
    asked,
    assert_next,
    check,
    source_codes,
)

TOPICS = {"gifts", "invitations", "ethics", "confidentiality", "misconduct", "unwanted_behaviour",
          "relationships", "side_activities", "social_media", "working_with_clients"}

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
}


def first_question(topic: str) -> str:
    """The id of the question a topic starts with, as the protocol shows it."""
    reply = check(topic)
    assert reply.exit_code == 3, reply.stdout
    return reply.data["question"]["id"]


# --- triage: into every topic ------------------------------------------------------------------

def test_every_topic_has_a_way_in_from_triage():
    assert set(INTO) == TOPICS


@pytest.mark.parametrize("topic", sorted(INTO))
def test_triage_answers_lead_into_the_topic_at_its_first_question(topic):
    data = assert_next("triage", INTO[topic], asks=f"{topic}.{first_question(topic)}")
    # the triage answers are the path so far
    assert [step["topic"] for step in data["path"]] == ["triage"] * len(INTO[topic])


@pytest.mark.parametrize("answers, topic", [
    ({**SAFE, "subject": "client_work", "client_matter": "feelings"}, "relationships"),
    ({**SAFE, "subject": "client_work", "client_matter": "offer", "offer_kind": "present"}, "gifts"),
    ({**SAFE, "subject": "client_work", "client_matter": "offer", "offer_kind": "invitation"},
     "invitations"),
    ({**SAFE, "subject": "behaviour", "behaviour_kind": "own_breach"}, "misconduct"),
])
def test_other_ways_in_lead_to_the_same_topics(answers, topic):
    assert_next("triage", answers, asks=f"{topic}.{first_question(topic)}")


def walk_triage() -> tuple[set[str], set[str], int]:
    """Every answer to every triage question, through the protocol: the topics entered, the
    triage outcomes reached and the most triage questions on one path."""
    entered: set[str] = set()
    outcomes: set[str] = set()
    longest = 0
    todo: list[dict[str, str]] = [{}]
    while todo:
        answers = todo.pop()
        reply = check("triage", answers)
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


def test_walking_every_triage_path_enters_all_ten_topics_in_a_few_questions():
    entered, outcomes, longest = walk_triage()
    assert entered == TOPICS
    assert outcomes == {"danger_call_112", "danger_unsure", "subject_unsure", "offer_unsure",
                        "client_unsure", "behaviour_unsure"}
    assert 3 <= longest <= 6


def test_conduct_check_without_a_topic_and_not_sure_which_enters_triage():
    reply = check(None, {"topic": "not_sure"})
    assert reply.exit_code == 3, reply.stdout
    assert reply.data["topic"] == "triage"
    assert reply.data["question"]["id"] == first_question("triage")
    reply = check(None, {"topic": "not_sure", **INTO["social_media"]})
    assert reply.data["topic"] == "social_media"


def test_a_walk_from_triage_ends_in_the_topic_s_advice_with_the_triage_questions_first():
    answers = {**INTO["gifts"], "giver": "business", "negotiating": "no", "obliged": "no",
               "rather_hidden": "no", "value": 15}
    data = assert_next("triage", answers, reaches="gifts.small_gift_accept")
    assert data["outcome"]["verdict"] == "allowed_tell_manager"
    topics = [step["topic"] for step in data["path"]]
    assert topics == ["triage"] * 3 + ["gifts"] * 5
    assert asked(data)[:3] == ["in_danger", "subject", "offer_kind"]


# --- triage: safety first, and "not sure" says whom to ask -------------------------------------

def test_acute_danger_comes_first_and_means_call_112():
    assert first_question("triage") == "in_danger"
    data = assert_next("triage", {"in_danger": "yes"}, reaches="danger_call_112")
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert "112" in outcome["title"]
    # a client's safety: the behavioural scientist must be consulted afterwards
    assert "behavioural_scientist" in outcome["contacts"]
    assert L_INTERESTS in source_codes(data)
    assert "MELDCODE, Acuut gevaar" in source_codes(data)


def test_in_doubt_about_danger_call_112_rather_than_too_late():
    data = assert_next("triage", {"in_danger": "not_sure"}, reaches="danger_unsure")
    outcome = data["outcome"]
    assert outcome["verdict"] == "emergency"
    assert outcome["contacts"][0] == "emergency"
    assert any("0800-2000" in step for step in outcome["advice"])


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


def test_not_sure_what_is_offered_still_declines_anything_from_a_client():
    data = advice("triage", {**SAFE, "subject": "offer", "offer_kind": "not_sure"})
    assert any("client" in step and "do not accept" in step for step in data["outcome"]["advice"])
    assert IC_CLIENTS in source_codes(data)


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
HANDOVERS = [
    ("working_with_clients", {"situation": "information", "info_purpose": "service"},
     "info_needed_allowed", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
    ("working_with_clients", {"situation": "relationship", "relationship": "gift"},
     "client_gift_not_allowed", "gifts", {"giver": "client"}, "client_gift"),
    ("working_with_clients", {"situation": "relationship", "relationship": "feelings"},
     "feelings_tell_manager", "relationships",
     {"who": "client", "client_situation": "me_in_love"}, "in_love_report"),
    ("working_with_clients", {"situation": "relationship", "relationship": "friendship"},
     "personal_relation_not_allowed", "relationships",
     {"who": "client", "client_situation": "personal"}, "personal_relationship_not_allowed"),
    ("social_media", {"what": "post", "speak_for_org": "no", "confidential": "yes"},
     "confidential_not_allowed", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
    ("social_media", {"what": "connect"}, "befriend_not_allowed", "relationships",
     {"who": "client", "client_situation": "personal"}, "personal_relationship_not_allowed"),
    ("invitations", {"at_inviters_cost": "yes", "inviter": "business", "negotiating": "yes"},
     "negotiating_decline", "gifts", {"giver": "business", "negotiating": "yes"}, "negotiating_decline"),
    ("ethics", {"dilemma": "client_unsafe"}, "client_unsafe", "confidentiality",
     {"acute_danger": "no", "situation": "unsafety"}, "unsafety_meldcode"),
    ("unwanted_behaviour", {"danger": "no", "who": "towards_client"}, "respect_clients",
     "misconduct", {"concern": "colleague", "colleague_serious": "no", "colleague_can_talk": "yes"},
     "talk_to_colleague"),
]
IDS = [f"{topic}.{outcome}->{other}" for topic, _, outcome, other, _, _ in HANDOVERS]


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
    assert reply.data["question"]["id"] == first_question(other)
    path = reply.data["path"]
    assert path[:len(before.data["path"])] == before.data["path"]
    assert all(step["topic"] == topic for step in before.data["path"])
    assert path[len(before.data["path"])] == {"topic": topic, "question": f"continue_{other}",
                                              "answer": "yes"}


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
    # invitations -> gifts: both ask 'negotiating'; the plain answer is the invitation's only
    answers = {"at_inviters_cost": "yes", "inviter": "business", "negotiating": "yes",
               "continue_gifts": "yes", "giver": "business"}
    reply = check("invitations", answers)
    assert reply.exit_code == 3
    assert (reply.data["topic"], reply.data["question"]["id"]) == ("gifts", "negotiating")


def test_a_gift_from_a_party_in_negotiation_is_declined_when_answered_exactly():
    answers = {"at_inviters_cost": "yes", "inviter": "business", "negotiating": "yes",
               "continue_gifts": "yes", "giver": "business", "gifts.negotiating": "yes"}
    data = advice("invitations", answers)
    assert data["topic"] == "gifts"
    assert data["outcome"]["verdict"] == "not_allowed"
    assert data["outcome"]["id"] == "negotiating_decline"
    assert {"topic": "gifts", "question": "negotiating", "answer": "yes"} in data["path"]


def test_a_disrespectful_colleague_towards_a_client_can_be_reported_as_a_wrongdoing():
    answers = {"danger": "no", "who": "towards_client", "continue_misconduct": "yes",
               "concern": "colleague", "colleague_serious": "yes"}
    reply = check("unwanted_behaviour", answers)
    assert reply.data["topic"] == "misconduct"
    assert reply.exit_code == 3            # the misconduct topic asks its own next question


def test_triage_then_a_handover_keeps_the_whole_path():
    # triage -> working_with_clients -> (handover) -> confidentiality
    answers = {**INTO["working_with_clients"], "working_with_clients.situation": "information",
               "info_purpose": "service", "continue_confidentiality": "yes",
               "confidentiality.acute_danger": "no", "confidentiality.situation": "unsafety"}
    data = assert_next("triage", answers, reaches="confidentiality.unsafety_meldcode")
    assert data["outcome"]["contacts"][0] == "behavioural_scientist"
    topics = [step["topic"] for step in data["path"]]
    assert topics == ["triage"] * 3 + ["working_with_clients"] * 3 + ["confidentiality"] * 2
    assert [(h["topic"], h["outcome"]["id"]) for h in data["handed_over_from"]] == [
        ("working_with_clients", "info_needed_allowed")]
