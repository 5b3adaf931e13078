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

Everything is vectorized over a batch of streams; each stream keeps a seed and a row of
``STATE_FLOATS`` floats (``initial_motion``) between calls.

Size (over ~400 lines): one mapping, model output to wire keyframe; its procedural eye, blink
and head generators share the per-stream state row and are vectorized together.
"""

from __future__ import annotations

import functools
import zlib

import numpy as np

from spatius_motion.workers import flame
from spatius_motion.workers.vocabulary import ARKIT_INDEX

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

# motion state row layout (initial_motion); _BLINK_NEXT caches the start of the blink after _BLINK_START
_LOUD_SLOW, _LOG_PITCH_MEAN, _NOD, _BLINK_START, _BLINK_COUNT, _BLINK_NEXT = range(6)
STATE_FLOATS = 6
_SLOW_PAIR = slice(_LOUD_SLOW, _LOG_PITCH_MEAN + 1)
_DECAY_VOICED = np.array([LOUD_SLOW_COEF, PITCH_MEAN_COEF])
_DECAY_UNVOICED = np.array([LOUD_SLOW_COEF, 1.0])
_NOD_DRIVE = (1.0 - NOD_COEF) * 4.0
_ARANGE = np.arange(4096, dtype=np.int64)[None, :]
_AROUND = np.arange(3)
_ONES = np.ones(64)

# noise channels: head sway x, y, z slow (period 50) and fast (15), gaze pitch and yaw
_NOISE_CHANNELS = np.array([1, 2, 3, 17, 18, 19, 4, 5], dtype=np.uint64)
_NOISE_PERIOD = np.array([50, 50, 50, 15, 15, 15, 37, 29], dtype=np.int64)
"""Keyframes between seeded knots."""
_NOISE_RAMP = np.array([50, 50, 50, 15, 15, 15, 3, 3], dtype=np.float64)
"""Keyframes to move from one knot's value to the next: smooth sway, quick saccades."""
_NOISE_LAG = np.array([0, 0, 0, 0, 0, 0, 1, 1], dtype=np.int64)
"""Gaze holds the previous knot's target and ramps to the new one at each knot."""
_SWAY_WEIGHTS = (0.7, 0.3)
"""Weights of the slow and fast noise channels in the head sway."""
_CH_BLINK = 6

_U1, _U11, _U27, _U30, _U31 = (np.uint64(n) for n in (1, 11, 27, 30, 31))
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_GOLDEN, _SALT = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xD6E8FEB86659FD93)
_NOISE_SALT = _NOISE_CHANNELS * _SALT - _NOISE_LAG.astype(np.uint64)
"""Hash salt of each noise channel with its knot lag folded in (wrapping uint64)."""
_TO_UNIT = 1.0 / (1 << 53)


def _noise_ramps() -> tuple[np.ndarray, np.ndarray]:
    """Smoothstep ramp of every (channel, offset in its period), flat, and each channel's base."""
    base = np.concatenate([[0], np.cumsum(_NOISE_PERIOD)[:-1]])
    flat = np.concatenate(
        [np.minimum(np.arange(period) / ramp, 1.0) for period, ramp in zip(_NOISE_PERIOD, _NOISE_RAMP)]
    )
    return flat * flat * (3.0 - 2.0 * flat), base


_RAMP_TABLE, _RAMP_BASE = _noise_ramps()


def _noise_mix() -> tuple[np.ndarray, np.ndarray]:
    """Linear map from unscaled knot-interpolated hashes [..., 8] to head sway (x, y, z, before
    the speaking activity) and gaze (pitch, yaw): matrix [8, 5] and offset [5], folding the hash
    scale to [0, 1), the map to [-1, 1], the sway weights and the peak angles."""
    mix = np.zeros((8, 5))
    for axis, peak in enumerate(HEAD_SWAY_RAD):
        mix[axis, axis] = _SWAY_WEIGHTS[0] * peak
        mix[axis + 3, axis] = _SWAY_WEIGHTS[1] * peak
    mix[6, 3], mix[7, 4] = GAZE_RAD
    return mix * (2.0 * _TO_UNIT), mix.sum(axis=0)


