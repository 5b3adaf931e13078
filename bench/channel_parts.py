"""Which part of a channel costs a model what: one evaluation set through each channel part.

The degraded evaluation sets (``librivox-phone`` etc., ``training.corpus.channel.EVAL_CHANNELS``)
chain several steps; this scores a model on clean sets and on the same items through each step
alone and through the training augmentation's bit rates, so the gap can be laid to the band
limit, the codec or the bit rate. Items and labels come from ``training.evaluate.load_sets``.

    python -m bench.channel_parts [--model tcn-gru@0.7.0 | PATH] [--sets slt,librivox] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.model_files import resolve_model
from spatius_motion.settings import DEFAULT_MODEL_PATH
from spatius_motion.training.corpus.channel import G722_BITRATE, Channel
from spatius_motion.training.evaluate import EVAL_SLT_DIR, evaluate_model, load_sets, through_channel

PARTS: dict[str, Channel] = {
    "clean": Channel(),
    "telephone band": Channel(telephone=True),
    "telephone band + mu-law": Channel(telephone=True, codec="pcm_mulaw"),
    "G.722": Channel(codec="g722", bitrate=G722_BITRATE),
    "telephone band + G.722": Channel(telephone=True, codec="g722", bitrate=G722_BITRATE),
    "Opus 6 kbit/s": Channel(codec="libopus", bitrate=6000),
    "Opus 8 kbit/s": Channel(codec="libopus", bitrate=8000),
    "Opus 16 kbit/s": Channel(codec="libopus", bitrate=16000),
    "MP3 16 kbit/s": Channel(codec="libmp3lame", bitrate=16000),
    "MP3 32 kbit/s": Channel(codec="libmp3lame", bitrate=32000),
}
"""Channel parts scored, in table order."""
METRICS = ("viseme_acc15", "jaw_r", "closure_hit", "false_closure")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.channel_parts", description=__doc__)
    parser.add_argument("--model", default=str(DEFAULT_MODEL_PATH), help="model file or release (bench.model_files)")
    parser.add_argument("--sets", default="slt,librivox", help="clean evaluation sets")
    parser.add_argument("--json", default=None, help="write the results as JSON here")
    args = parser.parse_args(argv)
    sets = load_sets(args.sets.split(","), EVAL_SLT_DIR, None)
    results: dict[str, dict[str, dict[str, float]]] = {}
    with resolve_model(args.model) as model:
        for set_name, items in sets.items():
            results[set_name] = {}
            for part, chan in PARTS.items():
                degraded = items if chan == Channel() else through_channel(items, chan)
                results[set_name][part] = evaluate_model(model, degraded)
                m = results[set_name][part]
                print(f"| {set_name} | {part} | " + " | ".join(f"{m[k]:.3f}" for k in METRICS) + " |", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
