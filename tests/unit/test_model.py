"""MotionModel: loading the shipped baseline, contract validation, provider fallback."""

from __future__ import annotations

import json
import logging

import numpy as np
import onnx
import pytest

from spatius_motion.settings import BASELINE_MODEL_PATH, DEFAULT_MODEL_PATH, Settings
from spatius_motion.training.baseline import build_model
from spatius_motion.workers.model import ModelContractError, MotionModel, resolve_providers


def _save(model: onnx.ModelProto, tmp_path, name: str = "model.onnx"):
    path = tmp_path / name
    path.write_bytes(model.SerializeToString())
    return path


def _with_metadata(tmp_path, **changes: str | None):
    model = build_model()
    props = {p.key: p.value for p in model.metadata_props}
    for key, value in changes.items():
        key = "spatius." + key
        if value is None:
            props.pop(key)
        else:
            props[key] = value
    del model.metadata_props[:]
    onnx.helper.set_model_props(model, props)
    return _save(model, tmp_path)


def test_shipped_baseline_loads_with_contract_fields():
    model = MotionModel(BASELINE_MODEL_PATH)
    assert model.name == "loudness-baseline"
    assert model.version == "0.1.0"
    assert model.is_baseline
    assert model.sample_rate_hz == 16000
    assert model.samples_per_keyframe == 640
    assert model.frames_per_keyframe == 4
    assert model.lookahead_keyframes == 0
    assert model.state_size == 2
    assert model.feature_config.n_mels == 80
    assert model.providers == ["CPUExecutionProvider"]


def test_default_model_is_the_shipped_trained_model():
    model = MotionModel(DEFAULT_MODEL_PATH)
    assert model.name == "tcn-gru" and not model.is_baseline
    assert model.sample_rate_hz == 16000 and model.samples_per_keyframe == 640
    assert 0 < model.lookahead_keyframes <= 2  # <= 80 ms
    assert DEFAULT_MODEL_PATH.stat().st_size <= 10 * 1024 * 1024


def test_run_shapes_for_dynamic_batch_and_keyframes():
    model = MotionModel(BASELINE_MODEL_PATH)
    features = np.full((3, 4 * 5, 80), -5.0, dtype=np.float32)
    arkit, visemes, state = model.run(features, model.initial_state(3))
    assert arkit.shape == (3, 5, 52)
    assert visemes.shape == (3, 5, 15)
    assert state.shape == (3, 2)
    np.testing.assert_allclose(visemes.sum(axis=-1), 1.0, atol=1e-6)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"contract": None}, "spatius.contract"),
        ({"contract": "2"}, "contract version"),
        ({"lookahead_keyframes": "two"}, "not an integer"),
        ({"lookahead_keyframes": "-1"}, "must be >= 0"),
        ({"state_size": "4"}, "last dimension must be 4"),
        ({"arkit_names": json.dumps(["jawOpen"] * 52)}, "arkit_names"),
        ({"viseme_names": "not json"}, "viseme_names is not JSON"),
        ({"feature": '{"kind": "mfcc"}'}, "spatius.feature is invalid"),
        ({"sample_rate_hz": "24000"}, "feature sample rate"),
        ({"keyframe_rate_hz": "30"}, "whole number"),
    ],
)
def test_bad_metadata_is_rejected_with_the_rule(tmp_path, changes, message):
    with pytest.raises(ModelContractError, match=message):
        MotionModel(_with_metadata(tmp_path, **changes))


def test_wrong_output_name_is_rejected(tmp_path):
    model = build_model()
    for node in model.graph.node:
        node.output[:] = ["blend" if name == "arkit" else name for name in node.output]
    model.graph.output[0].name = "blend"
    with pytest.raises(ModelContractError, match="outputs must be"):
        MotionModel(_save(model, tmp_path))


def test_missing_and_corrupt_files_are_rejected(tmp_path):
    with pytest.raises(ModelContractError, match="not found"):
        MotionModel(tmp_path / "absent.onnx")
    (tmp_path / "junk.onnx").write_bytes(b"not a model")
    with pytest.raises(ModelContractError, match="cannot load"):
        MotionModel(tmp_path / "junk.onnx")


def test_unavailable_gpu_provider_falls_back_to_cpu_with_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="spatius_motion.workers.model"):
        chosen = resolve_providers(["CUDAExecutionProvider", "CPUExecutionProvider"], ["CPUExecutionProvider"])
    assert chosen == ["CPUExecutionProvider"]
    assert "CUDAExecutionProvider" in caplog.text
    assert resolve_providers(["CUDAExecutionProvider"], ["CPUExecutionProvider"]) == ["CPUExecutionProvider"]
    assert resolve_providers(
        ["CUDAExecutionProvider", "CPUExecutionProvider"],
        ["CUDAExecutionProvider", "CPUExecutionProvider"],
    ) == ["CUDAExecutionProvider", "CPUExecutionProvider"]


def test_from_settings_reads_path_threads_and_providers(tmp_path):
    path = _save(build_model(), tmp_path, "copy.onnx")
    settings = Settings(
        model_path=str(path), onnx_threads=1, onnx_providers="CUDAExecutionProvider, CPUExecutionProvider"
    )
    model = MotionModel.from_settings(settings)
    assert model.path == path
    assert model.providers == ["CPUExecutionProvider"]
