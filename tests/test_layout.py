"""The package layout: stages in layers, no import circles, and a README that matches the tree."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "pipeline"
# lowest first: a folder may import only folders before it (and the shared modules)
LAYERS = (
    "records",
    "ingest",
    "nlp",
    "extract",
    "normalize",
    "process",
    "store",
    "views",
    "cluster",
    "run",
    "measure",
)
SHARED = {"errors", "resources", "__init__"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports() -> dict[str, set[str]]:
    """Every module's imports of other pipeline modules, at any depth (functions too)."""
    modules = _modules()
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.level:
                base = name.rsplit(".", node.level if path.name != "__init__.py" else 0)[0]
                targets.append(f"{base}.{node.module}" if node.module else base)
            elif isinstance(node, ast.ImportFrom) and node.module:
                targets.append(node.module)
                targets += [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets += [a.name for a in node.names]
            edges[name] |= {t for t in targets if t in modules and t != name}
    return edges


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "pipeline"


def test_no_module_imports_one_that_imports_it_back():
    edges = _imports()
    seen: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        seen[node] = 1
        for nxt in sorted(edges[node]):
            if seen.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in seen:
                visit(nxt, [*stack, nxt])
        seen[node] = 2

    for module in sorted(_modules()):
        if module not in seen:
            visit(module, [module])
    assert cycles == []


def test_lower_layers_never_import_upper_ones():
    rank = {name: i for i, name in enumerate(LAYERS)}
    wrong = []
    for module, targets in _imports().items():
        here = _layer(module)
        for target in targets:
            there = _layer(target)
            if here in rank and there in rank and rank[there] > rank[here]:
                wrong.append(f"{module} -> {target}")
            if here in rank and there in ("cli", "__main__"):
                wrong.append(f"{module} -> {target}")
            if here in SHARED and there in rank:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_only_the_cli_knows_the_command_line():
    users = sorted(
        name
        for name, path in _modules().items()
        if re.search(r"^\s*(import click|from click)", path.read_text(encoding="utf-8"), re.M)
    )
    assert users == ["pipeline.cli"]


def test_every_stage_folder_is_a_layer_and_nothing_else_sits_loose():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    loose = {p.stem for p in PACKAGE.glob("*.py")}
    assert folders == set(LAYERS)
    assert loose == {"__init__", "__main__", "cli", "errors", "resources"}


def _readme_layout() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\| `pipeline/([a-z_]+)/` \| (.*) \|$", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


def test_readme_layout_section_matches_the_tree():
    rows = _readme_layout()
    assert set(rows) == set(LAYERS)
    for folder, job in rows.items():
        named = set(re.findall(r"`([a-z_]+)\.py`", job))
        present = {p.stem for p in (PACKAGE / folder).glob("*.py")} - {"__init__"}
        assert named == present, folder


def test_tests_mirror_the_folders():
    for folder in (ROOT / "tests").iterdir():
        if folder.is_dir() and any(folder.glob("test_*.py")):
            assert folder.name in LAYERS, folder.name
