"""MotionMapper: determinism, jaw and expression mapping, blinks, bounds, audio cues."""

from __future__ import annotations

import numpy as np
import pytest

from spatius_motion.workers import flame, motion
from spatius_motion.workers.motion import MotionMapper, audio_cues, initial_motion
from spatius_motion.workers.vocabulary import ARKIT_INDEX

SPK, RATE = 640, 16000
JAW = ARKIT_INDEX["jawOpen"]
BLINK = [ARKIT_INDEX["eyeBlinkLeft"], ARKIT_INDEX["eyeBlinkRight"]]


def voiced(keyframes: int, amplitude: float, f0: float = 150.0, batch: int = 1) -> np.ndarray:
    t = np.arange(keyframes * SPK) / RATE
    wave = amplitude * (np.sin(2 * np.pi * f0 * t) + 0.5 * np.sin(4 * np.pi * f0 * t)) / 1.5
    return np.tile(wave.astype(np.float32), (batch, 1))


def run(
    arkit: np.ndarray,
    audio: np.ndarray,
    seeds: list[int],
    chunk: int | None = None,
    maps: list[np.ndarray | None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Maps a whole [B, K] sequence, ``chunk`` keyframes per call (all at once when None)."""
    mapper = MotionMapper(SPK, RATE)
    seed_array = np.array(seeds, dtype=np.uint64)
    values = initial_motion(seed_array)
    maps = maps or [None] * len(seeds)
    total = arkit.shape[1]
    chunk = chunk or total
    flames, weights = [], []
    for first in range(0, total, chunk):
        part = slice(first, min(total, first + chunk))
        cues = mapper.cues(audio[:, part.start * SPK : part.stop * SPK])
        f, w = mapper.map(arkit[:, part], cues, np.full(len(seeds), first), seed_array, values, maps)
        flames.append(f)
        weights.append(w)
    return np.concatenate(flames, axis=1), np.concatenate(weights, axis=1)


def random_arkit(batch: int, keyframes: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-0.2, 1.2, (batch, keyframes, 52)).astype(np.float32)


def test_same_seed_same_motion_and_seeds_differ():
    arkit, audio = random_arkit(3, 200), voiced(200, 0.1, batch=3)
    first, _ = run(arkit, audio, [1, 2, 1])
    again, _ = run(arkit, audio, [1, 2, 1])
    np.testing.assert_array_equal(first, again)
    procedural = np.r_[flame.ROTATION, flame.NECK_POSE, flame.EYE_POSE]
    np.testing.assert_array_equal(first[0, :, procedural], first[2, :, procedural])
    assert np.abs(first[0, :, flame.ROTATION] - first[1, :, flame.ROTATION]).max() > 1e-3


def test_motion_does_not_depend_on_chunking():
    arkit, audio = random_arkit(2, 300), voiced(300, 0.1, batch=2)
    whole, whole_w = run(arkit, audio, [5, 6])
    for chunk in (1, 7, 64):
        chunked, chunked_w = run(arkit, audio, [5, 6], chunk=chunk)
        np.testing.assert_allclose(chunked, whole, atol=1e-5)
        np.testing.assert_allclose(chunked_w, whole_w, atol=1e-6)


def test_jaw_pose_follows_jaw_open():
    arkit = np.zeros((1, 50, 52), dtype=np.float32)
    arkit[0, :, JAW] = np.linspace(-0.5, 1.5, 50)
    rows, weights = run(arkit, voiced(50, 0.1), [3])
    expected = motion.JAW_MAX_RAD * np.clip(arkit[0, :, JAW], 0, 1)
    np.testing.assert_allclose(rows[0, :, flame.JAW_POSE.start], expected, atol=1e-6)
    assert np.all(rows[0, :, flame.JAW_POSE.start + 1 : flame.JAW_POSE.stop] == 0)
    np.testing.assert_allclose(weights[0, :, JAW], np.clip(arkit[0, :, JAW], 0, 1))


def test_expression_is_zero_without_a_map_and_arkit_times_map_with_one():
    arkit, audio = random_arkit(2, 40), voiced(40, 0.1, batch=2)
    expression_map = np.random.default_rng(2).standard_normal((52, 100)).astype(np.float32)
    rows, weights = run(arkit, audio, [1, 1], maps=[None, expression_map])
    assert np.all(rows[0, :, flame.EXPRESSION] == 0)
    np.testing.assert_allclose(rows[1, :, flame.EXPRESSION], weights[1] @ expression_map, rtol=1e-5, atol=1e-5)
    assert np.abs(rows[1, :, flame.EXPRESSION]).max() > 0.1


def test_amplitudes_stay_bounded_and_translation_is_zero():
    keyframes = 1500
    rng = np.random.default_rng(4)
    bursts = (rng.random(keyframes) > 0.5).repeat(SPK)
    audio = (voiced(keyframes, 0.9, batch=4) * bursts).astype(np.float32)
    rows, weights = run(random_arkit(4, keyframes), audio, [0, 1, 2, 3], chunk=32)
    assert np.all(rows[..., flame.TRANSLATION] == 0)
    head = np.abs(rows[..., flame.ROTATION])
    limits = np.array(motion.HEAD_SWAY_RAD) + np.array([motion.HEAD_PITCH_VOICE_RAD, 0, 0])
    assert np.all(head <= limits + 1e-6)
    assert np.all(np.abs(rows[..., flame.NECK_POSE]) <= motion.NOD_RAD + 1e-6)
    eyes = np.abs(rows[..., flame.EYE_POSE])
    assert np.all(eyes[..., [0, 3]] <= motion.GAZE_RAD[0] + 1e-6)
    assert np.all(eyes[..., [1, 4]] <= motion.GAZE_RAD[1] + motion.EYE_COUNTER_ROLL * motion.HEAD_SWAY_RAD[1] + 1e-6)
    assert np.all((rows[..., flame.EYE_LID] >= 0) & (rows[..., flame.EYE_LID] <= 1))
    assert np.all((weights >= 0) & (weights <= 1))
    assert np.abs(rows[..., flame.NECK_POSE.start]).max() > 0.01, "loudness onsets nod the head"


def test_blinks_come_every_two_to_eight_seconds_and_close_both_lids():
    keyframes = 25 * 120
    rows, weights = run(np.zeros((3, keyframes, 52), np.float32), voiced(keyframes, 0.05, batch=3), [7, 8, 9], chunk=50)
    lids = rows[..., flame.EYE_LID]
    np.testing.assert_array_equal(lids, weights[..., BLINK])
    for stream in range(3):
        closed = lids[stream, :, 0] == 1.0
        starts = np.flatnonzero(closed)
        gaps = np.diff(starts)
        assert 120 / 8 <= starts.size <= 120 / 2
        assert gaps.min() >= motion.BLINK_MIN_KEYFRAMES
        assert gaps.max() <= motion.BLINK_MAX_KEYFRAMES
        assert 3 * 25 <= gaps.mean() <= 5 * 25


def test_model_blink_weight_is_kept_when_larger():
    arkit = np.zeros((1, 10, 52), np.float32)
    arkit[0, :, BLINK] = 0.9
    _, weights = run(arkit, voiced(10, 0.1), [1])
    assert np.all(weights[0, :, BLINK] >= 0.9 - 1e-7)


@pytest.mark.parametrize("f0", [90.0, 150.0, 220.0, 330.0])
def test_pitch_cue_tracks_voiced_pitch(f0):
    cues = audio_cues(voiced(4, 0.1, f0=f0), SPK, RATE)
    np.testing.assert_allclose(cues[0, :, 1], f0, rtol=0.04)


def test_loudness_cue_and_unvoiced_noise():
    sine = (0.1 * np.sin(2 * np.pi * 200 * np.arange(SPK) / RATE)).astype(np.float32)[None]
    assert audio_cues(sine, SPK, RATE)[0, 0, 0] == pytest.approx(20 * np.log10(0.1 / np.sqrt(2)), abs=0.1)
    noise = np.random.default_rng(0).standard_normal((1, 8 * SPK)).astype(np.float32) * 0.1
    assert np.all(audio_cues(noise, SPK, RATE)[0, :, 1] == 0)
    silence = audio_cues(np.zeros((1, SPK), np.float32), SPK, RATE)
    assert silence[0, 0, 0] == motion.SILENCE_DB and silence[0, 0, 1] == 0


def test_higher_voice_pitch_tilts_the_head_up():
    keyframes = 100
    low = voiced(keyframes, 0.1, f0=120.0)
    high = np.concatenate([low[:, : 50 * SPK], voiced(50, 0.1, f0=240.0)], axis=1)
    base, _ = run(np.zeros((1, keyframes, 52), np.float32), low, [1])
    raised, _ = run(np.zeros((1, keyframes, 52), np.float32), high, [1])
    difference = raised[0, 50:60, flame.ROTATION.start] - base[0, 50:60, flame.ROTATION.start]
    assert np.all(difference < -0.01)
