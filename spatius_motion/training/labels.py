"""Training and evaluation targets from timed phones: ARPAbet -> OVR viseme -> ARKit-52 pose,
blended over time by a dominance (Cohen-Massaro style) coarticulation model.

Each phone is a target pose with a dominance that is full inside its segment and decays
exponentially with the distance (in seconds) outside it: more slowly before the segment
(anticipation: upcoming phones start to shape the mouth before they begin) than after it
(carry-over). The pose at time t is the dominance-weighted mean of all nearby targets. Lip
channels of bilabials (/p b m/) and labiodentals (/f v/) get a much larger dominance with a short
reach, so lips close within the segment and do not leak far into neighbouring vowels.
Diphthongs are two half-segments (e.g. AY = aa then ih).

Frames: frame i spans [i / rate, (i + 1) / rate) seconds and is labelled at its centre.
Hard visemes: the viseme of the (half-)segment that contains the frame centre.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from math import ceil

import numpy as np

from spatius_motion.training.corpus.phones import ARPABET, to_arpabet
from spatius_motion.workers.vocabulary import ARKIT_INDEX, ARKIT_NAMES, VISEME_NAMES

VISEME_INDEX: dict[str, int] = {name: i for i, name in enumerate(VISEME_NAMES)}
PHONE_INDEX: dict[str, int] = {name: i for i, name in enumerate(ARPABET)}

PHONE_TO_VISEME: dict[str, str] = {
    "SIL": "sil",
    "P": "PP",
    "B": "PP",
    "M": "PP",
    "F": "FF",
    "V": "FF",
    "TH": "TH",
    "DH": "TH",
    "T": "DD",
    "D": "DD",
    "K": "kk",
    "G": "kk",
    "NG": "kk",
    "HH": "kk",
    "CH": "CH",
    "JH": "CH",
    "SH": "CH",
    "ZH": "CH",
    "S": "SS",
    "Z": "SS",
    "N": "nn",
    "L": "nn",
    "R": "RR",
    "ER": "RR",
    "AA": "aa",
    "AE": "aa",
    "AH": "aa",
    "AW": "aa",
    "AY": "aa",
    "EH": "E",
    "EY": "E",
    "IH": "ih",
    "IY": "ih",
    "Y": "ih",
    "AO": "oh",
    "OW": "oh",
    "OY": "oh",
    "UH": "ou",
    "UW": "ou",
    "W": "ou",
}
"""Each ARPAbet phone's OVR viseme (the hard label; diphthongs give their first half)."""

DIPHTHONGS: dict[str, tuple[str, str]] = {
    "AW": ("aa", "ou"),
    "AY": ("aa", "ih"),
    "EY": ("E", "ih"),
    "OW": ("oh", "ou"),
    "OY": ("oh", "ih"),
}
"""Diphthongs as (first half, second half) visemes."""

