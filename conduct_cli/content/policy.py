"""Policy rules: what the advice must and must not be on paths that touch safety or trust.

Answers and outcomes carry tags (`acute_danger`, `manager_involved`, ...); `policy.yaml` says
what an outcome reached with certain tags on its path requires or forbids: its verdict, its
first contact, contacts it must or must not list, codes it must cite. `check_policy` walks every
path of every topic (`explore`) under every organisation profile and without one, and names
file, node, rule and profile for each outcome that breaks a rule, with a path that reaches it.
A content author who adds a path cannot silently break a safety rule.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from ..errors import Problem, did_you_mean
from .explore import Reached, explore
from .located import Mapping, Sequence
from .model import OTHER_ORGANISATION, Library, Outcome
from .schema import Checker, read
from .verdicts import Verdict

_FIELDS = ({"when", "why"}, {"unless", "organisations", "verdicts", "first", "not_first", "require", "forbid", "cite"})


class Rule(NamedTuple):
    """One policy rule: when all `when` tags are on the path, the outcome must comply."""

    id: str
    when: tuple[str, ...]
    why: str
    organisations: tuple[str, ...] = ()        # where it applies; () everywhere; "other": no profile
    verdicts: tuple[str, ...] = ()             # the verdict is one of these
    first: tuple[str, ...] = ()                # the first contact is one of these
    not_first: tuple[str, ...] = ()            # the first contact is none of these
    require: tuple[tuple[str, ...], ...] = ()  # each: one of these roles is listed
    forbid: tuple[str, ...] = ()               # none of these roles is listed
    cite: tuple[str, ...] = ()                 # a source of one of these codes is cited
    file: str = ""
    line: int = 0
    unless: tuple[str, ...] = ()               # not when any of these tags is on the path

    def applies(self, tags: frozenset[str], organisation: str | None) -> bool:
        """Whether the rule holds for an outcome reached with these tags under this profile."""
        if self.organisations and (organisation or OTHER_ORGANISATION) not in self.organisations:
            return False
        return set(self.when) <= tags and not set(self.unless) & tags

    def broken(self, outcome: Outcome, library: Library) -> list[str]:
        """What the outcome does that the rule forbids, one phrase each (empty: it complies)."""
        found = []
        first = outcome.contacts[0] if outcome.contacts else ""
        if self.verdicts and outcome.verdict.value not in self.verdicts:
            found.append(f"its verdict is '{outcome.verdict.value}', not {' or '.join(self.verdicts)}")
        if self.first and first not in self.first:
            found.append(f"its first contact is '{first}', not {' or '.join(self.first)}")
        if first in self.not_first:
            found.append(f"its first contact is '{first}'")
        for alternatives in self.require:
            if not set(alternatives) & set(outcome.contacts):
                found.append(f"it does not list {' or '.join(alternatives)}")
        for role in self.forbid:
            if role in outcome.contacts:
                found.append(f"it lists '{role}'")
        if self.cite and not {s.code for s in outcome.sources} & set(self.cite):
            found.append(f"it cites none of {', '.join(self.cite)}")
        return found


def _ids(check: Checker, data: Mapping, key: str, rule: str) -> tuple[str, ...]:
    value = data.get(key, Sequence())
    if not isinstance(value, Sequence):
        check.add(f"'{key}' must be a list", data.line_of(key), rule)
        return ()
    found = [check.ident(item, f"an item of '{key}'", value.item_lines[i], rule) for i, item in enumerate(value)]
    return tuple(item for item in found if item)


def _codes(check: Checker, data: Mapping, rule: str) -> tuple[str, ...]:
    value = data.get("cite", Sequence())
    if not isinstance(value, Sequence) or not all(isinstance(code, str) for code in value):
        check.add("'cite' must be a list of source codes, e.g. [MELDCODE]", data.line_of("cite"), rule)
        return ()
    return tuple(value)


def parse_policy(data: Any, file: str) -> tuple[list[Rule], list[Problem]]:
    """The rules of a policy file, and the problems found in it."""
    check = Checker(file)
    rules: list[Rule] = []
    if not check.mapping(data, "a policy file", 1) or not check.mapping(data.get("rules"), "'rules'",
                                                                         data.line_of("rules")):
        return rules, check.problems
    check.fields(data, {"rules"}, set(), "a policy file")
    for rule_id, raw in data["rules"].items():
        line = data["rules"].line_of(rule_id)
        if not check.ident(rule_id, "a rule id", line) or not check.mapping(raw, "a rule", line, rule_id):
            continue
        check.fields(raw, *_FIELDS, "a policy rule", rule_id)
        when = _ids(check, raw, "when", rule_id)
        if not when:
            check.add("'when' must name at least one tag", raw.line_of("when"), rule_id)
        why = raw.get("why")
        if not isinstance(why, str) or not why.strip():
            check.add("'why' must say in a sentence why the rule holds", raw.line_of("why"), rule_id)
        require: list[tuple[str, ...]] = []
        listed = raw.get("require", Sequence())
        if isinstance(listed, Sequence):
            for index, item in enumerate(listed):
                group = item if isinstance(item, Sequence) else [item]
                found = [check.ident(role, "a role in 'require'", listed.item_lines[index], rule_id) for role in group]
                require.append(tuple(role for role in found if role))
        else:
            check.add("'require' must be a list of roles (or lists of alternatives)", raw.line_of("require"), rule_id)
        verdicts = _ids(check, raw, "verdicts", rule_id)
        for verdict in verdicts:
            if verdict not in {v.value for v in Verdict}:
                check.add(f"unknown verdict '{verdict}'", raw.line_of("verdicts"), rule_id)
        rules.append(Rule(rule_id, when, str(why or "").strip(), _ids(check, raw, "organisations", rule_id),
                          verdicts, _ids(check, raw, "first", rule_id), _ids(check, raw, "not_first", rule_id),
                          tuple(require), _ids(check, raw, "forbid", rule_id), _codes(check, raw, rule_id),
                          file, line, _ids(check, raw, "unless", rule_id)))
    return rules, check.problems


def load_policy(path: str) -> tuple[list[Rule], list[Problem]]:
    """A policy file's rules, or the problems found in it."""
    data, problems = read(path)
    if problems:
        return [], problems
    return parse_policy(data, path)


