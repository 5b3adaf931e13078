"""The loudness baseline: reproducible bytes, streaming parity, loudness -> jaw."""

from __future__ import annotations

import numpy as np
import pytest

from spatius_motion.settings import BASELINE_MODEL_PATH
from spatius_motion.training.baseline import build_model, write
from spatius_motion.workers.features import FeatureConfig, LogMel
from spatius_motion.workers.model import MotionModel
from spatius_motion.workers.vocabulary import ARKIT_INDEX, VISEME_NAMES

JAW = ARKIT_INDEX["jawOpen"]


@pytest.fixture(scope="module")
def model() -> MotionModel:
    return MotionModel(BASELINE_MODEL_PATH)


def speechlike(seconds: float, amplitude: float, seed: int = 0) -> np.ndarray:
    """Voiced harmonics with a 4 Hz syllable envelope and pauses, plus faint noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * 16000)) / 16000
    f0 = 140 + 30 * np.sin(2 * np.pi * 0.7 * t)
    phase = 2 * np.pi * np.cumsum(f0) / 16000
    voice = sum(np.sin(h * phase) / h for h in range(1, 8))
    envelope = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) * (np.sin(2 * np.pi * 0.5 * t) > -0.5)
    return (amplitude * voice * envelope + 3e-4 * rng.standard_normal(t.size)).astype(np.float32)


def test_build_is_byte_stable_and_matches_committed_file(tmp_path):
    first = write(tmp_path / "a.onnx").read_bytes()
    second = write(tmp_path / "b.onnx").read_bytes()
    assert first == second
    assert first == BASELINE_MODEL_PATH.read_bytes(), "run: python -m spatius_motion.training.baseline"
    props = {p.key: p.value for p in build_model().metadata_props}
    assert props["spatius.baseline"] == "true"


def test_chunked_streaming_equals_one_full_call(model):
    audio = speechlike(3.0, 0.1)
    audio = audio[: audio.size // 640 * 640]
    front = LogMel(model.feature_config)
    full_features = front.full(audio)[None]
    full = model.run(full_features, model.initial_state(1))

    rng = np.random.default_rng(1)
    tail, state = front.initial_tail(1), model.initial_state(1)
    arkit, visemes = [], []
    position = 0
    while position < audio.size:
        k = int(rng.integers(1, 9))
        piece = audio[position : position + 640 * k][None]
        position += piece.shape[1]
        features, tail = front.stream(piece, tail)
        a, v, state = model.run(features, state)
        arkit.append(a)
        visemes.append(v)
    assert np.max(np.abs(np.concatenate(arkit, axis=1) - full[0])) <= 1e-4
    assert np.max(np.abs(np.concatenate(visemes, axis=1) - full[1])) <= 1e-4
    assert np.max(np.abs(state - full[2])) <= 1e-4


@pytest.mark.parametrize("config", [FeatureConfig(), FeatureConfig(n_fft=1024, win_samples=1024)])
def test_segments_of_several_streams_match_streaming_each(config):
    """One pass over adjacent 640-sample segments of 3 streams equals ``stream`` per stream,
    both when the tail fits in a segment and when it spans segments (n_fft 1024)."""
    front = LogMel(config)
    rng = np.random.default_rng(4)
    counts = [2, 1, 3]
    audio = (rng.standard_normal((sum(counts), 640)) * 0.1).astype(np.float32)
    tails = (rng.standard_normal((3, config.tail_samples)) * 0.1).astype(np.float32)
    first = np.array([0, 2, 3])
    mel, new_tails = front.segments(audio, first, tails)
    for s, (start, n) in enumerate(zip(first, counts)):
        expected, tail = front.stream(audio[start : start + n].reshape(1, -1), tails[s : s + 1])
        np.testing.assert_allclose(
            mel[start : start + n].reshape(1, n * 640 // config.hop_samples, -1), expected, atol=1e-5
        )
        np.testing.assert_array_equal(new_tails[s], tail[0])


def _jaw(model: MotionModel, audio: np.ndarray) -> np.ndarray:
    features = LogMel(model.feature_config).full(audio)[None]
    arkit, visemes, _ = model.run(features, model.initial_state(1))
    np.testing.assert_allclose(visemes.sum(axis=-1), 1.0, atol=1e-5)
    return arkit[0, :, JAW]


def test_louder_speech_opens_the_jaw_wider(model):
    means = [_jaw(model, speechlike(2.0, amplitude)).mean() for amplitude in (0.003, 0.03, 0.3)]
    assert means[0] < means[1] < means[2]
    assert 0.0 <= min(means) and max(means) <= 0.75 + 1e-6


def test_silence_keeps_the_mouth_closed_and_viseme_silent(model):
    audio = np.zeros(16000, dtype=np.float32)
    features = LogMel(model.feature_config).full(audio)[None]
    arkit, visemes, _ = model.run(features, model.initial_state(1))
    assert np.abs(arkit).max() == 0.0
    assert np.all(visemes[..., VISEME_NAMES.index("sil")] == 1.0)


def test_jaw_closes_in_pauses_and_opens_on_syllables(model):
    audio = speechlike(2.0, 0.1)
    jaw = _jaw(model, audio)
    loud = np.sqrt((audio[: jaw.size * 640].reshape(-1, 640) ** 2).mean(axis=1))
    assert np.corrcoef(jaw, loud)[0, 1] > 0.7
