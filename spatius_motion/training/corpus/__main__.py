"""Command line: ``python -m spatius_motion.training.corpus build --out data/corpus --hours H --seed S [--smoke]``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from spatius_motion.training.corpus.builder import CHANNEL_PROBABILITY_HELP, MAX_WORKERS, BuildConfig, build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spatius_motion.training.corpus")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="synthesize (or resume) a corpus")
    b.add_argument("--out", type=Path, default=Path("data/corpus"))
    b.add_argument("--hours", type=float, default=BuildConfig.hours, help="training audio hours")
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--shard-size", type=int, default=BuildConfig.shard_size)
    b.add_argument("--eval-sentences", type=int, default=BuildConfig.eval_sentences)
    b.add_argument(
        "--other-language-share",
        type=float,
        default=BuildConfig.other_language_share,
        help="share of training shards read by festival's other-language voices",
    )
    b.add_argument(
        "--kokoro-share",
        type=float,
        default=BuildConfig.kokoro_share,
        help="share of training shards read by Kokoro-82M's voices",
    )
    b.add_argument(
        "--channel-probability", type=float, default=BuildConfig.channel_probability, help=CHANNEL_PROBABILITY_HELP
    )
    b.add_argument("--workers", type=int, default=MAX_WORKERS, help="processes (at most 2)")
    b.add_argument(
        "--smoke", action="store_true", help="tiny corpus for CI (reads only --seed and --channel-probability)"
    )
    b.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    if args.smoke:
        config = replace(BuildConfig.smoke_config(args.seed), channel_probability=args.channel_probability)
    else:
        config = BuildConfig(
            hours=args.hours,
            seed=args.seed,
            shard_size=args.shard_size,
            eval_sentences=args.eval_sentences,
            other_language_share=args.other_language_share,
            kokoro_share=args.kokoro_share,
            channel_probability=args.channel_probability,
        )
    report = build(args.out, config, workers=args.workers, progress=not args.no_progress)
    for line in report.lines():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
