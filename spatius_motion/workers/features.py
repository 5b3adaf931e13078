"""Causal log-mel front end shared by serving (streaming, batched) and training (whole files).

Frame ``j`` of a stream covers samples ``[(j + 1) * hop - win, (j + 1) * hop)``: it ends at the end
of its hop, so the front end has no lookahead; the first frames see zero padding. A streaming
caller keeps each stream's last ``win - hop`` samples (``tail``) between calls; computing a file
in one call with a zero tail gives exactly the same frames as any chunking of it.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Mapping

import msgspec
import numpy as np

FEATURE_METADATA_KEY = "spatius.feature"


class FeatureConfig(msgspec.Struct, frozen=True, kw_only=True):
    """Log-mel parameters, stored as JSON in the model's ``spatius.feature`` metadata."""

    kind: str = "logmel"
    sample_rate_hz: int = 16000
    n_fft: int = 512
    win_samples: int = 400
    hop_samples: int = 160
    n_mels: int = 80
    fmin_hz: float = 20.0
    fmax_hz: float = 7600.0
    log_floor: float = 1e-6

    def to_json(self) -> str:
        return msgspec.json.encode(self).decode()

    @classmethod
    def from_json(cls, text: str | Mapping[str, Any]) -> "FeatureConfig":
        data = json.loads(text) if isinstance(text, str) else dict(text)
        config = msgspec.convert(data, cls)
        if config.kind != "logmel":
            raise ValueError(f"unsupported feature kind {config.kind!r}")
        if config.win_samples < config.hop_samples or config.win_samples > config.n_fft:
            raise ValueError("feature window must satisfy hop <= win <= n_fft")
        return config

    @property
    def tail_samples(self) -> int:
        """Samples of history a stream carries between calls."""
        return self.win_samples - self.hop_samples


def _hz_to_mel(hz: np.ndarray | float) -> np.ndarray:
    return 2595.0 * np.log10(1.0 + np.asarray(hz, dtype=np.float64) / 700.0)


def _mel_to_hz(mel: np.ndarray) -> np.ndarray:
    return 700.0 * (10.0 ** (mel / 2595.0) - 1.0)


def mel_filterbank(config: FeatureConfig) -> np.ndarray:
    """Triangular HTK-scale filters, float32 [n_fft // 2 + 1, n_mels] (power spectrum -> mel)."""
    n_bins = config.n_fft // 2 + 1
    bin_hz = np.linspace(0.0, config.sample_rate_hz / 2.0, n_bins)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(config.fmin_hz), _hz_to_mel(config.fmax_hz), config.n_mels + 2))
    lower, centre, upper = edges[:-2, None], edges[1:-1, None], edges[2:, None]
    rising = (bin_hz[None, :] - lower) / (centre - lower)
    falling = (upper - bin_hz[None, :]) / (upper - centre)
    return np.maximum(0.0, np.minimum(rising, falling)).T.astype(np.float32)


