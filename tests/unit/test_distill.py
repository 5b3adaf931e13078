"""Distillation: teacher outputs cached per dataset row, cropped with the labels, scored as
soft targets; and the causal convs' matrix-product form that the export runs."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import torch

from spatius_motion.training.distill import TEACHER_COLUMNS, cached_teacher_targets, teacher_targets
from spatius_motion.training.export import export_onnx
from spatius_motion.training.model import CausalConv, ModelConfig, MotionNet
from spatius_motion.training.train import Batcher, TrainConfig, build_dataset, losses, train
from spatius_motion.workers.features import FeatureConfig
from spatius_motion.workers.model import MotionModel
from tests.unit.test_training import SMALL, toy_utterance


@pytest.mark.parametrize("kernel,dilation", [(3, 1), (3, 4), (2, 2)])
def test_conv_product_form_equals_the_conv(kernel, dilation):
    torch.manual_seed(0)
    conv = CausalConv(5, 7, kernel, dilation)
    x, history = torch.randn(3, 4, 5), torch.randn(3, conv.state_size)
    y_conv, h_conv = conv.train()(x, history)
    y_prod, h_prod = conv.eval()(x, history)
    assert torch.allclose(y_conv, y_prod, atol=1e-5)
    assert torch.equal(h_conv, h_prod)
    assert y_prod.shape == (3, 4, 7)
    # the history is the last H input frames, time-major
    joined = torch.cat([history.reshape(3, conv.history, 5), x], dim=1)
    assert torch.equal(h_prod.reshape(3, conv.history, 5), joined[:, -conv.history :])


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("distill")
    data = build_dataset(
        [toy_utterance(i) for i in range(5)], FeatureConfig(), SMALL.lookahead_keyframes, progress=False
    )
    torch.manual_seed(3)
    teacher = export_onnx(MotionNet(SMALL), tmp / "teacher.onnx", name="t", version="1", feature=FeatureConfig())
    return data, teacher, tmp


def test_teacher_rows_are_each_utterance_streamed_alone(toy):
    data, teacher, _ = toy
    rows = teacher_targets(teacher, data.features, data.key_offsets)
    assert rows.shape == (len(data.visemes), TEACHER_COLUMNS) and rows.dtype == np.float16
    model = MotionModel(teacher)
    for i in range(len(data)):
        feats, _, _ = data.item(i)
        arkit, visemes, _ = model.run(feats[None], model.initial_state(1))
        own = data.key_offsets[i], data.key_offsets[i + 1]
        np.testing.assert_allclose(rows[own[0] : own[1], :52], arkit[0], atol=1e-3)
        np.testing.assert_allclose(rows[own[0] : own[1], 52:], visemes[0], atol=1e-3)


def test_teacher_rows_are_cached_by_file_and_dataset(toy):
    data, teacher, tmp = toy
    first = cached_teacher_targets(teacher, data.features, data.key_offsets, tmp / "cache", "k1")
    assert len(list((tmp / "cache").glob("teacher-*.npy"))) == 1
    again = cached_teacher_targets(teacher, data.features * 0, data.key_offsets, tmp / "cache", "k1")
    assert np.array_equal(first, again)  # read back, not recomputed
    cached_teacher_targets(teacher, data.features, data.key_offsets, tmp / "cache", "k2")
    assert len(list((tmp / "cache").glob("teacher-*.npy"))) == 2


def test_batcher_crops_teacher_rows_with_the_labels(toy):
    data, _, _ = toy
    marked = np.zeros((len(data.visemes), TEACHER_COLUMNS), np.float16)
    marked[:, 0] = np.arange(len(data.visemes)) % 1000  # each row's own index
    marked[:, 1] = data.arkit[:, 1]
    data = replace(data, teacher=marked)
    batcher = Batcher(data, TrainConfig(batch=6, crop_keyframes=20, augment=False), FeatureConfig(), seed=1)
    _, arkit, _, mask, _, teacher = batcher.batch()
    assert teacher.shape == (6, 20, TEACHER_COLUMNS)
    assert torch.equal(teacher[..., 1] * mask, arkit[..., 1] * mask)
    steps = torch.diff(teacher[..., 0], dim=1)[mask[:, 1:] > 0]
    assert torch.all(steps == 1)
    np.testing.assert_array_equal(data.subset([1, 2]).teacher, np.concatenate([data.teacher_of(1), data.teacher_of(2)]))


def test_distill_terms_add_to_the_loss_and_vanish_against_oneself():
    torch.manual_seed(0)
    model = MotionNet(SMALL).eval()
    keys, lookahead = 12, SMALL.lookahead_keyframes
    feats = torch.randn(2, 4 * keys, 80)
    arkit = torch.zeros(2, keys, 52)
    vis = torch.zeros(2, keys, dtype=torch.long)
    mask = torch.ones(2, keys)
    with torch.no_grad():
        own_arkit, own_vis, _ = model(feats, model.initial_state(2))
    own = torch.cat([own_arkit, own_vis], dim=2)
    plain = losses(model, feats, arkit, vis, mask, TrainConfig())
    config = TrainConfig(distill_weight=0.5)
    terms = losses(model, feats, arkit, vis, mask, config, teacher=own)
    distilled = terms["kd_ce"] + config.arkit_weight * terms["kd_mse"] + config.closure_weight * terms["kd_bce"]
    assert torch.isclose(terms["total"], plain["total"] + 0.5 * distilled)
    assert terms["kd_mse"] < 1e-10  # its own ARKit weights: no error
    other = losses(model, feats, arkit, vis, mask, config, teacher=own.roll(5, dims=1))
    assert other["kd_mse"] > 1e-4 and other["kd_ce"] > terms["kd_ce"]
    # soft cross-entropy against its own posteriors is their entropy, its minimum
    entropy = -(own_vis[:, lookahead:] * own_vis[:, lookahead:].log()).sum(2).mean()
    assert torch.isclose(terms["kd_ce"], entropy, atol=1e-4)
    with pytest.raises(ValueError, match="teacher"):
        losses(model, feats, arkit, vis, mask, config)


def test_training_refuses_distillation_without_teacher_rows(tmp_path):
    data = build_dataset([toy_utterance(0)], FeatureConfig(), SMALL.lookahead_keyframes, progress=False)
    with pytest.raises(ValueError, match="teacher"):
        train(data, tmp_path, model_config=SMALL, train_config=TrainConfig(steps=1, distill_weight=1.0), progress=False)


def test_a_student_learns_its_teacher(toy):
    """Trained alike from the same seed, the student with the soft-target terms ends nearer
    the teacher's outputs than the one without them."""
    data, teacher, tmp = toy
    data = replace(data, teacher=teacher_targets(teacher, data.features, data.key_offsets))
    config = TrainConfig(
        steps=60, batch=4, crop_keyframes=30, val_every=60, lr=3e-3, augment=False, val_fraction=0.2, threads=1
    )
    student_config = replace(SMALL, width=24, gru_hidden=24)

    def gap(best) -> float:
        ckpt = torch.load(best, weights_only=False)
        model = MotionNet(ModelConfig.from_dict(ckpt["model_config"]))
        model.load_state_dict(ckpt["model"])
        driven = model.arkit_mask > 0
        total = 0.0
        for i in range(len(data)):
            feats, _, _ = data.item(i)
            with torch.no_grad():
                a, v, _ = model.eval()(torch.from_numpy(feats)[None], model.initial_state(1))
            rows = torch.from_numpy(data.teacher_of(i).astype(np.float32))
            total += float(
                (a[0][:, driven] - rows[:, :52][:, driven]).abs().mean() + (v[0] - rows[:, 52:]).abs().mean()
            )
        return total

    plain = train(data, tmp / "plain", model_config=student_config, train_config=config, progress=False)
    taught = train(
        data,
        tmp / "taught",
        model_config=student_config,
        train_config=replace(config, distill_weight=5.0),
        progress=False,
    )
    assert gap(taught) < 0.8 * gap(plain)


