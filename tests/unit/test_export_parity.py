"""The exported ONNX graph follows docs/model-contract.md and streams exactly like one full call."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import onnx
import onnxruntime as ort
import pytest
import torch

from spatius_motion.training.export import export_onnx
from spatius_motion.training.model import ModelConfig, MotionNet, count_flops_per_keyframe
from spatius_motion.workers.features import FeatureConfig, LogMel
from spatius_motion.workers.model import contract_metadata
from spatius_motion.workers.vocabulary import ARKIT_NAMES, VISEME_NAMES


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    torch.manual_seed(1)
    mask = [1.0] * 52
    mask[0] = 0.0  # eyeBlinkLeft not driven
    model = MotionNet(ModelConfig(arkit_mask=tuple(mask)))
    with torch.no_grad():  # non-trivial weights so every path carries signal
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    path = export_onnx(
        model, tmp_path_factory.mktemp("onnx") / "m.onnx", name="test-model", version="9.9.9", feature=FeatureConfig()
    )
    return model, path, ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])


def _speechlike_features(seconds: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n = int(seconds * 16000)
    t = np.arange(n) / 16000
    audio = 0.3 * np.sin(2 * np.pi * 180 * t) * (np.sin(2 * np.pi * 3 * t) > 0)
    audio = (audio + 0.05 * rng.standard_normal(n)).astype(np.float32)
    frames = LogMel(FeatureConfig()).full(audio)
    return frames[: len(frames) // 4 * 4]


def test_graph_signature_and_metadata(exported):
    model, path, session = exported
    proto = onnx.load(str(path))
    assert [i.name for i in session.get_inputs()] == ["features", "state"]
    assert [o.name for o in session.get_outputs()] == ["arkit", "visemes", "state_out"]
    meta = {p.key: p.value for p in proto.metadata_props}
    assert meta == contract_metadata(
        FeatureConfig(),
        lookahead_keyframes=model.config.lookahead_keyframes,
        state_size=model.state_size,
        name="test-model",
        version="9.9.9",
    )
    assert "spatius.baseline" not in meta
    assert meta["spatius.contract"] == "1"
    assert json.loads(meta["spatius.arkit_names"]) == list(ARKIT_NAMES)
    assert json.loads(meta["spatius.viseme_names"]) == list(VISEME_NAMES)
    assert int(meta["spatius.state_size"]) == model.state_size
    assert int(meta["spatius.lookahead_keyframes"]) <= 2
    assert FeatureConfig.from_json(meta["spatius.feature"]) == FeatureConfig()
    assert proto.opset_import[0].version >= 17
    assert path.stat().st_size <= 10 * 1024 * 1024


def test_outputs_in_range_and_batch_dynamic(exported):
    model, _, session = exported
    feats = np.stack([_speechlike_features(1.0, s) for s in (1, 2, 3)])
    state = np.zeros((3, model.state_size), np.float32)
    arkit, visemes, state_out = session.run(None, {"features": feats, "state": state})
    assert arkit.shape == (3, feats.shape[1] // 4, 52) and visemes.shape[2] == 15
    assert state_out.shape == state.shape
    assert arkit.min() >= 0.0 and arkit.max() <= 1.0
    assert np.allclose(arkit[..., 0], 0.0)  # undriven channel stays 0
    assert np.allclose(visemes.sum(-1), 1.0, atol=1e-5)
    single, _, _ = session.run(None, {"features": feats[1:2], "state": state[1:2]})
    assert np.abs(single[0] - arkit[1]).max() <= 1e-4


@pytest.mark.parametrize("chunk_keyframes", [1, 3, 7])
def test_chunked_streaming_equals_full_sequence(exported, chunk_keyframes):
    model, _, session = exported
    feats = _speechlike_features(2.4, 5)[None]
    state0 = np.zeros((1, model.state_size), np.float32)
    full_arkit, full_vis, full_state = session.run(None, {"features": feats, "state": state0})
    state, arkits, visemes = state0, [], []
    step = 4 * chunk_keyframes
    for start in range(0, feats.shape[1], step):
        a, v, state = session.run(None, {"features": feats[:, start : start + step], "state": state})
        arkits.append(a)
        visemes.append(v)
    assert np.abs(np.concatenate(arkits, 1) - full_arkit).max() <= 1e-4
    assert np.abs(np.concatenate(visemes, 1) - full_vis).max() <= 1e-4
    assert np.abs(state - full_state).max() <= 1e-4


def test_onnx_matches_torch(exported):
    model, _, session = exported
    feats = _speechlike_features(1.2, 7)[None]
    state = np.zeros((1, model.state_size), np.float32)
    onnx_arkit, onnx_vis, _ = session.run(None, {"features": feats, "state": state})
    with torch.no_grad():
        arkit, vis, _ = model(torch.from_numpy(feats), torch.from_numpy(state))
    assert np.abs(arkit.numpy() - onnx_arkit).max() <= 1e-4
    assert np.abs(vis.numpy() - onnx_vis).max() <= 1e-4


def test_model_is_causal(exported):
    """Changing frames after keyframe t leaves outputs up to t unchanged."""
    model, _, session = exported
    feats = _speechlike_features(1.6, 9)[None]
    state = np.zeros((1, model.state_size), np.float32)
    base, _, _ = session.run(None, {"features": feats, "state": state})
    changed = feats.copy()
    changed[:, 80:] += 3.0
    out, _, _ = session.run(None, {"features": changed, "state": state})
    assert np.abs(out[:, :20] - base[:, :20]).max() == 0.0
    assert np.abs(out[:, 20:] - base[:, 20:]).max() > 1e-3


def test_compute_budget():
    from spatius_motion.training.model import FLOPS_LIMIT_PER_10MS
    from spatius_motion.training.pipeline import DEFAULT_MEMBERS, compute_per_10ms

    config = ModelConfig()
    # the shipped model averages DEFAULT_MEMBERS such networks: FLOPs per 10 ms of the whole
    assert compute_per_10ms([config] * DEFAULT_MEMBERS) <= FLOPS_LIMIT_PER_10MS
    assert compute_per_10ms([config]) == count_flops_per_keyframe(MotionNet(config)) / 4
    assert config.lookahead_keyframes <= 2


def test_pipeline_refuses_a_model_over_the_compute_limit(tmp_path):
    from spatius_motion.training.pipeline import main

    # six networks of the default size cost about 2.3 MFLOP per 10 ms; it stops before the corpus
    with pytest.raises(SystemExit, match="over the limit"):
        main(["--members", "6", "--runs", str(tmp_path), "--corpus", str(tmp_path / "corpus")])
    assert not (tmp_path / "corpus").exists()


@pytest.mark.parametrize("chunk_keyframes", [1, 4])
def test_stream_norm_model_streams_like_one_call(tmp_path, chunk_keyframes):
    """The per-stream normalisation computes its sums in closed form per call with a dynamic
    keyframe count; the exported graph must still chunk exactly."""
    from spatius_motion.training.export import streaming_parity

    torch.manual_seed(2)
    model = MotionNet(ModelConfig(frame_channels=16, width=32, gru_hidden=32, stream_norm_seconds=1.0))
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * 0.05)
    path = export_onnx(model, tmp_path / "norm.onnx", name="norm", version="0", feature=FeatureConfig())
    assert streaming_parity(path, keyframes=40, chunk_keyframes=chunk_keyframes) <= 1e-4


def test_dropout_is_noise_in_training_and_identity_in_the_export(tmp_path):
    """A model left in training mode still exports the deterministic eval-mode graph."""
    from spatius_motion.training.export import streaming_parity

    torch.manual_seed(3)
    model = MotionNet(ModelConfig(frame_channels=16, width=32, gru_hidden=32, dropout=0.3))
    feats = torch.from_numpy(_speechlike_features(0.8, 11)[None])
    state = model.initial_state(1)
    model.train()
    with torch.no_grad():
        first, second = model(feats, state)[0], model(feats, state)[0]
    assert (first - second).abs().max() > 1e-3
    path = export_onnx(model, tmp_path / "drop.onnx", name="drop", version="0", feature=FeatureConfig())
    assert not model.training
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    onnx_arkit, _, _ = session.run(None, {"features": feats.numpy(), "state": state.numpy()})
    with torch.no_grad():
        arkit = model(feats, state)[0]
    assert np.abs(arkit.numpy() - onnx_arkit).max() <= 1e-4
    assert streaming_parity(path, keyframes=20, chunk_keyframes=3) <= 1e-4


def test_phone_head_is_training_only(tmp_path):
    """A network with the phone head exports the graph, compute and state of one without it."""
    torch.manual_seed(4)
    small = ModelConfig(frame_channels=16, width=32, gru_hidden=32)
    plain, headed = MotionNet(small), MotionNet(replace(small, phone_classes=40))
    headed.load_state_dict(
        {**plain.state_dict(), **{k: v for k, v in headed.state_dict().items() if k.startswith("phone_head.")}}
    )
    assert headed.exported_parameters() == plain.exported_parameters()
    assert sum(p.numel() for p in headed.parameters()) > plain.exported_parameters()
    assert count_flops_per_keyframe(headed) == count_flops_per_keyframe(plain)
    assert headed.state_size == plain.state_size
    paths = [
        export_onnx(m, tmp_path / f"{k}.onnx", name=k, version="0", feature=FeatureConfig())
        for k, m in (("plain", plain), ("headed", headed))
    ]
    feats = _speechlike_features(0.8, 12)[None]
    outputs = [
        ort.InferenceSession(str(p), providers=["CPUExecutionProvider"]).run(
            None, {"features": feats, "state": plain.initial_state(1).numpy()}
        )
        for p in paths
    ]
    for a, b in zip(*outputs):
        assert np.array_equal(a, b)
    sizes = [sum(np.prod(t.dims) for t in onnx.load(str(p)).graph.initializer) for p in paths]
    assert sizes[0] == sizes[1]
