"""``MotionShard``: the Ray actor class that serves one shard's sessions.

A plain class so it imports and tests without Ray; ``cluster/`` wraps it with ``ray.remote``
when it creates the named actors. One instance owns one ``MotionModel`` (one onnxruntime
session) and one ``MotionEngine``. The gateway calls ``step`` once per tick with a msgpack
``StepRequest`` and gets a msgpack ``StepReply`` back; bytes cross the Ray boundary so that
neither side pays for pickling structured objects.

Session state lives in this process only; when the actor restarts, sessions it sees again
start from zero model and motion state. A lost shard's req_ids survive in the gateway, which
replays their audio on another shard (``gateway/flights.py``).

Draining (``drain``, from ``spatius-motion shards scale``): the shard keeps serving, and its
pings say ``draining`` so gateways place no new session or req_id on it. Once it has drained
for ``shard_drain_grace_s`` (every gateway has seen the flag) and holds no req_id in flight, or
once ``shard_drain_timeout_s`` has passed, the next ``ping`` ends the actor for good
(``ray.actor.exit_actor``: Ray does not restart it and its name is freed).
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
    BLAS worker threads that compete with onnxruntime and other shards: on a busy host a
    multi-threaded product of the mel projection's size is far slower than a single thread.
    ``OPENBLAS_NUM_THREADS=1`` in the actor's environment does the same before numpy loads.
    """
    return threadpool_limits(limits=max(1, threads), user_api="blas")


def drain_over(drained_s: float, streams: int, *, grace_s: float, timeout_s: float) -> bool:
    """Whether a shard draining for ``drained_s`` seconds with ``streams`` req_ids in flight
    may exit: after the grace period once idle, after the timeout in any case."""
    return drained_s >= timeout_s or (drained_s >= grace_s and streams == 0)


def _node_id() -> str:
    """The Ray node this process runs on ("" outside Ray)."""
    import ray

    return ray.get_runtime_context().get_node_id() if ray.is_initialized() else ""


SHARD_SETTINGS = (
    "model_path",
    "onnx_threads",
    "onnx_providers",
    "shard_max_batch",
    "shard_max_keyframes_per_call",
    "shard_session_idle_s",
    "max_pending_audio_s",
    "max_requests_in_flight",
    "shard_drain_grace_s",
    "shard_drain_timeout_s",
)
"""The settings a shard reads (model, engine and drain); no other field crosses to Ray."""


def shard_settings(settings: Settings) -> dict[str, Any]:
    """The part of ``settings`` a shard is built with: no Redis URL, no admin token, no secret
    reaches the shard actors or Ray's object store."""
    return {name: getattr(settings, name) for name in SHARD_SETTINGS}


class MotionShard:
    """One shard: model, engine, and the byte-level step the gateway calls."""

    def __init__(self, settings_dict: dict[str, Any]) -> None:
        """``settings_dict`` is ``shard_settings(...)``; other fields keep their defaults."""
        self.settings = msgspec.convert(settings_dict, Settings, strict=False)
        self.blas_limits = limit_blas_threads(self.settings.onnx_threads)
        """Holds the BLAS thread cap for the actor's life."""
        self.model = MotionModel.from_settings(self.settings)
        self.engine = MotionEngine.from_settings(self.model, self.settings)
        self.started_at = time.time()
        self.draining_since: float | None = None
        """Monotonic time ``drain()`` was called; None while serving."""
        self.node_id = _node_id()

    def step(self, payload: bytes) -> bytes:
        """msgpack StepRequest -> msgpack StepReply."""
        return encode(self.engine.step(decode_request(payload)))

    def ping(self) -> dict[str, Any]:
        """Liveness with the model served, the current load and the draining flag.

        A draining shard whose drain is over exits here instead of answering.
        """
        stats = self.engine.stats()
        if self.draining_since is not None and drain_over(
            time.monotonic() - self.draining_since,
            int(stats["streams"]),
            grace_s=self.settings.shard_drain_grace_s,
            timeout_s=self.settings.shard_drain_timeout_s,
        ):
            import ray

            log.info("drained with %d req_ids in flight; exiting", stats["streams"])
            ray.actor.exit_actor()
        return {
            "model": self.model.name,
            "version": self.model.version,
            "baseline": self.model.is_baseline,
            "sample_rate_hz": self.model.sample_rate_hz,
            "samples_per_keyframe": self.model.samples_per_keyframe,
            "lookahead_keyframes": self.model.lookahead_keyframes,
            "sessions": stats["sessions"],
            "streams": stats["streams"],
            "busy_s": stats["busy_s"],
            "pid": os.getpid(),
            "node_id": self.node_id,
            "draining": self.draining_since is not None,
        }

    def drain(self) -> bool:
        """Stop taking new work (gateways read the flag from ``ping``); idempotent."""
        if self.draining_since is None:
            self.draining_since = time.monotonic()
            log.info("draining")
        return True

    def undrain(self) -> bool:
        """Take new work again (a scale-up that finds this shard still draining)."""
        self.draining_since = None
        return True

    def stats(self) -> dict[str, Any]:
        """Engine counters (steps, calls, keyframes, failures, busy seconds) and live state."""
        return {
            "model": self.model.describe(),
            "uptime_s": time.time() - self.started_at,
            **self.engine.stats(),
        }
