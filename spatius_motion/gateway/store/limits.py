"""Request rate counters in the regional store, so every gateway of a region counts together.

Keys (regional store)::

    rate:<scope>:<subject>:<window>   requests of one subject in one window   TTL window_s + 1 s

A fixed window: ``<window>`` is ``floor(now / window_s)``, so all gateways agree on it without
talking to each other (their clocks agree to well under a window). One MULTI per check:
INCR, then PEXPIRE NX, so a counter always expires with its window.
"""

from __future__ import annotations

import math

from spatius_motion import errors
from spatius_motion.gateway.store.backend import Backend
from spatius_motion.gateway.store.records import ms

MAX_SUBJECT_CHARS = 128
"""A longer subject (no address or app id is) is cut to this many characters."""


class RateLimits(Backend):
    """Fixed-window request counters."""

    async def count_request(self, scope: str, subject: str, limit: int, window_s: float) -> None:
        """Count one request of ``subject`` (a client address, an app id) under ``scope``.

        Raises RateLimited, carrying the seconds left in the window, once ``subject`` has made
        more than ``limit`` requests in the current window. ``limit`` 0 counts nothing.
        """
        if limit <= 0:
            return
        if not (math.isfinite(window_s) and window_s > 0):
            raise ValueError("window_s must be a finite number > 0")
        now = self.clock()
        window = math.floor(now / window_s)
        key = self.key("rate", scope, subject[:MAX_SUBJECT_CHARS], str(window))
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.pexpire(key, ms(window_s + 1.0), nx=True)
            count, _ = await pipe.execute()
        if count > limit:
            raise errors.RateLimited(
                f"{limit} requests per {window_s:g} s", retry_after_s=(window + 1) * window_s - now
            )
