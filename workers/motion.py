"""Turns model outputs into wire keyframes: ARKit-52 weights plus the 120-float FLAME row.

What comes from where (all angles axis-angle in radians, layout in ``workers/flame.py``):

- ARKit-52: the model's weights, clipped to [0, 1]; ``eyeBlinkLeft/Right`` take the larger of
  the model's value and the procedural blink; ``eyeLook*`` add the procedural gaze.
- jaw_pose: ``[JAW_MAX_RAD * jawOpen, 0, 0]`` (FLAME's jaw opens about +x; 0.35 rad ~ 20 deg).
- eye_lid: the procedural blink, left and right (FLAME-style eyelid closure 0..1).
- eye_pose: procedural gaze (both eyes alike, [pitch, yaw, 0] each; +pitch looks down,
  +yaw looks to the avatar's left), with a partial counter-rotation against head yaw.
- rotation: slow head sway (yaw, roll, pitch) from smooth seeded noise, larger while speaking,
  plus a pitch offset that follows the voice pitch (higher than the speaker's running mean
  tilts the head up). neck_pose: nods on loudness onsets. translation: zeros.
- expression: FLAME expression coefficients need a FLAME expression basis fitted to the
  avatar, which the server does not have. They are zero unless the session supplies
  ``SessionOpen.expression_map`` (float32 [52, 100]); then ``expression = arkit @ map``.

The procedural parts are driven by two audio cues per keyframe (``audio_cues``): loudness
(RMS of the keyframe's samples in dBFS) and pitch (autocorrelation of the keyframe after 8x
decimation by block averaging, parabolic peak refinement, lags 70-400 Hz, voiced when the normalised peak exceeds
``VOICING_THRESHOLD``; 0 Hz when unvoiced). Random parts are counter-based hashes of
(seed, keyframe index, channel), so a session's motion depends only on its seed and audio,
never on how the audio was chunked or batched. Blinks start at seeded intervals of
2-8 s (2 s plus an exponential of mean 1.8 s: mean ~3.8 s) and last 160 ms.

Everything is vectorized over a batch of streams; each stream keeps a ``MotionState`` of a
few floats between calls.
"""

from __future__ import annotations

import numpy as np

from workers import flame
from workers.vocabulary import ARKIT_INDEX

JAW_MAX_RAD = 0.35
"""jaw_pose x at jawOpen = 1."""
HEAD_SWAY_RAD = (0.035, 0.06, 0.025)
"""Peak slow head sway about x (pitch), y (yaw), z (roll)."""
HEAD_PITCH_VOICE_RAD = 0.04
"""Peak head pitch from voice pitch (negative = up for higher pitch)."""
NOD_RAD = 0.08
"""Peak neck pitch of a nod on a loudness onset."""
GAZE_RAD = (0.06, 0.12)
"""Peak gaze pitch and yaw."""
EYE_COUNTER_ROLL = 0.5
"""Fraction of head yaw the eyes counter-rotate."""
ARKIT_LOOK_FULL_RAD = 0.35
"""Gaze angle that maps to ARKit eyeLook* = 1."""
BLINK_SHAPE = np.array([0.5, 1.0, 0.75, 0.3], dtype=np.float64)
"""Eyelid closure over the keyframes of one blink (40 ms each)."""
BLINK_MIN_KEYFRAMES = 50
BLINK_MEAN_EXTRA_KEYFRAMES = 45.0
BLINK_MAX_KEYFRAMES = 200
SILENCE_DB = -90.0
SPEAKING_DB = (-50.0, -20.0)
"""Loudness mapped to speaking activity 0..1."""
ONSET_DB = 6.0
"""Loudness above the slow loudness mean that starts a nod."""
VOICING_THRESHOLD = 0.45
PITCH_RANGE_HZ = (70.0, 400.0)
DECIMATION = 8
LOUD_SLOW_COEF = 0.95
"""Per-keyframe pole of the slow loudness mean (~0.8 s)."""
NOD_COEF = 0.8
"""Per-keyframe pole of the nod envelope (~0.2 s)."""
PITCH_MEAN_COEF = 0.97
"""Per-keyframe pole of the running mean of log pitch over voiced keyframes (~1.3 s)."""

# MotionState.values layout
_LOUD_SLOW, _NOD, _LOG_PITCH_MEAN, _BLINK_START, _BLINK_COUNT = range(5)
STATE_FLOATS = 5

