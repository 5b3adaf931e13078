"""CPU cost of the shard engine per stream-keyframe, against batch size.

Steady streaming: B sessions each send one keyframe (40 ms) of audio per step, so every step is
one onnxruntime call of batch B. Reports process CPU time (not wall time) per stream-keyframe
for the whole ``MotionEngine.step`` and for its parts (log-mel features, the model, the motion
mapper; the rest is bookkeeping). Burst mode: each stream sends 2 s at once, drained with
k = 1 per call versus the engine's power-of-two grouping.

    python -m bench.bench_engine [--model PATH] [--batches 1,8,64,256] [--seconds 2]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from spatius_motion.settings import DEFAULT_MODEL_PATH
from workers.engine import MotionEngine
from workers.messages import AudioChunk, StepRequest
from workers.model import MotionModel
from workers.motion import MotionState
from workers.shard import limit_blas_threads


def _cpu_per_item(fn, items: int, min_s: float) -> float:
    """Microseconds of process CPU per item, repeating ``fn`` for at least ``min_s`` of CPU."""
    fn()
    runs, started = 0, time.process_time()
    while True:
        fn()
        runs += 1
        spent = time.process_time() - started
        if spent >= min_s:
            return spent / runs / items * 1e6


def steady(model: MotionModel, batch: int, min_s: float) -> dict[str, float]:
    engine = MotionEngine(model, max_batch=max(batch, 1), session_idle_s=1e9)
    rng = np.random.default_rng(0)
    audio = (rng.standard_normal((batch, model.samples_per_keyframe)) * 3000).astype("<i2")
    chunks = [AudioChunk(f"s{i}", "r", audio[i].tobytes()) for i in range(batch)]
    request = StepRequest(chunks=chunks)

    def step() -> None:
        reply = engine.step(request)
        assert reply.batch_sizes == [batch]

    float_audio = audio.astype(np.float32) / 32768
    tails = engine.features.initial_tail(batch)
    features, _ = engine.features.stream(float_audio, tails)
    states = model.initial_state(batch)
    arkit, _, _ = model.run(features, states)
    motion = [MotionState(i) for i in range(batch)]
    first = np.zeros(batch, np.int64)
    maps = [None] * batch
    return {
        "total": _cpu_per_item(step, batch, min_s),
        "features": _cpu_per_item(lambda: engine.features.stream(float_audio, tails), batch, min_s / 4),
        "model": _cpu_per_item(lambda: model.run(features, states), batch, min_s / 4),
        "motion": _cpu_per_item(
            lambda: engine.mapper.map(arkit, engine.mapper.cues(float_audio), first, motion, maps),
            batch, min_s / 4,
        ),
    }


def burst(model: MotionModel, batch: int, seconds: float, max_keyframes: int, min_s: float) -> float:
    rng = np.random.default_rng(1)
    samples = int(seconds * model.sample_rate_hz)
    audio = (rng.standard_normal((batch, samples)) * 3000).astype("<i2")
    keyframes = batch * -(-samples // model.samples_per_keyframe)

    def run() -> None:
        engine = MotionEngine(model, max_batch=256, max_keyframes_per_call=max_keyframes)
        engine.step(StepRequest(chunks=[AudioChunk(f"s{i}", "r", audio[i].tobytes(), end=True)
                                        for i in range(batch)]))

    return _cpu_per_item(run, keyframes, min_s)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(DEFAULT_MODEL_PATH))
    parser.add_argument("--batches", default="1,8,64,256")
    parser.add_argument("--seconds", type=float, default=2.0, help="audio per stream in burst mode")
    parser.add_argument("--min-cpu-s", type=float, default=1.0, help="CPU seconds per measurement")
    args = parser.parse_args(argv)
    limit_blas_threads(1)
    model = MotionModel(args.model, threads=1)
    print(f"model {model.name} {model.version}  onnxruntime threads=1  (us of CPU per stream-keyframe)")
    print(f"{'batch':>6} {'total':>8} {'features':>9} {'model':>8} {'motion':>8} {'other':>8}")
    for batch in (int(b) for b in args.batches.split(",")):
        r = steady(model, batch, args.min_cpu_s)
        other = r["total"] - r["features"] - r["model"] - r["motion"]
        print(f"{batch:>6} {r['total']:8.1f} {r['features']:9.1f} {r['model']:8.1f} {r['motion']:8.1f} {other:8.1f}")
    print(f"burst: {args.seconds:g} s per stream sent at once, drained in one step")
    print(f"{'streams':>7} {'k=1 per call':>13} {'pow2 k<=32':>11}")
    for batch in (1, 16):
        single = burst(model, batch, args.seconds, 1, args.min_cpu_s)
        grouped = burst(model, batch, args.seconds, 32, args.min_cpu_s)
        print(f"{batch:>7} {single:13.1f} {grouped:11.1f}")


if __name__ == "__main__":
    main()
