"""The req_ids in flight of one session, kept so a lost shard costs no motion (no I/O).

A ``Flight`` is one req_id between its first audio and its ``end=true``: the shard link serving
it, the audio sent for it so far (s16le at the model rate, from the req_id's start), whether its
last audio went out, and how many keyframes the session has been given. A req_id's stream is
deterministic given its session's seed and its audio (``workers/engine.py``), so when its shard
is lost the dispatcher replays the kept audio from its start on another shard: the new shard
produces the same keyframes again, ``unseen`` drops the ones the session already has, and the
session sees one continuous stream with exact keyframe counts and one ``end=true``.

``Keep`` bounds the audio kept per session (``failover_keep_s``). A req_id whose audio takes
the session past the bound keeps only its last ``failover_tail_s`` (whole keyframes, counted in
the bound): a lost shard's replay then starts there (``AudioChunk.first_keyframe``) from zero
model state, and the keyframes it recomputes before the first one the session lacks let the
state converge; the seam is approximate, not exact. A replay that would start after the first
keyframe the session lacks, or a req_id that cannot fit even its tail, fails with 4503 if its
shard is lost. The bound never rejects audio, so long utterances stream as they always did.
"""

from __future__ import annotations

from typing import Any

from spatius_motion.workers.messages import ARKIT_BYTES, FLAME_BYTES, Keyframes, SessionOpen


class Flight:
    """One req_id in flight (see the module docstring)."""

    __slots__ = ("link", "kept", "kept_from", "resumable", "ended", "delivered")

    def __init__(self, link: Any) -> None:
        self.link = link
        """The shard link serving the req_id (a ``dispatcher.ShardLink``)."""
        self.kept = bytearray()
        """Audio sent for the req_id since ``kept_from`` (s16le, model rate) while ``resumable``."""
        self.kept_from = 0
        """Bytes of the req_id's audio before ``kept`` (0, or whole keyframes once trimmed)."""
        self.resumable = True
        """False once not even its tail fits in its session's keep bound: a lost shard then
        fails it."""
        self.ended = False
        """Its last audio (``end``) went to the shard."""
        self.delivered = 0
        """Keyframes handed to the session so far."""


class Keep:
    """The audio kept for one session's flights, bounded by ``limit_bytes`` in all."""

    __slots__ = ("limit_bytes", "tail_bytes", "keyframe_bytes", "kept_bytes")

    def __init__(self, limit_bytes: int, tail_bytes: int = 0, keyframe_bytes: int = 1280) -> None:
        self.limit_bytes = limit_bytes
        self.tail_bytes = tail_bytes
        """What a req_id past the bound keeps: its last this-many bytes (0: nothing)."""
        self.keyframe_bytes = keyframe_bytes
        """Bytes of one keyframe of audio; trims cut whole keyframes."""
        self.kept_bytes = 0

    def add(self, flight: Flight, pcm: bytes, end: bool) -> None:
        """Record ``pcm`` sent for ``flight``; past the bound the flight keeps only its tail,
        or nothing when even that does not fit."""
        flight.ended = flight.ended or end
        if not flight.resumable:
            return
        flight.kept += pcm
        self.kept_bytes += len(pcm)
        if self.kept_bytes <= self.limit_bytes:
            return
        size, step = len(flight.kept), self.keyframe_bytes
        excess = size - self.tail_bytes
        if self.tail_bytes > 0 and excess > 0:
            cut = min(-(-excess // step) * step, size // step * step)  # whole keyframes
            del flight.kept[:cut]
            flight.kept_from += cut
            self.kept_bytes -= cut
        if self.tail_bytes <= 0 or self.kept_bytes > self.limit_bytes:
            self.release(flight)
            flight.resumable = False

    def first_keyframe(self, flight: Flight) -> int:
        """The keyframe index a replay of ``flight``'s kept audio starts at."""
        return flight.kept_from // self.keyframe_bytes

    def release(self, flight: Flight) -> None:
        """Free the audio kept for ``flight`` (it ended, failed, was interrupted or moved on)."""
        self.kept_bytes -= len(flight.kept)
        flight.kept = bytearray()


class Route:
    """Where one session's work goes: its home shard link for new req_ids, its req_ids in
    flight, and the shards that have seen its ``SessionOpen`` (each gets its close)."""

    __slots__ = ("receiver", "open", "home", "requests", "opened_on", "keep")

    def __init__(self, receiver: Any, item: SessionOpen, keep: Keep) -> None:
        self.receiver = receiver
        """The session (a ``dispatcher.Receiver``)."""
        self.open = item
        self.home: Any = None
        """The session's shard link for new req_ids (None: place it afresh)."""
        self.requests: dict[str, Flight] = {}
        self.opened_on: set[str] = set()
        self.keep = keep

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