_POSES: dict[str, dict[str, float]] = {
    "sil": {},
    "PP": {
        "jawOpen": 0.06,
        "mouthClose": 0.85,
        "mouthPressLeft": 0.45,
        "mouthPressRight": 0.45,
        "mouthRollLower": 0.15,
        "mouthRollUpper": 0.1,
    },
    "FF": {
        "jawOpen": 0.1,
        "mouthRollLower": 0.55,
        "mouthUpperUpLeft": 0.3,
        "mouthUpperUpRight": 0.3,
        "mouthPressLeft": 0.15,
        "mouthPressRight": 0.15,
        "mouthClose": 0.1,
    },
    "TH": {"jawOpen": 0.2, "tongueOut": 0.45, "mouthLowerDownLeft": 0.1, "mouthLowerDownRight": 0.1},
    "DD": {
        "jawOpen": 0.2,
        "mouthStretchLeft": 0.15,
        "mouthStretchRight": 0.15,
        "mouthLowerDownLeft": 0.15,
        "mouthLowerDownRight": 0.15,
    },
    "kk": {
        "jawOpen": 0.25,
        "mouthStretchLeft": 0.2,
        "mouthStretchRight": 0.2,
        "mouthLowerDownLeft": 0.1,
        "mouthLowerDownRight": 0.1,
    },
    "CH": {
        "jawOpen": 0.15,
        "mouthFunnel": 0.55,
        "mouthPucker": 0.3,
        "mouthUpperUpLeft": 0.25,
        "mouthUpperUpRight": 0.25,
        "mouthLowerDownLeft": 0.25,
        "mouthLowerDownRight": 0.25,
    },
    "SS": {
        "jawOpen": 0.08,
        "mouthStretchLeft": 0.35,
        "mouthStretchRight": 0.35,
        "mouthSmileLeft": 0.25,
        "mouthSmileRight": 0.25,
        "mouthUpperUpLeft": 0.15,
        "mouthUpperUpRight": 0.15,
        "mouthLowerDownLeft": 0.15,
        "mouthLowerDownRight": 0.15,
    },
    "nn": {
        "jawOpen": 0.18,
        "mouthStretchLeft": 0.1,
        "mouthStretchRight": 0.1,
        "mouthLowerDownLeft": 0.1,
        "mouthLowerDownRight": 0.1,
    },
    "RR": {"jawOpen": 0.18, "mouthFunnel": 0.35, "mouthPucker": 0.3},
    "aa": {
        "jawOpen": 0.65,
        "mouthLowerDownLeft": 0.35,
        "mouthLowerDownRight": 0.35,
        "mouthUpperUpLeft": 0.15,
        "mouthUpperUpRight": 0.15,
        "mouthStretchLeft": 0.1,
        "mouthStretchRight": 0.1,
    },
    "E": {
        "jawOpen": 0.4,
        "mouthStretchLeft": 0.35,
        "mouthStretchRight": 0.35,
        "mouthSmileLeft": 0.2,
        "mouthSmileRight": 0.2,
        "mouthLowerDownLeft": 0.25,
        "mouthLowerDownRight": 0.25,
        "mouthUpperUpLeft": 0.1,
        "mouthUpperUpRight": 0.1,
    },
    "ih": {
        "jawOpen": 0.25,
        "mouthStretchLeft": 0.4,
        "mouthStretchRight": 0.4,
        "mouthSmileLeft": 0.35,
        "mouthSmileRight": 0.35,
        "mouthUpperUpLeft": 0.15,
        "mouthUpperUpRight": 0.15,
    },
    "oh": {
        "jawOpen": 0.45,
        "mouthFunnel": 0.55,
        "mouthPucker": 0.25,
        "mouthLowerDownLeft": 0.2,
        "mouthLowerDownRight": 0.2,
    },
    "ou": {"jawOpen": 0.2, "mouthPucker": 0.8, "mouthFunnel": 0.45},
}


def _pose_matrix() -> np.ndarray:
    poses = np.zeros((len(VISEME_NAMES), len(ARKIT_NAMES)), dtype=np.float32)
    for viseme, pose in _POSES.items():
        for channel, weight in pose.items():
            poses[VISEME_INDEX[viseme], ARKIT_INDEX[channel]] = weight
    return poses


VISEME_POSES: np.ndarray = _pose_matrix()
"""[15, 52] ARKit target weights of each OVR viseme (rows in VISEME_NAMES order)."""

DOMINANCE: dict[str, float] = {
    "sil": 0.6,
    "PP": 1.5,
    "FF": 1.3,
    "TH": 1.0,
    "DD": 0.6,
    "kk": 0.5,
    "CH": 1.2,
    "SS": 0.9,
    "nn": 0.6,
    "RR": 0.9,
    "aa": 1.0,
    "E": 1.0,
    "ih": 1.0,
    "oh": 1.1,
    "ou": 1.2,
}
"""Peak dominance of each viseme on every channel (alveolars and velars are weak: the
neighbouring vowels shape the lips)."""

TAU_ANTICIPATION_S = 0.06
"""Decay constant of a segment's dominance before it starts."""
TAU_CARRYOVER_S = 0.035
"""Decay constant of a segment's dominance after it ends."""

