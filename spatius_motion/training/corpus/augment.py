"""Seeded audio augmentation that keeps phone timing true.

Gain, additive noise at a signal-to-noise ratio, reverb (a synthetic exponentially decaying
noise room response), EQ (a smooth random spectral gain) and pitch shift leave timing alone;
tempo change (sox's WSOLA ``tempo``) rescales every phone time by the output/input length
ratio. numpy and the ``sox`` binary only.
"""

from __future__ import annotations

import shutil
import subprocess

import numpy as np

from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ, Utterance, fit_length, tidy_phones

_SOX_RAW = ["-t", "raw", "-r", str(SAMPLE_RATE_HZ), "-e", "floating-point", "-b", "32", "-c", "1"]


def sox_available() -> bool:
    """True when the sox binary is on PATH (needed by ``tempo`` and ``pitch``)."""
    return shutil.which("sox") is not None


def _sox(audio: np.ndarray, effect: list[str]) -> np.ndarray:
    data = np.ascontiguousarray(audio, dtype="<f4").tobytes()
    result = subprocess.run(
        ["sox", *_SOX_RAW, "-", *_SOX_RAW, "-", *effect], input=data, capture_output=True, check=True, timeout=120
    )
    return np.frombuffer(result.stdout, dtype="<f4").astype(np.float32)


def gain(audio: np.ndarray, db: float) -> np.ndarray:
    """Scale by ``db`` decibels, then hard-limit to [-1, 1]."""
    return np.clip(audio * np.float32(10.0 ** (db / 20.0)), -1.0, 1.0).astype(np.float32)


def coloured_noise(n: int, rng: np.random.Generator, exponent: float) -> np.ndarray:
    """Unit-RMS noise with power spectrum ~ 1/f**exponent (0 white, 1 pink, 2 brown)."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.arange(len(spectrum), dtype=np.float64)
    f[0] = 1.0
    noise = np.fft.irfft(spectrum / f ** (exponent / 2.0), n)
    return (noise / (np.sqrt(np.mean(noise**2)) + 1e-12)).astype(np.float32)


def add_noise(audio: np.ndarray, snr_db: float, rng: np.random.Generator, exponent: float = 0.0) -> np.ndarray:
    """Add coloured noise so that speech RMS / noise RMS = ``snr_db`` decibels."""
    if len(audio) == 0:
        return audio
    rms = float(np.sqrt(np.mean(audio.astype(np.float64) ** 2)))
    noise = coloured_noise(len(audio), rng, exponent) * np.float32(rms / 10.0 ** (snr_db / 20.0))
    return np.clip(audio + noise, -1.0, 1.0).astype(np.float32)


def room_response(rt60_s: float, rng: np.random.Generator, direct_gain: float = 1.0) -> np.ndarray:
    """A synthetic room impulse response: a direct path then noise decaying 60 dB in ``rt60_s``."""
    n = max(int(rt60_s * SAMPLE_RATE_HZ), 16)
    t = np.arange(n) / SAMPLE_RATE_HZ
    tail = rng.standard_normal(n) * 10.0 ** (-3.0 * t / rt60_s)
    tail[: int(0.002 * SAMPLE_RATE_HZ)] = 0.0
    rir = 0.3 * tail / (np.sqrt(np.sum(tail**2)) + 1e-12)
    rir[0] = direct_gain
    return rir.astype(np.float32)


def reverb(audio: np.ndarray, rt60_s: float, rng: np.random.Generator) -> np.ndarray:
    """Convolve with ``room_response`` (FFT), truncate to the input length, keep the RMS."""
    if len(audio) == 0:
        return audio
    rir = room_response(rt60_s, rng)
    n = len(audio) + len(rir) - 1
    size = 1 << (n - 1).bit_length()
    wet = np.fft.irfft(np.fft.rfft(audio, size) * np.fft.rfft(rir, size), size)[: len(audio)]
    scale = np.sqrt(np.mean(audio.astype(np.float64) ** 2) / (np.mean(wet**2) + 1e-20))
    return np.clip(wet * scale, -1.0, 1.0).astype(np.float32)


def equalize(audio: np.ndarray, rng: np.random.Generator, max_db: float = 8.0, n_bands: int = 6) -> np.ndarray:
    """Apply a random smooth EQ: gains of up to +-``max_db`` at log-spaced band centres."""
    if len(audio) == 0:
        return audio
    spectrum = np.fft.rfft(audio)
    freqs = np.fft.rfftfreq(len(audio), 1.0 / SAMPLE_RATE_HZ)
    centres = np.geomspace(100.0, 7000.0, n_bands)
    gains_db = rng.uniform(-max_db, max_db, n_bands)
    curve_db = np.interp(np.log(np.maximum(freqs, 50.0)), np.log(centres), gains_db)
    out = np.fft.irfft(spectrum * 10.0 ** (curve_db / 20.0), len(audio))
    peak = np.max(np.abs(out))
    return (out / peak * 0.95 if peak > 0.95 else out).astype(np.float32)


def pitch_shift(utterance: Utterance, semitones: float) -> Utterance:
    """Shift pitch by ``semitones`` without changing duration (sox ``pitch``)."""
    audio = _sox(utterance.audio, ["pitch", f"{100.0 * semitones:.1f}"])
    audio = fit_length(audio, len(utterance.audio))
    return utterance.replace(audio=audio)


def tempo(utterance: Utterance, factor: float) -> Utterance:
    """Speak ``factor`` times faster (sox ``tempo -s``); phone times scale by the length ratio."""
    audio = _sox(utterance.audio, ["tempo", "-s", f"{factor:.4f}"])
    scale = len(audio) / max(len(utterance.audio), 1)
    phones = [(p, s * scale, e * scale) for p, s, e in utterance.phones]
    return utterance.replace(audio=audio, phones=tidy_phones(phones, len(audio) / SAMPLE_RATE_HZ))


def random_augment(utterance: Utterance, rng: np.random.Generator) -> Utterance:
    """A random chain (each step with its own probability); ``style`` records what was applied."""
    steps = []
    u = utterance
    if rng.random() < 0.4:
        factor = float(rng.uniform(0.85, 1.2))
        u = tempo(u, factor)
        steps.append(f"tempo={factor:.3f}")
    if rng.random() < 0.4:
        semis = float(rng.uniform(-3.0, 3.0))
        u = pitch_shift(u, semis)
        steps.append(f"shift={semis:+.2f}st")
    audio = u.audio
    if rng.random() < 0.4:
        audio = equalize(audio, rng)
        steps.append("eq")
    if rng.random() < 0.3:
        rt60 = float(rng.uniform(0.15, 0.6))
        audio = reverb(audio, rt60, rng)
        steps.append(f"reverb={rt60:.2f}s")
    if rng.random() < 0.5:
        snr = float(rng.uniform(10.0, 35.0))
        audio = add_noise(audio, snr, rng, exponent=float(rng.choice([0.0, 1.0, 2.0])))
        steps.append(f"noise={snr:.1f}dB")
    db = float(rng.uniform(-12.0, 4.0))
    audio = gain(audio, db)
    steps.append(f"gain={db:+.1f}dB")
    style = ",".join(filter(None, [utterance.style, *steps]))
    return u.replace(audio=audio, style=style)
