"""Record what `conduct` prints for a fixed set of commands, to hold a refactoring to "same
output for the same input".

    python tests/golden/record.py          # write tests/golden/cases.jsonl

The cases: every scenario played with `--format json` in both languages; a deterministic sample
of complete walks through every topic, without an organisation and under each (answers found by following the JSON protocol's
`needs_answer` replies, so the sample needs no knowledge of the code); the first question of
every topic; `topics` and `contacts` as JSON; and every topic exported as JSON, Mermaid and dot.
`test_golden.py` runs the same commands and compares. Re-record only on purpose: when the
content or the protocol changes, and say so in the commit.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.golden.cases import WALKS_PER_PROFILE, WALKS_PER_TOPIC, run  # noqa: E402


def complete_walks(topic: str, organisation: str | None = None) -> list[dict[str, str]]:
    """Every answer set that leads from the topic's start to advice, in a stable order (as an
    employee of `organisation`; None: no organisation given)."""
    done: list[dict[str, str]] = []
    todo: list[dict[str, str]] = [{}]
    profile = ["--org", organisation] if organisation else []
    while todo:
        answers = todo.pop(0)
        code, out = run(["check", topic, "--format", "json", "--no-input", "--lang", "en", *profile,
                         *[f"--answer={k}={v}" for k, v in answers.items()]])
        data = json.loads(out)
        if data["status"] == "advice":
            done.append(answers)
            continue
        question = data["question"]
        key = f"{data['topic']}.{question['id']}"
        values = [c["value"] for c in question["choices"]]
        if question["kind"] == "amount":
            values = ["5", "24.99", "25", "60", "500"] + values
        for value in values:
            todo.append({**answers, key: value})
    return done


def cases() -> list[list[str]]:
    code, out = run(["topics", "--format", "json", "--lang", "en"])
    topics = [t["id"] for t in json.loads(out)] + ["triage"]
    code, out = run(["scenario", "list", "--format", "json", "--lang", "en"])
    scenarios = [s["id"] for s in json.loads(out)]
    code, out = run(["organisations", "--format", "json", "--lang", "en"])
    organisations = [o["id"] for o in json.loads(out)]
    result: list[list[str]] = [["organisations", "--format", "json", "--lang", "en"]]
    for lang in ("nl", "en"):
        result.append(["topics", "--format", "json", "--lang", lang])
        result.append(["contacts", "--format", "json", "--lang", lang])
        for scenario in scenarios:
            result.append(["scenario", "play", scenario, "--format", "json", "--no-input", "--lang", lang])
    for index, topic in enumerate(topics):
        result.append(["check", topic, "--format", "json", "--no-input", "--lang", "nl"])
        for form in ("json", "mermaid", "dot") if index < 3 else ("json",):
            result.append(["tree", "export", topic, "--format", form, "--lang", "en" if index % 2 else "nl"])
        walks = complete_walks(topic)
        step = max(1, len(walks) // WALKS_PER_TOPIC)
        for number, answers in enumerate(walks[::step][:WALKS_PER_TOPIC]):
            lang = "nl" if number % 2 else "en"
            result.append(["check", topic, "--format", "json", "--no-input", "--lang", lang,
                           *[f"--answer={k}={v}" for k, v in answers.items()]])
    for organisation in organisations:     # each organisation's own code, a sample of walks
        result.append(["contacts", "--org", organisation, "--format", "json", "--lang", "nl"])
        for topic in topics:
            walks = complete_walks(topic, organisation)
            step = max(1, len(walks) // WALKS_PER_PROFILE)
            for number, answers in enumerate(walks[::step][:WALKS_PER_PROFILE]):
                lang = "nl" if number % 2 else "en"
                result.append(["check", topic, "--org", organisation, "--format", "json", "--no-input",
                               "--lang", lang, *[f"--answer={k}={v}" for k, v in answers.items()]])
    return result


def main() -> None:
    lines = []
    for args in cases():
        code, out = run(args)
        lines.append(json.dumps({"args": args, "exit": code, "stdout": out}, ensure_ascii=False))
    (HERE / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"recorded {len(lines)} cases in {HERE / 'cases.jsonl'}")


if __name__ == "__main__":
    main()
