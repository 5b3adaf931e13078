"""One whole request through the shard's engine, in process: PCM in, every keyframe out.

The offline tools (``spatius-motion infer``, ``spatius-motion render``) call this so what they
show is exactly what a session would receive: the same ``MotionEngine`` (front end, batched
model steps, motion mapping) a shard runs, with no Ray, Redis or server.
"""

from __future__ import annotations

import numpy as np

from spatius_motion.workers.engine import MotionEngine
from spatius_motion.workers.messages import ARKIT_FLOATS, FLAME_FLOATS, AudioChunk, SessionOpen, StepRequest
from spatius_motion.workers.model import MotionModel


def run_request(model: MotionModel, pcm: bytes, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(arkit [K, 52], flame [K, 120]) float32 for one request of s16le mono ``pcm`` at the
    model's rate; K = ``messages.keyframe_count`` of its samples, the server's count."""
    seconds = len(pcm) / 2 / model.sample_rate_hz
    engine = MotionEngine(model, max_batch=1, max_pending_audio_s=seconds + 1.0)
    reply = engine.step(
        StepRequest(opened=[SessionOpen("offline", seed)], chunks=[AudioChunk("offline", "file", pcm, end=True)])
    )
    if reply.failures:
        raise RuntimeError(reply.failures[0].message)
    blocks = sorted(reply.keyframes, key=lambda k: k.first_index)
    if not blocks:
        return np.zeros((0, ARKIT_FLOATS), np.float32), np.zeros((0, FLAME_FLOATS), np.float32)
    arkit = np.concatenate([b.arkit_rows() for b in blocks])
    flame = np.concatenate([b.flame_rows() for b in blocks])
    return arkit, flame
