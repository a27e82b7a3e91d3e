"""The prompts: one question at a time, in prompt_toolkit, every text wrapped by rich.

A person in doubt must see every word of a question, its help and its choices, at any width
down to 40 columns. prompt_toolkit wraps by character; rich wraps by word and gives a wrapped
choice a hanging indent. So each text is wrapped by rich to the terminal's width at every
redraw (a resized terminal reflows) and handed to prompt_toolkit line by line. Plain runs
(`--plain`, NO_COLOR) get a style without colour or bold; the selection stays visible by its
marker. Every prompt erases itself when it is done: the caller prints what was answered, so
going back can take exactly those lines off the screen again.

This module and its imports (prompt_toolkit is slow to load) are imported only when a prompt is
about to be shown; `input` and `output` let tests drive the prompts in-process.
"""
from __future__ import annotations

import functools
import io as _io
from collections.abc import Callable, Sequence
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.application.current import get_app
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.document import Document
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import ConditionalContainer, HSplit, Layout, ScrollOffsets, VSplit, Window
from prompt_toolkit.layout.controls import BufferControl, FormattedTextControl
from prompt_toolkit.output.color_depth import ColorDepth
from prompt_toolkit.styles import Style

from ..content.model import NOT_SURE, Question, QuestionKind, Topic
from ..errors import AnswerError
from ..walk.answers import Value, parse_answer
from ..walk.session import BACK, RESTART
from ..words import word

# --- looks ---------------------------------------------------------------------------------------

# our own class names: prompt_toolkit's default look gives some of its own names (such as
# "selected") a reverse video that plain runs must not show
_LOOKS = {
    "qmark": "ansicyan bold", "qtext": "bold", "qhelp": "", "qhint": "ansibrightblack",
    "qchoice": "", "qpicked": "ansicyan bold", "qfilter": "underline", "qerror": "ansired bold",
    "qinput": "",
}
_COLOUR_NAMES = tuple(_LOOKS)
_COLOUR = Style.from_dict(_LOOKS)
_PLAIN = Style.from_dict({name: "" for name in _COLOUR_NAMES})


class Marks:
    """The markers in front of a question and the selected choice: visible without colour."""

    def __init__(self, plain: bool):
        self.question = "?"
        self.pointer = ">" if plain else "❯"


def _app_options(plain: bool, input: Any, output: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "style": _PLAIN if plain else _COLOUR, "include_default_pygments_style": False,
        "erase_when_done": True, "mouse_support": False, "full_screen": False,
    }
    if plain:
        options["color_depth"] = ColorDepth.DEPTH_1_BIT
    if input is not None:
        options["input"] = input
    if output is not None:
        options["output"] = output
    return options


# --- wrapping: rich does it -----------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _console() -> Any:
    from rich.console import Console

    return Console(file=_io.StringIO(), color_system=None, highlight=False, emoji=False,
                   markup=False, legacy_windows=False, width=80)


@functools.lru_cache(maxsize=512)
def wrapped(text: str, width: int, marker: str = "", indent: int = 0) -> tuple[str, ...]:
    """`text` word-wrapped by rich to `width` columns: `indent` spaces in front of every line,
    `marker` in front of the first (the lines after it hang under the text, not the marker).
    """
    from rich.table import Table
    from rich.text import Text

    console = _console()
    grid = Table.grid(padding=0)
    marker_width = indent + len(marker)
    if marker_width:
        grid.add_column(width=marker_width, no_wrap=True)
    grid.add_column(overflow="fold")
    cells: list[Any] = [Text(" " * indent + marker)] if marker_width else []
    grid.add_row(*cells, Text(text, overflow="fold"))
    width = max(width, marker_width + 8)
    lines = console.render_lines(grid, console.options.update_width(width), pad=False)
    return tuple("".join(segment.text for segment in line).rstrip() for line in lines)


def _width() -> int:
    return max(get_app().output.get_size().columns - 1, 20)


def _styled(lines: Sequence[str], style: str) -> StyleAndTextTuples:
    fragments: StyleAndTextTuples = []
    for line in lines:
        fragments += [(style, line), ("", "\n")]
    return fragments


def _trimmed(make: Callable[[], StyleAndTextTuples]) -> Callable[[], StyleAndTextTuples]:
    """`make`, without the line break after its last line (a window would show it as a blank line)."""
    def made() -> StyleAndTextTuples:
        fragments = make()
        return fragments[:-1] if fragments and fragments[-1] == ("", "\n") else fragments

    return made


