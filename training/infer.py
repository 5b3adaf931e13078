"""Offline inference of a WAV file through the streaming model path: ``spatius-motion infer IN.wav --out OUT.json``.

``StreamingRunner`` drives a contract ONNX file exactly as a shard does: audio in whole
keyframes through the causal front end (``LogMel.stream``) and the model step with its
recurrent state, the first ``L`` outputs dropped and ``L`` keyframes of zero audio fed at the
end so the last real keyframes come out (docs/model-contract.md). Evaluation uses it too.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort

from workers.features import FEATURE_METADATA_KEY, FeatureConfig, LogMel
from workers.vocabulary import ARKIT_NAMES


@dataclass
class StreamOutput:
    """Per keyframe of the input audio: ARKit weights [K, 52] and viseme posteriors [K, 15]."""

    arkit: np.ndarray
    visemes: np.ndarray


class StreamingRunner:
    """One contract model run as a server stream, in chunks of ``chunk_keyframes`` keyframes."""

    def __init__(self, model_path: str | Path, chunk_keyframes: int = 1, threads: int = 1) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model_path), options,
                                            providers=["CPUExecutionProvider"])
        meta = self.session.get_modelmeta().custom_metadata_map
        self.metadata = dict(meta)
        self.feature = FeatureConfig.from_json(meta[FEATURE_METADATA_KEY])
        self.sample_rate_hz = int(meta["spatius.sample_rate_hz"])
        self.keyframe_rate_hz = int(meta["spatius.keyframe_rate_hz"])
        self.lookahead = int(meta["spatius.lookahead_keyframes"])
        self.state_size = int(meta["spatius.state_size"])
        self.samples_per_keyframe = self.sample_rate_hz // self.keyframe_rate_hz
        self.chunk_keyframes = chunk_keyframes
        self.logmel = LogMel(self.feature)

    @property
    def name(self) -> str:
        return self.metadata.get("spatius.name", "model")

    def run(self, audio: np.ndarray) -> StreamOutput:
        """Streams mono float32 audio at the model rate; returns K = ceil(N / keyframe) keyframes."""
        spk = self.samples_per_keyframe
        keys = -(-len(audio) // spk)
        padded = np.zeros((keys + self.lookahead) * spk, np.float32)
        padded[: len(audio)] = audio
        tail = self.logmel.initial_tail(1)
        state = np.zeros((1, self.state_size), np.float32)
        arkits, visemes = [], []
        step = self.chunk_keyframes * spk
        for start in range(0, len(padded), step):
            feats, tail = self.logmel.stream(padded[None, start:start + step], tail)
            arkit, vis, state = self.session.run(
                None, {"features": feats.astype(np.float32), "state": state})
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


def to_flame(arkit: np.ndarray) -> np.ndarray:
    """FLAME keyframes [K, 120] from ARKit weights via the server's motion mapping."""
    from workers.motion import arkit_to_flame

    return arkit_to_flame(arkit)


def main(argv: list[str] | None = None) -> int:
    """Writes {"fps", "arkit_names", "arkit", "flame"} for one WAV file."""
    from spatius_motion.settings import Settings

    parser = argparse.ArgumentParser(prog="spatius-motion infer", description=__doc__)
    parser.add_argument("wav")
    parser.add_argument("--out", required=True)
    parser.add_argument("--model", default=None, help="ONNX model (default: SPATIUS_MODEL_PATH)")
    args = parser.parse_args(argv)
    runner = StreamingRunner(args.model or Settings.load().model_path)
    audio = read_audio(args.wav, runner.sample_rate_hz)
    out = runner.run(audio)
    flame = to_flame(out.arkit)
    document = {
        "fps": runner.keyframe_rate_hz,
        "arkit_names": list(ARKIT_NAMES),
        "arkit": np.round(out.arkit, 5).tolist(),
        "flame": np.round(flame, 5).tolist(),
    }
    Path(args.out).write_text(json.dumps(document))
    print(f"{args.out}: {len(out.arkit)} keyframes at {runner.keyframe_rate_hz} fps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