def _random_net(config: ModelConfig, seed: int) -> MotionNet:
    torch.manual_seed(seed)
    net = MotionNet(config)
    with torch.no_grad():  # non-trivial weights everywhere, buffers included
        for p in net.parameters():
            p.add_(torch.randn_like(p) * 0.05)
        net.feature_mean.copy_(torch.randn(80))
        net.feature_std.copy_(torch.rand(80) + 0.5)
    return net.eval()


def test_importer_rebuilds_exported_networks_exactly(tmp_path):
    from spatius_motion.training.ensemble import combine
    from spatius_motion.training.importer import load_init, load_network, member_prefixes, reexport

    mask = (0.0,) + (1.0,) * 51
    config = replace(SMALL, arkit_mask=mask)
    nets = [_random_net(config, seed) for seed in (1, 2)]
    files = [
        export_onnx(net, tmp_path / f"n{k}.onnx", name="n", version="1", feature=FeatureConfig())
        for k, net in enumerate(nets)
    ]
    both = combine(files, tmp_path / "both.onnx", name="both", version="1")
    assert member_prefixes(files[0]) == [""] and member_prefixes(both) == ["m0/", "m1/"]
    feats = torch.randn(2, 24, 80) - 3.0
    for net, (path, prefix) in zip(nets, [(files[0], ""), (both, "m1/")]):
        rebuilt = load_network(path, prefix, SMALL)
        assert rebuilt.config.arkit_mask == mask
        for name, value in net.state_dict().items():
            assert torch.allclose(rebuilt.state_dict()[name], value, atol=1e-6), name
    first = load_init(str(both), SMALL)
    assert torch.equal(first.stack.weight, load_network(both, "m0/", SMALL).stack.weight)
    again = reexport(both, tmp_path / "again.onnx", SMALL)
    feats_np = (np.random.default_rng(0).standard_normal((2, 24, 80)) - 3.0).astype(np.float32)
    outs = [MotionModel(p).run(feats_np, np.zeros((2, 2 * nets[0].state_size), np.float32)) for p in (both, again)]
    for a, b in zip(*outs):
        np.testing.assert_allclose(a, b, atol=1e-5)
    with pytest.raises(ValueError, match="not a network of this shape"):
        load_network(files[0], "", replace(SMALL, dilations=(1,)))
    assert feats.shape[0] == 2