def _header(message: str, help_text: str | None, hint: str | None, marks: Marks) -> StyleAndTextTuples:
    """The question (after its marker), its help and the hint on the keys, wrapped."""
    width = _width()
    first, *rest = wrapped(message, width, marks.question + " ")
    fragments: StyleAndTextTuples = [("class:qmark", first[:2]), ("class:qtext", first[2:]), ("", "\n")]
    fragments += _styled(rest, "class:qtext")
    if help_text:
        fragments += _styled(wrapped(help_text, width, indent=2), "class:qhelp")
    if hint:
        fragments += _styled(wrapped(f"({hint})", width, indent=2), "class:qhint")
    return fragments


def _common_keys() -> KeyBindings:
    """Ctrl-C (and SIGINT sent with kill) and Ctrl-D stop, for the caller to end cleanly."""
    keys = KeyBindings()

    @keys.add("c-c", eager=True)
    @keys.add(Keys.SIGINT, eager=True)
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt())

    @keys.add("c-d", eager=True)
    def _stop(event: KeyPressEvent) -> None:
        event.app.exit(exception=EOFError())

    return keys


STOP_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT")


def _run(app: Application[Any]) -> Any:
    """Run a prompt so that a signal ends it as Ctrl-C does: the prompt exits and the terminal
    is restored, then SIGTERM, SIGHUP and SIGQUIT raise Stopped (SIGINT sent with kill is a
    key binding: KeyboardInterrupt), for the command to end with one line and 128 + n.
    """
    import asyncio
    import signal

    from ..errors import Stopped

    def stop(number: int) -> None:
        if app.is_running and not app.is_done:
            app.exit(exception=Stopped(number))

    before: dict[int, Any] = {}

    def catch_signals() -> None:   # inside the prompt's event loop, once it runs
        loop = asyncio.get_running_loop()
        for name in STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                before[number] = signal.getsignal(number)
                loop.add_signal_handler(number, stop, number)

    app.pre_run_callables.append(catch_signals)
    try:
        return app.run()
    finally:   # the loop is gone, and its handlers with it: back to the ones from before
        for number, handler in before.items():
            signal.signal(number, handler)


# --- a choice from a list --------------------------------------------------------------------------

class _Menu:
    """The state of a select prompt: the choices shown (after the filter) and the one selected."""

    def __init__(self, choices: Sequence[tuple[str, Any]], default: Any, filterable: bool):
        self.choices = list(choices)
        self.filter = ""
        self.filterable = filterable
        values = [value for _, value in self.choices]
        self.index = values.index(default) if default in values else 0

    def shown(self) -> list[tuple[str, Any]]:
        """The choices that match the filter typed so far."""
        if not self.filter:
            return self.choices
        wanted = self.filter.lower()
        return [(label, value) for label, value in self.choices if wanted in label.lower()]

    def move(self, step: int) -> None:
        """Select the next or previous choice, round the end of the list."""
        count = len(self.shown())
        self.index = (self.index + step) % count if count else 0

    def selected(self) -> Any:
        """The value of the selected choice, or None when the filter leaves none."""
        shown = self.shown()
        return shown[min(self.index, len(shown) - 1)][1] if shown else None


def select(message: str, choices: Sequence[tuple[str, Any]], lang: str, *, help_text: str | None = None,
           hint: str | None = None, default: Any = None, back: bool = False, filterable: bool = False,
           plain: bool = False, input: Any = None, output: Any = None) -> Any:
    """One of (label, value) `choices`; BACK when `back` is allowed and ← or Esc is pressed.
    With `filterable`, typing narrows the list, and what was typed is shown above it.
    """
    marks = Marks(plain)
    menu = _Menu(choices, default, filterable)
    below = [0]   # lines of the selected choice after its first: kept in view with it

    def header() -> StyleAndTextTuples:
        fragments = _header(message, help_text, hint, marks)
        if menu.filter:
            fragments += [("class:qhint", f"  {word('filter', lang)}: "), ("class:qfilter", menu.filter), ("", "\n")]
        return fragments

    def body() -> StyleAndTextTuples:
        width = _width()
        shown = menu.shown()
        if not shown:
            return _styled(wrapped(word("no_match", lang), width, indent=2), "class:qhint")
        fragments: StyleAndTextTuples = []
        selected = min(menu.index, len(shown) - 1)
        for index, (label, _) in enumerate(shown):
            is_selected = index == selected
            lines = wrapped(label, width, (marks.pointer if is_selected else " ") + " ")
            if is_selected:
                fragments.append(("[SetCursorPosition]", ""))
                below[0] = len(lines) - 1
            fragments += _styled(lines, "class:qpicked" if is_selected else "class:qchoice")
        return fragments

    keys = _common_keys()

    @keys.add("up", eager=True)
    @keys.add("c-p", eager=True)
    def _up(event: KeyPressEvent) -> None:
        menu.move(-1)

    @keys.add("down", eager=True)
    @keys.add("c-n", eager=True)
    @keys.add("tab", eager=True)
    def _down(event: KeyPressEvent) -> None:
        menu.move(1)

    @keys.add("enter", eager=True)
    def _pick(event: KeyPressEvent) -> None:
        value = menu.selected()
        if value is not None:
            event.app.exit(result=value)

    @keys.add("escape", eager=True)
    def _escape(event: KeyPressEvent) -> None:
        if menu.filter:
            menu.filter, menu.index = "", 0
        elif back:
            event.app.exit(result=BACK)

    if back:
        @keys.add("left", eager=True)
        def _back(event: KeyPressEvent) -> None:
            event.app.exit(result=BACK)

    if filterable:
        @keys.add(Keys.Any)
        def _type(event: KeyPressEvent) -> None:
            if event.data.isprintable():
                menu.filter += event.data
                menu.index = 0

        @keys.add("backspace")
        def _erase(event: KeyPressEvent) -> None:
            menu.filter, menu.index = menu.filter[:-1], 0

    layout = Layout(HSplit([
        Window(FormattedTextControl(_trimmed(header)), dont_extend_height=True, wrap_lines=True),
        Window(FormattedTextControl(_trimmed(body), focusable=True, show_cursor=False), dont_extend_height=True,
               wrap_lines=True, always_hide_cursor=True, scroll_offsets=ScrollOffsets(bottom=lambda: below[0])),
    ]))
    app: Application[Any] = Application(layout=layout, key_bindings=keys, **_app_options(plain, input, output))
    return _run(app)


