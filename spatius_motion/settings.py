"""Server settings: one msgspec Struct, read from ``SPATIUS_*`` environment variables.

Every field has a default that runs the embedded development server (``make serve``),
so no variable is required. A field ``foo_bar_ms`` is read from ``SPATIUS_FOO_BAR_MS``.
An optional TOML file (``SPATIUS_CONFIG_FILE`` or ``Settings.load(path=...)``) supplies
values first; environment variables override it. Units are part of each name.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Mapping

import msgspec

ENV_PREFIX = "SPATIUS_"
MODELS_DIR = Path(__file__).resolve().parent / "models"
"""The shipped models, package data of ``spatius_motion`` (so a non-editable install has them)."""
DEFAULT_MODEL_PATH = MODELS_DIR / "tcn-gru" / "model.onnx"
"""The trained streaming model (spatius_motion/models/tcn-gru/CARD.md) the server runs unless told otherwise."""
BASELINE_MODEL_PATH = MODELS_DIR / "loudness-baseline" / "model.onnx"
"""The procedural loudness baseline every trained model is scored against (training/baseline.py)."""

SUPPORTED_SAMPLE_RATES_HZ = (8000, 16000, 22050, 24000, 32000, 44100, 48000)


class Settings(msgspec.Struct, kw_only=True, frozen=True):
    """All tunables of gateway, cluster and workers, with units in their names."""

    # --- network -------------------------------------------------------------
    host: str = "127.0.0.1"
    """Address the gateway binds (``0.0.0.0`` in a container)."""
    port: int = 8080
    """TCP port of the gateway (HTTP and WebSocket); 0 picks a free one."""
    public_console_url: str = ""
    """Console base URL advertised to clients; empty derives it from host and port."""
    public_ingress_url: str = ""
    """Ingress base URL advertised to clients; empty derives it from host and port."""
    region: str = "local"
    """This gateway's region: its tokens, registration and shards carry the name."""
    gateway_id: str = ""
    """Identity in ``gateway:<region>:<id>``; empty picks hostname-pid-port."""

    # --- redis -----------------------------------------------------------------
    redis_url: str = ""
    """The regional store (session tokens, gateway heartbeats): a real Redis when set
    (``redis://host:6379/0``); empty runs the in-process stand-in."""
    global_redis_url: str = ""
    """The global store shared by every region (apps, plans, key hashes, avatars, credits, the
    region registry, live-session slots); empty uses ``redis_url`` for both."""
    redis_prefix: str = "spatius:"
    """Prefix of every Redis key of the server (both stores)."""
    redis_max_connections: int = 64
    """Connections per gateway process; a command waits for a free one (never fails for lack of one)."""
    redis_pool_timeout_s: float = 5.0
    """Longest wait for a free Redis connection before the request fails with 4503."""
    redis_health_check_s: float = 15.0
    """A pooled Redis connection idle this long (seconds) is pinged before use, so a Redis
    restart costs at most one retried command rather than a failure per dead connection."""

    # --- ray / shards -----------------------------------------------------------
    ray_address: str = ""
    """Existing Ray cluster (``auto`` or ``ray://...``); empty starts a local one in-process."""
    ray_namespace: str = "spatius"
    """Ray namespace of the region's named shard actors."""
    shards: int = 1
    """Shard actors a gateway creates when its region has none yet (one per GPU or CPU slot);
    afterwards gateways discover the live set and ``spatius-motion shards scale`` changes it."""
    shard_num_cpus: float = 1.0
    """CPUs each shard actor asks Ray for (Ray places shards on nodes by it)."""
    shard_num_gpus: float = 0.0
    """GPUs each shard actor asks Ray for (0 on CPU-only clusters)."""
    shard_max_batch: int = 256
    """Most sessions one onnxruntime call carries."""
    shard_max_keyframes_per_call: int = 32
    """Most keyframes of one stream in one onnxruntime call (bursts drain in wide calls)."""
    shard_session_idle_s: float = 600.0
    """A shard frees a session's state after this long without audio, open or close for it."""
    shard_max_items_per_call: int = 4096
    """Most audio items one gateway->shard call may carry; more waits for the next tick."""
    shard_max_pending_chunks: int = 65536
    """Audio chunks a gateway may hold for one shard before new audio is refused with 4503."""
    shard_startup_timeout_s: float = 120.0
    """How long a new shard may take to load its model and answer its first ping (seconds); a
    large model on a cold GPU node may need more."""
    shard_call_timeout_s: float = 10.0
    """Longest one gateway->shard call may take (seconds) before the shard counts as failed."""
    model_path: str = str(DEFAULT_MODEL_PATH)
    """The ONNX model the shards serve (``docs/model-contract.md``); default the shipped tcn-gru."""
    onnx_threads: int = 1
    """onnxruntime threads per shard (one CPU slot per shard: 1)."""
    onnx_providers: str = "CPUExecutionProvider"
    """Comma-separated onnxruntime providers, e.g. ``CUDAExecutionProvider,CPUExecutionProvider``."""

    # --- gateway timing and bounds --------------------------------------------
    tick_ms: float = 10.0
    """Gateway batching period: one Ray call per shard per tick."""
    dispatch_mode: str = "batched"
    """``batched`` (one Ray call per shard per tick) or ``per_chunk`` (the naive design, for benchmarks)."""
    header_timeout_s: float = 10.0
    """Longest a new connection may take to send its first request's headers (seconds); a
    slower one is closed, so half-sent requests cannot hold sockets open."""
    configure_timeout_s: float = 10.0
    """How long a new session may take to send ClientConfigureSession (seconds)."""
    max_message_bytes: int = 1 << 20
    """Largest WebSocket message accepted (bytes); bigger closes with a protocol error."""
    max_pending_audio_s: float = 30.0
    """Audio a session may have queued and not yet inferred (seconds at the model rate)."""
    max_requests_in_flight: int = 8
    """req_ids per session with audio or keyframes still pending."""
    failover_keep_s: float = 4.0
    """Audio per session the gateway keeps of its req_ids in flight (seconds at the model rate),
    to replay them from the start on another shard when theirs is lost (an exact replay); a
    req_id that takes its session past it keeps only its tail (``failover_tail_s``), and never
    has its audio refused for it. The bound also caps a replay's length, which is what delays
    the moved streams' next keyframe. At most ``max_pending_audio_s`` is used: a replay reaches
    the shard in one step."""
    failover_tail_s: float = 3.0
    """What a req_id that takes its session past ``failover_keep_s`` keeps instead: its last
    seconds of audio (at the model rate, within the bound). A lost shard's replay then starts
    there from zero state, which converges before the keyframes the client lacks; 0 keeps
    nothing (such a req_id fails with 4503 if its shard is lost)."""
    max_send_queue_messages: int = 1024
    """Outgoing WebSocket messages a slow client may leave unread before it is dropped."""
    send_timeout_s: float = 10.0
    """Longest one outgoing message may wait for the client to read (seconds); past it the
    session ends with 1008 ("client too slow", best effort) and frees its slot."""
    close_timeout_s: float = 5.0
    """How long a closing session's queued frames, its closing error and the close handshake
    may take to send (seconds); also the wait for closing sessions at shutdown."""
    readiness_cache_s: float = 2.0
    """How long ``/readyz`` reuses its last Redis ping (seconds), so probes cost Redis little."""
    drain_timeout_s: float = 20.0
    """On SIGTERM, how long open sessions may take to finish their requests in flight before
    they end with 4503 anyway (those requests lose the rest of their keyframes)."""

    # --- quotas -------------------------------------------------------------------
    default_max_sessions: int = 100
    """Concurrent sessions a new app's plan allows."""
    default_credits_s: float = 360000.0
    """Audio seconds of credit a new app starts with."""
    default_idle_timeout_s: float = 0.0
    """Seconds without audio input (and without animation sent) after which a session of a new
    app's plan is closed with "no audio input for"; 0 turns the rule off."""
    max_session_duration_s: float = 3600.0
    """Longest session of a new app's plan (seconds); past it the session ends with 4002."""
    session_heartbeat_s: float = 15.0
    """How often a session renews its concurrency slot in the global store (seconds)."""
    credits_flush_s: float = 2.0
    """How often a session charges its processed audio to the app's credits in Redis."""
    token_max_ttl_s: int = 86400
    """Longest session-token lifetime a token request may ask for (seconds; the spec's 24 h)."""
    token_tombstone_s: int = 86400
    """How long after its expiry a session token still reads as expired (401) rather than invalid (400)."""
    session_stale_after_s: float = 45.0
    """Heartbeat age past which a live session stops counting against its app's limit (crashed gateway)."""

    # --- development -------------------------------------------------------------
    dev_app_id: str = "dev-app"
    """App id of the development app ``make serve`` and ``--dev-credentials`` create."""
    dev_avatar_id: str = "dev-avatar"
    """Avatar id registered to the development app."""
    demo_enabled: bool = False
    """Serve the browser demo (``/demo``) and its loopback-only session-token helper
    (``POST /demo/session-token``, docs/direct-mode.md); ``serve`` turns it on when it creates
    development credentials (``make serve``, ``--dev-credentials``), production leaves it off."""
    log_level: str = "INFO"
    """Python logging level of the server (DEBUG, INFO, WARNING, ...)."""

    # --- regions -------------------------------------------------------------------
    gateway_heartbeat_s: float = 10.0
    """How often a gateway renews its registration (region record, region liveness, gateway
    record); a region reads as down 3 heartbeats (s) after its last gateway stops renewing."""

    # --- admin -------------------------------------------------------------------
    admin_token: str = ""
    """Bearer token of the ``/v1/admin`` HTTP API, a secret (the chart reads it from a Secret;
    never put it in a ConfigMap or a command line), at least 16 characters. Empty turns the API
    off: every admin path answers 404."""
    api_key_rotation_grace_s: float = 86400.0
    """How long a rotated API key keeps working after its replacement is issued (seconds);
    ``rotate-key --grace-s`` and the API's ``grace_s`` override it per rotation."""

    # --- rate limits ---------------------------------------------------------------
    rate_limit_window_s: float = 1.0
    """Length of the fixed windows the request rate limits count in (seconds)."""
    rate_limit_client_requests: int = 0
    """Token requests plus WebSocket upgrades one client address may make per window, counted in
    the regional store across the region's gateways; more get 429 with Retry-After. 0 = no limit
    (the default, for development, tests and benchmarks; the Helm chart sets one)."""
    rate_limit_app_requests: int = 0
    """Token requests plus upgrades per app per window, counted only once the API key or session
    token is valid (so nobody can use up another app's allowance); 0 = no limit."""

    # --- session rules ----------------------------------------------------------
    session_housekeeping_s: float = 1.0
    """How often (seconds) each session checks its duration and idle limits and whether its
    credits charge (``credits_flush_s``) and heartbeat (``session_heartbeat_s``) are due."""

    # --- elastic shards ---------------------------------------------------------
    shard_refresh_s: float = 1.0
    """How often (seconds) each gateway lists its region's shard actors and pings each one."""
    shard_ping_timeout_s: float = 2.0
    """A shard whose ping stays unanswered this long (seconds) leaves placement until it answers."""
    shard_drain_grace_s: float = 5.0
    """A draining shard stays at least this long (seconds) so every gateway sees the flag and
    stops placing new req_ids on it; it exits once it then holds no req_id in flight."""
    shard_drain_timeout_s: float = 60.0
    """A draining shard exits after this long (seconds) even with req_ids still in flight
    (those end with 4503)."""
    shard_restart_delay_s: float = 2.0
    """How long (seconds) a gateway waits before creating a lost shard again (one that left
    the listing without being drained); each further loss in a row doubles the wait."""
    shard_restart_delay_max_s: float = 60.0
    """The longest wait (seconds) before creating a lost shard again; a region that loses no
    shard for this long starts again at ``shard_restart_delay_s``."""
    shards_max: int = 0
    """Most shards a scale request may ask for; 0 lets the cluster's current CPU/GPU totals
    decide (set it on clusters whose autoscaler adds nodes on demand)."""
    ray_connect_timeout_s: float = 30.0
    """How long (seconds) a process tries to reach the Ray cluster at ``ray_address`` before it
    gives up with a message naming the address."""
    autoscale_min_shards: int = 1
    """Fewest serving shards ``spatius-motion shards autoscale`` keeps."""
    autoscale_max_shards: int = 8
    """Most serving shards ``spatius-motion shards autoscale`` asks for (scale requests are also
    bounded by ``shards_max`` or the cluster's resources)."""
    autoscale_target_utilization: float = 0.6
    """Fraction (0-1] of wall time a shard should spend in inference; the autoscaler sizes the
    region so the summed utilization of its shards stays near this per shard."""
    autoscale_interval_s: float = 10.0
    """Seconds between the autoscaler's load samples."""
    autoscale_up_cooldown_s: float = 60.0
    """Seconds after a scale change before the autoscaler may add shards again."""
    autoscale_down_cooldown_s: float = 600.0
    """Seconds after a scale change, and of samples all wanting fewer shards, before the
    autoscaler drains any."""

    @classmethod
    def load(
        cls,
        env: Mapping[str, str] | None = None,
        path: str | Path | None = None,
        **overrides: Any,
    ) -> "Settings":
        """Build settings from a TOML file, then ``SPATIUS_*`` variables, then keyword overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        path = path or env.get(ENV_PREFIX + "CONFIG_FILE")
        if path:
            values.update(tomllib.loads(Path(path).read_text()))
        for name in cls.__struct_fields__:
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is not None:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return msgspec.convert(values, cls, strict=False)

    def console_url(self, port: int | None = None) -> str:
        """Console base URL (the SDK appends ``/session-tokens``); ``port`` is the bound one."""
        return self.public_console_url or f"http://{self.host}:{port or self.port}/v1/console"

    def ingress_url(self, port: int | None = None) -> str:
        """Ingress base URL (the SDK appends ``/websocket?id=...``); ``port`` is the bound one."""
        return self.public_ingress_url or f"ws://{self.host}:{port or self.port}/v2/driveningress"
