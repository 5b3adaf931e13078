"""flite adapter: the ``flite`` command with ``-psdur``, which prints ``phone:end_s`` pairs.

Rate and pitch go through flite's feature settings (``duration_stretch``,
``int_f0_target_mean``). Voice ``slt`` is the CMU ARCTIC evaluation speaker.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

from spatius_motion.training.corpus.phones import to_arpabet
from spatius_motion.training.corpus.utterance import Utterance, Voice, resample_to_corpus_rate, tidy_phones

ENGINE = "flite"
VOICES: tuple[str, ...] = ("kal16", "awb", "rms", "kal")
"""flite's built-in training voices (``slt`` is reserved for evaluation)."""
EVAL_VOICES: tuple[str, ...] = ("slt",)

_F0_MEAN_HZ = {"kal": 95.0, "kal16": 95.0, "awb": 110.0, "rms": 100.0, "slt": 160.0}


def available() -> bool:
    """True when the flite binary is on PATH."""
    return shutil.which("flite") is not None


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """16-bit PCM WAV -> (float32 mono, rate_hz)."""
    with wave.open(str(path), "rb") as w:
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
        data = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{path}: {8 * width}-bit WAV, expected 16-bit")
    pcm = np.frombuffer(data, dtype="<i2").reshape(-1, channels)[:, 0]
    return pcm.astype(np.float32) / 32768.0, rate


def parse_psdur(stdout: str) -> list[tuple[str, float]]:
    """``pau:0.249 b:0.309 ...`` -> [(phone, end_s), ...]."""
    pairs = []
    for token in stdout.split():
        name, sep, end = token.rpartition(":")
        if sep and name:
            try:
                pairs.append((name, float(end)))
            except ValueError:
                continue
    return pairs


def utterance_from_wav(
    wav_path: Path,
    phone_ends: list[tuple[str, float]],
    engine: str,
    voice: Voice,
    text: str,
    phoneset: str | None = None,
) -> Utterance:
    """An Utterance from an engine's WAV file and its phones as (phone, end time s); the phones
    are in ``phoneset`` (``training.corpus.phones``), by default the engine's own."""
    audio, rate = read_wav(wav_path)
    phones, start = [], 0.0
    for name, end in phone_ends:
        phones.append((to_arpabet(phoneset or engine, name), start, end))
        start = end
    audio = resample_to_corpus_rate(audio, rate)
    return Utterance(
        audio=audio,
        phones=tidy_phones(phones, len(audio) / 16000.0),
        voice=voice.speaker,
        engine=engine,
        text=text,
        style=voice.style,
    )


def synthesize(texts: list[str], voice: Voice) -> list[Utterance]:
    """One Utterance per text, one flite process each (flite starts in ~10 ms)."""
    out = []
    f0 = _F0_MEAN_HZ.get(voice.name, 100.0) * voice.pitch
    with tempfile.TemporaryDirectory(prefix="flite-") as tmp:
        wav_path = Path(tmp) / "out.wav"
        for text in texts:
            cmd = [
                "flite",
                "-voice",
                voice.name,
                "-psdur",
                "--setf",
                f"duration_stretch={1.0 / voice.rate:.4f}",
                "--setf",
                f"int_f0_target_mean={f0:.1f}",
                "-t",
                text,
                "-o",
                str(wav_path),
            ]
            result = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=120)
            out.append(utterance_from_wav(wav_path, parse_psdur(result.stdout), ENGINE, voice, text))
    return out
