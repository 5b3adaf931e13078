"""Offline inference of a WAV file through the server's code: ``spatius-motion infer IN.wav --out OUT.json``.

``infer_file`` feeds the audio to a ``workers.engine.MotionEngine`` (the shard's streaming
engine: front end, batched model steps, motion mapping) as one request and collects its
keyframes, so the JSON holds exactly what a session would receive.

``StreamingRunner`` is the engine's model path without the motion mapping, for evaluation,
which also needs the viseme posteriors the engine does not forward: a contract model loaded and
validated by ``workers.model.MotionModel``, audio in whole keyframes through the causal front
end (``LogMel.stream``) with the recurrent state carried between calls, the first ``L``
outputs dropped and ``L`` keyframes of zero audio fed at the end (docs/model-contract.md).
The engine's mapping leaves the mouth and jaw channels unchanged (it clips to [0, 1]).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spatius_motion.workers.features import LogMel
from spatius_motion.workers.model import MotionModel
from spatius_motion.workers.vocabulary import ARKIT_NAMES


@dataclass
class StreamOutput:
    """Per keyframe of the input audio: ARKit weights [K, 52] and viseme posteriors [K, 15]."""

    arkit: np.ndarray
    visemes: np.ndarray


class StreamingRunner:
    """One contract model run as a server stream, in chunks of ``chunk_keyframes`` keyframes."""

    def __init__(self, model_path: str | Path, chunk_keyframes: int = 1, threads: int = 1) -> None:
        self.model = MotionModel(model_path, threads=threads)
        self.sample_rate_hz = self.model.sample_rate_hz
        self.keyframe_rate_hz = self.model.keyframe_rate_hz
        self.lookahead = self.model.lookahead_keyframes
        self.samples_per_keyframe = self.model.samples_per_keyframe
        self.chunk_keyframes = chunk_keyframes
        self.logmel = LogMel(self.model.feature_config)

    def run(self, audio: np.ndarray) -> StreamOutput:
        """Streams mono float32 audio at the model rate; returns K = ceil(N / keyframe) keyframes."""
        spk = self.samples_per_keyframe
        keys = -(-len(audio) // spk)
        padded = np.zeros((keys + self.lookahead) * spk, np.float32)
        padded[: len(audio)] = audio
        tail = self.logmel.initial_tail(1)
        state = self.model.initial_state(1)
        arkits, visemes = [], []
        step = self.chunk_keyframes * spk
        for start in range(0, len(padded), step):
            feats, tail = self.logmel.stream(padded[None, start : start + step], tail)
            arkit, vis, state = self.model.run(feats.astype(np.float32), state)
            arkits.append(arkit[0])
            visemes.append(vis[0])
        arkit = np.concatenate(arkits)[self.lookahead :]
        vis = np.concatenate(visemes)[self.lookahead :]
        return StreamOutput(arkit=arkit[:keys], visemes=vis[:keys])


def read_audio(path: str | Path, rate_hz: int) -> np.ndarray:
    """A WAV file as mono float32 at ``rate_hz`` (channels averaged, resampled with soxr)."""
    import soundfile as sf
    import soxr

    from spatius_motion.settings import SUPPORTED_SAMPLE_RATES_HZ

    audio, rate = sf.read(str(path), dtype="float32", always_2d=True)
    if rate not in SUPPORTED_SAMPLE_RATES_HZ:
        raise ValueError(f"unsupported sample rate {rate} Hz; supported: {SUPPORTED_SAMPLE_RATES_HZ}")
    audio = audio.mean(axis=1)
    if rate != rate_hz:
        audio = soxr.resample(audio, rate, rate_hz, quality="HQ")
    return np.ascontiguousarray(audio, dtype=np.float32)


def infer_file(model_path: str | Path, audio: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(arkit [K, 52], flame [K, 120]) the server's engine produces for one request of ``audio``
    (mono float32 at the model rate); K = floor(N / samples_per_keyframe), the server's count."""
    from spatius_motion.training.corpus.utterance import to_int16
    from spatius_motion.workers.offline import run_request

    return run_request(MotionModel(model_path), to_int16(audio).astype("<i2").tobytes(), seed)


def main(argv: list[str] | None = None) -> int:
    """Writes {"fps", "arkit_names", "arkit", "flame"} for one WAV file."""
    from spatius_motion.settings import Settings

    parser = argparse.ArgumentParser(prog="spatius-motion infer", description=__doc__)
    parser.add_argument("wav")
    parser.add_argument("--out", required=True)
    parser.add_argument("--model", default=None, help="ONNX model (default: SPATIUS_MODEL_PATH)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the procedural eye/head motion")
    args = parser.parse_args(argv)
    model_path = args.model or Settings.load().model_path
    model = MotionModel(model_path)
    audio = read_audio(args.wav, model.sample_rate_hz)
    arkit, flame = infer_file(model_path, audio, args.seed)
    document = {
        "fps": model.keyframe_rate_hz,
        "arkit_names": list(ARKIT_NAMES),
        "arkit": np.round(arkit, 5).tolist(),
        "flame": np.round(flame, 5).tolist(),
    }
    Path(args.out).write_text(json.dumps(document))
    print(f"{args.out}: {len(arkit)} keyframes at {model.keyframe_rate_hz} fps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
