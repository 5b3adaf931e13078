"""Exports a trained MotionNet to an ONNX file that follows docs/model-contract.md (version 1).

The graph is the streaming step itself (``features`` [B, 4k, n_mels], ``state`` [B, S] ->
``arkit``, ``visemes``, ``state_out``) with dynamic B and k, exported by the TorchScript-based
exporter at opset 17; the contract's metadata keys are written into ``metadata_props``.
"""

from __future__ import annotations

import argparse
import io
import warnings
from pathlib import Path

import onnx
import torch
from onnx import helper

from spatius_motion.training.model import MotionNet
from spatius_motion.workers.features import FEATURE_METADATA_KEY, FeatureConfig
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ
from spatius_motion.workers.model import contract_metadata

OPSET = 17


def export_onnx(
    model: MotionNet,
    path: str | Path,
    *,
    name: str,
    version: str,
    feature: FeatureConfig,
) -> Path:
    """Writes the model's streaming step to ``path`` with contract metadata; returns the path."""
    if feature.n_mels != model.config.n_mels:
        raise ValueError("feature config and model disagree on n_mels")
    if feature.sample_rate_hz // KEYFRAME_RATE_HZ != feature.hop_samples * model.config.frames_per_keyframe:
        raise ValueError("hop_samples * frames_per_keyframe must equal one 40 ms keyframe")
    model = model.eval()
    frames = model.config.frames_per_keyframe
    example = (torch.zeros(2, 3 * frames, model.config.n_mels), model.initial_state(2))
    buffer = io.BytesIO()
    with torch.no_grad(), warnings.catch_warnings():
        # tracer notes about GRU shape checks and batch size; the parity tests cover both
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            example,
            buffer,
            input_names=["features", "state"],
            output_names=["arkit", "visemes", "state_out"],
            dynamic_axes={
                "features": {0: "batch", 1: "frames"},
                "state": {0: "batch"},
                "arkit": {0: "batch", 1: "keyframes"},
                "visemes": {0: "batch", 1: "keyframes"},
                "state_out": {0: "batch"},
            },
            opset_version=OPSET,
            dynamo=False,
        )
    metadata = contract_metadata(
        feature,
        lookahead_keyframes=model.config.lookahead_keyframes,
        state_size=model.state_size,
        name=name,
        version=version,
    )
    return save_contract_model(onnx.load_from_string(buffer.getvalue()), path, metadata)


def save_contract_model(proto: onnx.ModelProto, path: str | Path, metadata: dict[str, str]) -> Path:
    """Sets ``metadata`` (``workers.model.contract_metadata``) as the file's ``metadata_props``,
    checks the model against the ONNX spec with shape inference, and writes it to ``path``
    (parents created); returns the path. Every trained model file is written through here."""
    helper.set_model_props(proto, metadata)
    onnx.checker.check_model(proto, full_check=True)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(proto, str(path))
    return path


def streaming_parity(path: str | Path, keyframes: int = 60, chunk_keyframes: int = 3, seed: int = 0) -> float:
    """Max abs difference between chunked streaming and one full call of an ONNX file.

    The input is log-mel of noise-modulated tones (speech-like dynamics), run through
    onnxruntime in chunks of ``chunk_keyframes`` with the state carried between calls.
    """
    import numpy as np
    import onnxruntime as ort

    from spatius_motion.workers.features import LogMel

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    meta = session.get_modelmeta().custom_metadata_map
    feature = FeatureConfig.from_json(meta[FEATURE_METADATA_KEY])
    rng = np.random.default_rng(seed)
    n = keyframes * feature.sample_rate_hz // KEYFRAME_RATE_HZ
    t = np.arange(n) / feature.sample_rate_hz
    audio = 0.3 * np.sin(2 * np.pi * 150 * t) * (np.sin(2 * np.pi * 4 * t) > 0)
    audio = (audio + 0.05 * rng.standard_normal(n)).astype(np.float32)
    feats = LogMel(feature).full(audio)[None]
    state = np.zeros((1, int(meta["spatius.state_size"])), np.float32)
    full = session.run(None, {"features": feats, "state": state})
    chunks = []
    step = chunk_keyframes * (len(feats[0]) // keyframes)
    for start in range(0, feats.shape[1], step):
        out = session.run(None, {"features": feats[:, start : start + step], "state": state})
        state = out[2]
        chunks.append(out[:2])
    diffs = [np.abs(np.concatenate([c[i] for c in chunks], 1) - full[i]).max() for i in range(2)]
    return float(max(*diffs, np.abs(state - full[2]).max()))


def main(argv: list[str] | None = None) -> int:
    """``python -m spatius_motion.training.export CHECKPOINT OUT.onnx --name NAME [--version V]``."""
    from spatius_motion.training.train import load_checkpoint_model

    parser = argparse.ArgumentParser(prog="spatius_motion.training.export", description=__doc__)
    parser.add_argument("checkpoint")
    parser.add_argument("out")
    parser.add_argument("--name", required=True)
    parser.add_argument("--version", default="0.1.0")
    args = parser.parse_args(argv)
    model, feature = load_checkpoint_model(args.checkpoint)
    out = export_onnx(model, args.out, name=args.name, version=args.version, feature=feature)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
