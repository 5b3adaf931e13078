"""Quotas that hold across every gateway of every region: live sessions and audio credits.

Keys (global store)::

    sessions:<app_id>         zset connection id -> last heartbeat (s)     TTL stale_after_s, renewed by heartbeats
    credits:<app_id>          remaining audio seconds, float text          owned by app:<app_id>

A session counts against its app's ``max_sessions`` while its gateway renews its heartbeat; a
gateway that dies stops renewing, and its sessions stop counting ``stale_after_s`` later.
Credits are charged as audio is processed (``consume_credits``), never recreated for a deleted
app.
"""

from __future__ import annotations

import math
from typing import Any

from spatius_motion import errors
from spatius_motion.gateway.store.accounts import Accounts
from spatius_motion.gateway.store.records import ms, require_connection_id

_CONSUME_EXISTING_LUA = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
return redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
"""
"""Adds ARGV[1] to the float at KEYS[1] only when it exists; nil otherwise (never recreates it)."""


class Quotas(Accounts):
    """Concurrency slots and credits in the global store."""

    _consume_script: Any = None

    async def acquire_session(
        self, app_id: str, connection_id: str, limit: int, stale_after_s: float | None = None
    ) -> None:
        """Count ``connection_id`` against ``app_id``'s concurrency ``limit``.

        One MULTI transaction evicts members whose last heartbeat is more than
        ``stale_after_s`` old (a crashed gateway), adds the connection with the current
        time and counts the members; a newcomer that finds more than ``limit`` withdraws and
        gets ConcurrencyLimit. The limit is never exceeded and no attempt fails for
        contention; newcomers racing for the last slot may all withdraw (4003 is retryable).
        A connection already counted is refreshed, not counted twice.
        """
        require_connection_id(connection_id)
        stale_after_s = self.session_stale_after_s if stale_after_s is None else float(stale_after_s)
        key = self.key("sessions", app_id)
        now = self.clock()
        async with self.global_redis.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(key, "-inf", f"({now - stale_after_s!r}")
            pipe.zadd(key, {connection_id: now})
            pipe.zcard(key)
            pipe.pexpire(key, ms(stale_after_s))
            _, added, members, _ = await pipe.execute()
        if added and members > limit:
            await self.global_redis.zrem(key, connection_id)
            raise errors.ConcurrencyLimit(f"{limit} sessions")

    async def heartbeat(self, app_id: str, connection_id: str, stale_after_s: float | None = None) -> bool:
        """Renew a live session's heartbeat, re-adding it when it is no longer counted; returns
        False when it had to be re-added.

        A session drops out of the set when its heartbeats were missed past ``stale_after_s``
        (a stalled gateway) or when the set itself expired or was lost (a Redis outage longer
        than its TTL, a restart without persistence). The session still streams, so it must
        count again, or the concurrency limit would under-count live sessions.
        """
        stale_after_s = self.session_stale_after_s if stale_after_s is None else float(stale_after_s)
        key = self.key("sessions", app_id)
        async with self.global_redis.pipeline(transaction=True) as pipe:
            pipe.zadd(key, {connection_id: self.clock()})
            pipe.pexpire(key, ms(stale_after_s))
            added, _ = await pipe.execute()
        return not added

    async def release(self, app_id: str, connection_id: str) -> None:
        """Stop counting a session against the limit."""
        await self.global_redis.zrem(self.key("sessions", app_id), connection_id)

    async def active_sessions(self, app_id: str, stale_after_s: float | None = None) -> int:
        """Sessions of ``app_id`` with a heartbeat newer than ``stale_after_s``."""
        stale_after_s = self.session_stale_after_s if stale_after_s is None else float(stale_after_s)
        return int(await self.global_redis.zcount(self.key("sessions", app_id), self.clock() - stale_after_s, "+inf"))

    # credits -------------------------------------------------------------------------------
    async def credits(self, app_id: str) -> float:
        """Remaining audio seconds; 0 for an unknown app."""
        raw = await self.global_redis.get(self.key("credits", app_id))
        return 0.0 if raw is None else float(raw)

    async def consume_credits(self, app_id: str, seconds: float) -> float:
        """Subtract processed audio seconds atomically; returns the remainder (may go below 0).

        An app without a balance (deleted while its sessions ran) gets none back: nothing is
        written and 0 is returned, so its sessions end at their next bill.
        """
        if not (math.isfinite(seconds) and seconds >= 0):
            raise ValueError("seconds must be a finite number >= 0")
        if self._consume_script is None:
            self._consume_script = self.global_redis.register_script(_CONSUME_EXISTING_LUA)
        remaining = await self._consume_script(keys=[self.key("credits", app_id)], args=[-float(seconds)])
        return 0.0 if remaining is None else float(remaining)

    async def add_credits(self, app_id: str, seconds: float) -> float:
        """Top up an existing app's audio seconds; returns the new balance."""
        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError("seconds must be a finite number > 0")
        await self._require_app(app_id)
        return float(await self.global_redis.incrbyfloat(self.key("credits", app_id), float(seconds)))

    async def require_credits(self, app_id: str) -> float:
        """The balance, or CreditsExhausted when it is 0 or less."""
        remaining = await self.credits(app_id)
        if remaining <= 0:
            raise errors.CreditsExhausted()
        return remaining
