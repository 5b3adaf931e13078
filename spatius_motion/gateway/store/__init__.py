"""Everything the server keeps in Redis, split by concern (docs/architecture.md section 3):

    records    the records, their JSON codecs, id and secret checks (no I/O)
    backend    the global and regional clients, key prefix, clock; ``open_redis``
    keys       API keys (stored hashed) with public key ids, rotation          global store
    accounts   apps, plans, avatars                                            global store
    tokens     session tokens, upgrade authentication                          regional store
    quotas     live-session slots (concurrency), audio credits                 global store
    routing    region registry and region liveness (global), gateway heartbeats (regional)
    limits     request rate counters for the token endpoint and upgrades       regional store

``Store`` joins them over one key prefix (``settings.redis_prefix``, default ``spatius:``) on
injected clients (a real server, or ``fakeredis.aioredis.FakeRedis`` for the embedded
development server and tests) and an injected clock returning unix seconds. Every key either
expires (TTL) or is an owned record that ``delete_app`` removes with its owner; each module's
docstring lists its keys. Atomic read-check-write steps use MULTI or WATCH/MULTI; the only Lua
script (credit consumption) runs on fakeredis too. Raw API keys and session tokens are never
stored or logged. TTLs are relative (``PX``) and computed from the injected clock, so a clock
skew between gateway and Redis host does not shift token expiry.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from redis.exceptions import RedisError

from spatius_motion.gateway.store.backend import Backend, Clock, open_global_redis, open_redis
from spatius_motion.gateway.store.limits import RateLimits
from spatius_motion.gateway.store.quotas import Quotas
from spatius_motion.gateway.store.records import (
    API_KEY_PREFIX,
    EXPRESSION_MAP_SHAPE,
    ID_PATTERN,
    MAX_AVATAR_SETTINGS_BYTES,
    TOKEN_PREFIX,
    ApiKeyRecord,
    App,
    AvatarRecord,
    DevCredentials,
    Gateway,
    Grant,
    Plan,
    Region,
    TokenRecord,
    expression_map_f32,
    require_heartbeat_window,
    sha256_hex,
    valid_id,
    validate_avatar_settings,
)
from spatius_motion.gateway.store.routing import Routing
from spatius_motion.gateway.store.tokens import Tokens, token_region

__all__ = [
    "API_KEY_PREFIX",
    "EXPRESSION_MAP_SHAPE",
    "ID_PATTERN",
    "MAX_AVATAR_SETTINGS_BYTES",
    "TOKEN_PREFIX",
    "ApiKeyRecord",
    "App",
    "AvatarRecord",
    "Backend",
    "DevCredentials",
    "Gateway",
    "Grant",
    "Plan",
    "Region",
    "Store",
    "TokenRecord",
    "expression_map_f32",
    "open_global_redis",
    "open_redis",
    "sha256_hex",
    "token_region",
    "valid_id",
    "validate_avatar_settings",
]


class Store(Tokens, Quotas, Routing, RateLimits):
    """Async access to every Redis record of the server, under one key prefix."""

    @classmethod
    def from_settings(cls, redis: Any, settings: Any, *, global_redis: Any = None, clock: Clock = time.time) -> "Store":
        """A store of ``settings.region`` with its prefix, token TTL bound and session staleness.

        ``redis`` is the regional client; ``global_redis`` the global one (``redis`` when None).
        ValueError when the session staleness window is too short for the heartbeat period.
        """
        require_heartbeat_window(settings.session_heartbeat_s, settings.session_stale_after_s)
        return cls(
            redis,
            global_redis=global_redis,
            region=settings.region,
            prefix=settings.redis_prefix,
            clock=clock,
            token_max_ttl_s=settings.token_max_ttl_s,
            token_tombstone_s=settings.token_tombstone_s,
            session_stale_after_s=settings.session_stale_after_s,
        )

    async def ping(self, timeout_s: float = 1.0) -> bool:
        """Readiness: True when every store answers within ``timeout_s``."""
        clients = (self.redis, self.global_redis) if self.split else (self.redis,)
        try:
            replies = await asyncio.wait_for(asyncio.gather(*(c.ping() for c in clients)), timeout_s)
        except (RedisError, OSError, asyncio.TimeoutError):
            return False
        return all(replies)
