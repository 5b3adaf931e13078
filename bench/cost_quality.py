"""The cost/quality curve of model candidates: quality on each evaluation set against the
model stage's CPU per stream-keyframe, one point per candidate.

Costs come from ``bench.bench_engine --json`` (server regime, one onnxruntime thread, at
``--streams``), qualities from ``eval.json`` files (``training.evaluate``; a role such as
``trained`` or ``reference`` picks the model within a file). Each ``--point`` is
``LABEL|BENCH_SPEC|EVAL_JSON|ROLE``. Writes a PNG (viseme_acc15 and jaw_r panels, one colour
per set, the issue's cost target as a line) and the points as JSON beside it. ``--keep`` adds
the points of an earlier run's JSON as they were measured (their cost from that run's
benchmark), so a new candidate joins the curve without the older runs' files; ``--recost
LABEL=SPEC`` gives a kept point the cost of ``SPEC`` in this run's benchmark (a network's cost
depends on its shape, not its weights, so ``shape:...`` stands in for a file that is gone), so
every point of the curve can come from one benchmark run; ``--sets`` chooses the sets read from
each eval.json (the clean ones by default).

    python -m bench.cost_quality --bench bench.json --point "0.7.0|tcn-gru@0.7.0|eval.json|reference" \\
        --out spatius_motion/models/tcn-gru/cost_quality.png
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Sequence

from spatius_motion.training.evaluate import CLEAN_SETS

METRICS = ("viseme_acc15", "jaw_r")
COST_TARGET_US = {256: 40.0, 64: 60.0}
"""Issue 23's model-stage targets (us per stream-keyframe) by stream count."""


def model_cost(bench: dict, spec: str, streams: int) -> float:
    """The model stage's us per stream-keyframe of ``spec`` at ``streams`` in a bench_engine JSON."""
    return bench["figures"][spec][str(streams)]["model"]


def points(bench: dict, specs: list[str], streams: int, sets: Sequence[str] = CLEAN_SETS) -> list[dict]:
    """One record per ``--point``: label, model-stage cost and its metrics on ``sets``."""
    out = []
    for spec in specs:
        label, model, eval_json, role = spec.split("|")
        results = json.loads(Path(eval_json).read_text())
        cost = model_cost(bench, model, streams)
        quality = {
            set_name: {m: by_role[role][m] for m in METRICS}
            for set_name, by_role in results.items()
            if role in by_role and set_name in sets
        }
        out.append({"label": label, "model": model, "cost_us": cost, "streams": streams, "quality": quality})
    return out


def recost(records: list[dict], bench: dict, mapping: Sequence[str], streams: int) -> None:
    """Sets the cost of each kept record named by a ``LABEL=SPEC`` of ``mapping`` to ``SPEC``'s
    model-stage cost in ``bench``, in place; a label's ``(cost: ...)`` note, which said that its
    cost came from another benchmark run, is dropped."""
    by_label = {r["label"]: r for r in records}
    for item in mapping:
        label, spec = item.split("=", 1)
        if label not in by_label:
            raise SystemExit(f"--recost: no kept point is labelled {label!r}")
        record = by_label[label]
        record["cost_us"] = model_cost(bench, spec, streams)
        record["cost_spec"] = spec
        record["label"] = re.sub(r" \(cost: [^)]*\)$", "", label)


def plot(records: list[dict], path: Path, streams: int) -> None:
    """The two-panel PNG of ``records`` at ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sets = sorted({s for r in records for s in r["quality"]})
    markers = "osD^vP*XdpH<>"
    fig, axes = plt.subplots(1, len(METRICS), figsize=(13, 4.5))
    for ax, metric in zip(axes, METRICS):
        named: set[str] = set()
        for k, record in enumerate(records):
            for j, set_name in enumerate(sets):
                if set_name in record["quality"]:
                    ax.scatter(
                        record["cost_us"],
                        record["quality"][set_name][metric],
                        marker=markers[k % len(markers)],
                        color=f"C{j}",
                        label=set_name if set_name not in named and metric == METRICS[0] else None,
                    )
                    named.add(set_name)
            if metric == METRICS[-1]:
                ax.scatter([], [], marker=markers[k % len(markers)], color="black", label=record["label"])
        if streams in COST_TARGET_US:
            ax.axvline(COST_TARGET_US[streams], color="grey", linestyle="--", linewidth=1)
        ax.set_xlabel(f"model stage, us of CPU per stream-keyframe ({streams} streams, 1 thread)")
        ax.set_ylabel(metric)
        ax.set_xlim(left=0)
        ax.grid(alpha=0.3)
    candidates = axes[-1].legend(fontsize=8, title="candidate (marker)", loc="upper left", bbox_to_anchor=(1.02, 1.0))
    axes[-1].add_artist(candidates)  # the set legend below is a second one on the same axes
    handles, labels = axes[0].get_legend_handles_labels()
    sets_legend = axes[-1].legend(
        handles, labels, fontsize=8, title="set (colour)", loc="lower left", bbox_to_anchor=(1.02, 0.0)
    )
    title = fig.suptitle(
        "Cost and quality per candidate (marker = candidate; dashed: issue 23's cost target)", fontsize=10
    )
    fig.tight_layout()
    # The legends sit outside the panels, so the saved area is grown to hold them.
    fig.savefig(path, dpi=110, bbox_inches="tight", bbox_extra_artists=(title, candidates, sets_legend))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", required=True, help="bench_engine --json output")
    parser.add_argument("--point", action="append", required=True, help="LABEL|BENCH_SPEC|EVAL_JSON|ROLE")
    parser.add_argument("--streams", type=int, default=256)
    parser.add_argument("--keep", default=None, help="an earlier run's points JSON whose records are kept")
    parser.add_argument(
        "--recost",
        action="append",
        default=[],
        metavar="LABEL=SPEC",
        help="a kept point's cost taken from SPEC in --bench (repeatable)",
    )
    parser.add_argument("--sets", default=",".join(CLEAN_SETS), help="sets read from each eval.json")
    parser.add_argument("--out", required=True, help="PNG path; the points go beside it as .json")
    args = parser.parse_args(argv)
    bench = json.loads(Path(args.bench).read_text())
    kept = json.loads(Path(args.keep).read_text()) if args.keep else []
    recost(kept, bench, args.recost, args.streams)
    records = kept + points(bench, args.point, args.streams, args.sets.split(","))
    out = Path(args.out)
    plot(records, out, args.streams)
    out.with_suffix(".json").write_text(json.dumps(records, indent=2))
    for r in records:
        print(r["label"], f"{r['cost_us']:.1f} us", {s: q for s, q in r["quality"].items()})


if __name__ == "__main__":
    main()
