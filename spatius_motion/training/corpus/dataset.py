"""A torch-free, index-able view of a corpus directory for training and evaluation loops."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spatius_motion.training.corpus.shards import shard_paths
from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ, Utterance, to_float32


@dataclass(frozen=True)
class Example:
    """One utterance with its labels at the dataset's frame rate.

    ``audio`` float32 [N] at 16 kHz; ``arkit`` float32 [T, 52]; ``visemes`` int64 [T] with
    T = ceil(N * frame_rate_hz / 16000) (``training.labels.frame_count``); ``phones`` (ARPAbet,
    start_s, end_s).
    """

    audio: np.ndarray
    arkit: np.ndarray
    visemes: np.ndarray
    phones: list[tuple[str, float, float]]
    voice: str
    engine: str
    text: str
    style: str


class CorpusDataset:
    """All utterances of a corpus directory (or one shard), held as int16 in memory.

    ``voices`` keeps only those speakers (``engine:name``); ``exclude_voices`` drops speakers.
    Labels are computed on access by ``training.labels.labels_from_phones`` (its cost per second
    of audio is in spatius_motion/models/tcn-gru/CHANGES.md); ``cache_labels`` keeps them
    (float16 ARKit, 10.4 kB per second of audio at 100 Hz) so later epochs skip the work.
    """

    def __init__(
        self,
        path: str | Path,
        frame_rate_hz: float = 100.0,
        voices: set[str] | None = None,
        exclude_voices: set[str] | None = None,
        cache_labels: bool = False,
    ) -> None:
        self.frame_rate_hz = frame_rate_hz
        self._cache: dict[int, tuple[np.ndarray, np.ndarray]] | None = {} if cache_labels else None
        self._shards: list[dict[str, np.ndarray]] = []
        self._index: list[tuple[int, int]] = []
        for shard in shard_paths(Path(path)):
            with np.load(shard, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
            s = len(self._shards)
            self._shards.append(arrays)
            for i, voice in enumerate(arrays["voice"]):
                if voices is not None and str(voice) not in voices:
                    continue
                if exclude_voices is not None and str(voice) in exclude_voices:
                    continue
                self._index.append((s, i))

    def __len__(self) -> int:
        return len(self._index)

    def utterance(self, k: int) -> Utterance:
        """The k-th utterance without labels."""
        s, i = self._index[k]
        a = self._shards[s]
        ao, po = a["audio_offsets"], a["phone_offsets"]
        names, times = a["phone_names"], a["phone_times"]
        phones = [(str(names[j]), float(times[j, 0]), float(times[j, 1])) for j in range(po[i], po[i + 1])]
        return Utterance(
            audio=to_float32(a["audio"][ao[i] : ao[i + 1]]),
            phones=phones,
            voice=str(a["voice"][i]),
            engine=str(a["engine"][i]),
            text=str(a["text"][i]),
            style=str(a["style"][i]),
        )

    def __getitem__(self, k: int) -> Example:
        u = self.utterance(k)
        if self._cache is not None and k in self._cache:
            half, visemes = self._cache[k]
            arkit, visemes = half.astype(np.float32), visemes.astype(np.int64)
        else:
            arkit, visemes = u.labels(self.frame_rate_hz)
            if self._cache is not None:
                self._cache[k] = (arkit.astype(np.float16), visemes.astype(np.int8))
        return Example(
            audio=u.audio,
            arkit=arkit,
            visemes=visemes,
            phones=u.phones,
            voice=u.voice,
            engine=u.engine,
            text=u.text,
            style=u.style,
        )

    def durations_s(self) -> np.ndarray:
        """Audio length of every utterance in seconds (for bucketing batches)."""
        return np.asarray(
            [
                (self._shards[s]["audio_offsets"][i + 1] - self._shards[s]["audio_offsets"][i]) / SAMPLE_RATE_HZ
                for s, i in self._index
            ],
            dtype=np.float64,
        )

    def voices(self) -> list[str]:
        """Speaker of every utterance, in index order."""
        return [str(self._shards[s]["voice"][i]) for s, i in self._index]
