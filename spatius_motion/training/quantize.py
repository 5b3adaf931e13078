"""Static int8 quantisation of a contract model's matrix products, calibrated on training audio.

``quantize(source, out, calibration)`` rewrites every ``MatMul`` that reads a weight (frame
conv, stack, keyframe convs, heads; not the stream norm's, whose running sums span a range
int8 cannot hold, nor the GRU) in onnxruntime's QDQ form: int8 weights per output channel and
uint8 activations with scales fixed from ``calibration`` (chunks of 3 keyframes streamed with
their state, as the server runs them).

Fixed scales keep what the server relies on. Dynamic quantisation, which derives each call's
activation scale from the call's whole input, breaks both: a stream's output would depend on
the other streams of its batch and on how its audio was chunked. With static scales each
element is quantised on its own, so chunked streaming still equals one full call (the float
bound, 1e-4) and a stream's outputs do not depend on its batch-mates (exactly); the int8
outputs differ from the float model's within ``INT8_MEAN_ABS_BOUND`` on average (unit test).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import numpy as np

INT8_MEAN_ABS_BOUND = 0.02
"""Mean absolute difference between int8 and float outputs (ARKit weights and viseme
posteriors) that the unit test holds a quantised network to on speech-like input."""
CALIBRATION_CHUNK_KEYFRAMES = 3


def calibration_feeds(model_path: str | Path, utterances: Iterable[np.ndarray]) -> list[dict[str, np.ndarray]]:
    """``{"features", "state"}`` inputs of ``CALIBRATION_CHUNK_KEYFRAMES``-keyframe chunks of
    each utterance's log-mel [4K, n_mels], each with the state the float model carries to it."""
    from spatius_motion.workers.model import MotionModel

    model = MotionModel(model_path)
    step = CALIBRATION_CHUNK_KEYFRAMES * model.frames_per_keyframe
    feeds = []
    for frames in utterances:
        state = model.initial_state(1)
        for start in range(0, len(frames) - step + 1, step):
            chunk = np.ascontiguousarray(frames[None, start : start + step], dtype=np.float32)
            feeds.append({"features": chunk, "state": state})
            _, _, state = model.run(chunk, state)
    return feeds


def quantize(source: str | Path, out: str | Path, feeds: list[dict[str, np.ndarray]]) -> Path:
    """Writes ``source`` with its weight-reading ``MatMul`` nodes in static int8 to ``out``
    (contract metadata kept); ``feeds`` are ``calibration_feeds``."""
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static

    proto = onnx.load(str(source))
    weights = {i.name for i in proto.graph.initializer}
    nodes = [
        n.name
        for n in proto.graph.node
        if n.op_type == "MatMul" and n.input[1] in weights and "stream_norm" not in n.name
    ]

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.feeds = iter(feeds)

        def get_next(self):
            return next(self.feeds, None)

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    quantize_static(
        str(source),
        str(out),
        Reader(),
        quant_format=QuantFormat.QDQ,
        op_types_to_quantize=["MatMul"],
        nodes_to_quantize=nodes,
        per_channel=True,
        weight_type=QuantType.QInt8,
        activation_type=QuantType.QUInt8,
    )
    quantised = onnx.load(str(out))
    onnx.helper.set_model_props(quantised, {p.key: p.value for p in proto.metadata_props})
    onnx.save(quantised, str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m spatius_motion.training.quantize SOURCE OUT [--corpus data/corpus/train] [--utterances 40]``."""
    import argparse

    from spatius_motion.training.corpus.dataset import CorpusDataset
    from spatius_motion.training.train import features_for
    from spatius_motion.workers.features import FeatureConfig, LogMel

    parser = argparse.ArgumentParser(prog="spatius_motion.training.quantize", description=__doc__)
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--corpus", default="data/corpus/train", help="training corpus directory to calibrate on")
    parser.add_argument("--utterances", type=int, default=40, help="utterances drawn (seed 0) for calibration")
    args = parser.parse_args(argv)
    data = CorpusDataset(Path(args.corpus))
    logmel = LogMel(FeatureConfig())
    picks = np.random.default_rng(0).choice(len(data), min(args.utterances, len(data)), replace=False)
    frames = (features_for(data.utterance(int(k)).audio, logmel, 2) for k in picks)
    out = quantize(args.source, args.out, calibration_feeds(args.source, frames))
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