_NOISE_MIX, _NOISE_OFFSET = _noise_mix()

_EYE_BLINK_SLICE = slice(
    ARKIT_INDEX["eyeBlinkLeft"],
    ARKIT_INDEX["eyeBlinkRight"] + 1,
    ARKIT_INDEX["eyeBlinkRight"] - ARKIT_INDEX["eyeBlinkLeft"],
)
_JAW_OPEN = ARKIT_INDEX["jawOpen"]


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser on uint64 arrays (wrapping arithmetic), in place on ``x``."""
    x ^= x >> _U30
    x *= _MIX1
    x ^= x >> _U27
    x *= _MIX2
    x ^= x >> _U31
    return x


def _uniform(x: np.ndarray) -> np.ndarray:
    """Uniform [0, 1) float64 from pre-mix uint64 hash inputs (consumed)."""
    x = _mix(x)
    x >>= _U11
    return x.astype(np.float64) * _TO_UNIT


def hash_uniform(seed: np.ndarray, index: np.ndarray, channel: int | np.ndarray) -> np.ndarray:
    """Uniform [0, 1) float64 for each (seed uint64, index int64, channel), broadcast together."""
    salt = np.asarray(channel, dtype=np.uint64) * _SALT
    return _uniform(seed * _GOLDEN + salt + index.astype(np.uint64))


def procedural_motion(seed: np.ndarray, index: np.ndarray) -> np.ndarray:
    """Head sway (x, y, z) and gaze (pitch, yaw) in radians: float64 [B, k, 5] for seed
    [B, 1] and index [B, k].

    Eight noise channels in [-1, 1] (slow and fast sway per head axis, gaze pitch and yaw) each
    hold a seeded value per knot (every ``_NOISE_PERIOD`` keyframes) and move to the next
    knot's value over ``_NOISE_RAMP`` keyframes with a smoothstep; the knots on both sides of
    every keyframe are hashed in one pass, and one matrix product weighs the channels.
    """
    knot, offset = np.divmod(index[..., None], _NOISE_PERIOD)
    offset += _RAMP_BASE
    ramp = _RAMP_TABLE.take(offset)
    hashed = np.empty((2,) + knot.shape, dtype=np.uint64)
    np.add(seed[..., None] * _GOLDEN + _NOISE_SALT, knot.view(np.uint64), out=hashed[0])
    np.add(hashed[0], _U1, out=hashed[1])
    hashed = _mix(hashed)
    hashed >>= _U11
    start, end = hashed.astype(np.float64)
    end -= start
    end *= ramp
    end += start
    motion = np.matmul(end.reshape(-1, 8), _NOISE_MIX).reshape(knot.shape[:-1] + (5,))
    motion -= _NOISE_OFFSET
    return motion


def blink_interval(seed: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Keyframes from blink ``count`` to the next one: 2 s + exponential, capped at 8 s."""
    u = hash_uniform(seed, count.astype(np.int64), _CH_BLINK)
    extra = np.floor(-BLINK_MEAN_EXTRA_KEYFRAMES * np.log1p(-u))
    return np.minimum(BLINK_MIN_KEYFRAMES + extra, BLINK_MAX_KEYFRAMES)


_BLINK_TABLE = np.concatenate([[0.0], BLINK_SHAPE, [0.0]])
"""``BLINK_SHAPE`` with a zero on each side, indexed by the blink offset + 1 clipped to the ends."""
_BLINK_CHANNELS = np.zeros(12)
_BLINK_CHANNELS[[ARKIT_INDEX["eyeBlinkLeft"], ARKIT_INDEX["eyeBlinkRight"]]] = 1.0
"""Which of the first 12 ARKit weights (the eye region) take the blink as their floor."""


def _blink_shape(after: np.ndarray) -> np.ndarray:
    """Eyelid closure at integral keyframe offsets + 1 (float64) from a blink's start."""
    return _BLINK_TABLE.take(after.astype(np.intp), mode="clip")