def select_inline(message: str, choices: Sequence[tuple[str, Any]], lang: str, *, plain: bool = False,
                  input: Any = None, output: Any = None) -> Any:
    """One of (label, value) `choices` offered on one line (it wraps when narrow), so the screen
    above it stays in view: the menu after the advice.
    """
    marks = Marks(plain)
    menu = _Menu(choices, None, False)

    def line() -> StyleAndTextTuples:
        width = _width()
        selected = menu.index
        items = [f"[{label}]" if index == selected else f" {label} " for index, (label, _) in enumerate(choices)]
        text = f"{marks.question} {message}  " + "  ".join(items)
        fragments: StyleAndTextTuples = []
        chosen = items[selected]
        for wrapped_line in wrapped(text, width):
            at = wrapped_line.find(chosen)
            if at < 0:
                fragments += [("class:qchoice", wrapped_line), ("", "\n")]
                continue
            fragments += [("class:qchoice", wrapped_line[:at]), ("class:qpicked", chosen),
                          ("class:qchoice", wrapped_line[at + len(chosen):]), ("", "\n")]
        return fragments

    keys = _common_keys()

    for name, step in (("left", -1), ("up", -1), ("s-tab", -1), ("right", 1), ("down", 1), ("tab", 1)):
        def _move(event: KeyPressEvent, step: int = step) -> None:
            menu.move(step)

        keys.add(name, eager=True)(_move)

    @keys.add("enter", eager=True)
    def _pick(event: KeyPressEvent) -> None:
        event.app.exit(result=menu.selected())

    layout = Layout(HSplit([Window(FormattedTextControl(_trimmed(line), focusable=True, show_cursor=False),
                                   dont_extend_height=True, wrap_lines=True, always_hide_cursor=True)]))
    app: Application[Any] = Application(layout=layout, key_bindings=keys, **_app_options(plain, input, output))
    return _run(app)


# --- a line of text --------------------------------------------------------------------------------

def text(message: str, validate: Callable[[str], bool | str], *, help_text: str | None = None,
         hint: str | None = None,
         default: str = "", back: bool = False, plain: bool = False,
         input: Any = None, output: Any = None) -> str:
    """A line of text that `validate` accepts (it returns True or the error to show under the
    line); BACK when `back` is allowed and Esc is pressed.
    """
    marks = Marks(plain)
    error: list[str] = []
    buffer = Buffer(document=Document(default, len(default)), multiline=False)

    def header() -> StyleAndTextTuples:
        return _header(message, help_text, hint, marks)

    def problem() -> StyleAndTextTuples:
        return _styled(wrapped(error[0], _width(), indent=2), "class:qerror") if error else []

    keys = _common_keys()

    @keys.add("enter", eager=True)
    def _accept(event: KeyPressEvent) -> None:
        verdict = validate(buffer.text)
        if verdict is True:
            event.app.exit(result=buffer.text)
        else:
            error[:] = [str(verdict)]

    if back:
        @keys.add("escape", eager=True)
        def _back(event: KeyPressEvent) -> None:
            event.app.exit(result=BACK)

    buffer.on_text_changed += lambda _: error.clear()
    layout = Layout(HSplit([
        Window(FormattedTextControl(_trimmed(header)), dont_extend_height=True, wrap_lines=True),
        VSplit([Window(FormattedTextControl([("class:qmark", f"  {marks.pointer} ")]), width=4,
                       dont_extend_width=True, dont_extend_height=True),
                Window(BufferControl(buffer), wrap_lines=True, dont_extend_height=True, style="class:qinput")]),
        ConditionalContainer(Window(FormattedTextControl(_trimmed(problem)), dont_extend_height=True, wrap_lines=True),
                             filter=Condition(lambda: bool(error))),
    ]), focused_element=buffer)
    app: Application[str] = Application(layout=layout, key_bindings=keys, **_app_options(plain, input, output))
    return _run(app)


