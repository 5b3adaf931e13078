"""CPU cost of the shard engine per stream-keyframe, against batch size.

Server regime: S streams each receive a 100 ms chunk (1600 samples at 16 kHz, 2.5 keyframes)
per step, as when the gateway's 10 ms tick carries the chunks that arrived since the last one.
Half of the streams start 320 samples ahead, so every step mixes streams with 2 and 3 whole
keyframes, as streams that started at different times do. Reports median process CPU (not
wall time) per stream-keyframe and per step over repeated blocks of simulated seconds, for the
whole ``MotionEngine.step`` and by stage (log-mel features, the model, the motion mapper's cues
and mapping; "other" is the engine's bookkeeping), measured in place by timing those calls.

Steady streaming: B sessions each send one keyframe (40 ms) of audio per step, so every step is
one onnxruntime call of batch B; stages are timed in isolation. Burst mode: each stream sends
2 s at once, drained with k = 1 per call versus the engine's grouping.

Several models (``--model A --model B``: paths, releases such as ``tcn-gru@0.5.0`` read from git
history, or ``shape:width=128`` networks with random weights, ``bench.model_files``) are
measured in one run beside the reference (``--reference``, default 0.7.0, read from the
commit that shipped it), and a last table gives each one's model stage and whole engine as a
ratio to the reference's at each stream count: figures from one run on one machine, so the
ratios hold where the absolute figures drift with the machine's load.

    python -m bench.bench_engine [--model PATH ...] [--streams 1,8,16,32,64,256] [--batches 1,8,64,256]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.model_files import REFERENCE, resolve_model
from spatius_motion.settings import DEFAULT_MODEL_PATH
from spatius_motion.workers.engine import MotionEngine
from spatius_motion.workers.messages import AudioChunk, StepRequest
from spatius_motion.workers.model import MotionModel
from spatius_motion.workers.motion import initial_motion
from spatius_motion.workers.shard import limit_blas_threads


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
    seeds = np.arange(batch, dtype=np.uint64)
    motion = initial_motion(seeds)
    first = np.zeros(batch, np.int64)
    maps = [None] * batch
    return {
        "total": _cpu_per_item(step, batch, min_s),
        "features": _cpu_per_item(lambda: engine.features.stream(float_audio, tails), batch, min_s / 4),
        "model": _cpu_per_item(lambda: model.run(features, states), batch, min_s / 4),
        "motion": _cpu_per_item(
            lambda: engine.mapper.map(arkit, engine.mapper.cues(float_audio), first, seeds, motion, maps),
            batch,
            min_s / 4,
        ),
    }


STAGES = ("features", "model", "motion")


class _Timed:
    """Proxy that adds the process CPU time of chosen methods of ``target`` to ``spent[stage]``."""

    def __init__(self, target: Any, methods: dict[str, str], spent: dict[str, float]) -> None:
        self._target = target
        for name, stage in methods.items():
            setattr(self, name, self._wrap(getattr(target, name), stage, spent))

    @staticmethod
    def _wrap(method, stage: str, spent: dict[str, float]):
        clock = time.process_time

        def timed(*args, **kwargs):
            started = clock()
            try:
                return method(*args, **kwargs)
            finally:
                spent[stage] += clock() - started

        return timed

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)


def _server_requests(model: MotionModel, streams: int, steps: int) -> tuple[StepRequest, list[StepRequest]]:
    """A priming request (half of the streams get 320 samples) and ``steps`` 100 ms requests."""
    rate = model.sample_rate_hz
    chunk = rate // 10
    rng = np.random.default_rng(2)
    t = np.arange(chunk * steps) / rate
    requests = []
    audio = np.empty((streams, chunk * steps), dtype="<i2")
    for i in range(streams):
        f0 = 100.0 + 5.0 * (i % 40)
        envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 0.5 * t + i)
        wave = 6000.0 * envelope * np.sin(2 * np.pi * f0 * t) + rng.standard_normal(t.size) * 500.0
        audio[i] = wave.astype("<i2")
    for step in range(steps):
        part = audio[:, step * chunk : (step + 1) * chunk]
        requests.append(StepRequest(chunks=[AudioChunk(f"s{i}", "r", part[i].tobytes()) for i in range(streams)]))
    half = model.samples_per_keyframe // 2
    prime = StepRequest(chunks=[AudioChunk(f"s{i}", "r", bytes(2 * half)) for i in range(1, streams, 2)])
    return prime, requests


def server(model: MotionModel, streams: int, seconds: float, repeats: int) -> dict[str, float]:
    """Median CPU (us) per stream-keyframe and per step, total and by stage, in the server regime."""
    steps = max(1, round(seconds * 10))
    prime, requests = _server_requests(model, streams, steps)
    results: dict[str, list[float]] = {}
    for timed in (False, True):
        engine = MotionEngine(model, max_batch=256, session_idle_s=1e9)
        spent = dict.fromkeys(STAGES, 0.0)
        if timed:
            engine.features = _Timed(engine.features, {"segments": "features"}, spent)
            engine.model = _Timed(engine.model, {"run": "model"}, spent)
            engine.mapper = _Timed(engine.mapper, {"cues": "motion", "map": "motion"}, spent)
        engine.step(prime)
        for request in requests[:5]:
            engine.step(request)
        for _ in range(repeats):
            spent.update(dict.fromkeys(STAGES, 0.0))
            keyframes = calls = 0
            started = time.process_time()
            for request in requests:
                reply = engine.step(request)
                keyframes += sum(message.count for message in reply.keyframes)
                calls += len(reply.batch_sizes)
            total = time.process_time() - started
            if timed:
                for stage in STAGES:
                    results.setdefault(stage, []).append(spent[stage] / keyframes * 1e6)
                results.setdefault("timed_total", []).append(total / keyframes * 1e6)
            else:
                results.setdefault("total", []).append(total / keyframes * 1e6)
                results.setdefault("step", []).append(total / steps * 1e6)
                results.setdefault("calls", []).append(calls / steps)
                results.setdefault("keyframes", []).append(keyframes / steps / streams)
    out = {name: statistics.median(values) for name, values in results.items()}
    # stage shares from the timed run, scaled to the untimed total (timing adds its own overhead)
    scale = out["total"] / out["timed_total"]
    for stage in STAGES:
        out[stage] *= scale
    out["other"] = out["total"] - sum(out[stage] for stage in STAGES)
    return out


def burst(model: MotionModel, batch: int, seconds: float, max_keyframes: int, min_s: float) -> float:
    rng = np.random.default_rng(1)
    samples = int(seconds * model.sample_rate_hz)
    audio = (rng.standard_normal((batch, samples)) * 3000).astype("<i2")
    keyframes = batch * -(-samples // model.samples_per_keyframe)

    def run() -> None:
        engine = MotionEngine(model, max_batch=256, max_keyframes_per_call=max_keyframes)
        engine.step(StepRequest(chunks=[AudioChunk(f"s{i}", "r", audio[i].tobytes(), end=True) for i in range(batch)]))

    return _cpu_per_item(run, keyframes, min_s)


def report_server(model: MotionModel, streams: list[int], seconds: float, repeats: int) -> dict[int, dict[str, float]]:
    """The server-regime table of one model; returns its figures by stream count."""
    print(f"server regime: 100 ms chunk per stream per step, median of {repeats} blocks of {seconds:g} s")
    print(
        f"{'streams':>7} {'total':>8} {'features':>9} {'model':>8} {'motion':>8} {'other':>8}"
        f" {'us/step':>9} {'calls/step':>10} {'kf/stream/step':>14}"
    )
    out = {}
    for count in streams:
        r = out[count] = server(model, count, seconds, repeats)
        print(
            f"{count:>7} {r['total']:8.1f} {r['features']:9.1f} {r['model']:8.1f} {r['motion']:8.1f}"
            f" {r['other']:8.1f} {r['step']:9.0f} {r['calls']:10.2f} {r['keyframes']:14.2f}"
        )
    return out


def report_ratios(figures: dict[str, dict[int, dict[str, float]]], reference: str) -> None:
    """Each model's model stage and whole engine (us per stream-keyframe) and the reference's
    figure divided by it (how many times cheaper), at each stream count."""
    print(f"against {reference}, measured in this run (ratio = reference / model: times cheaper)")
    print(f"{'model':<44} {'streams':>7} {'model us':>9} {'ratio':>6} {'engine us':>10} {'ratio':>6}")
    base = figures[reference]
    for name, by_count in figures.items():
        for count, r in by_count.items():
            print(
                f"{name[-44:]:<44} {count:>7} {r['model']:9.1f} {base[count]['model'] / r['model']:6.2f}"
                f" {r['total']:10.1f} {base[count]['total'] / r['total']:6.2f}"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model",
        action="append",
        help="a model file, release or shape: spec (repeat for several; default: the server's default model)",
    )
    parser.add_argument(
        "--reference", default=REFERENCE, help="measured first, the ratios' denominator ('' = no reference)"
    )
    parser.add_argument("--streams", default="1,8,16,32,64,256", help="server regime stream counts")
    parser.add_argument("--server-seconds", type=float, default=2.0, help="simulated seconds per block")
    parser.add_argument("--repeats", type=int, default=5, help="blocks measured per stream count")
    parser.add_argument("--batches", default="1,8,64,256")
    parser.add_argument("--seconds", type=float, default=2.0, help="audio per stream in burst mode")
    parser.add_argument("--min-cpu-s", type=float, default=1.0, help="CPU seconds per measurement")
    parser.add_argument("--json", default=None, help="write the server-regime figures by model and streams here")
    args = parser.parse_args(argv)
    limit_blas_threads(1)
    specs = list(args.model or [str(DEFAULT_MODEL_PATH)])
    if args.reference and args.reference not in specs:
        specs.insert(0, args.reference)
    streams = [int(b) for b in args.streams.split(",") if b]
    figures: dict[str, dict[int, dict[str, float]]] = {}
    with contextlib.ExitStack() as files:
        for spec in specs:
            model = MotionModel(files.enter_context(resolve_model(spec)), threads=1)
            print(
                f"\n{spec}: model {model.name} {model.version}  onnxruntime threads=1  (us of CPU per stream-keyframe)"
            )
            if streams:
                figures[spec] = report_server(model, streams, args.server_seconds, args.repeats)
            if args.batches:
                report_steady(model, args)
    if streams and args.reference and len(figures) > 1:
        print()
        report_ratios(figures, args.reference)
    if args.json:
        Path(args.json).write_text(json.dumps({"reference": args.reference, "figures": figures}, indent=2))


def report_steady(model: MotionModel, args: argparse.Namespace) -> None:
    """The steady and burst tables of one model."""
    print("steady: one keyframe per stream per step")
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
