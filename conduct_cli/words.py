"""The interface's own words (menus, headings, hints) in Dutch and English, and the choice of
language. Tree content carries its own texts; these are the frame around them. Part of the
ground floor: every layer may use it.
"""
from __future__ import annotations

import os

from .bilingual import LANGUAGES, Text

_WORDS: dict[str, Text] = {
    "which_topic_unsure": Text("Ik weet niet welk onderwerp past", "I'm not sure which topic"),
    "pick_topic": Text("Waar gaat je vraag over?", "What is your question about?"),
    "amount_hint": Text("bedrag in euro, bijv. 15 of 12,50; typ ? als je het niet zeker weet",
                        "amount in euro, e.g. 15 or 12.50; type ? if you are not sure"),
    "topic_hint": Text("pijltjestoetsen en Enter; typ om te zoeken",
                       "arrow keys and Enter; type to search"),
    "select_hint": Text("pijltjestoetsen en Enter", "arrow keys and Enter"),
    "verdict": Text("Oordeel", "Verdict"),
    "what_to_do": Text("Wat je nu doet", "What to do now"),
    "next_contact": Text("Je volgende contact", "Your next contact"),
    "also_contact": Text("Ook mogelijk", "Also possible"),
    "why": Text("Waarom (bronnen)", "Why (sources)"),
    "your_answers": Text("Je antwoorden", "Your answers"),
    "more_title": Text("Meer: contacten, bronnen en je antwoorden", "More: contacts, sources and your answers"),
    "confidential": Text("Vertrouwelijkheid", "Confidentiality"),
    "needs_answer": Text("Deze vraag heeft een antwoord nodig", "This question needs an answer"),
    "or_terminal": Text("Of start conduct in een terminal (zonder --no-input) om de vragen een voor een "
                        "te beantwoorden.",
                        "Or run conduct in a terminal (without --no-input) to answer the questions one "
                        "by one."),
    "give_with": Text("Geef het antwoord met", "Give the answer with"),
    "allowed": Text("toegestaan", "allowed"),
    "topic_col": Text("Onderwerp", "Topic"),
    "id_col": Text("Id", "Id"),
    "summary_col": Text("Waar het over gaat", "What it covers"),
    "press_enter": Text("Druk op een toets om verder te gaan", "Press any key to continue"),
    "option": Text("Keuze", "Option"),
    "group": Text("Groep", "Group"),
    "the_code": Text("De code", "The code"),
    "codes_answer": Text("antwoord van de code", "the code's answer"),
    "amount_in_euro": Text("een bedrag in euro", "an amount in euro"),
    "step": Text("Stap", "Step"),
    "of": Text("van", "of"),
    "was": Text("was", "was"),
    "group_votes": Text("Stemmen van de groep", "The group's votes"),
    "vote_hint": Text("aantal per keuze, bijv. 3 0 2, of het nummer van de keuze van de groep",
                      "a count per option, e.g. 3 0 2, or the number of the group's choice"),
    "vote_amount_hint": Text("het bedrag van de groep, of ? als de groep het niet weet",
                             "the group's amount, or ? if the group is not sure"),
    "vote_verdict": Text("Wat is het oordeel volgens de groep?", "What verdict does the group expect?"),
    "discuss": Text("Om te bespreken", "For discussion"),
    "done": Text("Klaar", "Done"),
    "what_if_pick": Text("Wat als... welk antwoord verander je?", "What if... which answer do you change?"),
    "what_if_answer": Text("Welk antwoord in plaats daarvan?", "Which answer instead?"),
    "what_if": Text("Wat als", "What if"),
    "same_outcome": Text("hetzelfde advies", "the same advice"),
    "title_col": Text("Titel", "Title"),
    "date": Text("Datum", "Date"),
    "contacts_heading": Text("Contactpersonen", "Contacts"),
    "detail_name": Text("Naam", "Name"),
    "detail_phone": Text("Telefoon", "Phone"),
    "detail_email": Text("E-mail", "Email"),
    "detail_web": Text("Website", "Web"),
    "detail_hours": Text("Bereikbaar", "Hours"),
    "detail_note": Text("Let op", "Note"),
    "saved_note": Text("Gemaakt met conduct. Dit bestand bevat persoonlijke informatie: bewaar het "
                       "zorgvuldig en verwijder het als je het niet meer nodig hebt.",
                       "Made with conduct. This file holds personal information: keep it safe and "
                       "delete it when you no longer need it."),
    "saved_to": Text("Opgeslagen in", "Saved to"),
    "back": Text("← Terug", "← Back"),
    "back_hint": Text("← of Esc: terug", "← or Esc: back"),
    "back_hint_text": Text("Esc: terug", "Esc: back"),
    "what_next": Text("Verder?", "Next?"),
    "show_more": Text("Meer tonen", "Show more"),
    "save_summary": Text("Samenvatting opslaan", "Save a summary"),
    "another_topic": Text("Ander onderwerp", "Another topic"),
    "quit": Text("Stoppen", "Quit"),
    "save_as": Text("Onder welke bestandsnaam?", "Save as which file?"),
    "save_hint": Text("alleen jij kunt het lezen; Esc: terug", "only you can read it; Esc: back"),
    "summary_file": Text("conduct-samenvatting.md", "conduct-summary.md"),
    "file_name_needed": Text("typ een bestandsnaam", "type a file name"),
    "start_again": Text("Opnieuw beginnen", "Start again"),
    "filter": Text("Zoeken", "Filter"),
    "no_match": Text("Geen onderwerp past; Backspace of Esc wist de zoektekst",
                     "No topic matches; Backspace or Esc clears the filter"),
    "review_title": Text("Controleer je antwoorden", "Check your answers"),
    "review_pick": Text("Klopt alles?", "Is everything right?"),
    "show_advice": Text("Ja, toon het advies", "Yes, show the advice"),
    "change": Text("Wijzig", "Change"),
    "no_config": Text("Geen configuratiebestand in gebruik.", "No config file in use."),
    "config_in_use": Text("Configuratiebestand in gebruik", "Config file in use"),
    "config_origin": Text("gevonden via", "found through"),
    "config_default": Text("Standaardlocatie", "Default location"),
    "config_written": Text("Sjabloon geschreven naar", "Template written to"),
    "roles_col": Text("Rol", "Role"),
    "org_col": Text("Organisatie", "Organisation"),
    "code_col": Text("Code", "Code"),
    "org_in_use": Text("Organisatie", "Organisation"),
    "org_none": Text("niet ingesteld (een interactieve check vraagt het; een script krijgt beide codes)",
                     "not set (an interactive check asks; a script gets both codes)"),
    "org_other_set": Text("other: een andere organisatie (beide codes; de strengste regel)",
                          "other: another organisation (both codes; the stricter rule)"),
    "trees_in_use": Text("Bomen", "Trees"),
    "trees_shipped": Text("de bomen die met conduct meekomen", "the trees that ship with conduct"),
    "org_hint": Text("Zet je organisatie vast met --org ID, CONDUCT_ORG=ID of 'organisation: ID' in je "
                     "configuratiebestand (conduct config init --org ID); 'other' voor een andere organisatie.",
                     "Set your organisation for good with --org ID, CONDUCT_ORG=ID, or 'organisation: ID' "
                     "in your config file (conduct config init --org ID); 'other' for another organisation."),
    "trees_written": Text("De bomen staan in {path}. Pas ze aan, controleer ze met 'conduct validate {path}' en "
                          "gebruik ze met --trees {path} (of CONDUCT_TREES, of 'trees:' in je configuratiebestand).",
                          "The trees are in {path}. Edit them, check them with 'conduct validate {path}', and "
                          "use them with --trees {path} (or CONDUCT_TREES, or 'trees:' in your config file)."),
    "answered_before": Text("al eerder beantwoord", "answered before"),
    "where_work": Text("Waar werk je?", "Where do you work?"),
    "org_other": Text("Een andere organisatie / zeg ik liever niet", "Another organisation / I'd rather not say"),
    "org_other_note": Text("Het advies volgt beide codes en de strengste regel, en zegt waar ze verschillen.",
                           "The advice follows both codes and the stricter rule, and says where they differ."),
    "purpose_col": Text("Waarvoor", "What for"),
    "details_col": Text("Gegevens", "Details"),
    "see_above": Text("(zie '{node}' hierboven)", "(see '{node}' above)"),
    "unexpected": Text("onverwachte fout ({detail}); meld dit alsjeblieft (CONDUCT_DEBUG=1 toont de details)",
                       "unexpected error ({detail}); please report it (set CONDUCT_DEBUG=1 to see the details)"),
    "interrupted": Text("Gestopt. Er is niets opgeslagen.", "Stopped. Nothing was saved."),
    "interrupted_saved": Text("Gestopt. De samenvatting is opgeslagen in {path}.",
                              "Stopped. The summary was saved to {path}."),
}


def word(key: str, lang: str) -> str:
    """One of the interface's words in `lang`."""
    return _WORDS[key].get(lang)


def words(key: str) -> Text:
    """One of the interface's words in both languages."""
    return _WORDS[key]


def pick_language(option: str | None) -> str:
    """--lang, then CONDUCT_LANG, then a locale starting with 'nl', else English."""
    from .errors import BAD_LANGUAGE, BAD_LANGUAGE_VARIABLE, UsageError

    if option is not None:
        value = option.strip().lower()
        if value not in LANGUAGES:
            raise UsageError(BAD_LANGUAGE, value=option)
        return value
    configured = os.environ.get("CONDUCT_LANG", "").strip().lower()
    if configured:
        if configured in LANGUAGES:
            return configured
        raise UsageError(BAD_LANGUAGE_VARIABLE, value=configured)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
