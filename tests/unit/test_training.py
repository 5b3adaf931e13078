"""Trainer: feature/label cache, losses on lookahead-shifted targets, learning and resume."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pytest
import torch

from spatius_motion.training.corpus.phones import ARPABET
from spatius_motion.training.labels import frame_count, labels_from_phones
from spatius_motion.training.model import MOUTH_CLOSE_INDEX, ModelConfig, MotionNet, StreamNorm
from spatius_motion.training.train import (
    PP_INDEX,
    Batcher,
    Dataset,
    TrainConfig,
    _runs,
    build_dataset,
    calibrate_closure,
    closure_window_loss,
    corpus_hash,
    dataset_file,
    driven_channels,
    features_for,
    jaw_correlation_loss,
    load_dataset,
    losses,
    train,
    update_average,
    validate,
)
from spatius_motion.workers.features import FeatureConfig, LogMel
from spatius_motion.workers.vocabulary import VISEME_NAMES

SMALL = ModelConfig(frame_channels=16, width=32, gru_hidden=32, dilations=(1, 2))


@dataclass
class ToyUtterance:
    """Tone bursts for vowels, silence for /m/ closures: the mouth state is audible."""

    audio: np.ndarray
    phones: list
    voice: str = "toy"
    text: str = ""
    extra: dict = field(default_factory=dict)

    def labels(self, frame_rate_hz: float = 100.0):
        return labels_from_phones(self.phones, frame_count(len(self.audio), 16000, frame_rate_hz), frame_rate_hz)


def toy_utterance(seed: int) -> ToyUtterance:
    rng = np.random.default_rng(seed)
    phones, t, chunks = [("SIL", 0.0, 0.2)], 0.2, [np.zeros(3200, np.float32)]
    for _ in range(6):
        for name, dur in (("AA", rng.uniform(0.12, 0.25)), ("M", rng.uniform(0.08, 0.14))):
            n = int(dur * 16000)
            tt = np.arange(n) / 16000
            tone = 0.3 * np.sin(2 * np.pi * rng.uniform(150, 300) * tt) if name == "AA" else 0
            chunks.append((tone + 0.003 * rng.standard_normal(n)).astype(np.float32))
            phones.append((name, t, t + n / 16000))
            t += n / 16000
    phones.append(("SIL", t, t + 0.2))
    chunks.append(np.zeros(3200, np.float32))
    return ToyUtterance(np.concatenate(chunks), phones, voice=f"toy{seed % 3}")


def test_features_match_front_end_with_lookahead_padding():
    utt = toy_utterance(0)
    logmel = LogMel(FeatureConfig())
    feats = features_for(utt.audio, logmel, 2)
    keys = -(-len(utt.audio) // 640)
    assert feats.shape == (4 * (keys + 2), 80)
    padded = np.zeros((keys + 2) * 640, np.float32)
    padded[: len(utt.audio)] = utt.audio
    assert np.array_equal(feats, logmel.full(padded))


def test_frame_count_is_exact_for_whole_keyframes():
    assert 4480 / 16000 * 25 > 7  # the float form overshoots
    assert frame_count(4480, 16000, 25.0) == 7
    for n in range(0, 64000, 37):
        assert frame_count(n, 16000, 25.0) == -(-n // 640)
        assert frame_count(n, 16000, 100.0) == -(-n // 160)


def test_dataset_keeps_every_utterance_aligned_at_whole_keyframe_lengths():
    """Utterances whose length is a whole number of keyframes (7 = 4480 samples, where the float
    frame count overshoots) must not shift the features of later utterances."""
    logmel = LogMel(FeatureConfig())
    utts = []
    for i, keys in enumerate((7, 14, 9, 28, 55)):
        u = toy_utterance(i)
        utts.append(ToyUtterance(u.audio[: 640 * keys], u.phones, voice=u.voice))
    data = build_dataset(utts, FeatureConfig(), 2, progress=False)
    for i, utt in enumerate(utts):
        f, a, v = data.item(i)
        assert len(v) == len(utt.audio) // 640 + 2
        assert np.array_equal(f, features_for(utt.audio, logmel, 2))


def test_dataset_refuses_rows_that_disagree():
    with pytest.raises(ValueError, match="disagree"):
        Dataset(
            features=np.zeros((4 * 10 - 4, 80), np.float32),
            arkit=np.zeros((10, 52), np.float32),
            visemes=np.zeros(10, np.int64),
            key_offsets=np.array([0, 10]),
            voices=["a"],
        )


def test_dataset_cache_roundtrip_and_key(tmp_path):
    utts = [toy_utterance(i) for i in range(3)]
    first = build_dataset(utts, FeatureConfig(), 2, tmp_path, progress=False)
    cached = dataset_file(tmp_path, corpus_hash(utts, FeatureConfig(), 2))
    assert list(tmp_path.glob("dataset-*.npz")) == [cached]
    second = build_dataset(utts, FeatureConfig(), 2, tmp_path, progress=False)
    for loaded in (second, load_dataset(cached)):
        assert np.array_equal(first.features, loaded.features)
        assert np.array_equal(first.visemes, loaded.visemes)
        assert first.voices == loaded.voices
    f, a, v = first.item(1)
    assert len(f) == 4 * len(v) and len(a) == len(v)
    assert corpus_hash(utts, FeatureConfig(), 2) != corpus_hash(utts[:2], FeatureConfig(), 2)
    assert corpus_hash(utts, FeatureConfig(), 2) != corpus_hash(utts, FeatureConfig(), 1)
    mask = driven_channels(first)
    assert mask[MOUTH_CLOSE_INDEX] == 1.0 and mask[0] == 0.0  # eyeBlinkLeft never labelled


def test_channel_dataset_keeps_labels_and_takes_the_clean_teacher_rows(tmp_path):
    from functools import partial

    from spatius_motion.training.corpus import Utterance
    from spatius_motion.training.pipeline import channel_dataset

    utts = [
        Utterance(audio=t.audio, phones=t.phones, voice=f"v:{i}", engine="t", text="", style="")
        for i, t in enumerate(toy_utterance(i) for i in range(6))
    ]
    build = partial(build_dataset, feature=FeatureConfig(), lookahead=2, cache_dir=tmp_path, progress=False)
    clean = build(utts, key="k")
    clean = replace(clean, teacher=np.full((len(clean.visemes), 67), 0.5, np.float16))
    heard = channel_dataset(utts, 1.0, build, "k", clean=clean)
    assert (tmp_path / "dataset-k-channel1.npz").exists()
    assert np.array_equal(heard.visemes, clean.visemes) and np.array_equal(heard.arkit, clean.arkit)
    assert np.array_equal(heard.key_offsets, clean.key_offsets)
    assert not np.array_equal(heard.features, clean.features)  # every utterance went through a channel
    assert heard.teacher is clean.teacher
    assert channel_dataset(utts, 1.0, build, "k").teacher is None  # cached, no teacher given


def test_dataset_holds_keyframe_phones_through_cache_and_subset(tmp_path):
    utts = [toy_utterance(i) for i in range(3)]
    first = build_dataset(utts, FeatureConfig(), 2, tmp_path, progress=False)
    cached = build_dataset(utts, FeatureConfig(), 2, tmp_path, progress=False)
    assert np.array_equal(first.phones, cached.phones)
    for i in range(len(utts)):
        _, _, v = first.item(i)
        phones = first.phones_of(i)
        assert len(phones) == len(v)
        names = {ARPABET[k] for k in phones[:-2]}  # the lookahead padding is silence
        assert names == {"SIL", "AA", "M"}
        assert np.array_equal(phones[:-2] == ARPABET.index("M"), v[:-2] == PP_INDEX)
    part = first.subset([2, 0])
    assert np.array_equal(part.phones_of(0), first.phones_of(2))
    assert np.array_equal(part.phones_of(1), first.phones_of(0))
    with pytest.raises(ValueError, match="disagree"):
        replace(first, phones=first.phones[:-1])
    with pytest.raises(ValueError, match="no phone labels"):
        replace(first, phones=None).phones_of(0)


def toy_batch(keys: int = 12) -> tuple[torch.Tensor, ...]:
    """(features [2, 4K, 80] of noise, silent targets, all-SIL visemes, a full mask), seeded:
    torch's generator is seeded here, so a model built after it starts the same each time."""
    torch.manual_seed(0)
    feats = torch.randn(2, 4 * keys, 80)
    return feats, torch.zeros(2, keys, 52), torch.zeros(2, keys, dtype=torch.long), torch.ones(2, keys)


