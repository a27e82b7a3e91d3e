"""Every error a user can meet: its exit code, and its message written once in both languages.

Every failure a user can cause ends in a ConductError, so the command line prints one clear
line and exits with the documented code, never a traceback. The error class says the exit code
and how the error is handled; the message is one of the texts below, a template whose fields
are escaped (control characters written out) before they are filled in, so a file name or an
answer can never move the cursor or change colours. (Messages are texts, not one class each:
forty classes would cost every start of `conduct` a millisecond.) Part of the ground floor.
"""
from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any, NamedTuple

from .bilingual import Text
from .printable import escaped


class ExitCode(IntEnum):
    """The exit codes `conduct` documents (README, "Exit codes")."""

    OK = 0
    PROBLEMS = 1         # validate found problems, a tree cannot be used, a file could not be written
    USAGE = 2            # bad input: an option, an answer, a file the user named
    NEEDS_ANSWER = 3     # an answer is needed but may not be asked
    INTERNAL = 70        # a bug: one line, CONDUCT_DEBUG=1 shows the details
    INTERRUPTED = 130    # Ctrl-C or Ctrl-D


def _escape(value: Any) -> Any:
    if isinstance(value, Text):
        return Text(escaped(value.nl), escaped(value.en))
    return value if isinstance(value, (int, float)) else escaped(value)


def did_you_mean(value: Any, known: Iterable[str]) -> Text:
    """" (did you mean 'x'?)" when one of the `known` names is close to `value`, else nothing:
    a field for the messages below, so a typo is one look away from its fix.
    """
    import difflib  # only when a message is made

    close = difflib.get_close_matches(str(value), [str(k) for k in known], n=1, cutoff=0.6)
    if not close or close[0] == str(value):
        return Text("", "")
    name = escaped(close[0])
    return Text(f" (bedoel je '{name}'?)", f" (did you mean '{name}'?)")


