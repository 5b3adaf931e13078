"""Rendezvous (highest-random-weight) hashing of sessions onto shards.

Each (session, shard) pair gets a stable 64-bit score; a session goes to the live shard with
the highest score. Adding or removing a shard moves only the sessions that scored it highest,
and the ranking gives each session's failover order for free.
"""

from __future__ import annotations

import hashlib
from typing import Iterable, Sequence


def score(session_id: str, shard: str) -> int:
    """The stable weight of ``shard`` for ``session_id`` (blake2b, 64 bits)."""
    digest = hashlib.blake2b(f"{shard}\x00{session_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def rank(session_id: str, shards: Iterable[str]) -> list[str]:
    """Shards ordered by preference for ``session_id``: first is its home, then failovers."""
    return sorted(shards, key=lambda shard: score(session_id, shard), reverse=True)


def pick(session_id: str, shards: Sequence[str], unavailable: frozenset[str] = frozenset()) -> str:
    """The highest-ranked shard not in ``unavailable``; raises LookupError when none is left."""
    for shard in rank(session_id, shards):
        if shard not in unavailable:
            return shard
    raise LookupError("no shard available")
