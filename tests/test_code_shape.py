"""Code shape: every function fits on a screen and every module stays a size one can read whole."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "stretchtimer"
FUNCTION_LINES = 100  # a function is shorter than this
MODULE_LINES = 420  # a module is shorter than this, unless listed below with its reason
LONGER_MODULES: dict[str, str] = {}  # none today


def long_functions(source: str, limit: int = FUNCTION_LINES) -> list[tuple[str, int]]:
    """Each function or method (nested ones too) of ``limit`` lines or more, with its length."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - first + 1
            if length >= limit:
                found.append((f"{node.name} (line {node.lineno})", length))
    return found


def modules() -> dict[str, str]:
    return {path.relative_to(PACKAGE).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(PACKAGE.rglob("*.py"))}


def test_the_measures_see_a_long_function() -> None:
    body = "".join(f"        x{n} = {n}\n" for n in range(FUNCTION_LINES))
    source = f"def short():\n    return 1\n\n\nclass A:\n    @staticmethod\n    def long():\n{body}"
    assert long_functions(source) == [("long (line 7)", FUNCTION_LINES + 2)]
    assert long_functions(source, limit=2) == [("short (line 1)", 2), ("long (line 7)", FUNCTION_LINES + 2)]


def test_every_function_is_shorter_than_a_hundred_lines() -> None:
    found = {name: long for name, source in modules().items() if (long := long_functions(source))}
    assert len(modules()) > 50
    assert found == {}


def test_every_module_is_shorter_than_the_limit_or_says_why() -> None:
    sizes = {name: len(source.splitlines()) for name, source in modules().items()}
    too_long = {name: size for name, size in sizes.items()
                if size >= MODULE_LINES and name not in LONGER_MODULES}
    assert too_long == {}
    assert all(reason.strip() for reason in LONGER_MODULES.values())
    # An exception that no longer holds is removed, so the list says only what is true.
    no_longer = [name for name in LONGER_MODULES if sizes.get(name, 0) < MODULE_LINES]
    assert no_longer == []
