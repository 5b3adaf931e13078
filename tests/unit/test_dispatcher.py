"""Dispatcher batching and placement, with an in-process stand-in for a shard actor handle."""

from __future__ import annotations

import asyncio
from collections import Counter

import numpy as np
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


def make(
    handles: dict,
    mode: str = "batched",
    max_items: int = 4096,
    max_pending: int = 65536,
    tick_ms: float = 5.0,
    **keep: int,
) -> Dispatcher:
    """A dispatcher over fake shards; ``keep`` holds the failover keep bounds (bytes)."""
    return Dispatcher(
        handles,
        tick_ms=tick_ms,
        max_items_per_call=max_items,
        call_timeout_s=5.0,
        dispatch_mode=mode,
        metrics=Metrics(),
        max_pending_chunks=max_pending,
        **keep,
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


class StreamShard:
    """A shard stand-in with real keyframe arithmetic: keyframe ``i`` of a req_id is a row of
    the float ``i``; it emits each whole keyframe (640 samples) once and ``end`` after the
    last. After ``fail_from`` calls every call fails, as calls to a killed actor do."""

    def __init__(self, fail_from: int | None = None) -> None:
        self.calls: list[messages.StepRequest] = []
        self.samples: dict[tuple[str, str], int] = {}
        self.emitted: dict[tuple[str, str], int] = {}
        self.fail_from = fail_from
        self.called = asyncio.Event()
        self.step = self

    def options(self, **options: object) -> "StreamShard":
        return self

    def remote(self, payload: bytes):
        request = messages.decode_request(payload)
        self.calls.append(request)
        self.called.set()
        failing = self.fail_from is not None and len(self.calls) > self.fail_from

        async def reply() -> bytes:
            if failing:
                raise RuntimeError("actor died")
            out = []
            for chunk in request.chunks:
                key = (chunk.session, chunk.req_id)
                if key not in self.samples:  # a replay from later in the req_id starts there
                    self.samples[key] = self.emitted[key] = chunk.first_keyframe * 640
                    self.emitted[key] = chunk.first_keyframe
                self.samples[key] += len(chunk.pcm) // 2
                first = self.emitted[key]
                count = self.samples[key] // 640 - first
                self.emitted[key] = first + count
                index = np.arange(first, first + count, dtype="<f4")
                flame = np.repeat(index[:, None], messages.FLAME_FLOATS, axis=1).tobytes()
                arkit = np.repeat(index[:, None], messages.ARKIT_FLOATS, axis=1).tobytes()
                out.append(Keyframes(chunk.session, chunk.req_id, first, count, flame, arkit, chunk.end))
            return messages.encode(StepReply(keyframes=out))

        return reply()


def delivered(receiver: Receiver, req_id: str) -> list[int]:
    rows = [
        np.frombuffer(k.flame, "<f4").reshape(k.count, messages.FLAME_FLOATS)[:, 0]
        for k in receiver.keyframes
        if k.req_id == req_id
    ]
    return [int(v) for v in np.concatenate(rows)] if rows else []


async def until(condition, event: asyncio.Event) -> None:
    while not condition():
        event.clear()
        await event.wait()


async def test_a_lost_shards_requests_resume_on_another_shard_without_a_lost_or_repeated_keyframe():
    dying, alive = StreamShard(), StreamShard()
    dispatcher = make({"dying": dying, "alive": alive}, tick_ms=1, keep_bytes=2 * 16000 * 10)
    dispatcher.start()
    sessions = [s for s in (f"s{i}" for i in range(40)) if placement.pick(s, ["dying", "alive"]) == "dying"][:5]
    receivers = {s: Receiver() for s in sessions}
    for s, receiver in receivers.items():
        dispatcher.open(receiver, SessionOpen(s, 7))
        for req_id in ("r1", "r2"):
            dispatcher.audio(AudioChunk(s, req_id, b"\1\0" * 1000, False))  # 1.5 keyframes each
    await until(lambda: all(len(delivered(r, "r2")) == 1 for r in receivers.values()), receivers[sessions[-1]].got)
    dying.fail_from = len(dying.calls)  # the actor dies: its next call fails
    for s in sessions:
        dispatcher.audio(AudioChunk(s, "r1", b"\1\0" * 2000, False))
        dispatcher.audio(AudioChunk(s, "r2", b"\1\0" * 2000, True))
    # Down at once: new sessions and new req_ids avoid it, even those that rank it first.
    await until(lambda: "dying" not in dispatcher.membership.eligible(), alive.called)  # the replay's call
    newcomer = next(s for s in (f"n{i}" for i in range(100)) if placement.pick(s, ["dying", "alive"]) == "dying")
    assert dispatcher.open(Receiver(), SessionOpen(newcomer, 1)) == "alive"
    for s in sessions:
        dispatcher.audio(AudioChunk(s, "r1", b"\1\0" * 1200, True))
        dispatcher.audio(AudioChunk(s, "r3", b"\1\0" * 700, True))
    for receiver in receivers.values():
        await until(lambda r=receiver: sum(k.end for k in r.keyframes) == 3, receiver.got)
    await dispatcher.stop()
    for s, receiver in receivers.items():
        assert receiver.failed == []
        # r1: 4200 samples -> 6 keyframes; r2: 3000 -> 4; r3: 700 -> 1; each exactly once, in order.
        assert delivered(receiver, "r1") == list(range(6)) and delivered(receiver, "r2") == list(range(4))
        assert delivered(receiver, "r3") == [0]
        assert sorted(k.req_id for k in receiver.keyframes if k.end) == ["r1", "r2", "r3"]
        # The replay carried each req_id's audio from its start, after the session's open.
        replays = [c for call in alive.calls for c in call.chunks if c.session == s and c.req_id in ("r1", "r2")]
        assert [len(c.pcm) for c in replays[:2]] == [2 * 3000, 2 * 3000]
        assert replays[1].end  # r2's end had been sent to the dead shard: the replay carries it
        opens = [i for i, call in enumerate(alive.calls) if any(o.session == s for o in call.opened)]
        first_chunk = min(i for i, call in enumerate(alive.calls) if any(c.session == s for c in call.chunks))
        assert opens and opens[0] <= first_chunk


async def test_requests_past_the_keep_bound_or_without_a_shard_left_fail_with_4503():
    dying = StreamShard(fail_from=1)
    dispatcher = make({"dying": dying}, tick_ms=1, keep_bytes=2 * 1000)
    dispatcher.start()
    receiver = Receiver()
    dispatcher.open(receiver, SessionOpen("a", 1))
    await until(lambda: len(dying.calls) >= 1, dying.called)
    dispatcher.audio(AudioChunk("a", "kept", b"\0\0" * 500, False))
    dispatcher.audio(AudioChunk("a", "long", b"\0\0" * 600, False))  # past the session's 1000 samples
    await until(lambda: len(receiver.failed) == 2, receiver.got)
    await dispatcher.stop()
    assert sorted((r, type(e)) for r, e in receiver.failed) == [
        ("kept", errors.UpstreamUnavailable),  # kept, but no eligible shard is left
        ("long", errors.UpstreamUnavailable),
    ]


async def test_a_vanished_shards_requests_resume_on_the_next_one():
    a, b = StreamShard(), StreamShard()
    dispatcher = make({"a": a, "b": b}, tick_ms=1, keep_bytes=2 * 16000)
    dispatcher.start()
    session = next(s for s in (f"v{i}" for i in range(100)) if placement.pick(s, ["a", "b"]) == "a")
    receiver = Receiver()
    dispatcher.open(receiver, SessionOpen(session, 3))
    dispatcher.audio(AudioChunk(session, "r", b"\1\0" * 1400, False))
    await until(lambda: len(delivered(receiver, "r")) == 2, receiver.got)
    await dispatcher.sync({"b": b})  # a is gone (its node was lost)
    dispatcher.audio(AudioChunk(session, "r", b"\1\0" * 700, True))
    await until(lambda: any(k.end for k in receiver.keyframes), receiver.got)
    await dispatcher.stop()
    assert receiver.failed == [] and delivered(receiver, "r") == [0, 1, 2]
    assert [len(c.pcm) for call in b.calls for c in call.chunks] == [2 * 1400, 2 * 700]


async def test_a_request_past_the_keep_bound_resumes_from_its_tail_or_fails_when_the_tail_is_too_short():
    dying, alive = StreamShard(), StreamShard()
    kf = 1280  # bytes of one keyframe of audio
    dispatcher = make(
        {"dying": dying, "alive": alive}, tick_ms=1, keep_bytes=4 * kf, tail_bytes=3 * kf, keyframe_bytes=kf
    )
    dispatcher.start()
    on_dying = [s for s in (f"t{i}" for i in range(60)) if placement.pick(s, ["dying", "alive"]) == "dying"]
    steady, burst = Receiver(), Receiver()
    dispatcher.open(steady, SessionOpen(on_dying[0], 1))
    dispatcher.open(burst, SessionOpen(on_dying[1], 1))
    for n in range(5):  # 10 keyframes, each pair delivered before the next is sent
        dispatcher.audio(AudioChunk(on_dying[0], "r", b"\1\0" * 1280, False))
        await until(lambda n=n: len(delivered(steady, "r")) == 2 * (n + 1), steady.got)
    dying.fail_from = len(dying.calls)
    dispatcher.audio(AudioChunk(on_dying[0], "r", b"\1\0" * 640, True))
    dispatcher.audio(AudioChunk(on_dying[1], "r", b"\1\0" * 640 * 10, False))  # none delivered yet
    await until(lambda: any(k.end for k in steady.keyframes), steady.got)  # the burst failed first
    await dispatcher.stop()
    # The steady req_id kept its last 4 keyframes of audio: the replay starts at keyframe 7.
    replay = next(c for call in alive.calls for c in call.chunks if c.session == on_dying[0])
    assert (replay.first_keyframe, len(replay.pcm), replay.end) == (7, 4 * kf, True)
    assert steady.failed == [] and delivered(steady, "r") == list(range(11))
    # The burst's tail starts at keyframe 7 but the session has none yet: it cannot resume.
    assert [(r, type(e)) for r, e in burst.failed] == [("r", errors.UpstreamUnavailable)]