def check_rules(rules: list[Rule], library: Library) -> list[Problem]:
    """The rules name roles, codes and organisations the library knows."""
    problems = []
    for rule in rules:
        roles = [*rule.first, *rule.not_first, *rule.forbid, *(r for group in rule.require for r in group)]
        for role in roles:
            if role not in library.roles:
                problems.append(Problem(rule.file, f"policy rule '{rule.id}': unknown contact role '{role}'",
                                        rule.line))
        for code in rule.cite:
            if code not in library.codes:
                problems.append(Problem(rule.file, f"policy rule '{rule.id}': unknown source code '{code}'",
                                        rule.line))
        for organisation in rule.organisations:
            if organisation != OTHER_ORGANISATION and organisation not in library.organisations:
                problems.append(Problem(rule.file, f"policy rule '{rule.id}': unknown organisation "
                                        f"'{organisation}'", rule.line))
    return problems + _unknown_tags(rules, library)


def _unknown_tags(rules: list[Rule], library: Library) -> list[Problem]:
    """A tag no rule names protects nothing: most likely a misspelling (`manger_involved`) that
    would silently switch a safety rule off. Only checked where there are rules at all.
    """
    if not rules:
        return []
    known = sorted({tag for rule in rules for tag in (*rule.when, *rule.unless)})
    problems = []
    for topic in library.all_topics():
        for node in topic.nodes.values():
            tags = node.tags if isinstance(node, Outcome) else getattr(node, "tags", {})
            used = tags if isinstance(tags, tuple) else tuple(t for group in tags.values() for t in group)
            for tag in dict.fromkeys(used):
                if tag not in known:
                    suggestion = did_you_mean(tag, known).en   # tree authors read English
                    problems.append(Problem(topic.file, f"tag '{tag}'{suggestion} is named by no "
                                            f"policy rule (known: {', '.join(known)})", topic.lines.get(node.id),
                                            node.id))
    return problems


def _shown_path(reached: Reached) -> str:
    return ", ".join(f"{topic}.{question}={answer:g}" if isinstance(answer, float) else f"{topic}.{question}={answer}"
                     for topic, question, answer in reached.path) or "(the start)"


def check_policy(rules: list[Rule], library: Library) -> list[Problem]:
    """Every outcome every walk can reach, under every profile and without one, complies with
    every rule whose tags are on its path.
    """
    from .organisations import profiled

    if not rules:
        return []
    problems: list[Problem] = []
    reported: set[tuple[str, str, str, str]] = set()
    views = [library] + [profiled(library, org) for org in library.organisations]
    for view in views:
        where = f" under organisation '{view.organisation_id}'" if view.organisation_id else " without an organisation"
        for start in view.all_topics():
            for reached in explore(view, start):
                for rule in rules:
                    if not rule.applies(reached.tags, view.organisation_id):
                        continue
                    key = (reached.topic.id, reached.outcome.id, rule.id, view.organisation_id or "")
                    if key in reported:
                        continue
                    broken = rule.broken(reached.outcome, view)
                    if broken:
                        reported.add(key)
                        problems.append(Problem(
                            reached.topic.file,
                            f"policy rule '{rule.id}'{where}: {'; '.join(broken)} ({rule.why}); "
                            f"reached by: {_shown_path(reached)}",
                            reached.topic.lines.get(reached.outcome.id), reached.outcome.id))
    return problems
