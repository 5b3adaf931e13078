"""Builds the procedural loudness baseline: an ONNX motion model that follows docs/model-contract.md.

The baseline is not learned. It opens the jaw with the loudness of the speech and nothing else,
so it serves as the floor every trained model is compared against and as the model the server
runs when no other is configured. Per 10 ms feature frame it computes:

- frame energy ``e`` = log(mean over mel bins of exp(log-mel)) (natural-log mel power);
- a running noise floor ``f`` that follows ``e`` down fast (``FLOOR_DOWN`` per frame) and up
  slowly (``FLOOR_UP`` per frame, a time constant of ~6.7 s), clipped to [FLOOR_MIN, FLOOR_MAX];
- a target opening ``x = clip((e - f - MARGIN) / RANGE, 0, 1)`` (MARGIN and RANGE in nepers of
  power: 1 Np = 4.34 dB);
- an attack/release envelope ``v`` that moves towards ``x`` by ``ATTACK`` (opening) or
  ``RELEASE`` (closing) of the difference per frame.

The state is ``[f - FLOOR_START, v]`` (S = 2), so all zeros starts a stream with the floor at
``FLOOR_START`` and the mouth closed. A keyframe's level is the mean of its 4 frames' ``v``;
ARKit weights are fixed multiples of the level (jawOpen, mouthLowerDown, mouthUpperUp,
mouthFunnel); visemes are ``sil`` vs ``aa`` with ``p(aa) = clip(VISEME_GAIN * level, 0, 1)``.
The lookahead is 0. The graph is a ``Scan`` over frames, so any chunking of a stream gives the
same outputs as one call over the whole stream.

``python -m spatius_motion.training.baseline --out spatius_motion/models/loudness-baseline/model.onnx``
writes the file; the
bytes depend only on this module's constants (no randomness, no timestamps).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from spatius_motion.workers.features import FeatureConfig
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ
from spatius_motion.workers.model import contract_metadata
from spatius_motion.workers.vocabulary import ARKIT_INDEX, ARKIT_NAMES, VISEME_NAMES

NAME = "loudness-baseline"
VERSION = "0.1.0"
OPSET = 17
IR_VERSION = 8
STATE_SIZE = 2

FLOOR_START = -9.0
"""Noise floor of a new stream (natural-log mel power; about -60 dBFS broadband noise)."""
FLOOR_MIN = -14.0
FLOOR_MAX = -3.0
"""The floor never rises above this, so sustained loud speech keeps the jaw moving."""
FLOOR_DOWN = 0.3
FLOOR_UP = 0.0015
MARGIN = 1.5
RANGE = 8.0
ATTACK = 0.6
RELEASE = 0.25
VISEME_GAIN = 2.5

ARKIT_GAINS: dict[str, float] = {
    "jawOpen": 0.75,
    "mouthLowerDownLeft": 0.3,
    "mouthLowerDownRight": 0.3,
    "mouthUpperUpLeft": 0.1,
    "mouthUpperUpRight": 0.1,
    "mouthFunnel": 0.1,
}
"""ARKit weight per unit of level; every other blendshape stays 0."""


def _const(name: str, value: np.ndarray | float, dtype=np.float32) -> onnx.NodeProto:
    return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(np.asarray(value, dtype=dtype), name))


def _scan_body() -> onnx.GraphProto:
    """One frame: (state [B, 2], e [B]) -> (state_out [B, 2], v [B])."""
    nodes = [
        _const("i0", 0, np.int64),
        _const("i1", 1, np.int64),
        _const("floor_start", FLOOR_START),
        _const("floor_min", FLOOR_MIN),
        _const("floor_max", FLOOR_MAX),
        _const("floor_down", FLOOR_DOWN),
        _const("floor_up", FLOOR_UP),
        _const("margin", MARGIN),
        _const("inv_range", 1.0 / RANGE),
        _const("attack", ATTACK),
        _const("release", RELEASE),
        _const("b_zero", 0.0),
        _const("b_one", 1.0),
        _const("axis1", [1], np.int64),
        helper.make_node("Gather", ["s_in", "i0"], ["floor_rel"], axis=1),
        helper.make_node("Gather", ["s_in", "i1"], ["v_prev"], axis=1),
        helper.make_node("Add", ["floor_rel", "floor_start"], ["floor_prev"]),
        helper.make_node("Sub", ["e_t", "floor_prev"], ["floor_diff"]),
        helper.make_node("Less", ["floor_diff", "b_zero"], ["falling"]),
        helper.make_node("Where", ["falling", "floor_down", "floor_up"], ["floor_rate"]),
        helper.make_node("Mul", ["floor_rate", "floor_diff"], ["floor_step"]),
        helper.make_node("Add", ["floor_prev", "floor_step"], ["floor_raw"]),
        helper.make_node("Clip", ["floor_raw", "floor_min", "floor_max"], ["floor"]),
        helper.make_node("Sub", ["e_t", "floor"], ["above"]),
        helper.make_node("Sub", ["above", "margin"], ["above_margin"]),
        helper.make_node("Mul", ["above_margin", "inv_range"], ["target_raw"]),
        helper.make_node("Clip", ["target_raw", "b_zero", "b_one"], ["target"]),
        helper.make_node("Sub", ["target", "v_prev"], ["v_diff"]),
        helper.make_node("Greater", ["v_diff", "b_zero"], ["opening"]),
        helper.make_node("Where", ["opening", "attack", "release"], ["v_rate"]),
        helper.make_node("Mul", ["v_rate", "v_diff"], ["v_step"]),
        helper.make_node("Add", ["v_prev", "v_step"], ["v"]),
        helper.make_node("Sub", ["floor", "floor_start"], ["floor_out"]),
        helper.make_node("Unsqueeze", ["floor_out", "axis1"], ["floor_col"]),
        helper.make_node("Unsqueeze", ["v", "axis1"], ["v_col"]),
        helper.make_node("Concat", ["floor_col", "v_col"], ["s_out"], axis=1),
        helper.make_node("Identity", ["v"], ["v_t"]),
    ]
    return helper.make_graph(
        nodes,
        "frame",
        [
            helper.make_tensor_value_info("s_in", TensorProto.FLOAT, ["B", STATE_SIZE]),
            helper.make_tensor_value_info("e_t", TensorProto.FLOAT, ["B"]),
        ],
        [
            helper.make_tensor_value_info("s_out", TensorProto.FLOAT, ["B", STATE_SIZE]),
            helper.make_tensor_value_info("v_t", TensorProto.FLOAT, ["B"]),
        ],
    )


def build_model(feature: FeatureConfig | None = None) -> onnx.ModelProto:
    """The baseline's ONNX model with contract metadata."""
    feature = feature or FeatureConfig()
    frames_per_keyframe = feature.sample_rate_hz // KEYFRAME_RATE_HZ // feature.hop_samples
    gains = np.zeros(len(ARKIT_NAMES), dtype=np.float32)
    for blendshape, gain in ARKIT_GAINS.items():
        gains[ARKIT_INDEX[blendshape]] = gain
    sil = np.zeros(len(VISEME_NAMES), dtype=np.float32)
    sil[VISEME_NAMES.index("sil")] = 1.0
    aa_minus_sil = -sil
    aa_minus_sil[VISEME_NAMES.index("aa")] = 1.0
    nodes = [
        _const("log_n_mels", np.log(feature.n_mels)),
        _const("frames_shape", [0, -1, frames_per_keyframe], np.int64),
        _const("axis2", [2], np.int64),
        _const("arkit_gains", gains),
        _const("viseme_gain", VISEME_GAIN),
        _const("zero", 0.0),
        _const("one", 1.0),
        _const("sil", sil),
        _const("aa_minus_sil", aa_minus_sil),
        helper.make_node("ReduceLogSumExp", ["features"], ["lse"], axes=[2], keepdims=0),
        helper.make_node("Sub", ["lse", "log_n_mels"], ["energy"]),
        helper.make_node(
            "Scan",
            ["state", "energy"],
            ["state_out", "envelope"],
            num_scan_inputs=1,
            scan_input_axes=[1],
            scan_output_axes=[1],
            body=_scan_body(),
        ),
        helper.make_node("Reshape", ["envelope", "frames_shape"], ["envelope_kf"]),
        helper.make_node("ReduceMean", ["envelope_kf"], ["level"], axes=[2], keepdims=0),
        helper.make_node("Unsqueeze", ["level", "axis2"], ["level_col"]),
        helper.make_node("Mul", ["level_col", "arkit_gains"], ["arkit"]),
        helper.make_node("Mul", ["level_col", "viseme_gain"], ["aa_raw"]),
        helper.make_node("Clip", ["aa_raw", "zero", "one"], ["aa"]),
        helper.make_node("Mul", ["aa", "aa_minus_sil"], ["viseme_delta"]),
        helper.make_node("Add", ["viseme_delta", "sil"], ["visemes"]),
    ]
    graph = helper.make_graph(
        nodes,
        NAME,
        [
            helper.make_tensor_value_info("features", TensorProto.FLOAT, ["B", "T", feature.n_mels]),
            helper.make_tensor_value_info("state", TensorProto.FLOAT, ["B", STATE_SIZE]),
        ],
        [
            helper.make_tensor_value_info("arkit", TensorProto.FLOAT, ["B", "K", len(ARKIT_NAMES)]),
            helper.make_tensor_value_info("visemes", TensorProto.FLOAT, ["B", "K", len(VISEME_NAMES)]),
            helper.make_tensor_value_info("state_out", TensorProto.FLOAT, ["B", STATE_SIZE]),
        ],
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        ir_version=IR_VERSION,
        producer_name="spatius_motion.training.baseline",
        producer_version=VERSION,
        doc_string="Procedural loudness baseline (not learned): jaw follows loudness. See CARD.md.",
    )
    helper.set_model_props(
        model,
        contract_metadata(
            feature, lookahead_keyframes=0, state_size=STATE_SIZE, name=NAME, version=VERSION, baseline=True
        ),
    )
    onnx.checker.check_model(model, full_check=True)
    return model


def write(path: str | Path) -> Path:
    """Writes the baseline to ``path`` (parents created); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(build_model().SerializeToString(deterministic=True))
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="models/loudness-baseline/model.onnx")
    args = parser.parse_args(argv)
    print(write(args.out))


if __name__ == "__main__":
    main()
