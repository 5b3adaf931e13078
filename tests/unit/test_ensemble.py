"""An ensemble file is a contract model whose outputs are its members' means and whose state
is their states side by side, streaming like one full call."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import onnxruntime as ort
import pytest
import torch

from spatius_motion.training.ensemble import combine
from spatius_motion.training.export import export_onnx, streaming_parity
from spatius_motion.training.model import ModelConfig, MotionNet
from spatius_motion.workers.features import FeatureConfig, LogMel
from spatius_motion.workers.model import MotionModel

SMALL = ModelConfig(width=32, gru_hidden=24, frame_channels=16)


def _member(tmp_path, seed: int, config: ModelConfig = SMALL, name: str = "m"):
    torch.manual_seed(seed)
    model = MotionNet(config)
    with torch.no_grad():  # non-trivial weights so members differ and every path carries signal
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.1)
    path = export_onnx(model, tmp_path / f"{name}-{seed}.onnx", name=name, version="1.0.0", feature=FeatureConfig())
    return model, path


def _features(seconds: float = 1.2) -> np.ndarray:
    rng = np.random.default_rng(3)
    n = int(seconds * 16000)
    t = np.arange(n) / 16000
    audio = 0.3 * np.sin(2 * np.pi * 170 * t) * (np.sin(2 * np.pi * 3 * t) > 0)
    audio = (audio + 0.05 * rng.standard_normal(n)).astype(np.float32)
    frames = LogMel(FeatureConfig()).full(audio)
    return frames[None, : len(frames) // 4 * 4]


def _run(path, feats, state):
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {"features": feats, "state": state})


def test_outputs_are_member_means_and_state_is_concatenated(tmp_path):
    members = [_member(tmp_path, seed) for seed in (0, 1, 2)]
    path = combine([p for _, p in members], tmp_path / "ens.onnx", name="ens", version="2.0.0")
    loaded = MotionModel(path)
    sizes = [m.state_size for m, _ in members]
    assert loaded.name == "ens" and loaded.version == "2.0.0"
    assert loaded.state_size == sum(sizes) and loaded.lookahead_keyframes == 2
    feats = _features()
    rng = np.random.default_rng(0)
    states = [rng.standard_normal((1, s)).astype(np.float32) * 0.1 for s in sizes]
    arkit, visemes, state_out = _run(path, feats, np.concatenate(states, axis=1))
    outs = [_run(p, feats, s) for (_, p), s in zip(members, states)]
    assert not np.allclose(outs[0][0], outs[1][0], atol=1e-3)  # members really differ
    np.testing.assert_allclose(arkit, np.mean([o[0] for o in outs], axis=0), atol=1e-6)
    np.testing.assert_allclose(visemes, np.mean([o[1] for o in outs], axis=0), atol=1e-6)
    np.testing.assert_allclose(visemes.sum(axis=2), 1.0, atol=1e-5)
    np.testing.assert_allclose(state_out, np.concatenate([o[2] for o in outs], axis=1), atol=1e-6)


def test_ensemble_streams_like_one_full_call(tmp_path):
    paths = [_member(tmp_path, seed)[1] for seed in (0, 1)]
    path = combine(paths, tmp_path / "ens.onnx", name="ens", version="2.0.0")
    assert streaming_parity(path) <= 1e-4


def test_members_must_share_front_end_and_lookahead(tmp_path):
    _, a = _member(tmp_path, 0)
    _, b = _member(tmp_path, 1, replace(SMALL, lookahead_keyframes=1), name="short")
    with pytest.raises(ValueError, match="lookahead"):
        combine([a, b], tmp_path / "ens.onnx", name="ens", version="1")
    with pytest.raises(ValueError, match="at least two"):
        combine([a], tmp_path / "ens.onnx", name="ens", version="1")


def test_baseline_is_not_a_member(tmp_path):
    from spatius_motion.settings import BASELINE_MODEL_PATH

    _, a = _member(tmp_path, 0)
    with pytest.raises(ValueError, match="baseline is not"):
        combine([a, BASELINE_MODEL_PATH], tmp_path / "ens.onnx", name="ens", version="1")