class ConductError(Exception):
    """Base class: a message (one of the texts below) and the fields to fill in.

    `text(lang)` is the one line shown to the user; `str()` is the English one. A field given
    as a `Text` is filled in in the message's language.
    """

    exit_code = ExitCode.USAGE

    def __init__(self, message: Text, **fields: Any):
        self.message = message
        self.fields = {key: _escape(value) for key, value in fields.items()}
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in `lang`, its fields filled in."""
        return self.message.get(lang).format(**{key: value.get(lang) if isinstance(value, Text) else value
                                                 for key, value in self.fields.items()})


class UsageError(ConductError):
    """Bad input on the command line or in a file the user named (exit 2)."""


class AnswerError(UsageError):
    """An answer that does not fit its question (exit 2). The same text is shown at a prompt."""

    def __init__(self, message: Text, question_id: str | None = None, **fields: Any):
        self.question_id = question_id
        super().__init__(message, question=question_id or "", **fields)


class SaveError(ConductError):
    """The summary could not be written; the advice was shown all the same (exit 1)."""

    exit_code = ExitCode.PROBLEMS


class ToolError(ConductError):
    """A program `conduct` needs for this (Graphviz) is missing or failed (exit 1)."""

    exit_code = ExitCode.PROBLEMS


class Problem(NamedTuple):
    """One problem in a tree file, with where it is (for authors: English only)."""

    file: str
    message: str
    line: int | None = None
    node: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.node:
            where += f": node '{self.node}'"
        return f"{where}: {self.message}"


TREE_PROBLEMS = Text("{first}{more}", "{first}{more}")


class TreeError(ConductError):
    """A tree file that cannot be used; holds every problem found (exit 1)."""

    exit_code = ExitCode.PROBLEMS

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else Problem("?", "unknown problem")
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''}; run 'conduct validate')" if more else ""
        super().__init__(TREE_PROBLEMS, first=str(first), more=suffix)


# --- the messages: UsageError (exit 2) -------------------------------------------------------

BAD_LANGUAGE = Text("--lang moet nl of en zijn, niet '{value}'",
                    "--lang must be nl or en, not '{value}'")
BAD_LANGUAGE_VARIABLE = Text("CONDUCT_LANG moet nl of en zijn, niet '{value}'; pas het aan of gebruik --lang",
                             "CONDUCT_LANG must be nl or en, not '{value}'; change it or pass --lang")
UNKNOWN_TOPIC = Text("onbekend onderwerp '{topic}'{suggestion}; onderwerpen: {known}",
                     "unknown topic '{topic}'{suggestion}; topics: {known}")
UNKNOWN_QUESTION = Text("onbekende vraag '{key}'{suggestion} in onderwerp '{topic}'; vragen: {known}",
                        "unknown question '{key}'{suggestion} in topic '{topic}'; questions: {known}")
UNKNOWN_SCENARIO = Text("onbekend scenario '{scenario}'{suggestion}; scenario's: {known}",
                        "unknown scenario '{scenario}'{suggestion}; scenarios: {known}")
BAD_ASSIGNMENT = Text("--answer verwacht ID=WAARDE, bijv. --answer value=15; kreeg '{given}'",
                      "--answer takes ID=VALUE, e.g. --answer value=15; got '{given}'")

# answers files and config files
ANSWERS_FILE = Text("antwoordbestand", "answers file")
CONFIG_FILE = Text("configuratiebestand", "config file")
USER_FILE_PROBLEM = Text("{kind} {where}: {problem}", "{kind} {where}: {problem}")
ANSWERS_NOT_A_MAP = Text("antwoordbestand {name} moet vraag-id's met antwoorden bevatten, bijv. 'value: 15'",
                         "answers file {name} must be a map of question id to answer, e.g. 'value: 15'")
ANSWERS_KEY_NOT_TEXT = Text("antwoordbestand {name}: vraag-id {key} moet tekst zijn",
                            "answers file {name}: question id {key} must be text")
ANSWERS_VALUE_NOT_SINGLE = Text("antwoordbestand {name}: het antwoord op '{key}' moet één waarde zijn",
                                "answers file {name}: the answer to '{key}' must be a single value")
CONFIG_NOT_FOUND = Text("configuratiebestand {path} niet gevonden (genoemd in {origin})",
                        "config file {path} not found (named by {origin})")
CONFIG_NOT_FOUND_OPTION = Text("configuratiebestand {path} niet gevonden (opgegeven met --config)",
                               "config file {path} not found (given with --config)")
CONFIG_PROBLEM = Text("configuratiebestand {path}:{line}: {detail}",   # detail: a Text saying what
                      "config file {path}:{line}: {detail}")
CONFIG_IGNORED = Text("waarschuwing: {problem}; het advies volgt zonder de contactgegevens",
                      "warning: {problem}; the advice follows without the contact details")
CONFIG_EXISTS = Text("{path} bestaat al; pas het aan, of geef een andere bestandsnaam",
                     "{path} already exists; edit it, or give another file name")
CONFIG_NOT_WRITTEN = Text("kan {path} niet schrijven: {reason}", "cannot write {path}: {reason}")

# --save, checked before any question is asked
SAVE_TARGET_IS_FOLDER = Text("--save {path} is een map; geef een bestandsnaam",
                             "--save {path} is a directory; give a file name")
SAVE_TARGET_EXISTS = Text("--save {path} bestaat al; kies een andere naam of gebruik --force",
                          "--save {path} already exists; choose another name or add --force")
SAVE_FOLDER_MISSING = Text("--save {path}: map {folder} bestaat niet",
                           "--save {path}: folder {folder} does not exist")
SAVE_FOLDER_NOT_WRITABLE = Text("--save {path}: in map {folder} mag niet geschreven worden",
                                "--save {path}: folder {folder} is not writable")

# --- AnswerError (exit 2; also shown at a prompt) ---------------------------------------------

NOT_AN_ANSWER = Text("'{value}' is geen antwoord op vraag '{question}'; mogelijk: {allowed}",
                     "'{value}' is not an answer to question '{question}'; allowed: {allowed}")
NOT_AN_AMOUNT = Text("{value} is geen bedrag voor vraag '{question}'; mogelijk: {allowed}",
                     "{value} is not an amount for question '{question}'; allowed: {allowed}")
NOT_A_SINGLE_VALUE = Text("het antwoord op vraag '{question}' moet één waarde zijn; mogelijk: {allowed}",
                          "the answer to question '{question}' must be a single value; allowed: {allowed}")
AMOUNT_VOTE = Text("typ het bedrag van de groep in euro (bijv. 20), of ? als de groep het niet weet",
                   "type the group's amount in euro (e.g. 20), or ? if the group is not sure")
COUNT_VOTE = Text("typ een aantal voor elk van de {count} keuzes (bijv. {example}), of het nummer "
                  "van de keuze van de groep (1-{count})",
                  "type a count for each of the {count} options (e.g. {example}), or the number "
                  "of the group's choice (1-{count})")

# --- SaveError (exit 1) -------------------------------------------------------------------------

NOT_SAVED_EXISTS = Text("niet opgeslagen: {path} bestaat al; kies een andere naam of gebruik --force",
                        "not saved: {path} already exists; choose another name or add --force")
NOT_SAVED = Text("niet opgeslagen in {path}: {reason}", "not saved to {path}: {reason}")

# --- ToolError (exit 1) --------------------------------------------------------------------------

GRAPHVIZ_MISSING = Text("svg heeft Graphviz nodig ('dot'), en dat is niet geïnstalleerd; installeer het "
                        "(pakket graphviz) of gebruik --format dot of mermaid",
                        "svg needs Graphviz ('dot'), which is not installed; install it (package graphviz) "
                        "or use --format dot or mermaid")
GRAPHVIZ_FAILED = Text("Graphviz kon de tekening niet maken: {reason}", "Graphviz could not draw the picture: {reason}")

# --- ConductError: a tree that passed loading but cannot be walked ----------------------------

BROKEN_TREE = Text("onderwerp '{topic}' {problem}; voer 'conduct validate' uit",
                   "topic '{topic}' {problem}; run 'conduct validate'")
NO_END = Text("komt niet tot een einde", "does not come to an end")
UNKNOWN_LINK = Text("verwijst naar een onbekend onderwerp", "links to an unknown topic")
