"""The unit every engine adapter, augmentation and shard speaks: audio plus timed phones."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

SAMPLE_RATE_HZ = 16000
"""Corpus audio rate; the model contract's input rate."""

Phone = tuple[str, float, float]
"""(ARPAbet phone, start_s, end_s)."""


@dataclass(frozen=True)
class Voice:
    """One synthesis configuration: engine, engine voice name, speaking-rate and pitch factors.

    ``rate`` > 1 speaks faster; ``pitch`` > 1 raises the voice's mean F0. Each engine maps
    these factors onto its own controls.
    """

    engine: str
    name: str
    rate: float = 1.0
    pitch: float = 1.0

    @property
    def speaker(self) -> str:
        """Speaker identity without rate/pitch, e.g. ``flite:awb``."""
        return f"{self.engine}:{self.name}"

    @property
    def style(self) -> str:
        """Rate and pitch factors, e.g. ``rate=1.10,f0=0.90``."""
        return f"rate={self.rate:.2f},f0={self.pitch:.2f}"


@dataclass(frozen=True)
class Utterance:
    """Mono float32 audio at 16 kHz with contiguous ARPAbet phones covering it exactly.

    ``phones`` start at 0.0 and end at ``duration_s``; gaps are SIL. ``voice`` is the speaker
    identity (``engine:name``), ``style`` the rate/pitch/augmentation that produced this copy.
    """

    audio: np.ndarray
    phones: list[Phone]
    voice: str
    engine: str
    text: str
    style: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def duration_s(self) -> float:
        """Audio length in seconds."""
        return len(self.audio) / SAMPLE_RATE_HZ

    def labels(self, frame_rate_hz: float = 100.0) -> tuple[np.ndarray, np.ndarray]:
        """Soft ARKit targets [T, 52] and hard viseme ids [T] at ``frame_rate_hz``.

        T = ceil(N * frame_rate_hz / 16000) for N samples (``training.labels.frame_count``);
        frame i is the interval [i / frame_rate_hz, (i + 1) / frame_rate_hz), labelled at its
        centre.
        """
        from spatius_motion.training.labels import frame_count, labels_from_phones

        n_frames = frame_count(len(self.audio), SAMPLE_RATE_HZ, frame_rate_hz)
        return labels_from_phones(self.phones, n_frames, frame_rate_hz)

    def replace(self, **changes) -> "Utterance":
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)


def tidy_phones(phones: list[Phone], duration_s: float, min_len_s: float = 1e-4) -> list[Phone]:
    """Make phones contiguous over [0, duration_s]: clip, fill gaps with SIL, merge SIL runs.

    Input phones must be in time order; overlapping starts are clamped to the previous end.
    """
    out: list[Phone] = []
    t = 0.0
    for name, start, end in phones:
        start = min(max(start, t), duration_s)
        end = min(max(end, start), duration_s)
        if start - t > min_len_s:
            out.append(("SIL", t, start))
        elif out:
            start = t
        else:
            start = 0.0
        if end - start > min_len_s:
            out.append((name, start, end))
            t = end
    if duration_s - t > min_len_s or not out:
        out.append(("SIL", t, duration_s))
    else:
        last = out[-1]
        out[-1] = (last[0], last[1], duration_s)
    merged: list[Phone] = []
    for name, start, end in out:
        if merged and name == "SIL" and merged[-1][0] == "SIL":
            merged[-1] = ("SIL", merged[-1][1], end)
        else:
            merged.append((name, start, end))
    return merged


def to_float32(pcm16: np.ndarray) -> np.ndarray:
    """int16 PCM -> float32 in [-1, 1)."""
    return np.asarray(pcm16, dtype=np.int16).astype(np.float32) / 32768.0


def to_int16(audio: np.ndarray) -> np.ndarray:
    """float32 in [-1, 1] -> int16 PCM, clipping out-of-range samples."""
    return np.clip(np.round(np.asarray(audio, dtype=np.float32) * 32767.0), -32768, 32767).astype(np.int16)


def fit_length(audio: np.ndarray, n: int) -> np.ndarray:
    """``audio`` as float32 cut or zero-padded at its end to ``n`` samples."""
    if len(audio) >= n:
        return audio[:n].astype(np.float32, copy=False)
    return np.concatenate([audio, np.zeros(n - len(audio), np.float32)]).astype(np.float32, copy=False)


def resample_to_corpus_rate(audio: np.ndarray, rate_hz: int) -> np.ndarray:
    """Resample mono audio to 16 kHz float32 with soxr (identity when already 16 kHz)."""
    audio = np.asarray(audio, dtype=np.float32)
    if rate_hz == SAMPLE_RATE_HZ:
        return audio
    import soxr

    return soxr.resample(audio, rate_hz, SAMPLE_RATE_HZ, quality="HQ").astype(np.float32)