LIP_CHANNELS: tuple[str, ...] = (
    "jawOpen",
    "mouthClose",
    "mouthPressLeft",
    "mouthPressRight",
    "mouthRollLower",
    "mouthRollUpper",
    "mouthUpperUpLeft",
    "mouthUpperUpRight",
    "mouthLowerDownLeft",
    "mouthLowerDownRight",
    "mouthFunnel",
    "mouthPucker",
)
LIP_CONTACT: dict[str, tuple[float, float, float]] = {
    "PP": (15.0, 0.018, 0.012),
    "FF": (6.0, 0.02, 0.012),
}
"""Visemes whose lip channels get (dominance, tau before, tau after) overrides: closure and
lip-teeth contact are reached inside the segment with a short anticipatory ramp."""

CLOSURE_MARGIN_S = 0.04
"""Slack (s) either side of a bilabial segment within which a closed mouth counts as closing
it: the ``closure_hit`` metric's window (``training.evaluate``) and the reach of the
timing-tolerant closure term (``training.train.closure_window_loss``), one keyframe at 25 fps."""

_REACH_S = 0.5
"""Segments farther than this from a frame are ignored (their dominance is < exp(-8))."""


def _dominance_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n_v, n_k = len(VISEME_NAMES), len(ARKIT_NAMES)
    alpha = np.zeros((n_v, n_k), np.float32)
    tau_a = np.full((n_v, n_k), TAU_ANTICIPATION_S, np.float32)
    tau_c = np.full((n_v, n_k), TAU_CARRYOVER_S, np.float32)
    for viseme, weight in DOMINANCE.items():
        alpha[VISEME_INDEX[viseme]] = weight
    lips = [ARKIT_INDEX[c] for c in LIP_CHANNELS]
    for viseme, (weight, before, after) in LIP_CONTACT.items():
        alpha[VISEME_INDEX[viseme], lips] = weight
        tau_a[VISEME_INDEX[viseme], lips] = before
        tau_c[VISEME_INDEX[viseme], lips] = after
    return alpha, tau_a, tau_c


_ALPHA, _TAU_A, _TAU_C = _dominance_tables()


def phone_viseme(phone: str) -> str:
    """OVR viseme of any phone name an engine or pocketsphinx emits (stress, case, fillers ok)."""
    return PHONE_TO_VISEME[to_arpabet("arpabet", phone)]


