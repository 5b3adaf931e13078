"""The req_ids in flight of one session, kept so a lost shard costs no motion (no I/O).

A ``Flight`` is one req_id between its first audio and its ``end=true``: the shard link serving
it, the audio sent for it so far (s16le at the model rate, from the req_id's start), whether its
last audio went out, and how many keyframes the session has been given. A req_id's stream is
deterministic given its session's seed and its audio (``workers/engine.py``), so when its shard
is lost the dispatcher replays the kept audio from the start on another shard: the new shard
produces the same keyframes again, ``unseen`` drops the ones the session already has, and the
session sees one continuous stream with exact keyframe counts and one ``end=true``.

``Keep`` bounds the audio kept per session (``failover_keep_s``). A req_id whose audio would
take the session past the bound stops being kept (its audio is freed at once): it streams on
as before, and only if its shard is lost does it fail with 4503, as every req_id did before
failover existed. The bound never rejects audio, so long utterances stream as they always did.
"""

from __future__ import annotations

from typing import Any

from spatius_motion.workers.messages import ARKIT_FLOATS, FLAME_FLOATS, Keyframes, SessionOpen

FLAME_BYTES = FLAME_FLOATS * 4
"""Bytes of one keyframe's FLAME row (float32)."""
ARKIT_BYTES = ARKIT_FLOATS * 4
"""Bytes of one keyframe's ARKit row (float32)."""


class Flight:
    """One req_id in flight (see the module docstring)."""

    __slots__ = ("link", "kept", "resumable", "ended", "delivered")

    def __init__(self, link: Any) -> None:
        self.link = link
        """The shard link serving the req_id (a ``dispatcher.ShardLink``)."""
        self.kept = bytearray()
        """Audio sent for the req_id since its start (s16le, model rate) while ``resumable``."""
        self.resumable = True
        """False once the req_id outgrew its session's keep bound: a lost shard then fails it."""
        self.ended = False
        """Its last audio (``end``) went to the shard."""
        self.delivered = 0
        """Keyframes handed to the session so far."""


class Keep:
    """The audio kept for one session's flights, bounded by ``limit_bytes`` in all."""

    __slots__ = ("limit_bytes", "kept_bytes")

    def __init__(self, limit_bytes: int) -> None:
        self.limit_bytes = limit_bytes
        self.kept_bytes = 0

    def add(self, flight: Flight, pcm: bytes, end: bool) -> None:
        """Record ``pcm`` sent for ``flight``; past the bound the flight stops being kept."""
        flight.ended = flight.ended or end
        if not flight.resumable:
            return
        if self.kept_bytes + len(pcm) > self.limit_bytes:
            self.release(flight)
            flight.resumable = False
            return
        flight.kept += pcm
        self.kept_bytes += len(pcm)

    def release(self, flight: Flight) -> None:
        """Free the audio kept for ``flight`` (it ended, failed, was interrupted or moved on)."""
        self.kept_bytes -= len(flight.kept)
        flight.kept = bytearray()


class Route:
    """Where one session's work goes: its home shard link for new req_ids, its req_ids in
    flight, and the shards that have seen its ``SessionOpen`` (each gets its close)."""

    __slots__ = ("receiver", "open", "home", "requests", "opened_on", "keep")

    def __init__(self, receiver: Any, item: SessionOpen, keep_bytes: int) -> None:
        self.receiver = receiver
        """The session (a ``dispatcher.Receiver``)."""
        self.open = item
        self.home: Any = None
        """The session's shard link for new req_ids (None: place it afresh)."""
        self.requests: dict[str, Flight] = {}
        self.opened_on: set[str] = set()
        self.keep = Keep(keep_bytes)

    def end(self, req_id: str) -> Flight | None:
        """Stop tracking ``req_id`` and free its kept audio; returns its flight, if any."""
        flight = self.requests.pop(req_id, None)
        if flight is not None:
            self.keep.release(flight)
        return flight


def unseen(keyframes: Keyframes, delivered: int) -> Keyframes | None:
    """The part of ``keyframes`` after the first ``delivered`` keyframes of its req_id, or None
    when nothing is left to hand over (an ``end`` is always handed over, with no keyframes if
    need be). A replayed stream repeats keyframes from index 0; this drops the repeats."""
    skip = delivered - keyframes.first_index
    if skip <= 0:
        return keyframes
    if skip >= keyframes.count:
        if not keyframes.end:
            return None
        return Keyframes(keyframes.session, keyframes.req_id, delivered, 0, b"", b"", True)
    return Keyframes(
        keyframes.session,
        keyframes.req_id,
        delivered,
        keyframes.count - skip,
        keyframes.flame[skip * FLAME_BYTES :],
        keyframes.arkit[skip * ARKIT_BYTES :],
        keyframes.end,
    )