def test_phone_head_adds_a_loss_term_that_trains_the_shared_features():
    feats, arkit, vis, mask = toy_batch()
    model = MotionNet(replace(SMALL, phone_classes=len(ARPABET)))
    phones = torch.full(vis.shape, ARPABET.index("AA"))
    plain = losses(model, feats, arkit, vis, mask, TrainConfig(), phones)
    assert "phone_ce" not in plain
    config = TrainConfig(phone_weight=0.5)
    terms = losses(model, feats, arkit, vis, mask, config, phones)
    assert torch.isclose(terms["total"], plain["total"] + 0.5 * terms["phone_ce"])
    terms["phone_ce"].backward()
    assert model.phone_head.weight.grad.abs().sum() > 0
    assert model.stack.weight.grad.abs().sum() > 0  # it shapes what the other heads read
    assert model.arkit_head.weight.grad is None
    with pytest.raises(ValueError, match="phone head"):
        losses(MotionNet(SMALL), feats, arkit, vis, mask, config, phones)


def test_jaw_correlation_loss_reads_the_rise_and_fall_within_each_crop():
    t = torch.linspace(0.0, 6.0, 40)
    target = torch.stack([0.3 + 0.2 * torch.sin(t), torch.full((40,), 0.1)])
    mask = torch.ones(2, 40)
    affine = torch.stack([0.1 + 0.5 * target[0], torch.rand(40)])  # level and scale ignored
    assert jaw_correlation_loss(affine, target, mask) < 1e-3  # the flat crop weighs nothing
    assert torch.isclose(jaw_correlation_loss(1.0 - target, target, mask), torch.tensor(2.0))
    padded = torch.cat([affine, torch.rand(2, 10)], dim=1)
    pad_mask = torch.cat([mask, torch.zeros(2, 10)], dim=1)
    pad_target = torch.cat([target, torch.zeros(2, 10)], dim=1)
    assert jaw_correlation_loss(padded, pad_target, pad_mask) < 1e-3  # padding is not scored


