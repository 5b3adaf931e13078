"""The failover bookkeeping without I/O: the per-session keep bound and the replay skip."""

from __future__ import annotations

import numpy as np

from spatius_motion.gateway.flights import ARKIT_BYTES, FLAME_BYTES, Flight, Keep, Route, unseen
from spatius_motion.workers.messages import ARKIT_FLOATS, FLAME_FLOATS, Keyframes, SessionOpen


def frames(first: int, count: int, end: bool = False) -> Keyframes:
    """Keyframes ``first .. first + count - 1`` whose every float is its keyframe index."""
    index = np.arange(first, first + count, dtype="<f4")
    flame = np.repeat(index[:, None], FLAME_FLOATS, axis=1)
    arkit = np.repeat(index[:, None], ARKIT_FLOATS, axis=1)
    return Keyframes("s", "r", first, count, flame.tobytes(), arkit.tobytes(), end)


def indices(keyframes: Keyframes) -> list[int]:
    flame = np.frombuffer(keyframes.flame, "<f4").reshape(keyframes.count, FLAME_FLOATS)
    arkit = np.frombuffer(keyframes.arkit, "<f4").reshape(keyframes.count, ARKIT_FLOATS)
    assert (flame == flame[:, :1]).all() and (arkit[:, 0] == flame[:, 0]).all()
    return [int(v) for v in flame[:, 0]]


def test_unseen_drops_exactly_the_keyframes_already_delivered():
    assert unseen(frames(10, 5), 10) == frames(10, 5)  # nothing delivered from this run yet
    part = unseen(frames(0, 8), 3)
    assert part is not None and (part.first_index, part.count) == (3, 5) and indices(part) == [3, 4, 5, 6, 7]
    assert len(part.flame) == 5 * FLAME_BYTES and len(part.arkit) == 5 * ARKIT_BYTES
    assert unseen(frames(0, 8), 8) is None  # all repeats
    assert unseen(frames(0, 8), 20) is None


def test_unseen_always_hands_over_the_end():
    tail = unseen(frames(0, 4, end=True), 4)
    assert tail is not None and tail.end and tail.count == 0 and tail.first_index == 4
    last = unseen(frames(0, 6, end=True), 4)
    assert last is not None and last.end and indices(last) == [4, 5]


def test_a_replayed_stream_gives_each_keyframe_once_in_order():
    """Delivered 0..6, then the shard is lost; the replay repeats 0.. in other chunkings."""
    delivered: list[int] = []
    for keyframes in [frames(0, 3), frames(3, 4)]:
        delivered += indices(keyframes)
    replay = [frames(0, 5), frames(5, 1), frames(6, 4), frames(10, 2, end=True)]
    ends = 0
    for keyframes in replay:
        fresh = unseen(keyframes, len(delivered))
        if fresh is not None:
            delivered += indices(fresh)
            ends += fresh.end
    assert delivered == list(range(12)) and ends == 1


def test_keep_is_bounded_per_session_and_drops_only_the_request_that_outgrows_it():
    keep = Keep(100)
    a, b = Flight("link"), Flight("link")
    keep.add(a, b"x" * 60, False)
    keep.add(b, b"y" * 30, False)
    assert keep.kept_bytes == 90 and a.resumable and b.resumable
    keep.add(a, b"x" * 20, False)  # 110 > 100: a is no longer kept, its audio freed
    assert not a.resumable and a.kept == b"" and keep.kept_bytes == 30
    keep.add(a, b"x" * 5, True)  # later audio is not kept either, but the end is recorded
    assert a.kept == b"" and a.ended and keep.kept_bytes == 30
    keep.add(b, b"y" * 70, True)  # exactly at the bound is kept
    assert b.resumable and bytes(b.kept) == b"y" * 100 and b.ended and keep.kept_bytes == 100
    keep.release(b)
    assert keep.kept_bytes == 0 and b.kept == b""


def test_a_zero_bound_keeps_nothing():
    keep = Keep(0)
    flight = Flight("link")
    keep.add(flight, b"", False)  # an empty chunk fits
    keep.add(flight, b"\0\0", False)
    assert not flight.resumable and keep.kept_bytes == 0


def test_route_end_frees_the_kept_audio():
    route = Route(object(), SessionOpen("s", 1), Keep(1000))
    flight = route.requests["r"] = Flight("link")
    route.keep.add(flight, b"\0" * 640, False)
    assert route.keep.kept_bytes == 640
    assert route.end("r") is flight and route.keep.kept_bytes == 0 and "r" not in route.requests
    assert route.end("r") is None


def test_a_request_past_the_bound_keeps_its_last_whole_keyframes_within_the_bound():
    keep = Keep(10, tail_bytes=4, keyframe_bytes=2)  # keyframes of 2 bytes; tails of 2 keyframes
    a, b = Flight("link"), Flight("link")
    keep.add(a, b"aabbcc", False)
    keep.add(b, b"xx", False)
    assert keep.kept_bytes == 8 and keep.first_keyframe(a) == 0
    keep.add(a, b"dde", False)  # 11 > 10: a keeps its last whole keyframes, at least 4 bytes
    assert a.resumable and bytes(a.kept) == b"dde" and a.kept_from == 6 and keep.first_keyframe(a) == 3
    assert keep.kept_bytes == 5
    keep.add(a, b"effgghh", True)  # 12 > 10: trimmed again, from a whole-keyframe boundary
    assert bytes(a.kept) == b"gghh" and a.kept_from == 12 and keep.first_keyframe(a) == 6 and a.ended
    assert keep.kept_bytes == len(a.kept) + len(b.kept) == 6
    c, d = Flight("link"), Flight("link")
    keep.add(c, b"y" * 12, False)  # its tail fits beside a and b
    assert c.resumable and len(c.kept) == 4 and c.kept_from == 8 and keep.kept_bytes == 10
    keep.add(d, b"z" * 12, False)  # even its tail does not fit: not kept at all
    assert not d.resumable and d.kept == b"" and keep.kept_bytes == 10