def wait_for_key(message: str, plain: bool = False, input: Any = None, output: Any = None) -> None:
    """Wait for any key (Ctrl-C and Ctrl-D still stop)."""
    keys = _common_keys()

    @keys.add(Keys.Any)
    def _any(event: KeyPressEvent) -> None:
        event.app.exit(result=None)

    def line() -> StyleAndTextTuples:
        return _styled(wrapped(message, _width()), "class:qhint")

    layout = Layout(HSplit([Window(FormattedTextControl(_trimmed(line), focusable=True, show_cursor=False),
                                   dont_extend_height=True, wrap_lines=True, always_hide_cursor=True)]))
    app: Application[None] = Application(layout=layout, key_bindings=keys, **_app_options(plain, input, output))
    _run(app)


def erase_lines(count: int, output: Any = None) -> None:
    """Take the last `count` printed lines off the screen (what a question left behind when the
    person goes back to it).
    """
    if count <= 0:
        return
    if output is None:
        from prompt_toolkit.output import create_output

        output = create_output()
    output.cursor_up(count)
    output.write_raw("\r")
    output.erase_down()
    output.flush()


# --- the questions of a check ----------------------------------------------------------------------

def _default_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def ask(question: Question, lang: str, input: Any = None, output: Any = None,
        default: Any = None, back: bool = False, plain: bool = False) -> Value | str:
    """Ask one question. Returns the parsed value, or BACK when `back` is allowed and chosen.
    Ctrl-C raises KeyboardInterrupt and Ctrl-D EOFError, for the caller to end cleanly.
    """
    help_text = question.help.get(lang) if question.help is not None else None
    if question.kind is QuestionKind.AMOUNT:
        def validate(typed: str) -> bool | str:
            try:
                parse_answer(question, typed)
            except AnswerError as error:
                return error.text(lang)
            return True

        hint = word("amount_hint", lang) + (f"; {word('back_hint_text', lang)}" if back else "")
        raw = text(question.text.get(lang), validate, help_text=help_text, hint=hint, back=back, plain=plain,
                   default=_default_text(default) if default != NOT_SURE else "?", input=input, output=output)
    else:
        choices = [(c.label.get(lang), c.value) for c in question.choices]
        if back:
            choices.append((word("back", lang), BACK))
        hint = word("select_hint", lang) + (f"; {word('back_hint', lang)}" if back else "")
        raw = select(question.text.get(lang), choices, lang, help_text=help_text, hint=hint,
                     default=default if question.choice(str(default)) else None, back=back,
                     plain=plain, input=input, output=output)
    if raw == BACK:
        return BACK
    return parse_answer(question, raw)


def review(rows: list[tuple[str, str]], lang: str, input: Any = None, output: Any = None,
           plain: bool = False) -> int | str | None:
    """Check your answers, each row a question and its answer: None to see the advice, the index
    of the answer to change, RESTART to start again, or BACK (← or Esc) for the last question.
    """
    choices: list[tuple[str, Any]] = [(word("show_advice", lang), "advice")]
    choices += [(f"{word('change', lang)}: {question} → {answer}", index)
                for index, (question, answer) in enumerate(rows)]
    choices.append((word("start_again", lang), RESTART))
    raw = select(word("review_pick", lang), choices, lang, hint=f"{word('select_hint', lang)}; "
                 f"{word('back_hint', lang)}", back=True, plain=plain, input=input, output=output)
    return None if raw == "advice" else raw


def ask_topic(topics: list[Topic], lang: str, input: Any = None, output: Any = None,
              triage: bool = False, default: str | None = None, plain: bool = False) -> str:
    """The topic menu; typing filters it (and shows what was typed). NOT_SURE picks the triage tree."""
    choices = [(f"{t.title.get(lang)}: {t.summary.get(lang)}", t.id) for t in topics]
    if triage:
        choices.append((word("which_topic_unsure", lang), NOT_SURE))
    raw = select(word("pick_topic", lang), choices, lang, hint=word("topic_hint", lang), default=default,
                 filterable=True, plain=plain, input=input, output=output)
    return str(raw)


def ask_choice(message: str, choices: list[tuple[str, str]], lang: str, plain: bool = False,
               input: Any = None, output: Any = None) -> str:
    """The value of one of (label, value) `choices`."""
    return str(select(message, choices, lang, hint=word("select_hint", lang), plain=plain,
                      input=input, output=output))