# noise channels: head sway x, y, z slow (period 50) and fast (15), gaze pitch and yaw
_NOISE_CHANNELS = np.array([1, 2, 3, 17, 18, 19, 4, 5], dtype=np.uint64)
_NOISE_PERIOD = np.array([50, 50, 50, 15, 15, 15, 37, 29], dtype=np.int64)
"""Keyframes between seeded knots."""
_NOISE_RAMP = np.array([50, 50, 50, 15, 15, 15, 3, 3], dtype=np.float64)
"""Keyframes to move from one knot's value to the next: smooth sway, quick saccades."""
_NOISE_LAG = np.array([0, 0, 0, 0, 0, 0, 1, 1], dtype=np.int64)
"""Gaze holds the previous knot's target and ramps to the new one at each knot."""
_SWAY_WEIGHTS = np.array([0.7, 0.3])
_CH_BLINK = 6

_EYE_BLINK = (ARKIT_INDEX["eyeBlinkLeft"], ARKIT_INDEX["eyeBlinkRight"])
_JAW_OPEN = ARKIT_INDEX["jawOpen"]


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser on uint64 arrays (wrapping arithmetic)."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def hash_uniform(seed: np.ndarray, index: np.ndarray, channel: int | np.ndarray) -> np.ndarray:
    """Uniform [0, 1) float64 for each (seed uint64, index int64, channel), broadcast together."""
    salt = np.asarray(channel, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)
    x = _mix(seed * np.uint64(0x9E3779B97F4A7C15) + salt + index.astype(np.uint64))
    return (x >> np.uint64(11)).astype(np.float64) * (1.0 / (1 << 53))


def _smoothstep(x: np.ndarray) -> np.ndarray:
    return x * x * (3.0 - 2.0 * x)


def procedural_noise(seed: np.ndarray, index: np.ndarray) -> np.ndarray:
    """All noise channels in [-1, 1]: float64 [B, k, 8] for seed [B, 1] and index [B, k].

    Each channel holds a seeded value per knot (every ``_NOISE_PERIOD`` keyframes) and moves
    to the next knot's value over ``_NOISE_RAMP`` keyframes with a smoothstep.
    """
    position = index[..., None]
    knot = np.floor_divide(position, _NOISE_PERIOD)
    ramp = _smoothstep(np.minimum((position - knot * _NOISE_PERIOD) / _NOISE_RAMP, 1.0))
    knot -= _NOISE_LAG
    seeds = seed[..., None]
    start = hash_uniform(seeds, knot, _NOISE_CHANNELS)
    end = hash_uniform(seeds, knot + 1, _NOISE_CHANNELS)
    return 2.0 * (start + (end - start) * ramp) - 1.0


