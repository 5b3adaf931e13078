"""Training steps per second of the shipped network size: one process against several at once.

The pipeline trains each member of the model (``training.pipeline --members``) either in turn
in one process that uses every training thread, or ``--jobs`` at a time, each in its own
process with an equal share of the threads. This measures both on the same machine in the
same run: every process runs the real training step (``training.train.train_step``: ``Batcher``
crops and augmentation, losses, backward, gradient clipping, AdamW) on a synthetic dataset of the
real shapes for ``--seconds`` of wall time after a warm-up, and reports steps per second.

The baseline is one process with all ``--threads``; the figure that matters is the steps per
second each member gets, as a ratio to the baseline, because a member's budget is wall time:

    python -m bench.train_throughput [--threads 2] [--jobs 2] [--seconds 60] [--width 192]

(defaults: the trainer's threads, the pipeline's jobs and the shipped network's size)
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace


def run_steps(
    threads: int, seconds: float, width: int, frame_channels: int, seed: int, start_at: float
) -> tuple[int, float]:
    """(steps, wall seconds) of the training step run from ``start_at`` (a ``time.time()``
    every process of a comparison shares) for ``seconds``, after a few warm-up steps."""
    import numpy as np
    import torch

    from spatius_motion.training.model import ModelConfig, MotionNet
    from spatius_motion.training.train import Batcher, Dataset, TrainConfig, train_step
    from spatius_motion.workers.features import FeatureConfig

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    feature = FeatureConfig()
    utterances, keys = 400, 150
    dataset = Dataset(
        features=rng.normal(-5.0, 2.0, (utterances * keys * 4, feature.n_mels)).astype(np.float32),
        arkit=rng.uniform(0.0, 1.0, (utterances * keys, 52)).astype(np.float32),
        visemes=rng.integers(0, 15, utterances * keys),
        key_offsets=np.arange(utterances + 1, dtype=np.int64) * keys,
        voices=["synthetic"] * utterances,
    )
    config = TrainConfig(threads=threads, seed=seed)
    model = MotionNet(replace(ModelConfig(), width=width, gru_hidden=width, frame_channels=frame_channels))
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr)
    batcher = Batcher(dataset, config, feature, seed=seed)

    for _ in range(5):
        train_step(model, optimizer, batcher, config)
    while time.time() < start_at:
        time.sleep(0.01)
    steps, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        train_step(model, optimizer, batcher, config)
        steps += 1
    return steps, time.perf_counter() - started


def measure(processes: int, threads: int, seconds: float, width: int, frame_channels: int) -> list[float]:
    """Steps per second of each of ``processes`` processes training at once."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        start_at = time.time() + 20.0  # room for every process to import torch and warm up
        futures = [
            pool.submit(run_steps, threads, seconds, width, frame_channels, k, start_at) for k in range(processes)
        ]
        return [steps / wall for steps, wall in (f.result() for f in futures)]


def main(argv: list[str] | None = None) -> int:
    from spatius_motion.training.model import ModelConfig
    from spatius_motion.training.pipeline import DEFAULT_JOBS
    from spatius_motion.training.train import TrainConfig

    parser = argparse.ArgumentParser(
        prog="bench.train_throughput", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threads", type=int, default=TrainConfig.threads, help="training threads in all")
    parser.add_argument("--jobs", type=int, default=DEFAULT_JOBS, help="processes training at once")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--width", type=int, default=ModelConfig.width)
    parser.add_argument("--frame-channels", type=int, default=ModelConfig.frame_channels)
    args = parser.parse_args(argv)

    per_job = max(1, args.threads // args.jobs)
    base = measure(1, args.threads, args.seconds, args.width, args.frame_channels)[0]
    print(f"baseline: 1 process x {args.threads} threads: {base:.2f} steps/s")
    rates = measure(args.jobs, per_job, args.seconds, args.width, args.frame_channels)
    each = ", ".join(f"{r:.2f}" for r in rates)
    print(f"{args.jobs} processes x {per_job} thread{'s' if per_job != 1 else ''}: {each} steps/s")
    print(
        f"per member: {min(rates) / base:.2f}x to {max(rates) / base:.2f}x the baseline; "
        f"all together {sum(rates) / base:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
