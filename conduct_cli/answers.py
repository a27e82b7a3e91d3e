"""The one parse-and-validate path for answers.

A value typed at a prompt, given with `--answer` or read from an answers file passes through
`parse_answer`, so all three accept the same values and reject the rest with the same words.
"""
from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path
from typing import Any

from .errors import AnswerError, UsageError
from .model import NOT_SURE, Question, QuestionKind

Value = str | float

_NOT_SURE_WORDS = {"not_sure", "not sure", "notsure", "?", "unsure", "don't know", "dont know",
                   "weet niet", "weet ik niet", "niet zeker", "twijfel"}
_YES_NO_WORDS = {"yes": "yes", "y": "yes", "ja": "yes", "j": "yes", "true": "yes",
                 "no": "no", "n": "no", "nee": "no", "false": "no"}

_DECIMAL = re.compile(r"^\d+([.,]\d{1,2})?$")
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+(,\d{1,2})?$")
_ENGLISH_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d{1,2})?$")
_CURRENCY = re.compile(r"^(€|eur|euro)\s*|\s*(€|eur|euro|euros)$", re.IGNORECASE)
MAX_AMOUNT = 1_000_000_000


def shown(value: Any, limit: int = 40) -> str:
    """A user's value as safe, short text for a message: control characters are escaped, so
    nothing they typed can move the cursor or change colours."""
    text = str(value)
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def allowed_values(question: Question, lang: str = "en") -> str:
    if question.kind is QuestionKind.AMOUNT:
        if lang == "nl":
            return "een getal in euro (bijv. 15 of 12,50), of not_sure"
        return "a number in euro (e.g. 15 or 12.50), or not_sure"
    return ", ".join(choice.value for choice in question.choices)


def _not_an_amount(value: str, question: Question) -> AnswerError:
    return AnswerError(
        f"{value} is not an amount for question '{question.id}'; allowed: {allowed_values(question)}",
        f"{value} is geen bedrag voor vraag '{question.id}'; mogelijk: {allowed_values(question, 'nl')}",
        question.id)


def parse_amount(text: str) -> float | None:
    """An amount in euro as written by a Dutch or English speaker; None if it is not one.

    '12,50' and '12.50' are twelve and a half; '1.000' and '1,000' are a thousand (reading a
    thousands separator as a decimal point would make a large gift look small)."""
    text = _CURRENCY.sub("", text.strip()).strip().replace(" ", "")
    if _DUTCH_THOUSANDS.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif _ENGLISH_THOUSANDS.match(text):
        text = text.replace(",", "")
    elif _DECIMAL.match(text):
        text = text.replace(",", ".")
    else:
        return None
    number = float(text)
    if not math.isfinite(number) or number > MAX_AMOUNT:
        return None
    return number


def parse_answer(question: Question, raw: Any) -> Value:
    """The canonical value for an answer to `question`, or AnswerError naming what is allowed."""
    if isinstance(raw, bool):  # a YAML answers file reads `yes` as true
        raw = "yes" if raw else "no"
    if question.kind is QuestionKind.AMOUNT and isinstance(raw, (int, float)):
        if raw < 0 or not math.isfinite(raw) or raw > MAX_AMOUNT:
            raise _not_an_amount(shown(raw), question)
        return float(raw)
    if not isinstance(raw, (str, int, float)):
        raise AnswerError(f"the answer to question '{question.id}' must be a single value; "
                          f"allowed: {allowed_values(question)}",
                          f"het antwoord op vraag '{question.id}' moet één waarde zijn; "
                          f"mogelijk: {allowed_values(question, 'nl')}", question.id)
    text = unicodedata.normalize("NFC", str(raw)).strip()
    folded = text.lower().replace("-", " ").replace("_", " ")
    if folded.replace(" ", "_") == NOT_SURE or folded in _NOT_SURE_WORDS:
        return NOT_SURE
    if question.kind is QuestionKind.AMOUNT:
        number = parse_amount(text)
        if number is None:
            raise _not_an_amount(f"'{shown(text)}'", question)
        return number
    candidate = folded.replace(" ", "_")
    if question.kind is QuestionKind.YES_NO:
        candidate = _YES_NO_WORDS.get(folded, candidate)
    if question.choice(candidate) is not None:
        return candidate
    raise AnswerError(f"'{shown(text)}' is not an answer to question '{question.id}'; "
                      f"allowed: {allowed_values(question)}",
                      f"'{shown(text)}' is geen antwoord op vraag '{question.id}'; "
                      f"mogelijk: {allowed_values(question, 'nl')}", question.id)


def json_value(value: Value) -> Any:
    """An answer as it appears in the JSON protocol: amounts as numbers, whole ones as ints."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return value


def parse_assignment(text: str) -> tuple[str, str]:
    """`ID=VALUE` from the command line."""
    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise UsageError(f"--answer takes ID=VALUE, e.g. --answer value=15; got '{shown(text)}'",
                         f"--answer verwacht ID=WAARDE, bijv. --answer value=15; kreeg '{shown(text)}'")
    return key, value.strip()


def read_answers_file(path: str) -> dict[str, Any]:
    """A YAML or JSON map of question id to value (JSON is YAML, so one reader serves both)."""
    from . import yamlsafe

    name = Path(path).name
    data = yamlsafe.load_user_file(path, 1024 * 1024, "answers file", "antwoordbestand")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError(f"answers file {name} must be a map of question id to answer, e.g. 'value: 15'",
                         f"antwoordbestand {name} moet vraag-id's met antwoorden bevatten, bijv. 'value: 15'")
    answers: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str):
            raise UsageError(f"answers file {name}: question id {shown(key)} must be text",
                             f"antwoordbestand {name}: vraag-id {shown(key)} moet tekst zijn")
        if isinstance(value, (dict, list)) or value is None:
            raise UsageError(f"answers file {name}: the answer to '{shown(key)}' must be a single value",
                             f"antwoordbestand {name}: het antwoord op '{shown(key)}' moet één waarde zijn")
        answers[key] = value
    return answers