def viseme_segments(phones: Sequence[tuple[str, float, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Phones -> (viseme ids [S] int64, starts_s [S], ends_s [S]) with diphthongs split in two."""
    ids, starts, ends = [], [], []
    for name, start, end in phones:
        arpa = to_arpabet("arpabet", name)
        if arpa in DIPHTHONGS and end > start:
            mid = 0.5 * (start + end)
            for viseme, (a, b) in zip(DIPHTHONGS[arpa], ((start, mid), (mid, end))):
                ids.append(VISEME_INDEX[viseme])
                starts.append(a)
                ends.append(b)
        else:
            ids.append(VISEME_INDEX[PHONE_TO_VISEME[arpa]])
            starts.append(start)
            ends.append(end)
    return (np.asarray(ids, np.int64), np.asarray(starts, np.float64), np.asarray(ends, np.float64))


def frame_count(n_samples: int, sample_rate_hz: int, frame_rate_hz: float) -> int:
    """Frames of ``1 / frame_rate_hz`` s that cover ``n_samples`` samples: ceil(N * fps / rate).

    Exact rational arithmetic: the float form ``ceil(N / rate * fps)`` gives one frame too many
    for some whole numbers of frames (N = 4480 at 16 kHz and 25 fps is 7.000000000000001).
    """
    fps = Fraction(frame_rate_hz).limit_denominator(1000)
    return ceil(Fraction(n_samples) * fps / sample_rate_hz)


def frame_centres_s(n_frames: int, frame_rate_hz: float) -> np.ndarray:
    """Centre (s) of each frame [n_frames]: frame i spans [i / rate, (i + 1) / rate)."""
    return (np.arange(n_frames, dtype=np.float64) + 0.5) / frame_rate_hz


def _segment_at(starts: np.ndarray, ends: np.ndarray, times: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index of the last segment starting at or before each time, whether that segment still
    covers it); ``starts`` ascending, times past the end or in gaps are not covered."""
    inside = np.searchsorted(starts, times, side="right") - 1
    covered = (inside >= 0) & (times < ends[np.clip(inside, 0, None)])
    return inside, covered


def phone_ids(phones: Sequence[tuple[str, float, float]], n_frames: int, frame_rate_hz: float) -> np.ndarray:
    """Hard ARPAbet phone ids [n_frames] int64 (indices into ``ARPABET``, SIL = 0): the phone
    whose segment contains each frame centre, diphthongs whole. A finer target than the
    visemes (which merge, e.g., AA with AH and K with HH) for a training-only phone head."""
    out = np.zeros(n_frames, np.int64)
    if n_frames == 0 or not phones:
        return out
    ids = np.asarray([PHONE_INDEX[to_arpabet("arpabet", name)] for name, _, _ in phones], np.int64)
    starts = np.asarray([start for _, start, _ in phones], np.float64)
    ends = np.asarray([end for _, _, end in phones], np.float64)
    inside, covered = _segment_at(starts, ends, frame_centres_s(n_frames, frame_rate_hz))
    out[covered] = ids[inside[covered]]
    return out


def labels_from_phones(
    phones: Sequence[tuple[str, float, float]], n_frames: int, frame_rate_hz: float, chunk_frames: int = 256
) -> tuple[np.ndarray, np.ndarray]:
    """Soft ARKit targets [n_frames, 52] float32 in [0, 1] and hard viseme ids [n_frames] int64.

    ``phones`` are (name, start_s, end_s) in time order; names may be any ARPAbet spelling
    (with stress digits, lower case) or silence/filler names, e.g. a pocketsphinx alignment.
    Frames not covered by any phone are silence.
    """
    arkit = np.zeros((n_frames, len(ARKIT_NAMES)), np.float32)
    visemes = np.zeros(n_frames, np.int64)
    if n_frames == 0 or not phones:
        return arkit, visemes
    ids, starts, ends = viseme_segments(phones)
    times = frame_centres_s(n_frames, frame_rate_hz)
    inside, covered = _segment_at(starts, ends, times)
    visemes[covered] = ids[inside[covered]]
    for c0 in range(0, n_frames, chunk_frames):
        t = times[c0 : c0 + chunk_frames]
        near = np.nonzero((ends > t[0] - _REACH_S) & (starts < t[-1] + _REACH_S))[0]
        if near.size == 0:
            continue
        v = ids[near]
        before = np.maximum(starts[near][:, None] - t[None, :], 0.0)[:, :, None]  # [S, T, 1]
        after = np.maximum(t[None, :] - ends[near][:, None], 0.0)[:, :, None]
        dom = _ALPHA[v][:, None, :] * np.exp(
            -before / _TAU_A[v][:, None, :] - after / _TAU_C[v][:, None, :]
        )  # [S, T, K]
        total = dom.sum(axis=0)
        blended = (dom * VISEME_POSES[v][:, None, :]).sum(axis=0) / np.maximum(total, 1e-12)
        arkit[c0 : c0 + chunk_frames] = blended
    np.clip(arkit, 0.0, 1.0, out=arkit)
    return arkit, visemes


def viseme_posteriors(visemes: np.ndarray) -> np.ndarray:
    """Hard viseme ids [T] -> one-hot float32 [T, 15] (the model contract's ``visemes`` shape)."""
    out = np.zeros((len(visemes), len(VISEME_NAMES)), np.float32)
    out[np.arange(len(visemes)), visemes] = 1.0
    return out


assert set(PHONE_TO_VISEME) == set(ARPABET)
