"""Benchmark model files: releases read from git history, untrained shapes, plain paths."""

from __future__ import annotations

import pytest

from bench.model_files import REFERENCE, RELEASES, resolve_model, shape_config
from bench.profile_model import stage_of
from spatius_motion.workers.model import MotionModel


def test_the_reference_release_is_read_from_the_commit_that_shipped_it():
    assert REFERENCE in RELEASES
    with resolve_model(REFERENCE) as path:
        model = MotionModel(path)
        assert (model.name, model.version) == ("tcn-gru", "0.7.0")
    assert not path.exists()  # a temporary file, gone after the block


def test_a_shape_is_an_untrained_network_of_that_config(tmp_path):
    config = shape_config("width=32,gru_hidden=32,frame_channels=16,dilations=1-2")
    assert (config.width, config.gru_hidden, config.frame_channels, config.dilations) == (32, 32, 16, (1, 2))
    with resolve_model("shape:width=32,gru_hidden=32,frame_channels=16,dilations=1-2") as path:
        assert MotionModel(path).state_size > 0
    with pytest.raises(FileNotFoundError):
        with resolve_model(str(tmp_path / "missing.onnx")):
            pass


@pytest.mark.parametrize(
    "node,stage",
    [
        ("/frame_conv/MatMul", "front"),
        ("m0//stream_norm/CumSum", "front"),
        ("m1//Sub", "front"),
        ("/stack/MatMul", "stack"),
        ("m0//blocks.1/conv/conv/Conv", "trunk"),
        ("/gru/GRU", "gru"),
        ("/closure_head/closure_head.0/MatMul", "heads"),
        ("m0//Split", "plumbing"),
        ("concat_state_out", "plumbing"),
    ],
)
def test_profile_stages_follow_the_exported_node_names(node, stage):
    assert stage_of(node) == stage
