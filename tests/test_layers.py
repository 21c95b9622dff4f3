"""The shape of the helpers package: imports go one way, and no module is too long to read.

The imports are read from the source with ``ast`` (nothing is imported), including those
inside functions: an import that waits in a function to dodge a cycle is still a cycle.
Only imports under ``if TYPE_CHECKING:`` (never run) are left out. A module takes only public
names from another (a subpackage's modules may share private ones).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELPERS = ROOT / "helpers"
MAX_LINES = 450


def module_name(path: Path) -> str:
    """helpers/dates/core.py -> helpers.dates.core; helpers/checks/__init__.py -> helpers.checks."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def helper_modules() -> dict[str, Path]:
    """Every module of the helpers package, by dotted name."""
    return {module_name(p): p for p in sorted(HELPERS.rglob("*.py"))}


def _type_checking_only(tree: ast.AST) -> set[int]:
    """ids of the import nodes that sit under ``if TYPE_CHECKING:``."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for statement in node.body:
                skipped.update(id(n) for n in ast.walk(statement))
    return skipped


def imported_modules(source: str, name: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules in ``known`` that the module ``name`` imports, anywhere in its code."""
    tree = ast.parse(source)
    skipped = _type_checking_only(tree)
    found = set()

    def nearest(dotted: str) -> str | None:  # the longest prefix that is a known module
        parts = dotted.split(".")
        while parts and ".".join(parts) not in known:
            parts.pop()
        return ".".join(parts) or None

    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            targets = [nearest(alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from . import x, from .core import y
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join(package + ([base] if base else []))
            # `from helpers.checks import ex01` imports the module helpers.checks.ex01
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else nearest(base)
                for alias in node.names
            ]
        else:
            continue
        found.update(t for t in targets if t is not None and t != name)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = helper_modules()
    known = set(modules)
    return {
        name: imported_modules(path.read_text(encoding="utf-8"), name, path.name == "__init__.py", known)
        for name, path in modules.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


# --- the tools above, on inputs whose answers are known ---------------------------------


def test_imports_are_found_in_functions_and_relative_forms_but_not_under_type_checking():
    known = {
        "helpers",
        "helpers.text",
        "helpers.dedup",
        "helpers.minhash",
        "helpers.checks",
        "helpers.checks.core",
    }
    source = (
        "from typing import TYPE_CHECKING\n"
        "import pandas as pd\n"
        "from helpers.text import words\n"
        "if TYPE_CHECKING:\n"
        "    from helpers.dedup import shingles\n"
        "def f():\n"
        "    from helpers.minhash import s_curve\n"
        "    return s_curve\n"
    )
    assert imported_modules(source, "helpers.quotes", False, known) == {"helpers.text", "helpers.minhash"}
    assert imported_modules(
        "from .core import Result\nfrom .. import text\n", "helpers.checks.ex01", False, known
    ) == {
        "helpers.checks.core",
        "helpers.text",
    }
    assert imported_modules("from helpers.checks import core\n", "helpers.checks", True, known) == {
        "helpers.checks.core"
    }
    assert imported_modules("from helpers import words\n", "helpers.quotes", False, known) == {"helpers"}


def test_cycles_are_found_however_long_the_loop():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"d"}}) == [["a", "b", "c"], ["d"]]


# --- the helpers package itself ---------------------------------------------------------


def test_the_graph_sees_the_package():
    graph = import_graph()
    assert {"helpers", "helpers.text", "helpers.dedup", "helpers.checks"} <= set(graph)
    assert "helpers.text" in graph["helpers.dedup"]
    assert "helpers.dedup" in graph["helpers"]


def test_no_import_cycle_in_helpers():
    found = cycles(import_graph())
    assert found == [], "modules that import each other (directly or round a loop): " + "; ".join(
        " <-> ".join(group) for group in found
    )


def test_text_is_the_base_layer():
    """helpers.text imports no other helpers module, so every analysis module can use it."""
    assert import_graph()["helpers.text"] == set()


def test_analysis_modules_do_not_import_the_package_or_the_checks():
    """Only the package's __init__ gathers the public names; checks sit above every analysis."""
    graph = import_graph()
    for name, targets in graph.items():
        if name == "helpers" or name.startswith("helpers.checks"):
            continue
        assert "helpers" not in targets, f"{name} imports from the package itself (import the module instead)"
        assert not any(t.startswith("helpers.checks") for t in targets), f"{name} imports the checks"


@pytest.mark.parametrize("name", sorted(helper_modules()))
def test_no_module_over_450_lines(name):
    lines = len(helper_modules()[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name} has {lines} lines (at most {MAX_LINES}): split it by idea"


def private_imports(source: str, name: str = "helpers.x", is_package: bool = False) -> list[str]:
    """``module.name`` for every private name (``_x``) module ``name`` imports from another helpers module.

    Inside a subpackage (helpers/dates/, helpers/checks/) its modules may share private names.
    """
    own = name if is_package else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("helpers") and not node.level:
            module = node.module or ""
            if own != "helpers" and (module == own or module.startswith(own + ".")):
                continue
            found += [f"{module}.{alias.name}" for alias in node.names if alias.name.startswith("_")]
    return found


def test_private_imports_are_found():
    source = "from helpers.text import _require_str, words\ndef f():\n    from helpers import _x\n"
    assert private_imports(source, "helpers.quotes") == ["helpers.text._require_str", "helpers._x"]
    assert private_imports("from helpers.dates.rules import _RULES\n", "helpers.dates.core") == []
    assert private_imports("from helpers.dates.rules import _RULES\n", "helpers.dates", True) == []
    assert private_imports("from helpers.dates.rules import _RULES\n", "helpers.timeline") == [
        "helpers.dates.rules._RULES"
    ]


@pytest.mark.parametrize("name", sorted(helper_modules()))
def test_no_module_imports_a_private_name_from_another(name):
    """A name another module needs is public (helpers.text.require_text, not _require_str)."""
    path = helper_modules()[name]
    assert private_imports(path.read_text(encoding="utf-8"), name, path.name == "__init__.py") == []