def test_closure_window_loss_accepts_a_closure_one_keyframe_off_and_no_further():
    target = torch.zeros(1, 10)
    target[0, 4] = 0.8  # one bilabial keyframe
    mask = torch.ones(1, 10)
    low, high = -6.0, 6.0
    on_time = torch.full((1, 10), low)
    on_time[0, 4] = high
    late = torch.roll(on_time, 1, dims=1)  # closed at keyframe 5: within the reach
    later = torch.roll(on_time, 2, dims=1)  # closed at keyframe 6: outside it
    assert closure_window_loss(on_time, target, mask) < 0.01
    assert torch.isclose(closure_window_loss(late, target, mask), closure_window_loss(on_time, target, mask))
    assert closure_window_loss(later, target, mask) > 5.0
    never = torch.full((1, 10), low)
    assert closure_window_loss(never, torch.zeros(1, 10), mask) == 0.0  # no bilabial, no term
    padding = mask.clone()
    padding[0, 5] = 0.0  # a padded keyframe lends no logit
    assert closure_window_loss(late, target, padding) > 5.0


def test_closure_window_term_adds_to_the_total_and_trains_the_closure_head():
    model, (feats, arkit, vis, mask) = MotionNet(SMALL), toy_batch()
    vis[:, 3:5] = PP_INDEX
    plain = losses(model, feats, arkit, vis, mask, TrainConfig())
    assert "closure_window" not in plain
    terms = losses(model, feats, arkit, vis, mask, TrainConfig(closure_window_weight=2.0))
    assert terms["closure_window"] > 0
    assert torch.isclose(terms["total"], plain["total"] + 2.0 * terms["closure_window"])
    terms["closure_window"].backward()
    assert model.closure_head[-1].weight.grad.abs().sum() > 0


def toy_train_config(**options) -> TrainConfig:
    """A 40-step training run on toy utterances, with ``options`` on top."""
    return TrainConfig(
        steps=40,
        batch=8,
        crop_keyframes=30,
        val_every=40,
        lr=1e-2,
        val_fraction=0.2,
        augment=False,
        threads=1,
        **options,
    )


