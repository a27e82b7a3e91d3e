"""Numbers nobody meant: contact details come out exactly as written, and an amount means the
same in an answers file as on the command line (one parser for both)."""
from __future__ import annotations

import json

import pytest

from tests.helpers import GIFT_FROM_BUSINESS, answer_args, assert_one_line, run_conduct


def test_contact_details_written_without_quotes_are_shown_exactly_as_written(tmp_path):
    (tmp_path / "org.yaml").write_text("contacts:\n"
                                       "  counsellor:\n"
                                       "    name: Jan Jansen\n"
                                       "    phone: 0201234567\n"
                                       "    hours: 9:00\n"
                                       "  manager:\n"
                                       "    phone: +31201234567\n"
                                       "    note: 017\n")
    result = run_conduct("contacts", "--config", "org.yaml", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    details = {role["id"]: role["details"] for role in json.loads(result.stdout)}
    assert details["counsellor"] == {"name": "Jan Jansen", "phone": "0201234567", "hours": "9:00"}
    assert details["manager"] == {"phone": "+31201234567", "note": "017"}
    text = run_conduct("contacts", "--config", "org.yaml", "--plain", cwd=tmp_path, env={"COLUMNS": "100"})
    assert "Phone: 0201234567" in text.stdout and "Hours: 9:00" in text.stdout
    assert "Phone: +31201234567" in text.stdout


def test_an_empty_contacts_map_is_a_valid_config(tmp_path):
    (tmp_path / "org.yaml").write_text("contacts: {}\n")
    result = run_conduct("contacts", "--config", "org.yaml", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def value_step(data: dict) -> dict:
    """The step of the path where the gift's value was answered."""
    return next(step for step in data["path"] if step["question"] == "value")


def _verdict(result) -> str:
    if result.returncode == 0:
        return json.loads(result.stdout)["outcome"]["id"]
    return f"exit {result.returncode}: {assert_one_line(result.stderr)}"


@pytest.mark.parametrize("written", ["030", "017", "0x1F", "1_5", "1:30", "1.5e1", "12,50", "1.000",
                                     "-5", ".inf", "€ 15"])
def test_an_amount_in_an_answers_file_means_what_it_means_on_the_command_line(tmp_path, written):
    (tmp_path / "answers.yaml").write_text(
        "".join(f"{key}: {value}\n" for key, value in GIFT_FROM_BUSINESS.items()) + f"value: {written}\n"
        "gift_kind: goods\n")
    from_file = run_conduct("check", "gifts", "--answers", "answers.yaml", "--format", "json", "--no-input",
                            cwd=tmp_path)
    from_option = run_conduct("check", "gifts", *answer_args({**GIFT_FROM_BUSINESS, "value": written,
                                                              "gift_kind": "goods"}),
                              "--format", "json", "--no-input", cwd=tmp_path)
    assert _verdict(from_file) == _verdict(from_option)


@pytest.mark.parametrize("written, outcome", [("030", "over_limit_ask"), ("017", "small_gift_accept"),
                                              ("1.5e1", "small_gift_accept")])
def test_an_amount_is_read_as_a_decimal_number(tmp_path, written, outcome):
    (tmp_path / "answers.yaml").write_text(
        "".join(f"{key}: {value}\n" for key, value in GIFT_FROM_BUSINESS.items()) + f"value: {written}\n"
        "gift_kind: goods\n")
    result = run_conduct("check", "gifts", "--answers", "answers.yaml", "--format", "json", "--no-input",
                         cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["outcome"]["id"] == outcome
    assert value_step(data)["answer"] == float(written)


def test_a_json_number_with_an_exponent_is_an_amount(tmp_path):
    (tmp_path / "answers.json").write_text(json.dumps({**GIFT_FROM_BUSINESS, "gift_kind": "goods"})[:-1]
                                           + ', "value": 1.5e1}')
    result = run_conduct("check", "gifts", "--answers", "answers.json", "--format", "json", "--no-input",
                         cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert value_step(json.loads(result.stdout)) == {"topic": "gifts", "question": "value", "answer": 15}


@pytest.mark.parametrize("written", ["0x1F", "1_5", "1:30"])
def test_an_amount_nobody_writes_is_refused_from_a_file_as_on_the_command_line(tmp_path, written):
    (tmp_path / "answers.yaml").write_text(f"giver: business\nvalue: {written}\n")
    result = run_conduct("check", "gifts", "--answers", "answers.yaml", "--format", "json", "--no-input",
                         cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert_one_line(result.stderr, f"'{written}' is not an amount for question 'value'")
