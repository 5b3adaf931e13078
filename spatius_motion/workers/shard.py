"""``MotionShard``: the Ray actor class that serves one shard's sessions.

A plain class so it imports and tests without Ray; ``cluster/`` wraps it with ``ray.remote``
when it creates the named actors. One instance owns one ``MotionModel`` (one onnxruntime
session) and one ``MotionEngine``. The gateway calls ``step`` once per tick with a msgpack
``StepRequest`` and gets a msgpack ``StepReply`` back; bytes cross the Ray boundary so that
neither side pays for pickling structured objects.

Session state lives in this process only; when the actor restarts, sessions it sees again
start from zero model and motion state. Checkpointing session state for failover is future work.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

import msgspec
from threadpoolctl import threadpool_limits

from spatius_motion.settings import Settings
from spatius_motion.workers.engine import MotionEngine
from spatius_motion.workers.messages import decode_request, encode
from spatius_motion.workers.model import MotionModel

log = logging.getLogger(__name__)


def limit_blas_threads(threads: int = 1) -> threadpool_limits:
    """Caps the BLAS thread pools loaded in this process (numpy's OpenBLAS) at ``threads``.

    The cap holds until the returned limiter's ``restore_original_limits()`` runs; the shard
    keeps it referenced for its life. Libraries loaded later are not capped.

    A shard is one CPU slot: numpy's matrix products (the mel projection) must not spin up
    BLAS worker threads that compete with onnxruntime and other shards. On a busy 2-core host a
    multi-threaded [16, 128, 257] @ [257, 80] product measured 30x slower than a single thread.
    ``OPENBLAS_NUM_THREADS=1`` in the actor's environment does the same before numpy loads.
    """
    return threadpool_limits(limits=max(1, threads), user_api="blas")


class MotionShard:
    """One shard: model, engine, and the byte-level step the gateway calls."""

    def __init__(self, settings_dict: dict[str, Any]) -> None:
        self.settings = msgspec.convert(settings_dict, Settings, strict=False)
        self.blas_limits = limit_blas_threads(self.settings.onnx_threads)
        """Holds the BLAS thread cap for the actor's life."""
        self.model = MotionModel.from_settings(self.settings)
        self.engine = MotionEngine.from_settings(self.model, self.settings)
        self.started_at = time.time()

    def step(self, payload: bytes) -> bytes:
        """msgpack StepRequest -> msgpack StepReply."""
        return encode(self.engine.step(decode_request(payload)))

    def ping(self) -> dict[str, Any]:
        """Liveness with the model served and the current load."""
        stats = self.engine.stats()
        return {
            "model": self.model.name,
            "version": self.model.version,
            "baseline": self.model.is_baseline,
            "sample_rate_hz": self.model.sample_rate_hz,
            "samples_per_keyframe": self.model.samples_per_keyframe,
            "lookahead_keyframes": self.model.lookahead_keyframes,
            "sessions": stats["sessions"],
            "streams": stats["streams"],
            "pid": os.getpid(),
        }

    def stats(self) -> dict[str, Any]:
        """Engine counters (steps, calls, keyframes, failures, busy seconds) and live state."""
        return {
            "model": self.model.describe(),
            "uptime_s": time.time() - self.started_at,
            **self.engine.stats(),
        }