class LogMel:
    """Computes causal log-mel frames for a batch of streams at once.

    The FFT runs in float64 (numpy's float32 FFT path is several times slower) on frames
    windowed straight from a strided view of the audio into reusable zero-padded scratch
    buffers, about ``BLOCK_FRAMES`` frames (whole streams) at a time, so large batches neither
    allocate fresh pages per call nor leave the CPU caches. Scratch buffers are per thread, so
    one instance may be shared by threads.
    """

    BLOCK_FRAMES = 1024

    def __init__(self, config: FeatureConfig) -> None:
        self.config = config
        self._window = np.hanning(config.win_samples + 1)[:-1].astype(np.float32)
        self._filters = mel_filterbank(config)
        self._scratch = threading.local()

    def initial_tail(self, batch: int = 1) -> np.ndarray:
        """The tail of a new stream: zeros, float32 [batch, win - hop]."""
        return np.zeros((batch, self.config.tail_samples), dtype=np.float32)

    def _buffers(self, rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Scratch for ``rows`` frames: padded frames float64 [rows, n_fft], spectrum complex128
        [rows, bins], and float64 [rows, bins] for the power spectrum."""
        scratch = self._scratch
        padded = getattr(scratch, "padded", None)
        if padded is None or padded.shape[0] < rows:
            size = max(rows, 64)
            bins = self.config.n_fft // 2 + 1
            padded = scratch.padded = np.zeros((size, self.config.n_fft))
            scratch.spectrum = np.empty((size, bins), np.complex128)
            scratch.power = np.empty((size, bins))
        return padded[:rows], scratch.spectrum[:rows], scratch.power[:rows]

    def stream(self, audio: np.ndarray, tail: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Frames for new audio float32 [B, N] (N a multiple of hop) after each stream's tail.

        Returns (features float32 [B, N / hop, n_mels], new tail float32 [B, win - hop]).
        """
        hop, win = self.config.hop_samples, self.config.win_samples
        if audio.ndim != 2 or audio.shape[1] % hop:
            raise ValueError(f"audio must be [B, k * {hop}] samples, got {audio.shape}")
        buffer = np.concatenate([tail, audio.astype(np.float32, copy=False)], axis=1)
        batch, count = audio.shape[0], audio.shape[1] // hop
        stride = buffer.strides[1]
        # frames[b, j] = buffer[b, j * hop : j * hop + win], a view without copies
        frames = np.ndarray((batch, count, win), np.float32, buffer, 0, (buffer.strides[0], hop * stride, stride))
        mel = np.empty((batch, count, self.config.n_mels), dtype=np.float32)
        streams = max(1, self.BLOCK_FRAMES // max(count, 1))
        span = min(count, self.BLOCK_FRAMES)
        for first in range(0, batch, streams):
            for start in range(0, count, span):
                self._mel_block(
                    frames[first : first + streams, start : start + span],
                    mel[first : first + streams, start : start + span],
                )
        np.maximum(mel, self.config.log_floor, out=mel)
        np.log(mel, out=mel)
        return mel, buffer[:, buffer.shape[1] - self.config.tail_samples :].copy()

    def segments(self, audio: np.ndarray, first: np.ndarray, tail: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Frames of several streams' new audio in one pass, as ``stream`` gives per stream.

        ``audio`` float32 [R, L] holds consecutive segments (L a multiple of hop) of the streams,
        each stream's segments in order in adjacent rows, starting at row ``first[s]`` (int,
        increasing); ``tail`` float32 [S, win - hop] each stream's tail. Returns (features
        float32 [R, L / hop, n_mels], new tail float32 [S, win - hop]).
        """
        hop, win, keep = self.config.hop_samples, self.config.win_samples, self.config.tail_samples
        rows, length = audio.shape
        if length % hop:
            raise ValueError(f"segments must be a multiple of {hop} samples, got {length}")
        last = np.empty_like(first)
        last[:-1] = first[1:]
        last[-1] = rows
        last -= 1
        count = length // hop
        if keep > length:  # a tail longer than a segment spans rows: one stream at a time
            mel = np.empty((rows, count, self.config.n_mels), dtype=np.float32)
            tails = np.empty_like(tail)
            for s, (start, end) in enumerate(zip(first.tolist(), last.tolist())):
                features, tails[s] = self.stream(audio[start : end + 1].reshape(1, -1), tail[s : s + 1])
                mel[start : end + 1] = features.reshape(end + 1 - start, count, -1)
            return mel, tails
        # row r = [the keep samples before segment r | segment r]; frames are strided views of it
        extended = np.empty((rows, keep + length), dtype=np.float32)
        extended[:, keep:] = audio
        extended[1:, :keep] = audio[:-1, length - keep :]
        extended[first, :keep] = tail
        stride = extended.strides[1]
        frames = np.ndarray((rows, count, win), np.float32, extended, 0, (extended.strides[0], hop * stride, stride))
        mel = np.empty((rows, count, self.config.n_mels), dtype=np.float32)
        block = max(1, self.BLOCK_FRAMES // count)
        for start in range(0, rows, block):
            self._mel_block(frames[start : start + block], mel[start : start + block])
        np.maximum(mel, self.config.log_floor, out=mel)
        np.log(mel, out=mel)
        return mel, audio[last, length - keep :]

    def _mel_block(self, frames: np.ndarray, mel: np.ndarray) -> None:
        """Mel power of ``frames`` float32 [b, c, win] (any strides) into ``mel`` [b, c, n_mels]."""
        shape = frames.shape
        rows = shape[0] * shape[1]
        padded, spectrum, power = self._buffers(rows)
        np.multiply(frames, self._window, out=padded[:, : shape[2]].reshape(shape), casting="unsafe")
        np.fft.rfft(padded, axis=-1, out=spectrum)
        pairs = spectrum.view(np.float64)
        np.square(pairs, out=pairs)
        np.add(pairs[:, 0::2], pairs[:, 1::2], out=power)
        power = power.astype(np.float32)
        if mel.flags.c_contiguous:
            np.matmul(power, self._filters, out=mel.reshape(rows, -1))
        else:
            mel[...] = np.matmul(power, self._filters).reshape(mel.shape)

    def full(self, audio: np.ndarray) -> np.ndarray:
        """Frames of one whole stream float32 [N] (padded with zeros to a multiple of hop)."""
        hop = self.config.hop_samples
        padded = np.zeros(-(-audio.shape[0] // hop) * hop, dtype=np.float32)
        padded[: audio.shape[0]] = audio
        features, _ = self.stream(padded[None, :], self.initial_tail())
        return features[0]
