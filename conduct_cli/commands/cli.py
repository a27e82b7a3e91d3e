"""The command line's habits, for every command at once: `-h` as well as `--help`, help and
usage errors in the user's language, and a usage error as one line with its hint on it.

The language is decided from the arguments and the environment before typer parses anything
(`--lang` may come after the point where a usage error is found). Help texts are written in
English beside the options they describe; their Dutch is in `DUTCH` below, applied to the
command tree when the language is Dutch.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

from typer.core import TyperCommand, TyperGroup

CONTEXT = {"help_option_names": ["-h", "--help"]}

# Help texts and the frame of the help screen, in Dutch; keys are the English texts as written.
DUTCH: dict[str, str] = {
    "Integrity self-assessment: check a dilemma against your code of conduct.":
        "Integriteit: toets een dilemma aan je gedragscode.",
    "Work through a dilemma and get advice: what to do, why, and whom to contact.":
        "Doorloop een dilemma en krijg advies: wat je doet, waarom, en wie je benadert.",
    "The topic to check (see 'conduct topics'); without it, a menu.":
        "Het onderwerp (zie 'conduct topics'); zonder onderwerp een menu.",
    "Answer a question in advance; repeatable.": "Beantwoord een vraag vooraf; mag vaker.",
    "A YAML or JSON map of question id to answer.": "Een YAML- of JSON-bestand met vraag-id's en antwoorden.",
    "Never prompt; exit 3 when an answer is missing.": "Nooit iets vragen; exitcode 3 als een antwoord ontbreekt.",
    "Skip checking your answers before the advice.": "Sla het controleren van je antwoorden over.",
    "Write a Markdown summary (readable only by you).":
        "Schrijf een samenvatting in Markdown (alleen door jou leesbaar).",
    "Let --save replace an existing file.": "Laat --save een bestaand bestand vervangen.",
    "Your organisation's contacts (YAML); default: CONDUCT_CONFIG, then the user config directory.":
        "De contactpersonen van je organisatie (YAML); standaard: CONDUCT_CONFIG, dan de "
        "configuratiemap van de gebruiker.",
    "text for people, json for scripts (see the README for the protocol).":
        "text voor mensen, json voor scripts (het protocol staat in de README).",
    "No colour and no box drawing (easier on screen readers); NO_COLOR does the same.":
        "Geen kleur en geen kaders (prettiger voor schermlezers); NO_COLOR doet hetzelfde.",
    "Language: nl or en (default: CONDUCT_LANG, else your locale).":
        "Taal: nl of en (standaard: CONDUCT_LANG, anders je locale).",
    "List the topics you can check.": "Toon de onderwerpen die je kunt toetsen.",
    "Check tree files: schema, targets, reachability, cycles, contacts, sources, links.":
        "Controleer boombestanden: schema, verwijzingen, bereikbaarheid, kringen, contacten, bronnen, "
        "koppelingen.",
    "Tree files or directories; default: the shipped trees.":
        "Boombestanden of mappen; standaard: de meegeleverde bomen.",
    "List every contact role: what it is for, what it keeps confidential, and its details.":
        "Toon elke contactrol: waarvoor, wat vertrouwelijk blijft, en de gegevens.",
    "Scenarios for trainers: play a situation in front of a group.":
        "Scenario's voor trainers: speel een situatie voor een groep.",
    "List the scenarios.": "Toon de scenario's.",
    "Play a scenario: the story, each question with the scripted answer, the advice.":
        "Speel een scenario: het verhaal, elke vraag met het antwoord uit het script, het advies.",
    "The scenario (see 'conduct scenario list'); without it, the list.":
        "Het scenario (zie 'conduct scenario list'); zonder id de lijst.",
    "Let the group vote before each answer and the advice.":
        "Laat de groep stemmen voor elk antwoord en voor het advies.",
    "After the advice, change one answer and see where it leads.":
        "Verander na het advies een antwoord en zie waar het heen leidt.",
    "Play straight through without waiting.": "Speel alles achter elkaar af, zonder te wachten.",
    "Pictures of the trees: in the terminal, or for slides and other tools.":
        "Plaatjes van de bomen: in de terminal, of voor dia's en andere programma's.",
    "Show a topic's tree: questions, answers, outcomes coloured by verdict, the next contact.":
        "Toon de boom van een onderwerp: vragen, antwoorden, uitkomsten gekleurd per oordeel, het "
        "volgende contact.",
    "Export a topic's tree for slides (Mermaid, Graphviz dot or SVG) or other tools (JSON).":
        "Exporteer de boom van een onderwerp voor dia's (Mermaid, Graphviz dot of SVG) of andere "
        "programma's (JSON).",
    "mermaid, dot (Graphviz), svg (drawn by Graphviz) or json.":
        "mermaid, dot (Graphviz), svg (getekend door Graphviz) of json.",
    "Layout of dot and svg: TB top to bottom (fits a slide), LR left to right.":
        "Richting van dot en svg: TB van boven naar beneden (past op een dia), LR van links naar rechts.",
    "Your organisation's contacts file: where it is, and a template.":
        "Het contactenbestand van je organisatie: waar het staat, en een sjabloon.",
    "Say which contacts file is in use (and check it).": "Zeg welk contactenbestand in gebruik is (en controleer het).",
    "Write a commented template to fill in (never over an existing file).":
        "Schrijf een sjabloon met uitleg om in te vullen (nooit over een bestaand bestand).",
    "Where to write; default: the user config directory.":
        "Waar het komt; standaard: de configuratiemap van de gebruiker.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Show this message and exit.": "Toon deze hulp en stop.",
    # the frame of the help screen
    "Usage: ": "Gebruik: ",
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "[OPTIONS]": "[OPTIES]",
    "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]...",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
}

# click's usage errors, in Dutch: (pattern of the English message, Dutch template)
_DUTCH_ERRORS: list[tuple[str, str]] = [
    (r"No such option: (\S+)(?: \(Possible options: (.*)\)| Did you mean (\S+)\?)?", "onbekende optie {0}{1}"),
    (r"No such command '(.*)'\.(?: Did you mean (.*)\?)?", "onbekende opdracht '{0}'{1}"),
    (r"Missing argument '(.*)'\.?", "het argument {0} ontbreekt"),
    (r"Missing option '(.*)'\.?", "de optie {0} ontbreekt"),
    (r"Missing command\.?", "geef een opdracht"),
    (r"Option '(.*)' requires an argument\.", "de optie {0} heeft een waarde nodig"),
    (r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)", "onverwacht extra argument ({0})"),
    (r"Invalid value for '(.*)': '(.*)' is not one of (.*)\.", "ongeldige waarde voor {0}: '{1}'; mogelijk: {2}"),
    (r"Invalid value for '(.*)': (.*)", "ongeldige waarde voor {0}: {1}"),
]
_SUGGESTION = {"nl": " (bedoel je {0}?)", "en": " (did you mean {0}?)"}


class _State:
    lang = "en"


def language(args: Sequence[str]) -> str:
    """The interface language for this run, from `--lang` anywhere in `args`, else as
    `pick_language` decides; English when the choice is not valid (guard reports that).
    """
    from ..errors import UsageError
    from ..words import pick_language

    option = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            option = args[index + 1]
        elif arg.startswith("--lang="):
            option = arg.split("=", 1)[1]
    try:
        return pick_language(option)
    except UsageError:
        return "en"


def dutch(text: str) -> str:
    """A help text in Dutch when the run is in Dutch."""
    return DUTCH.get(text, text) if _State.lang == "nl" else text


def _dutch_gettext(message: str) -> str:
    return DUTCH.get(message, message)


def _translate(command: Any) -> None:
    """The help texts of a command and everything under it, in Dutch."""
    command.help = DUTCH.get(command.help, command.help) if command.help else command.help
    command.options_metavar = DUTCH.get(command.options_metavar, command.options_metavar)
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = DUTCH.get(command.subcommand_metavar, command.subcommand_metavar)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = DUTCH.get(param.help, param.help)
    for sub in getattr(command, "commands", {}).values():
        _translate(sub)


def usage_line(error: Any, lang: str) -> str:
    """A usage error as one line, in `lang`, with the way to help on the same line."""
    message = error.format_message().strip()
    if lang == "nl":
        for pattern, template in _DUTCH_ERRORS:
            found = re.fullmatch(pattern, message, flags=re.DOTALL)
            if found:
                parts = [part or "" for part in found.groups()]
                if template.startswith("onbekende"):   # click's suggestion, in our words
                    close = next((part for part in parts[1:] if part), "")
                    parts[1:] = [_SUGGESTION["nl"].format(close) if close else ""]
                message = template.format(*parts)
                break
    else:
        message = re.sub(r"\.? (?:Did you mean (.*)\?|\(Possible options: (.*)\))$",
                         lambda m: _SUGGESTION["en"].format(m.group(1) or m.group(2)), message)
        message = message[:1].lower() + message[1:] if message[:2] != message[:2].upper() else message
        message = message.rstrip(".")
    path = error.ctx.command_path if getattr(error, "ctx", None) is not None else "conduct"
    hint = f"zie '{path} --help'" if lang == "nl" else f"see '{path} --help'"
    return f"conduct: {' '.join(message.split())} ({hint})"


class _Habits:
    """What every command and group of `conduct` shares: the usage line and the help option in
    the run's language.
    """

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        """The usage line, its prefix in the run's language."""
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=dutch("Usage: "))

    def get_help_option(self, ctx: Any) -> Any:
        """-h and --help, explained in the run's language."""
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = dutch("Show this message and exit.")
        return option