def blink_interval(seed: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Keyframes from blink ``count`` to the next one: 2 s + exponential, capped at 8 s."""
    u = hash_uniform(seed, count.astype(np.int64), _CH_BLINK)
    extra = np.floor(-BLINK_MEAN_EXTRA_KEYFRAMES * np.log1p(-u))
    return np.minimum(BLINK_MIN_KEYFRAMES + extra, BLINK_MAX_KEYFRAMES)


def _blink_shape(offset: np.ndarray) -> np.ndarray:
    inside = (offset >= 0) & (offset < BLINK_SHAPE.size)
    return np.where(inside, BLINK_SHAPE[np.clip(offset, 0, BLINK_SHAPE.size - 1).astype(np.int64)], 0.0)


class MotionState:
    """One stream's procedural motion state: its seed and ``STATE_FLOATS`` floats."""

    __slots__ = ("seed", "values")

    def __init__(self, seed: int) -> None:
        self.seed = int(seed) & 0xFFFFFFFFFFFFFFFF
        seeds = np.array([[self.seed]], dtype=np.uint64)
        first_blink = 12 + np.floor(hash_uniform(seeds, np.zeros((1, 1), np.int64), _CH_BLINK + 1) * 80)
        self.values = np.array([SILENCE_DB, 0.0, np.log(150.0), first_blink[0, 0], 0.0])


def audio_cues(audio: np.ndarray, samples_per_keyframe: int, sample_rate_hz: int) -> np.ndarray:
    """Loudness (dBFS) and pitch (Hz, 0 when unvoiced) per keyframe: float64 [B, k, 2].

    ``audio`` is float32 [B, k * samples_per_keyframe] in [-1, 1]. Pitch: the keyframe is
    block-averaged by ``DECIMATION`` (a crude low-pass), its mean removed, and the lag of the
    highest normalised autocorrelation within ``PITCH_RANGE_HZ`` refined by a parabola.
    """
    batch = audio.shape[0]
    frames = audio.reshape(batch, -1, samples_per_keyframe)
    k = frames.shape[1]
    power = np.einsum("bkn,bkn->bk", frames, frames, dtype=np.float64) / samples_per_keyframe
    loudness = np.maximum(10.0 * np.log10(power + 1e-12), SILENCE_DB)
    flat = audio.reshape(batch * k, samples_per_keyframe)
    coarse = flat[:, 0::DECIMATION].astype(np.float64)
    for phase in range(1, DECIMATION):
        coarse += flat[:, phase::DECIMATION]
    coarse -= coarse.mean(axis=-1, keepdims=True)
    rate = sample_rate_hz / DECIMATION
    n = coarse.shape[-1]
    lo = max(2, int(rate / PITCH_RANGE_HZ[1]))
    hi = min(n // 2, int(np.ceil(rate / PITCH_RANGE_HZ[0])))
    padded = np.zeros((batch * k, n + hi + 2))
    padded[:, :n] = coarse
    windows = np.lib.stride_tricks.sliding_window_view(padded, n, axis=1)[:, lo - 1 : hi + 2]
    autocorr = np.einsum("bln,bn->bl", windows, coarse)
    energy = np.einsum("bn,bn->b", coarse, coarse)
    inner = autocorr[:, 1:-1]
    best = np.argmax(inner, axis=-1)
    rows = np.arange(batch * k)
    peak, before, after = inner[rows, best], autocorr[rows, best], autocorr[rows, best + 2]
    curvature = before - 2.0 * peak + after
    shift = np.where(curvature < 0, 0.5 * (before - after) / np.minimum(curvature, -1e-12), 0.0)
    voicing = peak / np.maximum(energy, 1e-12)
    voiced = (voicing > VOICING_THRESHOLD) & (loudness.reshape(-1) > SPEAKING_DB[0])
    pitch = np.where(voiced, rate / (best + lo + np.clip(shift, -0.5, 0.5)), 0.0)
    return np.stack([loudness, pitch.reshape(batch, k)], axis=-1)


class MotionMapper:
    """Maps batches of model outputs and audio cues to ARKit and FLAME keyframes."""

    def __init__(self, samples_per_keyframe: int, sample_rate_hz: int) -> None:
        self.samples_per_keyframe = samples_per_keyframe
        self.sample_rate_hz = sample_rate_hz

    def cues(self, audio: np.ndarray) -> np.ndarray:
        """``audio_cues`` at this mapper's rates."""
        return audio_cues(audio, self.samples_per_keyframe, self.sample_rate_hz)

    def map(
        self,
        arkit: np.ndarray,
        cues: np.ndarray,
        first_index: np.ndarray,
        states: list[MotionState],
        expression_maps: list[np.ndarray | None],
    ) -> tuple[np.ndarray, np.ndarray]:
        """Keyframes for a batch; advances ``states`` in place.

        ``arkit`` float32 [B, k, 52] model weights; ``cues`` [B, k, 2] from ``cues`` for the
        same keyframes; ``first_index`` int64 [B] stream keyframe index of row 0 (may be
        negative for outputs the engine drops); ``expression_maps`` per stream, float32
        [52, 100] or None. Returns (flame float32 [B, k, 120], arkit float32 [B, k, 52]).
        """
        batch, k = arkit.shape[:2]
        seeds = np.fromiter((s.seed for s in states), dtype=np.uint64, count=batch)[:, None]
        values = np.stack([s.values for s in states])
        index = first_index.astype(np.int64)[:, None] + np.arange(k, dtype=np.int64)[None, :]
        loudness, pitch = cues[..., 0], cues[..., 1]

        # sequential filters: slow loudness, nod envelope, running mean of log pitch
        loud_slow = np.empty((batch, k))
        nod = np.empty((batch, k))
        pitch_rel = np.zeros((batch, k))
        ls, nv, lpm = values[:, _LOUD_SLOW], values[:, _NOD], values[:, _LOG_PITCH_MEAN]
        for j in range(k):
            onset = np.clip((loudness[:, j] - ls - ONSET_DB) / 12.0, 0.0, 1.0)
            nv = NOD_COEF * nv + (1.0 - NOD_COEF) * 4.0 * onset
            ls = LOUD_SLOW_COEF * ls + (1.0 - LOUD_SLOW_COEF) * loudness[:, j]
            voiced = pitch[:, j] > 0
            log_pitch = np.log(np.where(voiced, pitch[:, j], 1.0))
            pitch_rel[:, j] = np.where(voiced, np.tanh(2.0 * (log_pitch - lpm)), 0.0)
            lpm = np.where(voiced, PITCH_MEAN_COEF * lpm + (1.0 - PITCH_MEAN_COEF) * log_pitch, lpm)
            loud_slow[:, j], nod[:, j] = ls, nv
        values[:, _LOUD_SLOW], values[:, _NOD], values[:, _LOG_PITCH_MEAN] = ls, nv, lpm

        # blinks: every seeded blink starting before the window's end
        start, count = values[:, _BLINK_START:_BLINK_START + 1], values[:, _BLINK_COUNT:_BLINK_COUNT + 1]
        blink = _blink_shape(index - start)
        window_end = index[:, -1:] + 1
        while True:
            following = start + blink_interval(seeds, count + 1)
            begins = following < window_end
            if not begins.any():
                break
            blink = np.maximum(blink, np.where(begins, _blink_shape(index - following), 0.0))
            start = np.where(begins, following, start)
            count = count + begins
        values[:, _BLINK_START], values[:, _BLINK_COUNT] = start[:, 0], count[:, 0]

        activity = np.clip((loud_slow - SPEAKING_DB[0]) / (SPEAKING_DB[1] - SPEAKING_DB[0]), 0.0, 1.0)
        sway_gain = 0.4 + 0.6 * activity
        out = np.zeros((batch, k, flame.FLAME_FLOATS), dtype=np.float64)
        noise = procedural_noise(seeds, index)
        sway = noise[..., 0:3] * _SWAY_WEIGHTS[0] + noise[..., 3:6] * _SWAY_WEIGHTS[1]
        head = out[..., flame.ROTATION]
        head[:] = sway * np.asarray(HEAD_SWAY_RAD) * sway_gain[..., None]
        head[..., 0] -= HEAD_PITCH_VOICE_RAD * pitch_rel
        out[..., flame.NECK_POSE.start] = NOD_RAD * np.tanh(nod)

        gaze_pitch = GAZE_RAD[0] * noise[..., 6]
        gaze_yaw = GAZE_RAD[1] * noise[..., 7] - EYE_COUNTER_ROLL * head[..., 1]
        eyes = out[..., flame.EYE_POSE]
        eyes[..., 0] = eyes[..., 3] = gaze_pitch
        eyes[..., 1] = eyes[..., 4] = gaze_yaw

        weights = np.clip(arkit, 0.0, 1.0).astype(np.float32)
        for channel in _EYE_BLINK:
            np.maximum(weights[..., channel], blink, out=weights[..., channel], casting="unsafe")
        _add_gaze(weights, gaze_pitch, gaze_yaw)
        out[..., flame.JAW_POSE.start] = JAW_MAX_RAD * weights[..., _JAW_OPEN]
        out[..., flame.EYE_LID] = weights[..., _EYE_BLINK]

        flame_rows = out.astype(np.float32)
        mapped = [i for i, m in enumerate(expression_maps) if m is not None]
        if mapped:
            maps = np.stack([expression_maps[i] for i in mapped])
            flame_rows[mapped, :, flame.EXPRESSION] = np.matmul(weights[mapped], maps)
        for state, row in zip(states, values):
            state.values = row
        return flame_rows, weights


_LOOK_CHANNELS = np.array([ARKIT_INDEX[name] for name in (
    "eyeLookDownLeft", "eyeLookDownRight", "eyeLookUpLeft", "eyeLookUpRight",
    "eyeLookOutLeft", "eyeLookInRight", "eyeLookInLeft", "eyeLookOutRight",
)])
_LOOK_SOURCE = np.array([0, 0, 1, 1, 2, 2, 3, 3])
"""Which of (down, up, left, right) drives each of ``_LOOK_CHANNELS``."""


def _add_gaze(weights: np.ndarray, gaze_pitch: np.ndarray, gaze_yaw: np.ndarray) -> None:
    """Adds the gaze to ARKit eyeLook* (clipped to [0, 1]); +yaw looks to the avatar's left."""
    directions = np.stack([gaze_pitch, -gaze_pitch, gaze_yaw, -gaze_yaw], axis=-1)
    amounts = np.clip(directions * (1.0 / ARKIT_LOOK_FULL_RAD), 0.0, 1.0)
    looks = weights[..., _LOOK_CHANNELS] + amounts[..., _LOOK_SOURCE]
    weights[..., _LOOK_CHANNELS] = np.minimum(looks, 1.0)
