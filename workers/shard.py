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

import os
import time
from typing import Any

import msgspec

from spatius_motion.settings import Settings
from workers.engine import MotionEngine
from workers.messages import decode_request, encode
from workers.model import MotionModel


class MotionShard:
    """One shard: model, engine, and the byte-level step the gateway calls."""

    def __init__(self, settings_dict: dict[str, Any]) -> None:
        self.settings = msgspec.convert(settings_dict, Settings, strict=False)
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
