"""The shape of the package, kept by a test: layers whose imports point one way, no import
cycles (imports inside functions included), and the one-owner tables complete."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conduct_cli.content.model import OrganisationRoute, Outcome, Question, Route
from conduct_cli.content.schema import NODE_READERS
from conduct_cli.content.verdicts import VERDICTS, Verdict
from conduct_cli.outputs.export import node_drawings
from conduct_cli.terminal.tree import LABELS

PACKAGE = Path(__file__).resolve().parent.parent / "conduct_cli"

# Lowest first. A module may import modules of its own layer and of the layers below it.
LAYERS = ["ground", "content", "walk", "outputs", "terminal", "commands", "entry"]
GROUND = {"conduct_cli", "conduct_cli.errors", "conduct_cli.words", "conduct_cli.bilingual",
          "conduct_cli.printable"}


def layer_of(module: str) -> str:
    if module in GROUND:
        return "ground"
    if module == "conduct_cli.__main__":
        return "entry"
    part = module.split(".")[1]
    assert part in LAYERS, f"{module} belongs to no layer; add its folder to LAYERS"
    return part


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    """Every package module `path` imports, anywhere in it (functions included)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("conduct_cli")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("conduct_cli"):
                continue
            for alias in node.names:   # `from . import x` imports the module x
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: imports(path) for name, path in MODULES.items()}


def test_every_module_belongs_to_a_layer():
    for name in MODULES:
        layer_of(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_down_the_layers(name):
    mine = LAYERS.index(layer_of(name))
    upward = [m for m in GRAPH[name] if LAYERS.index(layer_of(m)) > mine]
    assert not upward, f"{name} ({layer_of(name)}) imports from a higher layer: {upward}"


def test_no_import_cycles():
    state: dict[str, int] = {}
    cycles = []

    def visit(name: str, chain: list[str]) -> None:
        state[name] = 1
        for target in sorted(GRAPH[name]):
            if state.get(target) == 1:
                cycles.append(chain[chain.index(target):] + [target] if target in chain else [name, target])
            elif target not in state:
                visit(target, chain + [target])
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert not cycles, f"import cycles: {cycles}"


def test_the_prompt_library_is_imported_only_by_the_prompts():
    users = [name for name, path in MODULES.items() if "prompt_toolkit" in path.read_text()
             and any(isinstance(n, (ast.Import, ast.ImportFrom)) and "prompt_toolkit" in ast.dump(n)
                     for n in ast.walk(ast.parse(path.read_text())))]
    assert users == ["conduct_cli.terminal.prompts"]


def test_every_verdict_has_a_label_a_meaning_a_style_and_a_fill_colour():
    assert set(VERDICTS) == set(Verdict)
    for verdict, look in VERDICTS.items():
        assert look.label.nl and look.label.en, verdict
        assert look.meaning.nl and look.meaning.en, verdict
        assert look.style, verdict
        assert look.fill.startswith("#") and len(look.fill) == 7, verdict


def test_every_node_kind_can_be_read_walked_and_drawn():
    kinds = {Question, Outcome, Route, OrganisationRoute}
    readers = {"choice", "yes_no", "amount", "outcome", "route", "by_organisation"}
    assert set(NODE_READERS) == readers
    for kind in kinds:
        assert callable(kind.steps) and callable(kind.links) and callable(kind.exits)
    assert set(LABELS) == kinds
    for form, table in node_drawings().items():
        assert set(table) == kinds, form
