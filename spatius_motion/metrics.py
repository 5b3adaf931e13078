"""Prometheus metrics of the server: one registry, one prefix (``spatius_``), unit suffixes.

Latency histograms use buckets that resolve 1-200 ms. Labels stay low-cardinality: a shard
name, an error code; never a session, app or req_id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

if TYPE_CHECKING:
    from spatius_motion.errors import SpatiusError

LATENCY_BUCKETS_S = (
    0.001,
    0.002,
    0.005,
    0.0075,
    0.01,
    0.015,
    0.02,
    0.03,
    0.04,
    0.05,
    0.075,
    0.1,
    0.125,
    0.15,
    0.2,
    0.3,
    0.5,
    1.0,
    2.5,
)
SIZE_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096)


class Metrics:
    """The server's metric families, registered on one registry (injectable for tests)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.first_keyframe_seconds = Histogram(
            "spatius_first_keyframe_latency_seconds",
            "From a req_id's first audio message received to its first keyframe sent.",
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.chunk_latency_seconds = Histogram(
            "spatius_chunk_latency_seconds",
            "From an audio message received to the last keyframe its audio completes sent "
            "(a keyframe is complete once the model's lookahead audio has arrived too).",
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.ray_call_seconds = Histogram(
            "spatius_ray_call_seconds",
            "Duration of one gateway->shard Ray call.",
            ["shard"],
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.queue_wait_seconds = Histogram(
            "spatius_queue_wait_seconds",
            "Time audio waits in the gateway before its Ray call starts.",
            buckets=LATENCY_BUCKETS_S,
            registry=r,
        )
        self.call_items = Histogram(
            "spatius_call_items",
            "Audio chunks carried by one gateway->shard Ray call.",
            buckets=SIZE_BUCKETS,
            registry=r,
        )
        self.inference_batch_size = Histogram(
            "spatius_inference_batch_size",
            "Streams in one onnxruntime call on a shard.",
            buckets=SIZE_BUCKETS,
            registry=r,
        )
        self.active_sessions = Gauge("spatius_active_sessions", "Open WebSocket sessions on this gateway.", registry=r)
        self.audio_seconds = Counter("spatius_audio_seconds_total", "Input audio received, in seconds.", registry=r)
        self.keyframes = Counter("spatius_keyframes_total", "Keyframes sent to clients.", registry=r)
        self.errors = Counter("spatius_errors_total", "Errors reported to clients, by wire code.", ["code"], registry=r)
        self.shard_failures = Counter(
            "spatius_shard_failures_total", "Failed gateway->shard calls.", ["shard"], registry=r
        )
        self.failover_requests = Counter(
            "spatius_failover_requests_total",
            "req_ids in flight on a lost shard, by outcome: resumed (replayed on another shard) or "
            "failed (not replayable, or no shard left; the client got 4503).",
            ["outcome"],
            registry=r,
        )
        # --- elastic shards ---
        self.shards = Gauge(
            "spatius_shards",
            "The region's shards as this gateway sees them, by state: eligible (takes new "
            "sessions), draining, unhealthy (ping or call failed), starting (not answered yet), "
            "incompatible (another model shape).",
            ["state"],
            registry=r,
        )

        self.shard_restarts = Counter(
            "spatius_shard_restarts_total",
            "Lost shards this gateway created again, by outcome: created, or failed (Ray refused; "
            "tried again after a longer delay).",
            ["outcome"],
            registry=r,
        )

    def count_error(self, error: "SpatiusError") -> None:
        """Count one error reported to a client, labelled by its wire code."""
        self.errors.labels(str(error.code)).inc()

    def exposition(self) -> tuple[bytes, str]:
        """The registry in Prometheus text format, with its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
