"""Every error a user can meet: its exit code, and its message written once in both languages.

Every failure a user can cause ends in a ConductError, so the command line prints one clear
line and exits with the documented code, never a traceback. The error class says the exit code
and how the error is handled; the message is one of the texts below, a template whose fields
are escaped (control characters written out) before they are filled in, so a file name or an
answer can never move the cursor or change colours. (Messages are texts, not one class each:
forty classes would cost every start of `conduct` a millisecond.) Part of the ground floor.
"""
from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from enum import IntEnum
from typing import Any, NamedTuple

from .bilingual import Text
from .printable import escaped


class ExitCode(IntEnum):
    """The exit codes `conduct` documents (README, "Exit codes")."""

    OK = 0
    PROBLEMS = 1         # validate found problems, a tree cannot be used, a file or the output could not be written
    USAGE = 2            # bad input: an option, an answer, a file the user named
    NEEDS_ANSWER = 3     # an answer is needed but may not be asked
    INTERNAL = 70        # a bug: one line, CONDUCT_DEBUG=1 shows the details
    SIGNALLED = 128      # stopped by signal n: 128 + n (SIGHUP 129, SIGQUIT 131, SIGTERM 143)
    INTERRUPTED = 130    # Ctrl-C or Ctrl-D (128 + SIGINT)
    BROKEN_PIPE = 141    # the reader of the output went away (128 + SIGPIPE), quietly


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


class Stopped(KeyboardInterrupt):
    """A signal asked `conduct` to stop (SIGTERM, SIGHUP, SIGQUIT): ends like Ctrl-C, with the
    exit code 128 + the signal's number. A KeyboardInterrupt, so whatever cleans up after
    Ctrl-C cleans up after it too.
    """

    def __init__(self, signal_number: int):
        super().__init__(signal_number)
        self.signal_number = signal_number

    @property
    def exit_code(self) -> int:
        """128 + the signal's number, as a shell reports a process ended by it."""
        return ExitCode.SIGNALLED + self.signal_number


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


TREE_PROBLEMS = Text("{first}{more}; voer uit: conduct validate{where}", "{first}{more}; run: conduct validate{where}")
MORE_PROBLEMS = Text(" (en nog {count} {noun})", " (and {count} more {noun})")


class TreeError(ConductError):
    """A tree file that cannot be used; holds every problem found (exit 1).

    The first problem is named (for authors: in English), and the line says how to see them
    all: `conduct validate` (with the trees' folder when they are not the shipped ones).
    """

    exit_code = ExitCode.PROBLEMS

    def __init__(self, problems: list[Problem], directory: Any = None):
        self.problems = list(problems)
        self.directory = directory
        first = self.problems[0] if self.problems else Problem("?", "unknown problem")
        more = len(self.problems) - 1
        nl, en = ("probleem", "problem") if more == 1 else ("problemen", "problems")
        suffix = (Text(MORE_PROBLEMS.nl.format(count=more, noun=nl), MORE_PROBLEMS.en.format(count=more, noun=en))
                  if more else Text("", ""))
        super().__init__(TREE_PROBLEMS, first=str(first), more=suffix, where=f" {directory}" if directory else "")


class BrokenTreeError(ConductError):
    """A tree that was loaded but cannot be walked to an end (exit 1)."""

    exit_code = ExitCode.PROBLEMS


# --- why a file, a folder or the output could not be used: an OSError in words ----------------

REASON_MISSING = Text("bestaat niet", "does not exist")
REASON_NOT_A_FOLDER = Text("een deel van het pad is geen map", "a part of the path is not a folder")
REASON_IS_A_FOLDER = Text("is een map", "is a folder")
REASON_NOT_REGULAR = Text("is geen gewoon bestand (maar een apparaat, FIFO of socket)",
                          "is not a regular file (but a device, FIFO or socket)")
REASON_NAME_TOO_LONG = Text("de naam is te lang", "the name is too long")
REASON_NO_SEARCH = Text("geen toegang: een map op de weg ernaartoe mag niet doorzocht worden",
                        "permission denied: a folder on the way may not be searched")
REASON_NO_PERMISSION = Text("geen toegang", "permission denied")
REASON_DISK_FULL = Text("de schijf is vol (geen ruimte of geen vrije inodes meer)",
                        "the disk is full (no space or no free inodes left)")
