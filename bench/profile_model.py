"""Where a contract model's CPU goes: onnxruntime's profiler, node times grouped by stage.

Runs a model file the way the shard engine does (one onnxruntime thread, batches of streams,
2 or 3 keyframes per call as 100 ms chunks give) with ``enable_profiling`` and sums each
node's kernel time into the network's stages, read from the exported node names:

| stage | nodes | rate |
|---|---|---|
| front | feature standardisation, stream norm, frame conv and its GELU, the reshapes to keyframes | 100 Hz |
| stack | the linear layer from 4 stacked frames to the keyframe width | 25 Hz |
| trunk | the dilated residual convs (LayerNorm, GELU, conv) | 25 Hz |
| gru | the GRU and its input LayerNorm | 25 Hz |
| heads | head LayerNorm, ARKit, viseme and closure heads, their sigmoid/softmax | 25 Hz |
| plumbing | state split/slice/concat, the ensemble's mean, shape arithmetic | - |

Percentages are of the summed node time; the profiler's own overhead is outside it.

    python -m bench.profile_model [--model PATH | --rev 0.7.0-REV] [--batch 256] [--calls 200]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np
import onnxruntime as ort

from bench.model_files import resolve_model
from spatius_motion.settings import DEFAULT_MODEL_PATH
from spatius_motion.workers.features import FEATURE_METADATA_KEY, FeatureConfig

STAGES = ("front", "stack", "trunk", "gru", "heads", "plumbing")
_RULES: tuple[tuple[str, str], ...] = (
    ("stream_norm", "front"),
    ("frame_conv", "front"),
    ("frame_act", "front"),
    ("frame_proj", "front"),
    ("frame_norm", "front"),
    ("/stack", "stack"),
    ("/blocks", "trunk"),
    ("/gru", "gru"),
    ("head", "heads"),
    ("/Sigmoid", "heads"),
    ("/Softmax", "heads"),
)
"""Substring of a node name -> stage; the first match wins."""
_FRONT_TOP = ("/Sub", "/Div", "/Transpose", "/Reshape")
"""Top-level nodes (outside a named module) that act on 10 ms frames: standardisation and the
frame <-> keyframe reshapes."""


def stage_of(node: str) -> str:
    """The stage (``STAGES``) of an exported node's name."""
    for needle, stage in _RULES:
        if needle in node:
            return stage
    tail = node.rsplit("//", 1)[-1] if "//" in node else node.rsplit("/", 1)[-1]
    if any(("/" + tail).startswith(prefix) for prefix in _FRONT_TOP) and "/" not in tail:
        return "front"
    return "plumbing"


def profile(path: Path, batch: int, keyframes: tuple[int, ...], calls: int, optimise: bool = True) -> dict:
    """Summed kernel time (us) per stage and per op type over ``calls`` runs of each chunk size."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    if not optimise:
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    with tempfile.TemporaryDirectory() as tmp:
        options.enable_profiling = True
        options.profile_file_prefix = os.path.join(tmp, "profile")
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        meta = session.get_modelmeta().custom_metadata_map
        n_mels = FeatureConfig.from_json(meta[FEATURE_METADATA_KEY]).n_mels
        state_size = int(meta["spatius.state_size"])
        rng = np.random.default_rng(0)
        state = np.zeros((batch, state_size), np.float32)
        stream_keyframes = 0
        for _ in range(calls):
            for k in keyframes:
                features = rng.standard_normal((batch, 4 * k, n_mels)).astype(np.float32) - 4.0
                _, _, state = session.run(None, {"features": features, "state": state})
                stream_keyframes += batch * k
        trace = json.loads(Path(session.end_profiling()).read_text())
    by_stage: dict[str, float] = defaultdict(float)
    by_op: dict[str, float] = defaultdict(float)
    for event in trace:
        if event.get("cat") != "Node" or not event["name"].endswith("_kernel_time"):
            continue
        node = event["name"][: -len("_kernel_time")]
        by_stage[stage_of(node)] += event["dur"]
        by_op[event["args"].get("op_name", "?")] += event["dur"]
    return {"stream_keyframes": stream_keyframes, "stages": dict(by_stage), "ops": dict(by_op)}


def report(result: dict, label: str) -> list[str]:
    """Lines: each stage's share of node time and its us per stream-keyframe."""
    total = sum(result["stages"].values())
    per = result["stream_keyframes"]
    lines = [f"{label}: {total / per:.1f} us of node time per stream-keyframe"]
    for stage in STAGES:
        spent = result["stages"].get(stage, 0.0)
        lines.append(f"  {stage:9s} {spent / per:7.2f} us  {100 * spent / max(total, 1e-9):5.1f}%")
    ops = sorted(result["ops"].items(), key=lambda kv: -kv[1])[:8]
    lines.append("  top ops: " + ", ".join(f"{op} {100 * t / max(total, 1e-9):.0f}%" for op, t in ops))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", default=str(DEFAULT_MODEL_PATH), help="model file, or git:REV for the shipped file at REV"
    )
    parser.add_argument("--batch", default="64,256")
    parser.add_argument("--calls", type=int, default=100, help="calls per chunk size (2 and 3 keyframes)")
    parser.add_argument("--no-optimise", action="store_true", help="profile the graph as exported")
    args = parser.parse_args(argv)
    with resolve_model(args.model) as path:
        for batch in (int(b) for b in args.batch.split(",")):
            result = profile(path, batch, (2, 3), args.calls, optimise=not args.no_optimise)
            print("\n".join(report(result, f"{args.model} batch {batch}")))


if __name__ == "__main__":
    main()
