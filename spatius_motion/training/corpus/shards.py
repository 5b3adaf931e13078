"""Shard files and the corpus manifest: the on-disk form of a list of Utterances.

A shard is one ``.npz`` (no pickles) holding N utterances:

    audio          int16 [sum samples]        16 kHz PCM, utterances concatenated
    audio_offsets  int64 [N + 1]              utterance i = audio[o[i]:o[i+1]]
    phone_names    str   [sum phones]         ARPAbet (training.corpus.phones.ARPABET)
    phone_times    float32 [sum phones, 2]    (start_s, end_s), relative to the utterance
    phone_offsets  int64 [N + 1]
    voice, engine, text, style   str [N]

A corpus directory holds ``manifest.json`` (settings, one entry per finished shard) and the
shards; a shard is listed only after its file is completely written (written to a temporary
name, then renamed), so an interrupted build resumes from the manifest.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ, Utterance, to_float32, to_int16

MANIFEST = "manifest.json"
FORMAT_VERSION = 1


def write_shard(path: Path, utterances: list[Utterance]) -> dict:
    """Write utterances to ``path`` atomically; returns the shard's manifest entry."""
    audio = [to_int16(u.audio) for u in utterances]
    phones = [u.phones for u in utterances]
    arrays = {
        "audio": np.concatenate(audio) if audio else np.zeros(0, np.int16),
        "audio_offsets": np.concatenate([[0], np.cumsum([len(a) for a in audio])]).astype(np.int64),
        "phone_names": np.asarray([p[0] for ps in phones for p in ps], dtype="<U3"),
        "phone_times": np.asarray([(p[1], p[2]) for ps in phones for p in ps], dtype=np.float32).reshape(-1, 2),
        "phone_offsets": np.concatenate([[0], np.cumsum([len(ps) for ps in phones])]).astype(np.int64),
        "voice": np.asarray([u.voice for u in utterances], dtype=str),
        "engine": np.asarray([u.engine for u in utterances], dtype=str),
        "text": np.asarray([u.text for u in utterances], dtype=str),
        "style": np.asarray([u.style for u in utterances], dtype=str),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, path)
    seconds = float(sum(len(a) for a in audio)) / SAMPLE_RATE_HZ
    voices: dict[str, float] = {}
    for u, a in zip(utterances, audio):
        voices[u.voice] = voices.get(u.voice, 0.0) + len(a) / SAMPLE_RATE_HZ
    return {
        "file": path.name,
        "n_utterances": len(utterances),
        "seconds": round(seconds, 3),
        "voices": {k: round(v, 3) for k, v in sorted(voices.items())},
    }


def read_shard(path: Path) -> list[Utterance]:
    """All utterances of one shard file, audio as float32."""
    with np.load(path, allow_pickle=False) as z:
        audio, ao = z["audio"], z["audio_offsets"]
        names, times, po = z["phone_names"], z["phone_times"], z["phone_offsets"]
        voice, engine, text, style = z["voice"], z["engine"], z["text"], z["style"]
    out = []
    for i in range(len(voice)):
        phones = [(str(names[k]), float(times[k, 0]), float(times[k, 1])) for k in range(po[i], po[i + 1])]
        out.append(
            Utterance(
                audio=to_float32(audio[ao[i] : ao[i + 1]]),
                phones=phones,
                voice=str(voice[i]),
                engine=str(engine[i]),
                text=str(text[i]),
                style=str(style[i]),
            )
        )
    return out


def read_manifest(corpus_dir: Path) -> dict:
    """The manifest of a corpus directory (an empty one when absent)."""
    path = Path(corpus_dir) / MANIFEST
    if not path.exists():
        return {"format": FORMAT_VERSION, "sample_rate_hz": SAMPLE_RATE_HZ, "shards": {}}
    return json.loads(path.read_text())


def write_manifest(corpus_dir: Path, manifest: dict) -> None:
    """Atomically replace the manifest of a corpus directory."""
    path = Path(corpus_dir) / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    os.replace(tmp, path)


def shard_entries(corpus_dir: Path) -> list[dict]:
    """Manifest entries of a corpus directory's shards, in the order every reader uses
    (sorted by shard id): ``CorpusDataset`` numbers utterances in this order."""
    return [entry for _, entry in sorted(read_manifest(corpus_dir)["shards"].items())]


def shard_paths(path: Path) -> list[Path]:
    """Shard files of a corpus directory (in manifest order), or ``[path]`` for one shard."""
    path = Path(path)
    if path.is_file():
        return [path]
    return [path / entry["file"] for entry in shard_entries(path)]


def iter_utterances(path: Path) -> Iterator[Utterance]:
    """Every utterance of a corpus directory or shard file, shard by shard."""
    for shard in shard_paths(path):
        yield from read_shard(shard)
