"""Where a model's closures go missing: ``closure_hit`` split by each bilabial's neighbours
and length, on evaluation sets (a diagnosis, not a card figure).

Each /p b m/ segment of a set's labels is counted under its left and right neighbour (a
vowel, another consonant, or silence at the utterance's edge), under both together with the
phone itself (``vowel_B_cons``) and under its length; it is a hit by ``closure_hit``'s rule
(``training.evaluate.closes``). Groups of fewer than ``--min-count`` bilabials are left out.
Read it on development sets: splitting a held-out set by context is choosing on it.

    python -m bench.closure_context --model M.onnx [--sets slt-aligned,slt-phone] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Sequence

import numpy as np

from spatius_motion.training.evaluate import (
    BILABIALS,
    EVAL_SLT_DIR,
    VOWELS,
    EvalItem,
    closes,
    load_sets,
)
from spatius_motion.training.infer import StreamingRunner
from spatius_motion.training.labels import phone_viseme
from spatius_motion.workers.vocabulary import ARKIT_INDEX

SHORT_S, LONG_S = 0.05, 0.08
"""Length classes (s): shorter than 50 ms, 50-80 ms, 80 ms or longer."""


def _kind(phone: str | None) -> str:
    """``sil`` (silence or the utterance's edge), ``vowel`` or ``cons``."""
    if phone is None or phone_viseme(phone) == "sil":
        return "sil"
    return "vowel" if phone in VOWELS else "cons"


def groups_of(phones: Sequence[tuple[str, float, float]], index: int) -> list[str]:
    """The groups the bilabial ``phones[index]`` counts under."""
    name, start, end = phones[index]
    before = _kind(phones[index - 1][0] if index > 0 else None)
    after = _kind(phones[index + 1][0] if index + 1 < len(phones) else None)
    length = "<50ms" if end - start < SHORT_S else ("50-80ms" if end - start < LONG_S else ">=80ms")
    return [f"before {before}", f"after {after}", f"length {length}", f"{before}_{name}_{after}"]


def tally(items: Sequence[EvalItem], mouth_close: Sequence[np.ndarray]) -> dict[str, tuple[int, int]]:
    """{group: (hits, bilabials)} of per-item mouthClose tracks [K] against the items' phones."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item, close in zip(items, mouth_close):
        for i, (name, start, end) in enumerate(item.phones):
            if name not in BILABIALS:
                continue
            hit = closes(close, start, end)
            for group in groups_of(item.phones, i):
                counts[group][0] += hit
                counts[group][1] += 1
    return {group: (h, n) for group, (h, n) in sorted(counts.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="contract model file (.onnx)")
    parser.add_argument("--sets", default="slt-aligned,slt-phone", help="evaluation sets, comma-separated")
    parser.add_argument("--min-count", type=int, default=5, help="smallest group printed")
    parser.add_argument("--json", default=None, help="write {set: {group: [hits, count]}} here")
    args = parser.parse_args(argv)
    runner = StreamingRunner(args.model, chunk_keyframes=5)
    close = ARKIT_INDEX["mouthClose"]
    out = {}
    for name, items in load_sets(args.sets.split(","), EVAL_SLT_DIR, None).items():
        tracks = [runner.run(item.audio).arkit[:, close] for item in items]
        out[name] = tally(items, tracks)
        print(f"{name} ({Path(args.model).name})")
        for group, (hits, count) in out[name].items():
            if count >= args.min_count:
                print(f"  {group:22s} {hits:4d} of {count:<4d} = {hits / count:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