REASON_QUOTA = Text("je schijfquotum is op", "your disk quota is used up")
REASON_READ_ONLY = Text("de schijf is alleen-lezen", "the disk is read-only")
REASON_LINK_LOOP = Text("te veel symbolische links (een lus?)", "too many symbolic links (a loop?)")
REASON_WORKING_FOLDER_GONE = Text("de map waarin je werkt bestaat niet meer; ga naar een bestaande map",
                                  "the folder you are working in no longer exists; change to an existing folder")
REASON_DISK_ERROR = Text("een lees- of schrijffout van de schijf", "a disk read or write error")
REASON_OUTPUT_CLOSED = Text("de standaarduitvoer is gesloten", "standard output is closed")
REASON_TOO_LARGE = Text("het bestand is te groot", "the file is too large")

_REASONS = {
    errno.ENOENT: REASON_MISSING, errno.ENOTDIR: REASON_NOT_A_FOLDER, errno.EISDIR: REASON_IS_A_FOLDER,
    errno.ENAMETOOLONG: REASON_NAME_TOO_LONG, errno.EACCES: REASON_NO_PERMISSION,
    errno.EPERM: REASON_NO_PERMISSION, errno.ENOSPC: REASON_DISK_FULL, errno.EDQUOT: REASON_QUOTA,
    errno.EROFS: REASON_READ_ONLY, errno.ELOOP: REASON_LINK_LOOP, errno.EIO: REASON_DISK_ERROR,
    errno.EBADF: REASON_OUTPUT_CLOSED, errno.EFBIG: REASON_TOO_LARGE, errno.ENXIO: REASON_NOT_REGULAR,
}


def working_folder_gone() -> bool:
    """Whether the folder `conduct` was started in has been deleted since."""
    try:
        os.getcwd()
    except FileNotFoundError:
        return True
    return False


def os_reason(error: OSError, path: Any = None, searching: bool = False) -> Text:
    """Why an OS call on `path` failed, in words. `searching`: the call only looked the path up
    (stat), so "permission denied" can only mean a folder on the way may not be searched.
    """
    code = error.errno
    if code == errno.ENOENT and path is not None and not os.path.isabs(path) and working_folder_gone():
        return REASON_WORKING_FOLDER_GONE
    if code == errno.EACCES and searching:
        return REASON_NO_SEARCH
    known = _REASONS.get(code or 0)
    if known is not None:
        return known
    words = error.strerror or type(error).__name__
    return Text(words, words)


def fill(message: Text, **fields: Any) -> Text:
    """A message with its fields filled in, in both languages (a field may be a Text)."""
    def one(lang: str) -> str:
        return message.get(lang).format(**{key: value.get(lang) if isinstance(value, Text) else value
                                           for key, value in fields.items()})
    return Text(one("nl"), one("en"))


# reading a file: a YAML file (a tree, answers, config) that cannot be read, and why
FILE_MISSING = Text("het bestand bestaat niet", "the file does not exist")
FILE_IS_FOLDER = Text("is een map, geen bestand", "is a folder, not a file")
FILE_NOT_REGULAR = Text("is geen gewoon bestand maar een apparaat, FIFO of socket; geef een bestand",
                        "is not a regular file but a device, FIFO or socket; give a file")
FILE_UNREADABLE = Text("het bestand kan niet gelezen worden ({reason})", "the file cannot be read ({reason})")
FILE_TOO_LARGE = Text("het bestand is groter dan de grens van {size}", "the file is larger than the limit of {size}")
FILE_BINARY = Text("het bestand is een binair bestand, geen YAML-tekst", "the file is a binary file, not YAML text")
FILE_NOT_UTF8 = Text("het bestand is geen UTF-8-tekst (byte {byte})", "the file is not UTF-8 text (byte {byte})")

# --- the messages: UsageError (exit 2) -------------------------------------------------------

EMPTY_OPTION = Text("{option} is leeg; geef een bestandsnaam", "{option} is empty; give a file name")
EMPTY_PATH = Text("een leeg pad is geen bestand of map; geef een boombestand of een map",
                  "an empty path is not a file or folder; give a tree file or a folder")

BAD_LANGUAGE = Text("--lang moet nl of en zijn, niet '{value}'",
                    "--lang must be nl or en, not '{value}'")
BAD_LANGUAGE_VARIABLE = Text("CONDUCT_LANG moet nl of en zijn, niet '{value}'; pas het aan of gebruik --lang",
                             "CONDUCT_LANG must be nl or en, not '{value}'; change it or pass --lang")
