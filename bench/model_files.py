"""Model files for benchmarks: paths, shipped releases read from git history, or untrained
networks of a given shape.

A benchmark compares candidates against a reference measured in the same run; the reference
is a release (``tcn-gru@0.7.0``) whose file may no longer be the one on disk, so it is read
from the commit that shipped it (``git show``) into a temporary file. A network's cost does
not depend on its weights, so ``shape:width=128,frame_channels=64`` (``ModelConfig`` fields)
exports one with random weights: a shape is measured before it is trained.
"""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
RELEASES: dict[str, tuple[str, str]] = {
    "tcn-gru@0.7.0": ("79cad234cc3ccf258d42d2911ae88478e82f2106", "models/tcn-gru/model.onnx"),
    "tcn-gru@0.5.0": ("d610bfcf8eadfd7764effdb149b1b9ad144c35da", "models/tcn-gru/model.onnx"),
}
"""Release -> (commit that shipped it, the file's path in that commit)."""
REFERENCE = "tcn-gru@0.7.0"
"""The release every cost ratio is taken against (issue 23: two networks averaged)."""


@contextlib.contextmanager
def resolve_model(spec: str) -> Iterator[Path]:
    """The path of ``spec``: a release name of ``RELEASES``, ``git:REV:PATH``,
    ``shape:FIELD=VALUE,...`` or a file path. Files read from git or exported live in a
    temporary directory for the ``with`` block."""
    if spec.startswith("shape:"):
        with tempfile.TemporaryDirectory() as tmp:
            yield export_shape(spec[len("shape:") :], Path(tmp) / "model.onnx")
        return
    if spec in RELEASES or spec.startswith("git:"):
        rev, path = RELEASES[spec] if spec in RELEASES else spec[4:].split(":", 1)
        blob = subprocess.run(
            ["git", "-C", str(REPO_ROOT), "show", f"{rev}:{path}"], capture_output=True, check=True
        ).stdout
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "model.onnx"
            out.write_bytes(blob)
            yield out
        return
    path = Path(spec)
    if not path.is_file():
        raise FileNotFoundError(f"model file not found: {spec}")
    yield path


def shape_config(fields: str):
    """``ModelConfig`` with ``FIELD=VALUE`` pairs (comma-separated; ``dilations=1-2-4``) set."""
    from dataclasses import replace

    from spatius_motion.training.model import ModelConfig

    values: dict[str, object] = {}
    for pair in filter(None, fields.split(",")):
        name, value = pair.split("=", 1)
        if name == "dilations":
            values[name] = tuple(int(d) for d in value.split("-"))
        else:
            values[name] = type(getattr(ModelConfig(), name))(value)
    return replace(ModelConfig(), **values)


def export_shape(fields: str, path: Path) -> Path:
    """Exports a network of ``shape_config(fields)`` with random weights to ``path``."""
    import torch

    from spatius_motion.training.export import export_onnx
    from spatius_motion.training.model import MotionNet
    from spatius_motion.workers.features import FeatureConfig

    torch.manual_seed(0)
    net = MotionNet(shape_config(fields))
    return export_onnx(net, path, name=f"shape-{fields}", version="0.0.0", feature=FeatureConfig())
