"""Trains MotionNet on CPU from utterances (16 kHz audio + timed ARPAbet phones).

Features come from ``workers.features.LogMel(...).full`` on each utterance's audio followed by
``lookahead`` keyframes of zero audio (what the server feeds at a request's end), so training
and serving see identical frames. Targets come from ``training.labels`` at 25 fps. Both are
cached in one ``.npz`` keyed by a hash of the corpus, feature config and lookahead.

Losses, per keyframe, on targets shifted by the lookahead (output ``t`` vs label ``t - L``):
cross-entropy on the 15 visemes; mean squared error on the driven ARKit channels (squared,
not absolute, error: an L1 loss drives sparse channels such as mouthClose to their median,
zero); a weighted binary cross-entropy on the closure head against bilabial (/p b m/)
closure, whose positives are rare and short; with ``phone_weight`` > 0, cross-entropy of a
training-only head on the 40 ARPAbet phones (``training.labels.phone_ids``), a finer target
than the visemes, which merge phones that sound apart and open the jaw differently in
context; with ``closure_window_weight`` > 0, a closure term that accepts the closure anywhere
within a keyframe of each bilabial (``closure_window_loss``). Checkpoints (``last.pt``,
``best.pt``) hold the model, optimiser and step, so a run resumes where it stopped.

Size (over ~400 lines): the training step, its losses and the loop with checkpoints and
parallel members share one config and must change together.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol, Sequence

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from spatius_motion.training.corpus.phones import ARPABET
from spatius_motion.training.distill import TEACHER_COLUMNS, distill_losses
from spatius_motion.training.labels import CLOSURE_MARGIN_S, phone_ids
from spatius_motion.training.model import MOUTH_CLOSE_INDEX, ModelConfig, MotionNet
from spatius_motion.workers.features import FeatureConfig, LogMel, mel_filterbank
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ
from spatius_motion.workers.vocabulary import ARKIT_INDEX, VISEME_NAMES

PP_INDEX = VISEME_NAMES.index("PP")
JAW_OPEN_INDEX = ARKIT_INDEX["jawOpen"]
CACHE_VERSION = "3"
CLOSURE_REACH_KEYFRAMES = round(CLOSURE_MARGIN_S * KEYFRAME_RATE_HZ)
"""Keyframes either side of a bilabial keyframe that may hold its closure in
``closure_window_loss`` (1: the evaluation's 40 ms margin)."""


class UtteranceLike(Protocol):
    """What training needs of a corpus item (``training.corpus.utterance.Utterance`` fits)."""

    audio: np.ndarray
    phones: list
    voice: str
    text: str

    def labels(self, frame_rate_hz: float = ...) -> tuple[np.ndarray, np.ndarray]: ...


@dataclass
class TrainConfig:
    """Optimisation settings; ``steps`` is the total, so a resumed run stops at the same point."""

    steps: int = 6000
    max_minutes: float = 0.0
    """Wall-clock budget of the whole run (0 = none); the learning-rate schedule follows
    whichever of steps and time is further along, so a slow machine still anneals and stops."""
    batch: int = 24
    crop_keyframes: int = 100
    lr: float = 2e-3
    weight_decay: float = 1e-4
    arkit_weight: float = 20.0
    jaw_weight: float = 3.0
    closure_weight: float = 1.0
    closure_pos_weight: float = 4.0
    val_fraction: float = 0.04
    val_every: int = 250
    seed: int = 0
    threads: int = 2
    augment: bool = True
    warp_max: float = 0.2
    """Vocal-tract-length warp: each crop's mel axis is resampled as if every frequency were
    scaled by a factor drawn from [1 - warp_max, 1 + warp_max] (speaker variation)."""
    freq_masks: int = 2
    """Frequency bands (up to ``freq_mask_bins`` mel bins each) set to the crop's mean per crop."""
    freq_mask_bins: int = 8
    time_masks: int = 2
    """Time spans (up to ``time_mask_frames`` 10 ms frames each) set to the crop's mean per crop."""
    time_mask_frames: int = 5
    labels: str = "engine"
    """Phone timing of the targets: ``engine`` (each TTS engine's own) or ``aligned`` (forced
    alignment, ``training.align.align_corpus``). The pipeline relabels the corpus; the field
    records the choice in checkpoints and model cards."""
    phone_weight: float = 0.0
    """Weight of the phone head's cross-entropy (0 = the network has no phone head)."""
    jaw_corr_weight: float = 0.0
    """Weight of ``1 - r``, the Pearson r of jawOpen against its target within each crop,
    averaged over crops weighted by the target's spread (0 = off). Unlike the squared error it
    ignores the crop's level and scale, so it rewards following the jaw's rise and fall."""
    ema_decay: float = 0.0
    """Per-step decay of an exponential moving average of the weights (0 = off). With it on,
    validation, ``best.pt`` and so the export use the average; 0.999 spans about 1,000 steps."""
    closure_window_weight: float = 0.0
    """Weight of ``closure_window_loss``, a closure term that does not fix the closure's exact
    keyframe (0 = off): the per-keyframe BCE asks the lips to close on the labeller's keyframes,
    which move by a keyframe between speakers, speaking rates and labellers; this term asks only
    that they close within one keyframe of each bilabial, what ``closure_hit`` scores."""
    distill_weight: float = 0.0
    """Weight of the soft-target terms against a teacher model's outputs
    (``training.distill.distill_losses``) beside the labelled terms (0 = no teacher)."""
    teacher: str = ""
    """The teacher model file whose outputs the dataset's ``teacher`` rows hold (recorded in
    checkpoints and cards)."""
    init: str = ""
    """A contract file (``FILE`` or ``FILE#m1/`` for an ensemble's member) whose network's
    weights start a new run (``training.importer``) instead of a random initialisation."""


@dataclass
class Dataset:
    """Concatenated per-utterance arrays with offsets (``features`` rows are 10 ms frames)."""

    features: np.ndarray  # [sum 4K_i, n_mels] float32
    arkit: np.ndarray  # [sum K_i, 52] float32
    visemes: np.ndarray  # [sum K_i] int64
    key_offsets: np.ndarray  # [N + 1] keyframe offsets
    voices: list[str]
    phones: np.ndarray | None = None  # [sum K_i] int64 ARPAbet ids, or None when not built
    teacher: np.ndarray | None = None  # [sum K_i, 67] float16 teacher outputs (training.distill)

    def __post_init__(self) -> None:
        # item(i) slices features by 4 x keyframe offsets: one short utterance would shift the
        # audio of every later utterance against its labels
        if (
            len(self.features) != 4 * int(self.key_offsets[-1])
            or len(self.visemes) != int(self.key_offsets[-1])
            or len(self.arkit) != len(self.visemes)
            or (self.phones is not None and len(self.phones) != len(self.visemes))
            or (self.teacher is not None and len(self.teacher) != len(self.visemes))
        ):
            raise ValueError(
                f"dataset rows disagree: {len(self.features)} frames, "
                f"{len(self.visemes)} visemes, {int(self.key_offsets[-1])} keyframes"
                + ("" if self.phones is None else f", {len(self.phones)} phones")
            )

    def __len__(self) -> int:
        return len(self.key_offsets) - 1

    def item(self, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(features [4K, n_mels], arkit [K, 52], visemes [K]) of utterance ``i``."""
        a, b = int(self.key_offsets[i]), int(self.key_offsets[i + 1])
        return self.features[4 * a : 4 * b], self.arkit[a:b], self.visemes[a:b]

    def phones_of(self, i: int) -> np.ndarray:
        """ARPAbet ids [K] of utterance ``i``'s keyframes (the dataset must hold phones)."""
        if self.phones is None:
            raise ValueError("this dataset holds no phone labels")
        return self.phones[int(self.key_offsets[i]) : int(self.key_offsets[i + 1])]

    def subset(self, indices: Sequence[int]) -> "Dataset":
        parts = [self.item(i) for i in indices]
        lengths = [len(p[2]) for p in parts]
        return Dataset(
            features=np.concatenate([p[0] for p in parts]),
            arkit=np.concatenate([p[1] for p in parts]),
            visemes=np.concatenate([p[2] for p in parts]),
            key_offsets=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
            voices=[self.voices[i] for i in indices],
            phones=(None if self.phones is None else np.concatenate([self.phones_of(i) for i in indices])),
            teacher=(None if self.teacher is None else np.concatenate([self.teacher_of(i) for i in indices])),
        )

    def teacher_of(self, i: int) -> np.ndarray:
        """Teacher rows [K, 67] of utterance ``i`` (the dataset must hold them)."""
        if self.teacher is None:
            raise ValueError("this dataset holds no teacher outputs")
        return self.teacher[int(self.key_offsets[i]) : int(self.key_offsets[i + 1])]


def corpus_hash(utterances: Sequence[UtteranceLike], feature: FeatureConfig, lookahead: int) -> str:
    """Identifies a corpus + front end: audio bytes, phones, feature config and lookahead."""
    digest = hashlib.sha256()
    digest.update(f"{CACHE_VERSION}|{feature.to_json()}|{lookahead}".encode())
    for utt in utterances:
        digest.update(np.ascontiguousarray(utt.audio, dtype=np.float32).tobytes())
        digest.update(json.dumps([utt.voice, utt.text, list(map(list, utt.phones))]).encode())
    return digest.hexdigest()[:16]


def features_for(audio: np.ndarray, logmel: LogMel, lookahead: int, keys: int | None = None) -> np.ndarray:
    """Log-mel [4 * (keys + lookahead), n_mels] of the audio padded with zeros to ``keys``
    keyframes (default: the fewest that hold it) plus ``lookahead`` keyframes."""
    samples_per_key = logmel.config.hop_samples * 4
    keys = -(-len(audio) // samples_per_key) if keys is None else keys
    if keys * samples_per_key < len(audio):
        raise ValueError(f"{keys} keyframes cannot hold {len(audio)} samples")
    padded = np.zeros((keys + lookahead) * samples_per_key, dtype=np.float32)
    padded[: len(audio)] = audio
    return logmel.full(padded)


def dataset_file(cache_dir: str | Path, key: str) -> Path:
    """Where ``build_dataset`` caches the dataset of corpus hash ``key``."""
    return Path(cache_dir) / f"dataset-{key}.npz"


def load_dataset(path: str | Path) -> Dataset:
    """A dataset ``build_dataset`` cached at ``path``."""
    with np.load(path, allow_pickle=False) as data:
        return Dataset(
            features=data["features"],
            arkit=data["arkit"],
            visemes=data["visemes"],
            key_offsets=data["key_offsets"],
            voices=list(data["voices"]),
            phones=data["phones"],
        )


def build_dataset(
    utterances: Iterable[UtteranceLike],
    feature: FeatureConfig,
    lookahead: int,
    cache_dir: str | Path | None = None,
    *,
    key: str | None = None,
    progress: bool = True,
    transform: Callable[[int, Any], Any] | None = None,
) -> Dataset:
    """Features and labels of every utterance, read from ``dataset_file(cache_dir, key)``
    when present and written there otherwise.

    ``transform(index, utterance)`` replaces each utterance before its features are computed
    (e.g. a channel, ``corpus.channel.maybe_transmit``); it must keep the audio's length, and
    ``key`` must then name it, since the corpus hash is of the utterances given."""
    utterances = list(utterances)
    key = key or corpus_hash(utterances, feature, lookahead)
    path = dataset_file(cache_dir, key) if cache_dir else None
    if path is not None and path.exists():
        return load_dataset(path)
    logmel = LogMel(feature)
    feats, arkits, visemes, phones, lengths, voices = [], [], [], [], [], []
    for index, utt in enumerate(tqdm(utterances, desc="features", disable=not progress, unit="utt")):
        utt = transform(index, utt) if transform is not None else utt
        arkit, vis = utt.labels(KEYFRAME_RATE_HZ)
        keys = len(vis)
        frames = features_for(utt.audio, logmel, lookahead, keys)
        if frames.shape[0] != 4 * (keys + lookahead):
            raise ValueError(f"{utt.voice}: {frames.shape[0]} feature frames for {keys} keyframes")
        pad = np.zeros((lookahead, arkit.shape[1]), np.float32)
        feats.append(frames.astype(np.float32))
        arkits.append(np.concatenate([arkit.astype(np.float32), pad]))
        visemes.append(np.concatenate([vis.astype(np.int64), np.zeros(lookahead, np.int64)]))
        phones.append(np.concatenate([phone_ids(utt.phones, keys, KEYFRAME_RATE_HZ), np.zeros(lookahead, np.int64)]))
        lengths.append(keys + lookahead)
        voices.append(utt.voice)
    dataset = Dataset(
        features=np.concatenate(feats),
        arkit=np.concatenate(arkits),
        visemes=np.concatenate(visemes),
        key_offsets=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
        voices=voices,
        phones=np.concatenate(phones),
    )
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(
            tmp,
            features=dataset.features,
            arkit=dataset.arkit,
            visemes=dataset.visemes,
            key_offsets=dataset.key_offsets,
            voices=np.array(voices),
            phones=dataset.phones,
        )
        tmp.replace(path)
    return dataset


def driven_channels(dataset: Dataset) -> tuple[float, ...]:
    """1.0 for every ARKit channel the labels ever set, 0.0 for channels always zero."""
    active = dataset.arkit.max(axis=0) > 1e-4
    active[MOUTH_CLOSE_INDEX] = True
    return tuple(float(a) for a in active)


class Batcher:
    """Random crops of whole keyframes, padded to one length, with feature-domain augmentation.

    Augmentation acts on log-mel as the audio-domain effect would on the mel power: gain adds
    a constant, a smooth random EQ adds a smooth curve over mel bins, additive stationary noise
    is ``log(exp(x) + noise)``, and a vocal-tract-length warp reads each bin at the mel position
    of its centre frequency divided by the warp factor (formants move as between speakers).
    SpecAugment-style masks then replace a few narrow frequency bands and short time spans with
    the crop's mean, so no single band or frame decides a label.
    """

    def __init__(self, dataset: Dataset, config: TrainConfig, feature: FeatureConfig, seed: int) -> None:
        self.data = dataset
        self.config = config
        self.rng = np.random.default_rng(seed)
        self.log_floor = math.log(feature.log_floor)
        self.lengths = np.diff(dataset.key_offsets)
        filters = mel_filterbank(feature).astype(np.float64)
        bin_hz = np.linspace(0.0, feature.sample_rate_hz / 2.0, filters.shape[0])
        self.centres_hz = (bin_hz @ filters) / np.maximum(filters.sum(axis=0), 1e-12)
        """Centre of mass (Hz) of each mel filter, increasing with the bin index."""

    def _warp(self, feats: np.ndarray, factor: float) -> np.ndarray:
        """Log-mel [T, M] of the same sound with every frequency scaled by ``factor``."""
        n_mels = feats.shape[1]
        source = np.interp(self.centres_hz / factor, self.centres_hz, np.arange(n_mels, dtype=np.float64))
        lower = np.minimum(np.floor(source).astype(np.int64), n_mels - 2)
        frac = (source - lower).astype(np.float32)
        return feats[:, lower] * (1.0 - frac) + feats[:, lower + 1] * frac

    def _mask(self, feats: np.ndarray) -> np.ndarray:
        """Copy of log-mel [T, M] with random bands and spans set to the per-bin crop mean."""
        c, rng = self.config, self.rng
        out = feats.copy()
        mean = feats.mean(axis=0)
        n_frames, n_mels = feats.shape
        for _ in range(c.freq_masks):
            width = int(rng.integers(0, c.freq_mask_bins + 1))
            lo = int(rng.integers(0, n_mels - width + 1))
            out[:, lo : lo + width] = mean[lo : lo + width]
        for _ in range(c.time_masks):
            width = min(int(rng.integers(0, c.time_mask_frames + 1)), n_frames)
            lo = int(rng.integers(0, n_frames - width + 1))
            out[lo : lo + width] = mean
        return out

    def _augment(self, feats: np.ndarray) -> np.ndarray:
        rng, n_mels = self.rng, feats.shape[1]
        out = feats + rng.uniform(-2.0, 1.0)  # gain: -10..+5 dB in power
        basis = np.cos(np.pi * np.outer(np.arange(n_mels) / (n_mels - 1), np.arange(1, 4)))
        out = out + basis @ rng.normal(0.0, 0.35, 3)  # smooth EQ
        if rng.random() < 0.25:
            level = np.percentile(out, 90) - rng.uniform(2.5, 7.0)  # SNR-like margin (ln power)
            tilt = basis[:, 0] * rng.normal(0.0, 1.0)
            noise = np.exp(level + tilt)[None, :] * rng.uniform(0.5, 1.5, size=out.shape)
            out = np.log(np.exp(out) + noise)
        if self.config.warp_max > 0:
            out = self._warp(out, 1.0 + rng.uniform(-self.config.warp_max, self.config.warp_max))
        out = np.maximum(out, self.log_floor).astype(np.float32)
        return self._mask(out) if len(out) else out

    def batch(self) -> tuple[torch.Tensor, ...]:
        """(features [B, 4C, M], arkit [B, C, 52], visemes [B, C], mask [B, C], phones [B, C],
        teacher [B, C, 67]); phones are all SIL and teacher rows zero when the dataset holds none."""
        c = self.config
        n_mels = self.data.features.shape[1]
        crop = c.crop_keyframes
        feats = np.full((c.batch, 4 * crop, n_mels), self.log_floor, np.float32)
        arkit = np.zeros((c.batch, crop, self.data.arkit.shape[1]), np.float32)
        vis = np.zeros((c.batch, crop), np.int64)
        phones = np.zeros((c.batch, crop), np.int64)
        mask = np.zeros((c.batch, crop), np.float32)
        teacher = np.zeros((c.batch, crop, TEACHER_COLUMNS), np.float32)
        for b in range(c.batch):
            i = int(self.rng.integers(len(self.data)))
            f, a, v = self.data.item(i)
            n = len(v)
            start = 0 if n <= crop or self.rng.random() < 0.3 else int(self.rng.integers(n - crop + 1))
            end = min(n, start + crop)
            f = f[4 * start : 4 * end]
            feats[b, : len(f)] = self._augment(f) if c.augment else f
            arkit[b, : end - start] = a[start:end]
            vis[b, : end - start] = v[start:end]
            if self.data.phones is not None:
                phones[b, : end - start] = self.data.phones_of(i)[start:end]
            if self.data.teacher is not None:
                teacher[b, : end - start] = self.data.teacher_of(i)[start:end]
            mask[b, : end - start] = 1.0
        return tuple(torch.from_numpy(x) for x in (feats, arkit, vis, mask, phones, teacher))


def jaw_correlation_loss(output: torch.Tensor, target: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """``1 - r`` per crop of jawOpen [B, C] against its target over the masked keyframes,
    averaged with weights proportional to the target's standard deviation in each crop, so a
    crop of silence (a flat target, r undefined) weighs nothing."""
    count = mask.sum(dim=1, keepdim=True).clamp(min=1.0)

    def centred(x: torch.Tensor) -> torch.Tensor:
        return (x - (x * mask).sum(dim=1, keepdim=True) / count) * mask

    out_c, tgt_c = centred(output), centred(target)
    tgt_var = (tgt_c**2).sum(dim=1)
    r = (out_c * tgt_c).sum(dim=1) / torch.sqrt((out_c**2).sum(dim=1) * tgt_var + 1e-8)
    spread = torch.sqrt(tgt_var / count.squeeze(1))
    return ((1.0 - r) * spread).sum() / spread.sum().clamp(min=1e-6)


def closure_window_loss(
    closure: torch.Tensor, target: torch.Tensor, mask: torch.Tensor, reach: int = CLOSURE_REACH_KEYFRAMES
) -> torch.Tensor:
    """Mean, over the keyframes whose closure target exceeds 0.5 (a bilabial's; short
    bilabials that no keyframe centre falls in still reach it, ``training.labels``), of the
    binary cross-entropy against 1 of the highest closure logit [B, C] within ``reach``
    keyframes either side; keyframes outside ``mask`` neither count nor lend their logit.
    Zero (with a gradient path) for a crop without a bilabial."""
    marked = (target > 0.5) & (mask > 0)
    if not bool(marked.any()):
        return closure.sum() * 0.0
    hidden = closure.masked_fill(mask <= 0, float("-inf"))
    pooled = F.max_pool1d(hidden[:, None], 2 * reach + 1, stride=1, padding=reach)[:, 0]
    chosen = pooled[marked]
    return F.binary_cross_entropy_with_logits(chosen, torch.ones_like(chosen))


def losses(
    model: MotionNet,
    feats: torch.Tensor,
    arkit: torch.Tensor,
    vis: torch.Tensor,
    mask: torch.Tensor,
    config: TrainConfig,
    phones: torch.Tensor | None = None,
    teacher: torch.Tensor | None = None,
) -> dict[str, torch.Tensor]:
    """Loss terms on lookahead-shifted targets: output ``t`` is scored against label ``t - L``.
    ``phones`` [B, C] feed the phone head's term, present when ``config.phone_weight`` > 0;
    ``teacher`` [B, C, 67] rows (``training.distill``) the soft-target terms, present when
    ``config.distill_weight`` > 0; teacher row ``t`` is scored against output ``t`` itself."""
    lookahead = model.config.lookahead_keyframes
    z, _ = model.encode(feats, model.initial_state(feats.shape[0]))
    z = z[:, lookahead:]
    arkit_logits, vis_logits, closure = model.heads(z)
    keys = arkit_logits.shape[1]
    arkit_t, vis_t = arkit[:, :keys], vis[:, :keys]
    m = mask[:, lookahead:] * mask[:, :keys]
    denom = m.sum().clamp(min=1.0)
    ce = (F.cross_entropy(vis_logits.transpose(1, 2), vis_t, reduction="none") * m).sum() / denom
    weights = model.arkit_mask.clone()
    weights[MOUTH_CLOSE_INDEX] = 0.0
    weights[JAW_OPEN_INDEX] *= config.jaw_weight
    arkit_out = torch.sigmoid(arkit_logits)
    sq = (arkit_out - arkit_t) ** 2 * weights
    mse = (sq.sum(dim=2) * m).sum() / (denom * weights.sum())
    bilabial = (vis_t == PP_INDEX).float()
    closure_t = torch.maximum(arkit_t[..., MOUTH_CLOSE_INDEX], bilabial)
    bce = F.binary_cross_entropy_with_logits(closure, closure_t, reduction="none")
    bce = (bce * (1.0 + (config.closure_pos_weight - 1.0) * bilabial) * m).sum() / denom
    total = ce + config.arkit_weight * mse + config.closure_weight * bce
    terms = {"ce": ce, "mse": mse, "bce": bce}
    if config.closure_window_weight > 0:
        terms["closure_window"] = closure_window_loss(closure, closure_t, m)
        total = total + config.closure_window_weight * terms["closure_window"]
    if config.jaw_corr_weight > 0:
        terms["jaw_corr"] = jaw_correlation_loss(arkit_out[..., JAW_OPEN_INDEX], arkit_t[..., JAW_OPEN_INDEX], m)
        total = total + config.jaw_corr_weight * terms["jaw_corr"]
    if config.phone_weight > 0:
        if model.phone_head is None or phones is None:
            raise ValueError("phone_weight > 0 needs a model with a phone head and phone targets")
        phone_logits = model.phone_head(z).transpose(1, 2)
        terms["phone_ce"] = (F.cross_entropy(phone_logits, phones[:, :keys], reduction="none") * m).sum() / denom
        total = total + config.phone_weight * terms["phone_ce"]
    if config.distill_weight > 0:
        if teacher is None:
            raise ValueError("distill_weight > 0 needs teacher rows")
        kd = distill_losses(arkit_logits, vis_logits, closure, teacher[:, lookahead:], m, weights, MOUTH_CLOSE_INDEX)
        terms.update(kd)
        distilled = kd["kd_ce"] + config.arkit_weight * kd["kd_mse"] + config.closure_weight * kd["kd_bce"]
        total = total + config.distill_weight * distilled
    return {"total": total, **terms}


@torch.no_grad()
def validate(model: MotionNet, data: Dataset, config: TrainConfig) -> dict[str, float]:
    """Frame viseme accuracy, jaw MSE and closure F1 of whole utterances from zero state."""
    model.eval()
    lookahead = model.config.lookahead_keyframes
    correct = total = 0
    tp = fp = fn = 0
    sq = 0.0
    for i in range(len(data)):
        f, a, v = data.item(i)
        arkit, vis, _ = model(torch.from_numpy(f)[None], model.initial_state(1))
        arkit, vis = arkit[0, lookahead:].numpy(), vis[0, lookahead:].numpy()
        keys = len(vis)
        a, v = a[:keys], v[:keys]
        correct += int((vis.argmax(1) == v).sum())
        total += keys
        sq += float(((arkit[:, JAW_OPEN_INDEX] - a[:, JAW_OPEN_INDEX]) ** 2).sum())
        pred, true = arkit[:, MOUTH_CLOSE_INDEX] > 0.5, v == PP_INDEX
        tp += int((pred & true).sum())
        fp += int((pred & ~true).sum())
        fn += int((~pred & true).sum())
    model.train()
    return {
        "viseme_acc": correct / max(total, 1),
        "jaw_mse": sq / max(total, 1),
        "closure_f1": 2 * tp / max(2 * tp + fp + fn, 1),
    }


VOWEL_VISEMES = tuple(VISEME_NAMES.index(v) for v in ("aa", "E", "ih", "oh", "ou"))
LONG_VOWEL_KEYFRAMES = 3


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index pairs of the True runs of a boolean vector."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]))


@torch.no_grad()
def calibrate_closure(model: MotionNet, data: Dataset, max_false_rate: float = 0.02) -> float:
    """Shifts the closure head's bias so mouthClose > 0.5 at the centre of at most
    ``max_false_rate`` of long vowels of ``data`` while closing in as many bilabial runs
    (+-1 keyframe) as possible; returns the shift (logits) added to the bias.

    The closure BCE weighs positives up, which trades vowel false closures for hits; this
    picks the operating point on held-out training-distribution data, never on test sets.
    """
    model.eval()
    lookahead = model.config.lookahead_keyframes
    peaks, vowel_logits = [], []
    for i in range(len(data)):
        f, _, v = data.item(i)
        _, _, closure, _ = model.logits(torch.from_numpy(f)[None], model.initial_state(1))
        logit = closure[0, lookahead:].numpy()
        v = v[: len(logit)]
        for a, b in _runs(v == PP_INDEX):
            peaks.append(float(logit[max(0, a - 1) : b + 1].max()))
        for vowel in VOWEL_VISEMES:
            for a, b in _runs(v == vowel):
                if b - a >= LONG_VOWEL_KEYFRAMES:
                    vowel_logits.append(float(logit[(a + b) // 2]))
    if not peaks or not vowel_logits:
        return 0.0
    peaks_a, vowels_a = np.asarray(peaks), np.asarray(vowel_logits)
    best_shift, best_hits = 0.0, -1.0
    for shift in np.arange(-4.0, 4.01, 0.1):
        false = float((vowels_a + shift > 0).mean())
        hits = float((peaks_a + shift > 0).mean())
        if false <= max_false_rate and hits > best_hits:
            best_shift, best_hits = float(shift), hits
    model.closure_head[-1].bias.add_(best_shift)
    return best_shift


def split_by_index(n: int, fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Deterministic train/validation split of ``n`` utterances."""
    order = np.random.default_rng(seed).permutation(n)
    n_val = max(1, int(round(n * fraction))) if n > 1 else 0
    return sorted(order[n_val:].tolist()), sorted(order[:n_val].tolist())


def save_checkpoint(
    path: Path,
    model: MotionNet,
    optimizer,
    step: int,
    best: float,
    feature: FeatureConfig,
    train_config: TrainConfig,
    history: list,
    spent_s: float = 0.0,
    average: MotionNet | None = None,
) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(
        {
            "model": model.state_dict(),
            "model_config": model.config.to_dict(),
            "optimizer": optimizer.state_dict() if optimizer is not None else None,
            "average": average.state_dict() if average is not None else None,
            "step": step,
            "best": best,
            "feature": feature.to_json(),
            "train_config": asdict(train_config),
            "history": history,
            "spent_s": spent_s,
        },
        tmp,
    )
    tmp.replace(path)


@torch.no_grad()
def update_average(average: MotionNet, model: MotionNet, decay: float, step: int) -> None:
    """One step of the weights' exponential moving average; buffers (feature statistics) are
    copied. The decay ramps up as (1 + step) / (10 + step) so early steps are not dominated by
    the random initialisation."""
    d = min(decay, (1 + step) / (10 + step))
    for a, p in zip(average.parameters(), model.parameters()):
        a.lerp_(p, 1.0 - d)
    for a, b in zip(average.buffers(), model.buffers()):
        a.copy_(b)


def load_checkpoint_model(path: str | Path) -> tuple[MotionNet, FeatureConfig]:
    """The model (eval mode) and its feature config from a checkpoint file."""
    ckpt = torch.load(path, map_location="cpu", weights_only=False)
    model = MotionNet(ModelConfig.from_dict(ckpt["model_config"]))
    model.load_state_dict(ckpt["model"])
    return model.eval(), FeatureConfig.from_json(ckpt["feature"])


def train_step(
    model: MotionNet, optimizer: torch.optim.Optimizer, batcher: Batcher, config: TrainConfig
) -> dict[str, torch.Tensor]:
    """One optimisation step on the next batch (gradients clipped to norm 1); its loss terms."""
    feats, arkit, vis, mask, phones, teacher = batcher.batch()
    terms = losses(model, feats, arkit, vis, mask, config, phones, teacher)
    optimizer.zero_grad()
    terms["total"].backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    return terms


def train(
    dataset: Dataset,
    run_dir: str | Path,
    *,
    model_config: ModelConfig | None = None,
    train_config: TrainConfig | None = None,
    feature: FeatureConfig | None = None,
    progress: bool = True,
    label: str = "train",
    position: int = 0,
) -> Path:
    """Trains (resuming from ``run_dir/last.pt`` if present); returns the path of ``best.pt``.

    ``label`` and ``position`` name the progress bar and its terminal line, so runs in
    parallel processes each keep their own."""
    tc = train_config or TrainConfig()
    feature = feature or FeatureConfig()
    torch.set_num_threads(tc.threads)
    torch.manual_seed(tc.seed)
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    base = model_config or ModelConfig()
    if tc.phone_weight > 0 and dataset.phones is None:
        raise ValueError("phone_weight > 0 needs a dataset built with phone labels")
    if tc.distill_weight > 0 and dataset.teacher is None:
        raise ValueError("distill_weight > 0 needs a dataset holding teacher outputs (training.distill)")
    mc = ModelConfig.from_dict(
        {
            **base.to_dict(),
            "arkit_mask": driven_channels(dataset),
            "phone_classes": len(ARPABET) if tc.phone_weight > 0 else 0,
        }
    )
    model = MotionNet(mc)
    train_idx, val_idx = split_by_index(len(dataset), tc.val_fraction, tc.seed)
    train_data, val_data = dataset.subset(train_idx), dataset.subset(val_idx)
    sample = train_data.features[:: max(1, len(train_data.features) // 200000)]
    model.set_feature_stats(torch.from_numpy(sample.mean(0)), torch.from_numpy(sample.std(0)))
    if tc.init:  # its own feature statistics and mask too: the weights were trained with them
        from spatius_motion.training.importer import load_init

        model.load_state_dict(load_init(tc.init, mc).state_dict(), strict=mc.phone_classes == 0)
    optimizer = torch.optim.AdamW(model.parameters(), lr=tc.lr, weight_decay=tc.weight_decay)
    step, best, history, spent_s = 0, -math.inf, [], 0.0
    last = run_dir / "last.pt"
    if last.exists():
        ckpt = torch.load(last, map_location="cpu", weights_only=False)
        model = MotionNet(ModelConfig.from_dict(ckpt["model_config"]))
        model.load_state_dict(ckpt["model"])
        optimizer = torch.optim.AdamW(model.parameters(), lr=tc.lr, weight_decay=tc.weight_decay)
        optimizer.load_state_dict(ckpt["optimizer"])
        step, best, history = ckpt["step"], ckpt["best"], ckpt["history"]
        spent_s = ckpt.get("spent_s", 0.0)
    average = None
    if tc.ema_decay > 0:
        average = copy.deepcopy(model).requires_grad_(False)
        if last.exists() and ckpt.get("average") is not None:
            average.load_state_dict(ckpt["average"])
    scored = average if average is not None else model
    warmup = min(200, tc.steps // 10 + 1)
    budget_s = 60.0 * tc.max_minutes

    def progress_at(s: int, elapsed_s: float) -> float:
        by_time = elapsed_s / budget_s if budget_s > 0 else 0.0
        return max(s / tc.steps, by_time)

    def lr_at(s: int, p: float) -> float:
        if s < warmup:
            return tc.lr * (s + 1) / warmup
        return tc.lr * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * min(p, 1.0))))

    batcher = Batcher(train_data, tc, feature, seed=tc.seed + step)
    model.train()
    bar = tqdm(
        total=tc.steps, initial=step, desc=label, disable=not progress, unit="step", mininterval=5.0, position=position
    )
    started = time.monotonic() - spent_s
    while True:
        elapsed = time.monotonic() - started
        progress = progress_at(step, elapsed)
        if progress >= 1.0:
            break
        for group in optimizer.param_groups:
            group["lr"] = lr_at(step, progress)
        terms = train_step(model, optimizer, batcher, tc)
        if average is not None:
            update_average(average, model, tc.ema_decay, step)
        step += 1
        bar.update(1)
        bar.set_postfix({k: f"{v.item():.3f}" for k, v in terms.items()})
        finishing = progress_at(step, time.monotonic() - started) >= 1.0
        if step % tc.val_every == 0 or finishing:
            metrics = validate(scored, val_data, tc) if len(val_data) else {"viseme_acc": 0.0}
            score = metrics["viseme_acc"] + metrics.get("closure_f1", 0.0)
            spent_s = time.monotonic() - started
            history.append(
                {
                    "step": step,
                    "elapsed_s": round(spent_s, 1),
                    "lr": lr_at(step, progress),
                    **{k: round(float(v.item()), 4) for k, v in terms.items()},
                    **metrics,
                }
            )
            bar.write(f"{label} {json.dumps(history[-1])}")
            if score > best:
                best = score
                save_checkpoint(run_dir / "best.pt", scored, None, step, best, feature, tc, history, spent_s)
            save_checkpoint(last, model, optimizer, step, best, feature, tc, history, spent_s, average)
    bar.close()
    if not (run_dir / "best.pt").exists():
        save_checkpoint(run_dir / "best.pt", scored, None, step, best, feature, tc, history)
    return run_dir / "best.pt"


def calibrate_checkpoint(checkpoint: str | Path, dataset: Dataset, train_config: TrainConfig, out: str | Path) -> float:
    """Writes ``out``: ``checkpoint`` with its closure head calibrated (``calibrate_closure``)
    on the validation split ``train`` held out; returns the bias shift."""
    model, _ = load_checkpoint_model(checkpoint)
    _, val_idx = split_by_index(len(dataset), train_config.val_fraction, train_config.seed)
    shift = calibrate_closure(model, dataset.subset(val_idx))
    ckpt = torch.load(checkpoint, map_location="cpu", weights_only=False)
    ckpt["model"] = model.state_dict()
    ckpt["closure_shift"] = shift
    tmp = Path(out).with_suffix(".tmp")
    torch.save(ckpt, tmp)
    tmp.replace(out)
    return shift