def initial_motion(seeds: np.ndarray) -> np.ndarray:
    """Procedural motion state of new streams: float64 [B, STATE_FLOATS] for seeds uint64 [B].

    A stream keeps its seed and this row between calls; ``MotionMapper.map`` advances the row.
    """
    seeds = np.asarray(seeds, dtype=np.uint64).reshape(-1, 1)
    values = np.empty((seeds.shape[0], STATE_FLOATS))
    values[:, _LOUD_SLOW] = SILENCE_DB
    values[:, _NOD] = 0.0
    values[:, _LOG_PITCH_MEAN] = np.log(150.0)
    first_blink = 12 + np.floor(hash_uniform(seeds, np.zeros((1, 1), np.int64), _CH_BLINK + 1) * 80)
    values[:, _BLINK_START] = first_blink[:, 0]
    values[:, _BLINK_COUNT] = 0.0
    values[:, _BLINK_NEXT] = (first_blink + blink_interval(seeds, np.ones((1, 1))))[:, 0]
    return values


def stream_seed(session_seed: int, req_id: str) -> int:
    """A stream's motion seed: its session's seed mixed with the req_id (uint64 range)."""
    return (int(session_seed) ^ zlib.crc32(req_id.encode())) & 0xFFFFFFFFFFFFFFFF