class ConductCommand(_Habits, TyperCommand):
    """A command of `conduct`."""


class ConductGroup(_Habits, TyperGroup):
    """`conduct` and its groups of commands; the root runs the whole command line."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        """Run the command line: help and usage errors in the user's language, a usage error
        as one line (exit 2), help for a group without a command (exit 0).
        """
        import typer.core
        from typer import Abort
        from typer._click.exceptions import ClickException, NoArgsIsHelpError

        arguments = list(sys.argv[1:] if args is None else args)
        lang = _State.lang = language(arguments)
        headings = typer.core._
        if lang == "nl":
            _translate(self)
            typer.core._ = _dutch_gettext   # the help screen's headings
        try:
            code = super().main(args=arguments, prog_name=prog_name, complete_var=complete_var,
                                standalone_mode=False, windows_expand_args=windows_expand_args, **extra)
        except NoArgsIsHelpError as error:
            print(error.ctx.get_help())
            code = 0
        except ClickException as error:
            from .guard import say

            say(usage_line(error, lang))
            code = error.exit_code
        except Abort:   # Ctrl-C or Ctrl-D before a command's own guard was in place
            from ..words import word
            from .guard import say

            say(f"conduct: {word('interrupted', lang)}")
            code = 130
        finally:
            typer.core._ = headings
            _State.lang = "en"
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
