"""bench.cost_quality: points from benchmark and evaluation files, earlier points kept."""

from __future__ import annotations

import json

from bench.cost_quality import main


def test_new_points_join_kept_ones_on_the_clean_sets(tmp_path):
    bench = {"figures": {"m.onnx": {"256": {"model": 26.9}}}}
    quality = {"viseme_acc15": 0.75, "jaw_r": 0.87, "closure_hit": 0.9}
    results = {"slt": {"trained": quality}, "slt-phone": {"trained": quality}, "librivox": {"reference": quality}}
    (tmp_path / "bench.json").write_text(json.dumps(bench))
    (tmp_path / "eval.json").write_text(json.dumps(results))
    kept = [{"label": "old", "model": "o.onnx", "cost_us": 50.0, "streams": 256, "quality": {}}]
    (tmp_path / "kept.json").write_text(json.dumps(kept))
    out = tmp_path / "curve.png"
    main(
        ["--bench", str(tmp_path / "bench.json"), "--point", f"new|m.onnx|{tmp_path / 'eval.json'}|trained"]
        + ["--keep", str(tmp_path / "kept.json"), "--out", str(out)]
    )
    records = json.loads(out.with_suffix(".json").read_text())
    assert [r["label"] for r in records] == ["old", "new"]
    assert records[1]["cost_us"] == 26.9
    assert records[1]["quality"] == {"slt": {"viseme_acc15": 0.75, "jaw_r": 0.87}}  # no channel set, no other role
    assert out.stat().st_size > 0
