"""Dispatcher batching and placement, with an in-process stand-in for a shard actor handle."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from spatius_motion import errors
from spatius_motion.cluster import placement
from spatius_motion.gateway.dispatcher import Dispatcher
from spatius_motion.metrics import Metrics
from spatius_motion.workers import messages
from spatius_motion.workers.messages import AudioChunk, Keyframes, SessionOpen, StepReply


class FakeShard:
    """Records each ``step`` call; replies with one empty Keyframes per chunk (echoing ``end``)."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[messages.StepRequest] = []
        self.fail = fail
        self.called = asyncio.Event()
        self.release = asyncio.Event()
        self.release.set()
        self.step = self

    def options(self, **options: object) -> "FakeShard":
        """Ray's per-call options (the dispatcher turns task events off); recorded, then ignored."""
        self.options_used = options
        return self

    def remote(self, payload: bytes):
        request = messages.decode_request(payload)
        self.calls.append(request)
        self.called.set()

        async def reply() -> bytes:
            await self.release.wait()
            if self.fail:
                raise RuntimeError("actor died")
            return messages.encode(
                StepReply(
                    keyframes=[Keyframes(c.session, c.req_id, 0, 0, b"", b"", c.end) for c in request.chunks],
                    batch_sizes=[len(request.chunks)],
                )
            )

        return reply()


class Receiver:
    def __init__(self) -> None:
        self.keyframes: list[Keyframes] = []
        self.failed: list[tuple[str, errors.SpatiusError]] = []
        self.got = asyncio.Event()

    def on_keyframes(self, keyframes: Keyframes) -> None:
        self.keyframes.append(keyframes)
        self.got.set()

    def on_request_failed(self, req_id: str, error: errors.SpatiusError) -> None:
        self.failed.append((req_id, error))
        self.got.set()


def make(handles: dict, mode: str = "batched", max_items: int = 4096, max_pending: int = 65536) -> Dispatcher:
    return Dispatcher(
        handles,
        tick_ms=5.0,
        max_items_per_call=max_items,
        call_timeout_s=5.0,
        dispatch_mode=mode,
        metrics=Metrics(),
        max_pending_chunks=max_pending,
    )


async def test_one_call_per_shard_carries_every_session_pending_audio():
    shard = FakeShard()
    shard.release.clear()
    dispatcher = make({"s0": shard})
    dispatcher.start()
    receivers = {f"sess{i}": Receiver() for i in range(50)}
    for name, receiver in receivers.items():
        dispatcher.open(receiver, SessionOpen(name, 1))
    await shard.called.wait()  # the first call goes out with whatever was pending
    for name in receivers:
        dispatcher.audio(AudioChunk(name, "r1", b"\0\0" * 640, True))
    shard.called.clear()
    shard.release.set()
    await shard.called.wait()
    await asyncio.gather(*(r.got.wait() for r in receivers.values()))
    await dispatcher.stop()
    chunk_calls = [c for c in shard.calls if c.chunks]
    assert len(chunk_calls) == 1
    assert {c.session for c in chunk_calls[0].chunks} == set(receivers)
    assert all(r.keyframes[0].end for r in receivers.values())


async def test_calls_are_bounded_by_max_items():
    shard = FakeShard()
    shard.release.clear()
    dispatcher = make({"s0": shard}, max_items=10)
    dispatcher.start()
    receiver = Receiver()
    dispatcher.open(receiver, SessionOpen("a", 1))
    await shard.called.wait()
    for i in range(25):
        dispatcher.audio(AudioChunk("a", f"r{i}", b"", True))
    shard.release.set()
    while len(receiver.keyframes) < 25:
        receiver.got.clear()
        await receiver.got.wait()
    await dispatcher.stop()
    assert max(len(c.chunks) for c in shard.calls) == 10
    assert [k.req_id for k in receiver.keyframes] == [f"r{i}" for i in range(25)]


