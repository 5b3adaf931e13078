"""Distillation: a teacher model file's outputs as soft targets beside the labels.

The teacher is any contract model file (docs/model-contract.md), for the one-network student
of issue 23 the two-network 0.7.0. Its outputs on every training utterance are computed once,
streamed from zero state over the utterance's whole feature sequence (clean, before the
trainer's augmentation), and cached beside the dataset: ``[rows, 52 + 15]`` float16, one row
per dataset keyframe row, row ``t`` holding the teacher's output at output position ``t``
(which, like the student's, estimates label ``t - lookahead``). The student, which sees the
augmented crop, is pulled towards what the teacher says of the clean audio.

Terms (``distill_losses``), each masked and normalised like its labelled counterpart in
``training.train.losses``: soft cross-entropy of the viseme logits against the teacher's
posteriors; squared error of the driven ARKit channels against the teacher's weights; binary
cross-entropy of the closure logit against the teacher's mouthClose.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from spatius_motion.workers.vocabulary import ARKIT_NAMES, VISEME_NAMES

ARKIT_COLUMNS = len(ARKIT_NAMES)
TEACHER_COLUMNS = ARKIT_COLUMNS + len(VISEME_NAMES)
"""Columns of a teacher row: ARKit-52 weights then the 15 viseme posteriors."""
TEACHER_BATCH = 16
"""Utterances per teacher call (sorted by length, zero-padded at the end: the model is
causal, so the padding never reaches an earlier output)."""


def teacher_key(teacher: str | Path, dataset_key: str) -> str:
    """Cache key of a teacher's targets on a dataset: the file's bytes and the dataset's key."""
    digest = hashlib.sha256(Path(teacher).read_bytes())
    digest.update(dataset_key.encode())
    return digest.hexdigest()[:16]


def teacher_targets(teacher: str | Path, features: np.ndarray, key_offsets: np.ndarray, threads: int = 2) -> np.ndarray:
    """Teacher rows [key_offsets[-1], 67] float16 of a dataset's features (``features`` rows
    are 10 ms frames, 4 per keyframe row)."""
    from spatius_motion.workers.model import MotionModel

    model = MotionModel(teacher, threads=threads)
    out = np.zeros((int(key_offsets[-1]), TEACHER_COLUMNS), np.float16)
    lengths = np.diff(key_offsets)
    order = np.argsort(lengths, kind="stable")
    n_mels = features.shape[1]
    for start in range(0, len(order), TEACHER_BATCH):
        items = order[start : start + TEACHER_BATCH]
        longest = int(lengths[items].max())
        batch = np.zeros((len(items), 4 * longest, n_mels), np.float32)
        for b, i in enumerate(items):
            a, e = int(key_offsets[i]), int(key_offsets[i + 1])
            batch[b, : 4 * (e - a)] = features[4 * a : 4 * e]
            batch[b, 4 * (e - a) :] = features[4 * e - 1]  # hold the last frame (silence padding)
        arkit, visemes, _ = model.run(batch, model.initial_state(len(items)))
        for b, i in enumerate(items):
            a, e = int(key_offsets[i]), int(key_offsets[i + 1])
            out[a:e, :ARKIT_COLUMNS] = arkit[b, : e - a]
            out[a:e, ARKIT_COLUMNS:] = visemes[b, : e - a]
    return out


def cached_teacher_targets(
    teacher: str | Path, features: np.ndarray, key_offsets: np.ndarray, cache_dir: str | Path, dataset_key: str
) -> np.ndarray:
    """``teacher_targets``, read from ``cache_dir/teacher-<key>.npy`` when present and written
    there otherwise."""
    path = Path(cache_dir) / f"teacher-{teacher_key(teacher, dataset_key)}.npy"
    if path.exists():
        return np.load(path)
    rows = teacher_targets(teacher, features, key_offsets)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, rows)
    tmp.replace(path)
    return rows


def distill_losses(
    arkit_logits: torch.Tensor,
    viseme_logits: torch.Tensor,
    closure: torch.Tensor,
    teacher: torch.Tensor,
    mask: torch.Tensor,
    arkit_weights: torch.Tensor,
    close_index: int,
) -> dict[str, torch.Tensor]:
    """Soft-target terms of student outputs [B, K, .] against teacher rows [B, K, 67] over
    the keyframes where ``mask`` [B, K] is 1; ``arkit_weights`` [52] weigh the ARKit channels
    (mouthClose's weight 0: the closure term covers it)."""
    denom = mask.sum().clamp(min=1.0)
    teacher = teacher.float()
    t_arkit, t_vis = teacher[..., :ARKIT_COLUMNS], teacher[..., ARKIT_COLUMNS:]
    soft_ce = -(t_vis * F.log_softmax(viseme_logits, dim=2)).sum(dim=2)
    sq = (torch.sigmoid(arkit_logits) - t_arkit) ** 2 * arkit_weights
    bce = F.binary_cross_entropy_with_logits(closure, t_arkit[..., close_index].clamp(0.0, 1.0), reduction="none")
    return {
        "kd_ce": (soft_ce * mask).sum() / denom,
        "kd_mse": (sq.sum(dim=2) * mask).sum() / (denom * arkit_weights.sum().clamp(min=1e-6)),
        "kd_bce": (bce * mask).sum() / denom,
    }