def test_training_with_phone_weight_learns_the_phones(tmp_path):
    utts = [toy_utterance(i) for i in range(12)]
    data = build_dataset(utts, FeatureConfig(), SMALL.lookahead_keyframes, progress=False)
    config = toy_train_config(phone_weight=1.0)
    train(data, tmp_path, model_config=SMALL, train_config=config, progress=False)
    ckpt = torch.load(tmp_path / "last.pt", weights_only=False)
    assert ckpt["model_config"]["phone_classes"] == len(ARPABET)
    history = ckpt["history"]
    assert history[-1]["phone_ce"] < np.log(len(ARPABET)) / 2  # three phones of 40 are learnt
    with pytest.raises(ValueError, match="phone labels"):
        train(replace(data, phones=None), tmp_path / "none", model_config=SMALL, train_config=config, progress=False)


def test_losses_score_output_t_against_label_t_minus_lookahead():
    model, (feats, arkit, vis, mask) = MotionNet(SMALL), toy_batch()
    keys = vis.shape[1]
    base = losses(model, feats, arkit, vis, mask, TrainConfig())
    # changing a label that only an unscored output (index < L) would see changes nothing...
    vis_late = vis.clone()
    vis_late[:, keys - 1] = PP_INDEX  # label K-1 is scored by output K-1+L, beyond the crop
    late = losses(model, feats, arkit, vis_late, mask, TrainConfig())
    assert torch.isclose(late["ce"], base["ce"])
    vis_early = vis.clone()
    vis_early[:, 0] = PP_INDEX  # label 0 is scored by output L
    early = losses(model, feats, arkit, vis_early, mask, TrainConfig())
    assert not torch.isclose(early["ce"], base["ce"])
    assert early["bce"] > base["bce"]  # a bilabial frame adds a weighted closure positive


def test_training_learns_and_resumes(tmp_path):
    utts = [toy_utterance(i) for i in range(12)]
    data = build_dataset(utts, FeatureConfig(), SMALL.lookahead_keyframes, progress=False)
    config = TrainConfig(
        steps=60, batch=8, crop_keyframes=30, val_every=30, lr=1e-2, val_fraction=0.2, augment=False, threads=1
    )
    best = train(data, tmp_path, model_config=SMALL, train_config=config, progress=False)
    ckpt = torch.load(tmp_path / "last.pt", weights_only=False)
    assert ckpt["step"] == 60 and best.exists()
    history = ckpt["history"]
    assert history[-1]["viseme_acc"] > 0.6  # sil / aa / PP from audio: chance is ~0.4
    assert history[-1]["total"] < history[0]["total"] * 1.5
    resumed = TrainConfig(**{**config.__dict__, "steps": 70})
    train(data, tmp_path, model_config=SMALL, train_config=resumed, progress=False)
    ckpt = torch.load(tmp_path / "last.pt", weights_only=False)
    assert ckpt["step"] == 70
    assert [h["step"] for h in ckpt["history"]] == [30, 60, 70]


def test_weight_average_follows_the_model_and_is_what_training_scores_and_keeps(tmp_path):
    model, average = MotionNet(SMALL), MotionNet(SMALL)
    before = [a.detach().clone() for a in average.parameters()]
    update_average(average, model, 0.999, step=0)  # the ramp: decay 0.1 at step 0
    for a, b, p in zip(average.parameters(), before, model.parameters()):
        assert torch.allclose(a, 0.1 * b + 0.9 * p, atol=1e-6)
    for step in range(1, 400):
        update_average(average, model, 0.9, step)
    assert all(torch.allclose(a, p, atol=1e-5) for a, p in zip(average.parameters(), model.parameters()))

    utts = [toy_utterance(i) for i in range(12)]
    data = build_dataset(utts, FeatureConfig(), SMALL.lookahead_keyframes, progress=False)
    config = toy_train_config(ema_decay=0.95)
    best = train(data, tmp_path, model_config=SMALL, train_config=config, progress=False)
    last = torch.load(tmp_path / "last.pt", weights_only=False)
    kept = torch.load(best, weights_only=False)

    def same(a: dict, b: dict) -> list[bool]:
        return [torch.equal(a[k], b[k]) for k in a]

    assert not all(same(last["average"], last["model"]))
    assert kept["step"] == 40  # the only validation, so the best one
    assert all(same(kept["model"], last["average"]))
    # Resume restores the average: zero it in last.pt, and one more step (decay ramped to
    # 41/50 = 0.82) leaves it at 0.18 x the weights, where a recopied average would equal them.
    last["average"] = {k: torch.zeros_like(v) for k, v in last["average"].items()}
    torch.save(last, tmp_path / "last.pt")
    resumed = TrainConfig(**{**config.__dict__, "steps": 41})
    train(data, tmp_path, model_config=SMALL, train_config=resumed, progress=False)
    again = torch.load(tmp_path / "last.pt", weights_only=False)
    params = [name for name, _ in MotionNet(SMALL).named_parameters()]
    assert again["step"] == 41
    assert all(torch.allclose(again["average"][k], 0.18 * again["model"][k], atol=1e-6) for k in params)


