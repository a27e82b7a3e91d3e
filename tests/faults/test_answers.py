"""Answers given in advance that cannot all be true: one line naming both, before any question
(exit 2), never one of them silently dropped."""
from __future__ import annotations

import pytest

from tests.helpers import assert_one_line, run_conduct

# "is anyone in danger?" is asked by the triage (in_danger) and again by the topic it leads to
# (confidentiality.acute_danger): one fact, answered once and carried
TO_CONFIDENTIALITY = ["--answer", "subject=client_work", "--answer", "client_matter=share_info"]


@pytest.mark.parametrize("extra", [["--format", "json"], ["--plain"]])
def test_a_second_answer_that_contradicts_the_first_to_the_same_question_is_one_line(tmp_path, extra):
    result = run_conduct("check", "not_sure", "--no-input", "--answer", "in_danger=no", *TO_CONFIDENTIALITY,
                         "--answer", "confidentiality.acute_danger=yes", *extra, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr, "'confidentiality.acute_danger=yes' contradicts 'in_danger=no'",
                    "give one answer")


def test_the_contradiction_is_said_in_dutch_too(tmp_path):
    result = run_conduct("check", "not_sure", "--no-input", "--answer", "in_danger=no", *TO_CONFIDENTIALITY,
                         "--answer", "confidentiality.acute_danger=yes", cwd=tmp_path, env={"CONDUCT_LANG": "nl"})
    assert result.returncode == 2
    assert_one_line(result.stderr, "spreekt 'in_danger=no' tegen", "geef één antwoord")
