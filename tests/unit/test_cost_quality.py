"""bench.cost_quality: points from benchmark and evaluation files, earlier points kept."""

from __future__ import annotations

import json

import pytest

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


def test_recost_takes_a_kept_point_s_cost_from_this_run(tmp_path):
    bench = {"figures": {"m.onnx": {"256": {"model": 26.9}}, "shape:width=8": {"256": {"model": 12.5}}}}
    results = {"slt": {"trained": {"viseme_acc15": 0.75, "jaw_r": 0.87}}}
    (tmp_path / "bench.json").write_text(json.dumps(bench))
    (tmp_path / "eval.json").write_text(json.dumps(results))
    kept = [
        {"label": "gone (cost: later run)", "model": "g.onnx", "cost_us": 50.0, "streams": 256, "quality": {}},
        {"label": "other", "model": "o.onnx", "cost_us": 40.0, "streams": 256, "quality": {}},
    ]
    (tmp_path / "kept.json").write_text(json.dumps(kept))
    out = tmp_path / "curve.png"
    args = ["--bench", str(tmp_path / "bench.json"), "--point", f"new|m.onnx|{tmp_path / 'eval.json'}|trained"]
    args += ["--keep", str(tmp_path / "kept.json"), "--out", str(out)]
    main(args + ["--recost", "gone (cost: later run)=shape:width=8"])
    records = json.loads(out.with_suffix(".json").read_text())
    assert [(r["label"], r["cost_us"]) for r in records] == [("gone", 12.5), ("other", 40.0), ("new", 26.9)]
    assert records[0]["cost_spec"] == "shape:width=8" and "cost_spec" not in records[1]
    with pytest.raises(SystemExit, match="no kept point"):
        main(args + ["--recost", "missing=m.onnx"])
