"""The Dutch of the command line: every help text, the frame of the help screen, and click's
usage errors. Imported only when the language is Dutch, so an English start reads none of it.
"""
from __future__ import annotations

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
    "The organisation you work for, so the advice follows your own code (see 'conduct organisations'); "
    "default: CONDUCT_ORG, then 'organisation:' in the config file.":
        "De organisatie waar je werkt, zodat het advies je eigen code volgt (zie 'conduct organisations'); "
        "standaard: CONDUCT_ORG, dan 'organisation:' in het configuratiebestand.",
    "Your organisation's own trees (made with 'conduct tree init DIR'); default: CONDUCT_TREES, then "
    "'trees:' in the config file, else the trees that ship with conduct.":
        "De eigen bomen van je organisatie (gemaakt met 'conduct tree init DIR'); standaard: CONDUCT_TREES, "
        "dan 'trees:' in het configuratiebestand, anders de bomen die met conduct meekomen.",
    "List the organisations whose code the advice can follow (use the id with --org).":
        "Toon de organisaties wier code het advies kan volgen (gebruik de id met --org).",
    "Check tree files: schema, targets, reachability, cycles, contacts, sources, links.":
        "Controleer boombestanden: schema, verwijzingen, bereikbaarheid, kringen, contacten, bronnen, "
        "koppelingen.",
    "Tree files or directories; default: the shipped trees.":
        "Boombestanden of mappen; standaard: de meegeleverde bomen.",
    "List every contact role: what it is for, what it keeps confidential, and its details.\n\n"
    "With an organisation, the roles that organisation has, by the names its code uses.":
        "Toon elke contactrol: waarvoor, wat vertrouwelijk blijft, en de gegevens.\n\n"
        "Met een organisatie: de rollen die die organisatie heeft, met de namen uit haar code.",
    "Scenarios for trainers: play a situation in front of a group.":
        "Scenario's voor trainers: speel een situatie voor een groep.",
    "List the scenarios.": "Toon de scenario's.",
    "Play a scenario: the story, each question with the scripted answer, the advice.\n\n"
    "A scenario written for one organisation plays under that organisation's code; one written\n"
    "for both codes plays under yours (--org), showing what your code says.":
        "Speel een scenario: het verhaal, elke vraag met het antwoord uit het script, het advies.\n\n"
        "Een scenario voor een organisatie speelt onder de code van die organisatie; een scenario\n"
        "voor beide codes speelt onder de jouwe (--org) en laat zien wat jouw code zegt.",
    "The scenario (see 'conduct scenario list'); without it, the list.":
        "Het scenario (zie 'conduct scenario list'); zonder id de lijst.",
    "Let the group vote before each answer and the advice.":
        "Laat de groep stemmen voor elk antwoord en voor het advies.",
    "After the advice, change one answer and see where it leads.":
        "Verander na het advies een antwoord en zie waar het heen leidt.",
    "Play straight through without waiting.": "Speel alles achter elkaar af, zonder te wachten.",
    "Pictures of the trees: in the terminal, or for slides and other tools; and a copy of them to make your own.":
        "Plaatjes van de bomen: in de terminal, of voor dia's en andere programma's; en een kopie om "
        "er je eigen bomen van te maken.",
    "Show a topic's tree: questions, answers, outcomes coloured by verdict, the next contact.\n\n"
    "With an organisation, the tree as that organisation's code has it.":
        "Toon de boom van een onderwerp: vragen, antwoorden, uitkomsten gekleurd per oordeel, het "
        "volgende contact.\n\nMet een organisatie: de boom zoals de code van die organisatie hem heeft.",
    "Export a topic's tree for slides (Mermaid, Graphviz dot or SVG) or other tools (JSON).\n\n"
    "With an organisation, the tree as that organisation's code has it.":
        "Exporteer de boom van een onderwerp voor dia's (Mermaid, Graphviz dot of SVG) of andere "
        "programma's (JSON).\n\nMet een organisatie: de boom zoals de code van die organisatie hem heeft.",
    "Copy the shipped trees into DIR, to adapt to your organisation's own code.\n\n"
    "Then edit them, check them with 'conduct validate DIR', and use them with --trees DIR,\n"
    "CONDUCT_TREES or 'trees:' in the config file.":
        "Kopieer de meegeleverde bomen naar DIR, om ze aan te passen aan de eigen code van je organisatie.\n\n"
        "Pas ze daarna aan, controleer ze met 'conduct validate DIR' en gebruik ze met --trees DIR,\n"
        "CONDUCT_TREES of 'trees:' in het configuratiebestand.",
    "An empty or new folder for your own trees.": "Een lege of nieuwe map voor je eigen bomen.",
    "mermaid, dot (Graphviz), svg (drawn by Graphviz) or json.":
        "mermaid, dot (Graphviz), svg (getekend door Graphviz) of json.",
    "Layout of dot and svg: TB top to bottom (fits a slide), LR left to right.":
        "Richting van dot en svg: TB van boven naar beneden (past op een dia), LR van links naar rechts.",
    "Your organisation's contacts file: where it is, and a template.":
        "Het contactenbestand van je organisatie: waar het staat, en een sjabloon.",
    "Say which contacts file is in use (and check it).": "Zeg welk contactenbestand in gebruik is (en controleer het).",
    "Write a commented template to fill in (never over an existing file).":
        "Schrijf een sjabloon met uitleg om in te vullen (nooit over een bestaand bestand).",
    "Fill in the organisation (see 'conduct organisations').":
        "Vul de organisatie in (zie 'conduct organisations').",
    "Fill in your organisation's own trees folder.": "Vul de map met de eigen bomen van je organisatie in.",
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
DUTCH_ERRORS: list[tuple[str, str]] = [
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
