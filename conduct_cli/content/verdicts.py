"""The verdicts an outcome can give, and everything each verdict means and looks like.

One table, so a new verdict is one row: its label for people, its meaning (the README's
table), its colour in the terminal and its fill colour in exported pictures. A test checks that
every verdict has a row.
"""
from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from ..bilingual import Text


class Verdict(str, Enum):
    """The fixed set of verdicts an outcome can give (documented in the README)."""

    ALLOWED = "allowed"
    ALLOWED_TELL_MANAGER = "allowed_tell_manager"
    ASK_FIRST = "ask_first"
    NOT_ALLOWED = "not_allowed"
    SHARE_WITH_CARE = "share_with_care"
    DO_NOT_SHARE = "do_not_share"
    REPORT = "report"
    SEEK_ADVICE = "seek_advice"
    EMERGENCY = "emergency"


class VerdictLook(NamedTuple):
    """How a verdict is named, explained and coloured."""

    label: Text
    meaning: Text
    style: str           # rich style in the terminal
    fill: str            # fill colour in Mermaid and Graphviz pictures


VERDICTS: dict[Verdict, VerdictLook] = {
    Verdict.ALLOWED: VerdictLook(
        Text("Toegestaan", "Allowed"),
        Text("je mag het doen", "you may go ahead"), "green", "#c8e6c9"),
    Verdict.ALLOWED_TELL_MANAGER: VerdictLook(
        Text("Toegestaan; meld het je leidinggevende", "Allowed; tell your manager"),
        Text("je mag het doen, en je meldt het je leidinggevende", "you may go ahead, and tell your manager"),
        "green", "#dcedc8"),
    Verdict.ASK_FIRST: VerdictLook(
        Text("Eerst overleggen", "Ask first"),
        Text("overleg eerst: iemand anders beslist of stemt in voordat je iets doet",
             "ask first: someone else decides or agrees before you act"), "yellow", "#fff9c4"),
    Verdict.NOT_ALLOWED: VerdictLook(
        Text("Niet toegestaan", "Not allowed"),
        Text("doe het niet", "do not do it"), "red", "#ffcdd2"),
    Verdict.SHARE_WITH_CARE: VerdictLook(
        Text("Delen, zorgvuldig", "Share, with care"),
        Text("deel de informatie, niet meer dan nodig", "share the information, no more than needed"),
        "yellow", "#ffe0b2"),
    Verdict.DO_NOT_SHARE: VerdictLook(
        Text("Niet delen", "Do not share"),
        Text("houd de informatie voor je", "keep the information to yourself"), "red", "#ffcdd2"),
    Verdict.REPORT: VerdictLook(
        Text("Melden", "Report it"),
        Text("meld het: de meldcode, de klokkenluidersregeling",
             "report it: the meldcode, the whistleblower procedure"),
        "magenta", "#e1bee7"),
    Verdict.SEEK_ADVICE: VerdictLook(
        Text("Vraag advies", "Seek advice"),
        Text("nog geen oordeel: bespreek het met wie als eerste genoemd wordt",
             "no verdict yet: talk it through with the contact named first"), "cyan", "#b3e5fc"),
    Verdict.EMERGENCY: VerdictLook(
        Text("Acuut gevaar: bel 112", "Acute danger: call 112"),
        Text("acuut gevaar: bel nu 112", "acute danger: call 112 now"), "bold white on red", "#ef9a9a"),
}


def look(verdict: Verdict) -> VerdictLook:
    """The row of a verdict."""
    return VERDICTS[verdict]


def verdict_label(verdict: Verdict, lang: str) -> str:
    """A verdict's name for people, in `lang`."""
    return VERDICTS[verdict].label.get(lang)