async def test_pending_work_per_shard_is_bounded():
    shard = FakeShard()
    shard.release.clear()
    dispatcher = make({"s0": shard}, max_pending=3)
    dispatcher.start()
    dispatcher.open(Receiver(), SessionOpen("a", 1))
    await shard.called.wait()  # the shard is now busy with the first call
    for _ in range(3):
        dispatcher.audio(AudioChunk("a", "r", b"\0\0", False))
    with pytest.raises(errors.UpstreamUnavailable):
        dispatcher.audio(AudioChunk("a", "r", b"\0\0", False))
    shard.release.set()
    await dispatcher.stop()


async def test_per_chunk_mode_makes_one_call_per_audio_message():
    shard = FakeShard()
    dispatcher = make({"s0": shard}, mode="per_chunk")
    receiver = Receiver()
    dispatcher.open(receiver, SessionOpen("a", 1))
    for i in range(5):
        dispatcher.audio(AudioChunk("a", "r", b"\0\0", i == 4))
    while len(receiver.keyframes) < 5:
        receiver.got.clear()
        await receiver.got.wait()
    await dispatcher.stop()
    assert [len(c.chunks) for c in shard.calls] == [1] * 5


async def test_failed_call_fails_requests_and_moves_sessions():
    dead, alive = FakeShard(fail=True), FakeShard()
    dispatcher = make({"dead": dead, "alive": alive})
    dispatcher.start()
    sessions = [f"s{i}" for i in range(40)]
    on_dead = [s for s in sessions if placement.pick(s, ["dead", "alive"]) == "dead"]
    assert on_dead
    receivers = {s: Receiver() for s in on_dead}
    for s, receiver in receivers.items():
        dispatcher.open(receiver, SessionOpen(s, 1))
        dispatcher.audio(AudioChunk(s, "r", b"\0\0", False))
    await asyncio.gather(*(r.got.wait() for r in receivers.values()))
    for s, receiver in receivers.items():
        assert [(req_id, type(e)) for req_id, e in receiver.failed] == [("r", errors.UpstreamUnavailable)]
        dispatcher.audio(AudioChunk(s, "r2", b"", True))
    # The failed shard is known down: new sessions avoid it, even those that rank it first.
    assert dispatcher.membership.eligible() == ["alive"]
    newcomer = next(s for s in (f"n{i}" for i in range(100)) if placement.pick(s, ["dead", "alive"]) == "dead")
    assert dispatcher.open(Receiver(), SessionOpen(newcomer, 1)) == "alive"
    while sum(len(c.chunks) for c in alive.calls) < len(on_dead):
        alive.called.clear()
        await alive.called.wait()
    await dispatcher.stop()
    reopened = {o.session for c in alive.calls for o in c.opened}
    assert set(on_dead) <= reopened


def test_rendezvous_placement_is_stable_and_balanced():
    shards = [f"shard-{i}" for i in range(4)]
    sessions = [f"conn_{i}" for i in range(4000)]
    homes = {s: placement.pick(s, shards) for s in sessions}
    counts = Counter(homes.values())
    assert min(counts.values()) > 800  # roughly 1000 each
    # Removing a shard moves only the sessions it held.
    remaining = shards[:3]
    for s in sessions:
        if homes[s] != "shard-3":
            assert placement.pick(s, remaining) == homes[s]
    assert (
        placement.pick("x", shards, unavailable=frozenset(placement.rank("x", shards)[:1]))
        == placement.rank("x", shards)[1]
    )
    with pytest.raises(LookupError):
        placement.pick("x", shards, unavailable=frozenset(shards))


async def test_shard_calls_turn_ray_task_events_off():
    shard = FakeShard()
    dispatcher = Dispatcher(
        {"s0": shard}, tick_ms=1, max_items_per_call=10, call_timeout_s=5, dispatch_mode="batched", metrics=Metrics()
    )
    dispatcher.start()
    dispatcher.open(Receiver(), SessionOpen("a", 1))
    await shard.called.wait()
    await dispatcher.stop()
    assert shard.options_used == {"enable_task_events": False}
