"""When a gateway creates a lost shard again (no Ray, no I/O).

Ray does not restart shards (``max_restarts=0``): a call to a dead shard then fails at once,
so its req_ids move to another shard within one tick, where a restarting actor would hold
them until its model had loaded again. Gateways bring the region back to its size instead: a
serving shard that leaves the listing without having been drained is *lost*, and each gateway
that saw it go creates it again ``delay`` seconds later, unless the name is listed again by then
(another gateway was first; creation by name is idempotent, so a race yields one actor).

The delay doubles with each loss in a row, ``base_s``, ``2 * base_s``, ... up to ``max_s``, so a
shard that dies while loading (a broken model file, too little memory) is not created in a tight
loop; a region that has lost nothing for ``max_s`` seconds starts again at ``base_s``.
"""

from __future__ import annotations

from typing import Iterable


class Restarts:
    """The lost shards one gateway will create again, and when (times in seconds, any clock)."""

    def __init__(self, base_s: float, max_s: float) -> None:
        self.base_s = base_s
        self.max_s = max(max_s, base_s)
        self.pending: dict[str, float] = {}
        """name -> when (clock seconds) it is due to be created again."""
        self._losses = 0
        """Losses in a row: each one since the region last went ``max_s`` without a loss."""
        self._last_loss = float("-inf")

    def delay(self, now: float) -> float:
        """The wait (seconds) before creating a shard lost at ``now``; counts the loss."""
        if now - self._last_loss >= self.max_s:
            self._losses = 0
        self._losses += 1
        self._last_loss = now
        return min(self.base_s * 2 ** (self._losses - 1), self.max_s)

    def lost(self, name: str, now: float, *, draining: bool) -> float | None:
        """``name`` left the listing at ``now``; returns when it is due, or None when it was
        draining (scaled away or retired: gone on purpose)."""
        if draining:
            return None
        due = now + self.delay(now)
        self.pending[name] = due
        return due

    def failed(self, name: str, now: float) -> float:
        """Creating ``name`` again failed at ``now``: it is due again after a longer delay."""
        due = now + self.delay(now)
        self.pending[name] = due
        return due

    def due(self, now: float, listed: Iterable[str]) -> list[str]:
        """The names to create now, taken off the pending list; a name listed again (another
        gateway created it) is dropped unmade."""
        listed = set(listed)
        for name in [n for n in self.pending if n in listed]:
            del self.pending[name]
        ready = sorted(name for name, due in self.pending.items() if due <= now)
        for name in ready:
            del self.pending[name]
        return ready
