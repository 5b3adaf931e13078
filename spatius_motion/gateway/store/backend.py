"""The two Redis clients a store runs on, the key prefix, the clock, and ``open_redis``.

A deployment has one **global** store (the control plane: apps, plans, API key hashes, avatars,
credits, the region registry and each app's live-session set) and one **regional** store per
region (the data plane's hot state: session tokens and gateway heartbeats). With one Redis
URL both are the same client, so a single region and ``make serve`` see one Redis.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from spatius_motion.gateway.store.records import DEFAULT_SESSION_STALE_AFTER_S, DEFAULT_TOKEN_TOMBSTONE_S

Clock = Callable[[], float]

REDIS_RETRIES = 3
"""Retries of a command that failed on a dead pooled connection (after a Redis restart)."""
"""A pooled connection idle longer than this is pinged before use (seconds)."""


class Backend:
    """Clients, prefix and clock shared by every store module (accounts, tokens, quotas, routing).

    ``redis`` is the regional client; ``global_redis`` the global one (``redis`` when None).
    """

    def __init__(
        self,
        redis: Any,
        *,
        global_redis: Any = None,
        region: str = "local",
        prefix: str = "spatius:",
        clock: Clock = time.time,
        token_max_ttl_s: float = 86400,
        token_tombstone_s: float = DEFAULT_TOKEN_TOMBSTONE_S,
        session_stale_after_s: float = DEFAULT_SESSION_STALE_AFTER_S,
    ) -> None:
        self.redis = redis
        self.global_redis = redis if global_redis is None else global_redis
        self.region = region
        """The region this store's gateway serves: tokens it issues name it."""
        self.prefix = prefix
        self.clock = clock
        self.token_max_ttl_s = float(token_max_ttl_s)
        self.token_tombstone_s = float(token_tombstone_s)
        """How long after expiry a token still reads as expired rather than invalid (s)."""
        self.session_stale_after_s = float(session_stale_after_s)
        """Default heartbeat age past which a session no longer counts against the limit (s)."""

    @property
    def split(self) -> bool:
        """True when the global and regional stores are different Redis clients."""
        return self.global_redis is not self.redis

    def key(self, kind: str, *parts: str) -> str:
        """``<prefix><kind>:<part>:...`` (``regions`` has no parts)."""
        return ":".join((self.prefix + kind, *parts))


def open_redis(settings: Any, url: str | None = None) -> Any:
    """A client for ``url`` (default ``settings.redis_url``), or an in-process fakeredis when empty.

    Both use a bounded, blocking connection pool: a burst of commands waits up to
    ``redis_pool_timeout_s`` for one of ``redis_max_connections`` connections. A real server's
    client retries a command that fails on a connection that died (a Redis restart) and pings
    connections idle for ``redis_health_check_s`` before use, so a restart costs at most one
    retried command instead of failing every pooled connection once.
    """
    import redis.asyncio
    from redis.asyncio.retry import Retry
    from redis.backoff import ExponentialBackoff
    from redis.exceptions import ConnectionError, TimeoutError

    url = settings.redis_url if url is None else url
    pool_options: dict[str, Any] = dict(
        max_connections=settings.redis_max_connections, timeout=settings.redis_pool_timeout_s
    )
    if url:
        pool = redis.asyncio.BlockingConnectionPool.from_url(
            url,
            retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), REDIS_RETRIES),
            retry_on_error=[ConnectionError, TimeoutError, ConnectionResetError],
            health_check_interval=settings.redis_health_check_s,
            **pool_options,
        )
        return redis.asyncio.Redis(connection_pool=pool)
    import fakeredis.aioredis

    return fakeredis.aioredis.FakeRedis(connection_pool_class=redis.asyncio.BlockingConnectionPool, **pool_options)


def open_global_redis(settings: Any, regional: Any) -> Any:
    """The global store's client: ``regional`` itself unless ``global_redis_url`` names another."""
    if not settings.global_redis_url or settings.global_redis_url == settings.redis_url:
        return regional
    return open_redis(settings, settings.global_redis_url)