@functools.lru_cache(maxsize=8)
def _pitch_lags(samples_per_keyframe: int, sample_rate_hz: int) -> tuple[float, int, int, int]:
    """Decimated rate (Hz), decimated samples per keyframe n, and the lag range [lo, hi]."""
    rate = sample_rate_hz / DECIMATION
    n = samples_per_keyframe // DECIMATION
    lo = max(2, int(rate / PITCH_RANGE_HZ[1]))
    hi = min(n // 2, int(np.ceil(rate / PITCH_RANGE_HZ[0])))
    return rate, n, lo, hi


_PARABOLA = np.array([[1.0, 0.5], [-2.0, 0.0], [1.0, -0.5]])
"""Autocorrelation at (best - 1, best, best + 1) -> (curvature, half the slope difference)."""


def audio_cues(audio: np.ndarray, samples_per_keyframe: int, sample_rate_hz: int) -> np.ndarray:
    """Loudness (dBFS) and pitch (Hz, 0 when unvoiced) per keyframe: float64 [B, k, 2].

    ``audio`` is float32 [B, k * samples_per_keyframe] in [-1, 1]. Pitch: the keyframe is
    block-summed by ``DECIMATION`` (a crude low-pass), its mean removed, and the lag of the
    highest normalised autocorrelation within ``PITCH_RANGE_HZ`` refined by a parabola.
    """
    batch = audio.shape[0]
    k = audio.shape[1] // samples_per_keyframe
    rows = batch * k
    cues = np.empty((batch, k, 2))
    if not rows:
        return cues
    wide = audio.astype(np.float64)
    frames = wide.reshape(batch, k, samples_per_keyframe)
    power = np.einsum("bkn,bkn->bk", frames, frames)
    power /= samples_per_keyframe
    power += 1e-12
    np.log10(power, out=power)
    power *= 10.0
    np.maximum(power, SILENCE_DB, out=cues[..., 0])
    rate, n, lo, hi = _pitch_lags(samples_per_keyframe, sample_rate_hz)
    width = n + hi + 2
    padded = np.zeros((rows, width))
    coarse = padded[:, :n]
    np.matmul(wide.reshape(rows, n, DECIMATION), _ONES[:DECIMATION], out=coarse)
    mean = np.add.reduce(coarse, axis=-1, keepdims=True)
    mean /= n
    coarse -= mean
    # autocorr[:, j] at lag lo - 1 + j, j = 0 .. hi - lo + 2, from a strided view of lagged copies
    lags = hi - lo + 3
    windows = np.ndarray((rows, lags, n), np.float64, padded, (lo - 1) * 8, (width * 8, 8, 8))
    autocorr = np.einsum("bln,bn->bl", windows, coarse)
    best = np.argmax(autocorr[:, 1:-1], axis=-1)
    best += np.arange(0, rows * lags, lags)[:rows]
    around = autocorr.reshape(-1)[best[:, None] + _AROUND]
    curvature, slope = np.matmul(around, _PARABOLA).T
    peak = around[:, 1]
    voicing = np.maximum(np.einsum("bn,bn->b", coarse, coarse), 1e-12)
    np.divide(peak, voicing, out=voicing)
    voiced = voicing > VOICING_THRESHOLD
    voiced &= power.reshape(-1) > SPEAKING_DB[0]
    shift = np.where(curvature < 0, slope / np.minimum(curvature, -1e-12), 0.0)
    np.maximum(shift, -0.5, out=shift)
    np.minimum(shift, 0.5, out=shift)
    shift += best
    shift -= np.arange(-lo, rows * lags - lo, lags, dtype=np.float64)[:rows]
    np.divide(rate, shift, out=shift)
    shift *= voiced
    cues[..., 1] = shift.reshape(batch, k)
    return cues


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
        seeds: np.ndarray,
        values: np.ndarray,
        expression_maps: list[np.ndarray | None],
    ) -> tuple[np.ndarray, np.ndarray]:
        """Keyframes for a batch; advances the motion state rows ``values`` in place.

        ``arkit`` float32 [B, k, 52] model weights; ``cues`` [B, k, 2] from ``cues`` for the
        same keyframes; ``first_index`` int64 [B] stream keyframe index of row 0 (may be
        negative for outputs the engine drops); ``seeds`` uint64 [B] and ``values`` float64
        [B, STATE_FLOATS] each stream's motion seed and state (``initial_motion`` for new
        streams); ``expression_maps`` per stream, float32
        [52, 100] or None. Returns (flame float32 [B, k, 120], arkit float32 [B, k, 52]).
        """
        batch, k = arkit.shape[:2]
        seeds = seeds.reshape(batch, 1)
        index = first_index.astype(np.int64, copy=False)[:, None] + _ARANGE[:, :k]
        loudness, pitch = cues[..., 0], cues[..., 1]

        # sequential filters: slow loudness and running mean of log pitch over voiced keyframes
        # (one recurrence x' = a * x + b on both; a = 1, b = 0 holds the pitch mean when unvoiced),
        # then the nod envelope driven by loudness above the slow mean before each keyframe
        voiced = pitch > 0
        log_pitch = np.log(np.where(voiced, pitch, 1.0))
        decay = np.where(voiced[..., None], _DECAY_VOICED, _DECAY_UNVOICED)
        drive = np.empty((batch, k, 2))
        np.multiply(loudness, 1.0 - LOUD_SLOW_COEF, out=drive[..., 0])
        np.multiply(log_pitch, 1.0 - PITCH_MEAN_COEF, out=drive[..., 1])
        slow = np.empty((batch, k + 1, 2))
        slow[:, 0] = values[:, _SLOW_PAIR]
        for j in range(k):
            after = slow[:, j + 1]
            np.multiply(decay[:, j], slow[:, j], out=after)
            after += drive[:, j]
        loud_before, mean_before = slow[:, :k, 0], slow[:, :k, 1]
        onset = loudness - loud_before
        onset *= _NOD_DRIVE / 12.0
        onset -= _NOD_DRIVE * ONSET_DB / 12.0
        np.maximum(onset, 0.0, out=onset)
        np.minimum(onset, _NOD_DRIVE, out=onset)
        nod = np.empty((batch, k + 1))
        nod[:, 0] = values[:, _NOD]
        for j in range(k):
            np.multiply(nod[:, j], NOD_COEF, out=nod[:, j + 1])
            nod[:, j + 1] += onset[:, j]
        nod = nod[:, 1:]
        log_pitch -= mean_before
        log_pitch *= 2.0
        np.tanh(log_pitch, out=log_pitch)
        log_pitch *= voiced
        values[:, _SLOW_PAIR] = slow[:, k]
        values[:, _NOD] = nod[:, -1]

        # blinks: every seeded blink starting before the window's end
        after = index + 1
        start = values[:, _BLINK_START : _BLINK_START + 1]
        blink = _blink_shape(after - start)
        following = values[:, _BLINK_NEXT : _BLINK_NEXT + 1]
        window_end = after[:, -1:]
        begins = following < window_end
        if begins.any():
            count = values[:, _BLINK_COUNT : _BLINK_COUNT + 1]
            while True:
                blink = np.maximum(blink, np.where(begins, _blink_shape(after - following), 0.0))
                start = np.where(begins, following, start)
                count = count + begins
                following = np.where(begins, start + blink_interval(seeds, count + 1), following)
                begins = following < window_end
                if not begins.any():
                    break
            values[:, _BLINK_START], values[:, _BLINK_COUNT] = start[:, 0], count[:, 0]
            values[:, _BLINK_NEXT] = following[:, 0]

        # head sway scaled by speaking activity 0.4..1 from the slow loudness, voice-pitch tilt, nod
        activity = slow[:, 1:, 0] * (0.6 / (SPEAKING_DB[1] - SPEAKING_DB[0]))
        activity += 0.4 - 0.6 * SPEAKING_DB[0] / (SPEAKING_DB[1] - SPEAKING_DB[0])
        np.maximum(activity, 0.4, out=activity)
        np.minimum(activity, 1.0, out=activity)
        out = np.zeros((batch, k, flame.FLAME_FLOATS), dtype=np.float32)
        moves = procedural_motion(seeds, index)
        head, gaze = moves[..., 0:3], moves[..., 3:5]
        head *= activity[..., None]
        log_pitch *= HEAD_PITCH_VOICE_RAD
        head[..., 0] -= log_pitch
        out[..., flame.ROTATION] = head
        np.tanh(nod, out=nod)
        nod *= NOD_RAD
        out[..., flame.NECK_POSE.start] = nod
        gaze[..., 1] -= EYE_COUNTER_ROLL * head[..., 1]
        out[..., flame.EYE_POSE].reshape(batch, k, 2, 3)[..., :2] = gaze[..., None, :]

        # ARKit: clipped model weights; in the eye region (the first 12) the gaze adds to
        # eyeLook* and the blink is the floor of eyeBlink*
        weights = np.maximum(arkit, 0.0)
        np.minimum(weights, 1.0, out=weights)
        if weights.dtype != np.float32:
            weights = weights.astype(np.float32)
        eyes = weights[..., :12]
        looks = np.matmul(gaze, _LOOK_MATRIX)
        np.maximum(looks, 0.0, out=looks)
        np.minimum(looks, 1.0, out=looks)
        eyes += looks
        np.maximum(eyes, blink[..., None] * _BLINK_CHANNELS, out=eyes)
        np.minimum(eyes, 1.0, out=eyes)
        out[..., flame.JAW_POSE.start] = JAW_MAX_RAD * weights[..., _JAW_OPEN]
        out[..., flame.EYE_LID] = eyes[..., _EYE_BLINK_SLICE]

        present = [(i, m) for i, m in enumerate(expression_maps) if m is not None]
        if present:
            mapped = [i for i, _ in present]
            maps = np.stack([m for _, m in present])
            out[mapped, :, flame.EXPRESSION] = np.matmul(weights[mapped], maps)
        return out, weights


def _look_matrix() -> np.ndarray:
    """Gaze (pitch, yaw) -> unclipped increments of the first 12 ARKit weights, float64 [2, 12]:
    eyeLook* = clip(+-gaze / ARKIT_LOOK_FULL_RAD, 0, 1) added to the model's weight, clipped to 1;
    down from +pitch, up from -pitch, avatar's left (out left, in right) from +yaw, right from -yaw."""
    matrix = np.zeros((2, 12))
    for name, source, sign in (
        ("eyeLookDownLeft", 0, 1.0),
        ("eyeLookDownRight", 0, 1.0),
        ("eyeLookUpLeft", 0, -1.0),
        ("eyeLookUpRight", 0, -1.0),
        ("eyeLookOutLeft", 1, 1.0),
        ("eyeLookInRight", 1, 1.0),
        ("eyeLookInLeft", 1, -1.0),
        ("eyeLookOutRight", 1, -1.0),
    ):
        matrix[source, ARKIT_INDEX[name]] = sign * (1.0 / ARKIT_LOOK_FULL_RAD)
    return matrix


_LOOK_MATRIX = _look_matrix()
