"""Phone-level forced alignment of real speech with PyPI pocketsphinx 5.x (its bundled en-us model).

Two passes over the same audio: a word alignment of the transcript (``set_align_text``), then a
phone/state alignment seeded by it (``set_alignment``); ``get_alignment`` then yields words,
each with phones carrying ``start`` and ``duration`` in 10 ms frames. Phones come back as
ARPAbet, mapped to the corpus phone set (``training.corpus.phones``) with silences as SIL and
gaps filled with SIL, so ``training.labels.labels_from_phones`` labels them like TTS phones.

``align_corpus`` labels a whole training corpus the same way (``--labels aligned`` of
``training.pipeline``): a model trained on it learns the labeller's conventions (the
dictionary's pronunciations, its boundaries), by which real speech is scored.
"""

from __future__ import annotations

import json
import multiprocessing
import re
from pathlib import Path

import numpy as np
from tqdm import tqdm

from spatius_motion.training.corpus.phones import to_arpabet
from spatius_motion.training.corpus.utterance import tidy_phones

SAMPLE_RATE_HZ = 16000
FRAME_S = 0.01
"""pocketsphinx's frame period (100 frames per second)."""

Phone = tuple[str, float, float]

CORPUS_CACHE_VERSION = 1
"""Part of every shard's alignment cache name: a change to ``align`` must bump it."""


class AlignmentFailed(RuntimeError):
    """pocketsphinx could not align the transcript to the audio."""


def normalise_transcript(text: str) -> str:
    """Lower-case words only: drops ``<s>``/``</s>`` markers, a trailing ``(utt-id)`` and punctuation."""
    text = re.sub(r"\([^)]*\)\s*$", "", text)
    text = re.sub(r"</?s>", " ", text)
    words = re.findall(r"[a-z']+", text.lower())
    return " ".join(words)


class Aligner:
    """Forced alignment with one pocketsphinx decoder reused from utterance to utterance.

    Loading a decoder (acoustic model and dictionary) takes about 0.5 s of CPU, several times
    the alignment of a typical few-second utterance, so a loop over many utterances keeps one.
    ``reinit_feat`` before each utterance resets the decoder's feature pipeline, which would
    otherwise carry state from the previous utterance into the boundaries: with it, every
    alignment equals that of a fresh decoder, whatever came before. One instance per thread.
    """

    def __init__(self) -> None:
        from pocketsphinx import Decoder

        self._decoder = Decoder(samprate=SAMPLE_RATE_HZ, bestpath=False, loglevel="FATAL")

    def align(self, audio: np.ndarray, transcript: str) -> list[Phone]:
        """Timed phones (ARPAbet, start_s, end_s), contiguous over the audio, for 16 kHz float
        audio; raises ``AlignmentFailed``."""
        text = normalise_transcript(transcript)
        if not text:
            raise AlignmentFailed("empty transcript")
        pcm = (np.clip(np.asarray(audio, np.float32), -1.0, 1.0) * 32767.0).astype(np.int16).tobytes()
        decoder = self._decoder
        missing = [w for w in text.split() if decoder.lookup_word(w) is None]
        if missing:
            raise AlignmentFailed(f"words not in the dictionary: {missing}")
        decoder.reinit_feat()
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

    def align_or_none(self, audio: np.ndarray, transcript: str) -> list[Phone] | None:
        """``align``, or ``None`` where the transcript does not align (e.g. a word outside the
        dictionary)."""
        try:
            return self.align(audio, transcript)
        except AlignmentFailed:
            return None


def align(audio: np.ndarray, transcript: str) -> list[Phone]:
    """``Aligner.align`` of one utterance with a decoder of its own."""
    return Aligner().align(audio, transcript)


def read_transcriptions(path: str | Path) -> dict[str, str]:
    """Sphinx ``transcription`` file (``<s> words </s> (utt-id)`` per line) -> {utt-id: words}."""
    out = {}
    for line in Path(path).read_text().splitlines():
        match = re.search(r"\(([^)]+)\)\s*$", line)
        if match:
            out[match.group(1)] = normalise_transcript(line)
    return out


def align_shard(shard: Path) -> list[list[Phone] | None]:
    """``align_or_none`` of every utterance of one corpus shard, in order."""
    from spatius_motion.training.corpus.dataset import CorpusDataset

    data, aligner = CorpusDataset(shard), Aligner()
    return [aligner.align_or_none(u.audio, u.text) for u in map(data.utterance, range(len(data)))]


def _align_to_cache(job: tuple[Path, Path]) -> Path:
    shard, cached = job
    phones = align_shard(shard)
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(json.dumps([None if p is None else [list(x) for x in p] for p in phones]))
    tmp.replace(cached)
    return cached


def align_corpus(
    directory: str | Path, cache_dir: str | Path, workers: int = 2, progress: bool = True
) -> list[list[Phone] | None]:
    """Forced-alignment phones of every utterance of a corpus directory, in the order of
    ``training.corpus.dataset.CorpusDataset`` (``None`` where alignment fails).

    Each shard's result is cached in ``cache_dir`` under the shard's manifest digest, so a
    rerun aligns only new or rebuilt shards and an interrupted run resumes. Each worker keeps
    one ``Aligner`` per shard.
    """
    from spatius_motion.training.corpus.shards import shard_entries

    directory, cache_dir = Path(directory), Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    entries = shard_entries(directory)
    cached = [cache_dir / f"aligned-v{CORPUS_CACHE_VERSION}-{e['digest']}.json" for e in entries]
    todo = [(directory / e["file"], c) for e, c in zip(entries, cached) if not c.exists()]
    bar = tqdm(total=len(entries), initial=len(entries) - len(todo), desc="align", unit="shard", disable=not progress)
    if todo:
        with multiprocessing.get_context("spawn").Pool(max(1, min(workers, len(todo)))) as pool:
            for _ in pool.imap_unordered(_align_to_cache, todo):
                bar.update(1)
    bar.close()
    out: list[list[Phone] | None] = []
    for path in cached:
        for phones in json.loads(path.read_text()):
            out.append(None if phones is None else [(str(n), float(a), float(b)) for n, a, b in phones])
    return out
