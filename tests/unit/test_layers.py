"""Imports point one way: the ground floor imports nothing above it (docs/architecture.md §2).

Every module of the package is parsed (no import runs) and each ``spatius_motion`` import it
makes is checked against the layers it may use.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "spatius_motion"

GROUND = {"settings", "errors", "metrics", "tasks"}
"""Settings, errors, metrics and background tasks: used by everything, built on nothing of ours."""
CONTRACT = {"workers.messages", "workers.flame", "workers.vocabulary"}
"""The gateway<->worker contract: the messages, the keyframe layout and the ARKit vocabulary."""

ALLOWED: dict[str, set[str]] = {
    "ground": {"ground"},
    "contract": {"ground", "contract"},
    "workers": {"ground", "contract", "workers"},
    "cluster": {"ground", "contract", "workers", "cluster"},
    "gateway": {"ground", "contract", "cluster", "gateway"},
    "server": {"ground", "contract", "cluster", "gateway"},
    "training": {"ground", "contract", "workers", "training"},
    "loadtest": {"ground", "contract", "gateway", "loadtest", "cli"},
    "avatar": {"ground", "contract", "workers", "avatar"},
    "cli": {"ground", "contract", "workers", "cluster", "gateway", "server", "training", "loadtest", "avatar"},
}
"""Layer -> the layers its modules may import. ``cli`` is the top; ``training`` and ``loadtest``
are tools on the serving layers, ``avatar`` (the head and its offline renderer) one on the workers;
nothing imports ``cli`` but the load-test runner (its READY line)."""


def layer(module: str) -> str:
    """``spatius_motion.gateway.app`` -> ``gateway``; the ground floor and contract by module."""
    inner = module.removeprefix("spatius_motion.")
    parts = inner.split(".")
    if parts[0] in GROUND:
        return "ground"
    if ".".join(parts[:2]) in CONTRACT:
        return "contract"
    return parts[0]


def imports(path: Path) -> set[str]:
    """The ``spatius_motion`` modules ``path`` imports (``from spatius_motion import x`` names x)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("spatius_motion.")}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "spatius_motion":
                found |= {f"spatius_motion.{a.name}" for a in node.names}
            elif node.module.startswith("spatius_motion."):
                for alias in node.names:  # ``from spatius_motion.workers import messages`` names a module
                    sub = PACKAGE.parent.joinpath(*f"{node.module}.{alias.name}".split("."))
                    is_module = sub.with_suffix(".py").exists() or sub.is_dir()
                    found.add(f"{node.module}.{alias.name}" if is_module else node.module)
    return found


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name != "spatius_motion":
            out.append((name, path))
    return out


def test_every_layer_is_known():
    assert {layer(name) for name, _ in modules()} <= set(ALLOWED)


@pytest.mark.parametrize("name, path", modules(), ids=[name for name, _ in modules()])
def test_imports_point_down(name, path):
    own = layer(name)
    wrong = sorted(m for m in imports(path) if layer(m) not in ALLOWED[own])
    assert wrong == [], f"{name} ({own}) imports {wrong}"


def test_the_rule_catches_an_upward_import(tmp_path):
    upward = tmp_path / "settings.py"
    upward.write_text("from spatius_motion.gateway import app\nfrom spatius_motion import cli\n")
    assert {layer(m) for m in imports(upward)} == {"gateway", "cli"}
    assert not {"gateway", "cli"} & ALLOWED["ground"]
