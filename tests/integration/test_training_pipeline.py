"""The model pipeline's smoke run, end to end with the real engines: TTS corpus, forced
alignment, training of two ensemble members at once, export with its streaming-parity check, and
evaluation of the ensemble, the baseline and each member on every set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from spatius_motion.workers.model import MotionModel

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_smoke_pipeline_builds_trains_exports_and_scores(tmp_path):
    corpus, runs = tmp_path / "corpus", tmp_path / "runs"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "spatius_motion.training.pipeline",
            "--smoke",
            "--corpus",
            str(corpus),
            "--runs",
            str(runs),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    run_dir = runs / "tcn-gru-smoke"
    assert "streaming parity max abs diff" in result.stdout
    assert "utterances aligned" in result.stdout  # the default labels: forced alignment
    assert list((runs / "cache").glob("aligned-*.json"))
    assert " MB, 2 members); streaming parity max abs diff" in result.stdout
    assert result.stdout.count("min on 1 thread ->") == 2  # the members trained at once
    model = MotionModel(run_dir / "model.onnx")
    members = [MotionModel(run_dir / f"member-{k}" / "model.onnx") for k in (0, 1)]
    assert model.name == "tcn-gru" and not model.is_baseline and model.lookahead_keyframes == 2
    assert model.state_size == sum(m.state_size for m in members)
    results = json.loads((run_dir / "eval.json").read_text())
    assert set(results) == {"slt", "slt-aligned", "librivox", "phrases"}
    for by_model in results.values():
        assert set(by_model) == {"trained", "baseline", "member-0", "member-1"}
        assert len({m["keyframes"] for m in by_model.values()}) == 1
        assert by_model["trained"]["keyframes"] > 0
    assert results["librivox"]["trained"]["keyframes"] == 621
    assert results["phrases"]["trained"]["keyframes"] == 374  # 7 clips, 14.8 s
    card = (run_dir / "CARD.md").read_text()
    assert "### librivox (621 keyframes)" in card and "### phrases (374 keyframes)" in card
    assert "Verdict:" in card
    assert "| members | 2 (seeds 0, 1), outputs averaged |" in card
    assert (corpus / "train" / "manifest.json").exists()
    assert (corpus / "eval-slt" / "manifest.json").exists()