def test_validate_reports_closure_f1_of_a_closing_model(tmp_path):
    utts = [toy_utterance(i) for i in range(4)]
    data = build_dataset(utts, FeatureConfig(), SMALL.lookahead_keyframes, progress=False)
    model = MotionNet(SMALL)
    with torch.no_grad():
        model.closure_head[2].bias.fill_(-20.0)  # never closes
    metrics = validate(model, data, TrainConfig())
    assert metrics["closure_f1"] == 0.0
    assert 0.0 <= metrics["viseme_acc"] <= 1.0


def _closed_at_vowel_centres(model: MotionNet, data) -> bool:
    lookahead = model.config.lookahead_keyframes
    with torch.no_grad():
        for i in range(len(data)):
            f, _, v = data.item(i)
            arkit, _, _ = model(torch.from_numpy(f)[None], model.initial_state(1))
            closed = arkit[0, lookahead:, MOUTH_CLOSE_INDEX].numpy() > 0.5
            aa = v[: len(closed)] == VISEME_NAMES.index("aa")
            centres = [(a + b) // 2 for a, b in _runs(aa) if b - a >= 3]
            if closed[centres].any():
                return True
    return False


def test_closure_calibration_removes_false_closures():
    utts = [toy_utterance(i) for i in range(6)]
    data = build_dataset(utts, FeatureConfig(), SMALL.lookahead_keyframes, progress=False)
    model = MotionNet(SMALL)
    with torch.no_grad():
        model.closure_head[2].bias.fill_(3.0)  # closes everywhere
    assert _closed_at_vowel_centres(model, data)
    shift = calibrate_closure(model, data, max_false_rate=0.0)
    assert shift < 0.0
    assert not _closed_at_vowel_centres(model, data)


def _tone_logmel(hz: float) -> np.ndarray:
    t = np.arange(16000) / 16000
    return LogMel(FeatureConfig()).full((0.3 * np.sin(2 * np.pi * hz * t)).astype(np.float32))


def test_vocal_tract_warp_scales_frequencies():
    data = build_dataset([toy_utterance(0)], FeatureConfig(), 2)
    batcher = Batcher(data, TrainConfig(), FeatureConfig(), seed=0)
    tone = _tone_logmel(1000.0)[10:]
    assert np.array_equal(batcher._warp(tone, 1.0), tone)
    peak_hz = batcher.centres_hz[batcher._warp(tone, 1.15).mean(axis=0).argmax()]
    expected_hz = batcher.centres_hz[_tone_logmel(1150.0)[10:].mean(axis=0).argmax()]
    assert abs(peak_hz - expected_hz) < 40.0


def test_masks_replace_bounded_bands_and_spans_with_the_crop_mean():
    data = build_dataset([toy_utterance(0)], FeatureConfig(), 2)
    config = TrainConfig(freq_masks=1, freq_mask_bins=8, time_masks=1, time_mask_frames=5)
    batcher = Batcher(data, config, FeatureConfig(), seed=3)
    feats = np.random.default_rng(0).normal(size=(200, 80)).astype(np.float32)
    for _ in range(20):
        masked = batcher._mask(feats)
        changed = masked != feats
        rows, cols = changed.all(axis=1).sum(), changed.all(axis=0).sum()
        assert rows <= 5 and cols <= 8
        assert np.allclose(masked[changed], np.broadcast_to(feats.mean(axis=0), feats.shape)[changed])


def _stream_norm(seconds: float = 2.0, prior: float = 12.0) -> StreamNorm:
    return StreamNorm(n_mels=8, frames_per_keyframe=4, seconds=seconds, prior_keyframes=prior)


def test_stream_norm_removes_a_stationary_channel_offset():
    """A constant per-bin offset (gain, EQ, microphone) fades from the normalised frames."""
    torch.manual_seed(0)
    norm = _stream_norm()
    x = torch.randn(1, 4 * 400, 8) + 1.0  # 16 s of speech-level frames
    offset = torch.linspace(-1.5, 1.5, 8)
    state = torch.zeros(1, norm.state_size)
    plain, _ = norm(x, state)
    shifted, _ = norm(x + offset, state)
    gap = (shifted - plain).abs().reshape(400, 4, 8).amax(dim=(1, 2))
    assert gap[0] > 1.0  # a new stream starts from the training-set mean
    assert gap[-1] < 0.05 * gap[0]  # ... and has learnt its own channel within seconds


def test_stream_norm_chunks_equal_one_call_and_zero_state_starts_at_the_prior():
    torch.manual_seed(1)
    norm = _stream_norm()
    x = torch.randn(2, 4 * 30, 8)
    whole, state_whole = norm(x, torch.zeros(2, norm.state_size))
    state, parts = torch.zeros(2, norm.state_size), []
    for k in range(0, 30, 7):  # chunks of 7 keyframes, the last one shorter
        out, state = norm(x[:, 4 * k : 4 * min(30, k + 7)], state)
        parts.append(out)
    assert torch.allclose(torch.cat(parts, dim=1), whole, atol=1e-5)
    assert torch.allclose(state, state_whole, atol=1e-4)
    first = x[:, :4]
    mean = first.mean(dim=1)
    weight = torch.sigmoid(2.0 * mean.mean(dim=1, keepdim=True))
    expected = first - (weight * mean / (weight + 12.0 * norm.decay))[:, None, :]
    assert torch.allclose(whole[:, :4], expected, atol=1e-6)


def test_stream_norm_state_is_part_of_the_model_state():
    plain = MotionNet(replace(SMALL, stream_norm_seconds=0.0))
    normed = MotionNet(replace(SMALL, stream_norm_seconds=2.0))
    assert normed.state_size == plain.state_size + SMALL.n_mels + 2
    feats = torch.randn(1, 4 * 6, SMALL.n_mels)
    with torch.no_grad():
        _, _, state = normed(feats, normed.initial_state(1))
    assert state[0, -2] > 0 and state[0, -1] > 0  # speech weight, faded prior


def test_voice_summary_gives_hours_and_distinct_voices_per_engine():
    from spatius_motion.training.pipeline import voice_summary

    voices = ["festival:kal_diphone", "festival:lp_diphone", "festival:kal_diphone", "flite:awb"]
    offsets = np.array([0, 90000, 180000, 225000, 315000])  # keyframes: 1 h, 1 h, 0.5 h, 1 h
    assert voice_summary(voices, offsets) == "festival 2.50 h (2 voices), flite 1.00 h (1 voice)"


def test_relabel_takes_aligned_phones_where_alignment_succeeded(monkeypatch, tmp_path):
    from spatius_motion.training import align
    from spatius_motion.training.corpus import Utterance
    from spatius_motion.training.pipeline import relabel

    audio = np.zeros(1600, np.float32)
    engine = [("SIL", 0.0, 0.05), ("AA", 0.05, 0.1)]
    aligned = [("SIL", 0.0, 0.02), ("AH", 0.02, 0.1)]
    utts = [Utterance(audio=audio, phones=engine, voice="t:a", engine="t", text="a")] * 2
    monkeypatch.setattr(align, "align_corpus", lambda *args: [aligned, None])
    out = relabel(utts, tmp_path, tmp_path)
    assert out[0].phones == aligned and out[1] is utts[1]
    monkeypatch.setattr(align, "align_corpus", lambda *args: [aligned])
    with pytest.raises(ValueError, match="1 alignments for 2 utterances"):
        relabel(utts, tmp_path, tmp_path)


def test_utterances_of_engines_without_timing_need_forced_alignment(monkeypatch, tmp_path):
    from spatius_motion.training import align
    from spatius_motion.training.corpus import Utterance
    from spatius_motion.training.corpus.builder import UNTIMED_ENGINES
    from spatius_motion.training.pipeline import relabel, timed_only

    untimed = sorted(UNTIMED_ENGINES)[0]
    audio = np.zeros(1600, np.float32)
    silent = [("SIL", 0.0, 0.1)]
    aligned = [("SIL", 0.0, 0.02), ("AH", 0.02, 0.1)]
    utts = [
        Utterance(audio=audio, phones=silent, voice=f"{untimed}:a", engine=untimed, text="a"),
        Utterance(audio=audio, phones=silent, voice=f"{untimed}:b", engine=untimed, text="a"),
        Utterance(audio=audio, phones=silent, voice="t:a", engine="t", text="a"),
    ]
    monkeypatch.setattr(align, "align_corpus", lambda *args: [aligned, None, None])
    out = relabel(utts, tmp_path, tmp_path)
    assert [u.voice for u in out] == [f"{untimed}:a", "t:a"] and out[0].phones == aligned
    assert timed_only(utts) == [utts[2]]


def test_pipeline_needs_at_least_one_member(capsys):
    from spatius_motion.training.pipeline import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--members", "0"])
    assert exit_info.value.code == 2 and "--members must be at least 1" in capsys.readouterr().err


def test_members_trained_at_once_equal_members_trained_in_turn(tmp_path):
    """``--jobs 2`` runs each member in its own process on the cached dataset: the same steps
    from the same seed as training in this process, so the same weights."""
    from spatius_motion.training.pipeline import train_members

    utts = [toy_utterance(i) for i in range(12)]
    key = corpus_hash(utts, FeatureConfig(), SMALL.lookahead_keyframes)
    data = build_dataset(utts, FeatureConfig(), SMALL.lookahead_keyframes, tmp_path / "cache", key=key, progress=False)
    config = TrainConfig(steps=12, batch=4, crop_keyframes=30, val_every=6, val_fraction=0.2, threads=1)
    runs = {
        jobs: [(tmp_path / f"jobs{jobs}" / f"member-{k}", replace(config, seed=k)) for k in range(2)] for jobs in (1, 2)
    }
    bests = {
        jobs: train_members(data, (tmp_path / "cache", key), runs[jobs], SMALL, FeatureConfig(), jobs)
        for jobs in (1, 2)
    }
    for k in range(2):
        in_turn, at_once = (torch.load(bests[jobs][k], weights_only=False) for jobs in (1, 2))
        assert bests[2][k].parent == runs[2][k][0] and at_once["step"] == in_turn["step"]
        assert in_turn["train_config"]["seed"] == k
        for name, weight in in_turn["model"].items():
            assert torch.allclose(weight, at_once["model"][name], atol=1e-5), name
    first, second = (torch.load(b, weights_only=False)["model"] for b in bests[2])
    assert not torch.equal(first["stack.weight"], second["stack.weight"])  # seeds differ


def test_a_member_worker_ends_with_its_pipeline(tmp_path):
    """A worker of ``train_members`` exits when the pipeline process is killed, instead of
    training on, orphaned, into the member's directory."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = tmp_path / "parent.py"
    script.write_text(
        "import multiprocessing, os, sys, threading\n"
        "from spatius_motion.training.pipeline import _exit_with_parent\n"
        "def child(poll_s):\n"
        "    _exit_with_parent(poll_s)\n"
        "    print(os.getpid(), flush=True)\n"
        "    threading.Event().wait()\n"
        "if __name__ == '__main__':\n"
        "    p = multiprocessing.get_context('spawn').Process(target=child, args=(0.05,))\n"
        "    p.start()\n"
        "    p.join()\n"
    )
    root = Path(__file__).resolve().parents[2]
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(root)}
    )
    child = int(parent.stdout.readline())
    parent.send_signal(signal.SIGKILL)
    parent.wait()

    def alive(pid: int) -> bool:
        try:
            return " Z " not in Path(f"/proc/{pid}/stat").read_text().split(")", 1)[1][:3]
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 20.0
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(child)