def test_training_starts_from_the_init_network(tmp_path):
    data = build_dataset(
        [toy_utterance(i) for i in range(4)], FeatureConfig(), SMALL.lookahead_keyframes, progress=False
    )
    net = _random_net(replace(SMALL, arkit_mask=tuple(float(x) for x in np.ones(52))), 4)
    path = export_onnx(net, tmp_path / "init.onnx", name="i", version="1", feature=FeatureConfig())
    config = TrainConfig(steps=1, batch=2, crop_keyframes=20, val_every=1, lr=1e-9, val_fraction=0.25, threads=1)
    best = train(
        data, tmp_path / "run", model_config=SMALL, train_config=replace(config, init=str(path)), progress=False
    )
    trained = torch.load(best, weights_only=False)["model"]
    assert torch.allclose(trained["blocks.0.conv.conv.weight"], net.blocks[0].conv.conv.weight, atol=1e-6)
    assert torch.equal(trained["feature_mean"], net.feature_mean)


def test_the_shipped_model_reexports_to_the_same_outputs(tmp_path):
    """The default model file rebuilt from its weights and re-exported in the current graph
    form streams the same outputs (0.7.1 is 0.7.0 re-exported this way)."""
    from spatius_motion.settings import DEFAULT_MODEL_PATH
    from spatius_motion.training.importer import reexport

    again = reexport(DEFAULT_MODEL_PATH, tmp_path / "again.onnx")
    shipped, rebuilt = MotionModel(DEFAULT_MODEL_PATH), MotionModel(again)
    assert (rebuilt.name, rebuilt.version, rebuilt.state_size) == (shipped.name, shipped.version, shipped.state_size)
    rng = np.random.default_rng(0)
    feats = (rng.standard_normal((3, 40, 80)) - 3.0).astype(np.float32)
    for a, b in zip(shipped.run(feats, shipped.initial_state(3))[:2], rebuilt.run(feats, rebuilt.initial_state(3))[:2]):
        np.testing.assert_allclose(a, b, atol=1e-4)


def test_static_int8_keeps_streaming_parity_and_batch_independence(tmp_path):
    """Static int8 (training/quantize.py): chunked == full within the float bound, a stream's
    outputs independent of its batch-mates, and near the float model's outputs."""
    from spatius_motion.training.export import streaming_parity
    from spatius_motion.training.quantize import INT8_MEAN_ABS_BOUND, calibration_feeds, quantize
    from spatius_motion.workers.features import LogMel

    net = _random_net(replace(SMALL, arkit_mask=(1.0,) * 52), 5)
    float_path = export_onnx(net, tmp_path / "f.onnx", name="q", version="1", feature=FeatureConfig())
    utterances = [LogMel(FeatureConfig()).full(toy_utterance(i).audio) for i in range(6)]
    utterances = [u[: len(u) // 4 * 4] for u in utterances]
    int8 = quantize(float_path, tmp_path / "q.onnx", calibration_feeds(float_path, utterances[:4]))
    assert streaming_parity(int8) <= 1e-4
    fmodel, qmodel = MotionModel(float_path), MotionModel(int8)
    assert (qmodel.name, qmodel.state_size) == (fmodel.name, fmodel.state_size)
    own = utterances[4][None, :80]
    other = np.concatenate([own, 3.0 + utterances[5][None, :80]])
    alone, together = qmodel.run(own, qmodel.initial_state(1)), qmodel.run(other, qmodel.initial_state(2))
    for a, b in zip(alone, together):
        np.testing.assert_array_equal(a[0], b[0])
    gaps = [np.abs(a - b).mean() for a, b in zip(alone[:2], fmodel.run(own, fmodel.initial_state(1))[:2])]
    assert 0 < max(gaps) <= INT8_MEAN_ABS_BOUND