UNKNOWN_TOPIC = Text("onbekend onderwerp '{topic}'{suggestion}; onderwerpen: {known}",
                     "unknown topic '{topic}'{suggestion}; topics: {known}")
UNKNOWN_QUESTION = Text("onbekende vraag '{key}'{suggestion} in onderwerp '{topic}'; vragen: {known}",
                        "unknown question '{key}'{suggestion} in topic '{topic}'; questions: {known}")
UNKNOWN_ORGANISATION = Text("onbekende organisatie '{organisation}'{suggestion}; organisaties: {known} "
                            "(of 'other': een andere organisatie, beide codes)",
                            "unknown organisation '{organisation}'{suggestion}; organisations: {known} "
                            "(or 'other': another organisation, both codes)")
UNKNOWN_SCENARIO = Text("onbekend scenario '{scenario}'{suggestion}; scenario's: {known}",
                        "unknown scenario '{scenario}'{suggestion}; scenarios: {known}")
TREES_NOT_EMPTY = Text("{path} is niet leeg; kies een nieuwe of lege map",
                       "{path} is not empty; choose a new or empty folder")
EMPTY_VALUE = Text("{option} mag niet leeg zijn", "{option} may not be empty")
NOT_A_CONTENT_DIR = Text("{path} is geen map met bomen (verwacht: topics/ en contacts.yaml); "
                         "maak er een met: conduct tree init {path}",
                         "{path} is not a trees folder (expected: topics/ and contacts.yaml); "
                         "make one with: conduct tree init {path}")
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
SAVE_TARGET_SPECIAL = Text("--save {path} is geen gewoon bestand (maar een apparaat, FIFO of socket) en wordt "
                           "nooit vervangen, ook niet met --force; geef een bestandsnaam",
                           "--save {path} is not a regular file (but a device, FIFO or socket) and is never "
                           "replaced, not even with --force; give a file name")
SAVE_NOT_USABLE = Text("--save {path}: {reason}", "--save {path}: {reason}")

# --- AnswerError (exit 2; also shown at a prompt) ---------------------------------------------

NOT_AN_ANSWER = Text("'{value}' is geen antwoord op vraag '{question}'; mogelijk: {allowed}",
                     "'{value}' is not an answer to question '{question}'; allowed: {allowed}")
NOT_AN_AMOUNT = Text("{value} is geen bedrag voor vraag '{question}'; mogelijk: {allowed}",
                     "{value} is not an amount for question '{question}'; allowed: {allowed}")
CONFLICTING_ANSWERS = Text("'{question}={value}' spreekt '{earlier}={known}' tegen: dat is dezelfde vraag, "
                           "in een ander onderwerp; geef één antwoord",
                           "'{question}={value}' contradicts '{earlier}={known}': that is the same question, "
                           "asked in another topic; give one answer")
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

# --- the output (exit 1) ----------------------------------------------------------------------

OUTPUT_FAILED = Text("kan de uitvoer niet schrijven: {reason}", "could not write the output: {reason}")
OUTPUT_FAILED_SAVED = Text("kan de uitvoer niet schrijven: {reason}; de samenvatting is opgeslagen in {path}",
                           "could not write the output: {reason}; the summary was saved to {path}")
FILE_FAILED = Text("{path}: {reason}", "{path}: {reason}")

# --- ToolError (exit 1) --------------------------------------------------------------------------

GRAPHVIZ_MISSING = Text("svg heeft Graphviz nodig ('dot'), en dat is niet geïnstalleerd; installeer het "
                        "(pakket graphviz) of gebruik --format dot of mermaid",
                        "svg needs Graphviz ('dot'), which is not installed; install it (package graphviz) "
                        "or use --format dot or mermaid")
GRAPHVIZ_FAILED = Text("Graphviz kon de tekening niet maken: {reason}", "Graphviz could not draw the picture: {reason}")

# --- BrokenTreeError (exit 1): a tree that passed loading but cannot be walked -----------------

BROKEN_TREE = Text("onderwerp '{topic}' {problem}; voer 'conduct validate' uit",
                   "topic '{topic}' {problem}; run 'conduct validate'")
NO_END = Text("komt niet tot een einde", "does not come to an end")
UNKNOWN_LINK = Text("verwijst naar een onbekend onderwerp", "links to an unknown topic")
UNKNOWN_NODE = Text("verwijst naar een stap die niet bestaat", "points to a step that does not exist")
