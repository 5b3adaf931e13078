"""Phone-level forced alignment of real speech with PyPI pocketsphinx 5.x (its bundled en-us model).

Two passes over the same audio: a word alignment of the transcript (``set_align_text``), then a
phone/state alignment seeded by it (``set_alignment``); ``get_alignment`` then yields words,
each with phones carrying ``start`` and ``duration`` in 10 ms frames. Phones come back as
ARPAbet, mapped to the corpus phone set (``training.corpus.phones``) with silences as SIL and
gaps filled with SIL, so ``training.labels.labels_from_phones`` labels them like TTS phones.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from training.corpus.phones import to_arpabet
from training.corpus.utterance import tidy_phones

SAMPLE_RATE_HZ = 16000
FRAME_S = 0.01
"""pocketsphinx's frame period (100 frames per second)."""

Phone = tuple[str, float, float]


class AlignmentFailed(RuntimeError):
    """pocketsphinx could not align the transcript to the audio."""


def normalise_transcript(text: str) -> str:
    """Lower-case words only: drops ``<s>``/``</s>`` markers, a trailing ``(utt-id)`` and punctuation."""
    text = re.sub(r"\([^)]*\)\s*$", "", text)
    text = re.sub(r"</?s>", " ", text)
    words = re.findall(r"[a-z']+", text.lower())
    return " ".join(words)


def _decoder():
    from pocketsphinx import Decoder

    return Decoder(samprate=SAMPLE_RATE_HZ, bestpath=False, loglevel="FATAL")


def align(audio: np.ndarray, transcript: str) -> list[Phone]:
    """Timed phones (ARPAbet, start_s, end_s), contiguous over the audio, for 16 kHz float audio."""
    text = normalise_transcript(transcript)
    if not text:
        raise AlignmentFailed("empty transcript")
    pcm = (np.clip(np.asarray(audio, np.float32), -1.0, 1.0) * 32767.0).astype(np.int16).tobytes()
    decoder = _decoder()
    missing = [w for w in text.split() if decoder.lookup_word(w) is None]
    if missing:
        raise AlignmentFailed(f"words not in the dictionary: {missing}")
    decoder.set_align_text(text)
    decoder.start_utt()
    decoder.process_raw(pcm, full_utt=True)
    decoder.end_utt()
    if decoder.hyp() is None:
        raise AlignmentFailed("word alignment failed")
    decoder.set_alignment()
    decoder.start_utt()
    decoder.process_raw(pcm, full_utt=True)
    decoder.end_utt()
    alignment = decoder.get_alignment()
    if alignment is None:
        raise AlignmentFailed("phone alignment failed")
    phones: list[Phone] = []
    for word in alignment:
        for phone in word:
            start = phone.start * FRAME_S
            end = (phone.start + phone.duration) * FRAME_S
            phones.append((to_arpabet("arpabet", phone.name), start, end))
    if not phones:
        raise AlignmentFailed("no phones")
    return tidy_phones(phones, len(audio) / SAMPLE_RATE_HZ)


def read_transcriptions(path: str | Path) -> dict[str, str]:
    """Sphinx ``transcription`` file (``<s> words </s> (utt-id)`` per line) -> {utt-id: words}."""
    out = {}
    for line in Path(path).read_text().splitlines():
        match = re.search(r"\(([^)]+)\)\s*$", line)
        if match:
            out[match.group(1)] = normalise_transcript(line)
    return out
