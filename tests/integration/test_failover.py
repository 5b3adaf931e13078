"""A shard SIGKILLed under real-time SDK streams (real gateway, real local Ray, two shards of the
default model): every req_id in flight ends with its full keyframe count and exactly one
``end=true``, and sessions opened right after the kill all succeed; once with every req_id kept
whole (an exact replay), once with the req_ids past the keep bound (a replay of their tail).

The client-visible gap at the kill is a timing: ``bench/failover_bench.py`` measures it, this
test asserts the structure only.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import time

import pytest

from spatius_motion import server
from spatius_motion.cluster import shards
from spatius_motion.loadtest.session import pcm_chunks, synthetic_speech
from tests.integration.conftest import new_app, server_settings, stop_region
from tests.integration.sdk_client import Recorder, keyframes_for, open_session, send_pcm

pytestmark = pytest.mark.integration

STREAMS = 6
"""Sessions streaming in real time when the shard is killed."""
STREAM_S = 3.0
"""Audio of each streaming req_id (seconds), sent as 100 ms messages in real time."""
LATE = 4
"""Sessions opened right after the kill, each sending one LATE_S req_id at once."""
LATE_S = 1.0


async def stream(session, seconds: float, seed: int, named: asyncio.Future) -> str:
    """Send one req_id of ``seconds`` in 100 ms messages at real-time pace (``named`` gets the
    req_id once its first message is out); returns the req_id."""
    parts = pcm_chunks(synthetic_speech(seconds, 16000, seed=seed), 16000, 100)
    started = time.monotonic()
    req_id = ""
    for i, part in enumerate(parts):
        req_id = await session.send_audio(part, end=i == len(parts) - 1)
        if not named.done():
            named.set_result(req_id)
        await asyncio.sleep(max(0.0, started + (i + 1) * 0.1 - time.monotonic()))
    return req_id


async def settled(recorder: Recorder, req_id: str) -> None:
    """Wait until ``req_id`` has ended or the session has reported an error."""
    waits = {asyncio.ensure_future(recorder.ended(req_id)), asyncio.ensure_future(recorder.error_seen.wait())}
    done, pending = await asyncio.wait(waits, timeout=30, return_when=asyncio.FIRST_COMPLETED)
    for future in pending:
        future.cancel()
    assert done, f"{req_id} neither ended nor failed"


async def both_eligible(running: server.RunningServer, names: set[str], timeout_s: float = 120.0) -> None:
    """Wait (polling the gateway's membership as discovery updates it) until ``names`` all serve."""
    membership = running.gateway.dispatcher.membership
    deadline = time.monotonic() + timeout_s
    while not names <= set(membership.eligible()):
        assert time.monotonic() < deadline, membership.report()
        await asyncio.sleep(0.1)


def pids(membership) -> set[int]:
    return {state.load.get("pid") for state in membership.shards.values()}


@pytest.mark.parametrize(
    "overrides, kill_after",
    [
        ({}, 1),  # every req_id kept whole: an exact replay
        ({"failover_keep_s": 2.0, "failover_tail_s": 1.0}, 55),  # past the bound: replay of the last 1 s
    ],
    ids=["whole", "tail"],
)
async def test_a_killed_shard_loses_no_motion_and_new_sessions_avoid_it(
    ray_cluster, redis_client, overrides: dict, kill_after: int
):
    """``kill_after``: keyframes every streaming req_id has received when the shard is killed."""
    settings = server_settings(region="fo" + secrets.token_hex(3), shards=2, shard_num_cpus=0.1, **overrides)
    running = await server.start(settings, redis=redis_client)
    names = {f"motion-shard-{settings.region}-{i}" for i in range(2)}
    try:
        await both_eligible(running, names)
        credentials = await new_app(running)
        recorders = [Recorder() for _ in range(STREAMS)]
        sessions = await asyncio.gather(*(open_session(credentials, r, sample_rate=16000) for r in recorders))
        named = [asyncio.get_running_loop().create_future() for _ in sessions]
        streams = [asyncio.create_task(stream(s, STREAM_S, i, named[i])) for i, s in enumerate(sessions)]
        first_ids = await asyncio.gather(*named)
        await asyncio.gather(*(r.first_keyframe(req_id) for r, req_id in zip(recorders, first_ids)))
        while min(len(r.keyframes[req_id]) for r, req_id in zip(recorders, first_ids)) < kill_after:
            await asyncio.sleep(0.02)  # streaming in real time: the count grows 25 a second

        # SIGKILL the worker process of the shard holding the most req_ids in flight.
        handles = await asyncio.to_thread(shards.handles, settings, sorted(names))
        pings = {name: await handle.ping.remote() for name, handle in handles.items()}
        victim = max(pings, key=lambda name: pings[name]["streams"])
        assert pings[victim]["streams"] > 0
        os.kill(pings[victim]["pid"], signal.SIGKILL)

        # Sessions opened right after the kill: some rank the dead shard first.
        late = [Recorder() for _ in range(LATE)]
        late_sessions = await asyncio.gather(*(open_session(credentials, r, sample_rate=16000) for r in late))
        late_ids = await asyncio.gather(
            *(send_pcm(s, synthetic_speech(LATE_S, 16000, seed=100 + i), 16000) for i, s in enumerate(late_sessions))
        )
        req_ids = await asyncio.gather(*streams)
        await asyncio.gather(*(settled(r, req_id) for r, req_id in zip(recorders + late, req_ids + late_ids)))
        for session in sessions + late_sessions:
            await session.close()

        for recorder, req_id in zip(recorders, req_ids):
            assert recorder.errors == []
            assert recorder.ends[req_id] == 1 and len(recorder.keyframes[req_id]) == keyframes_for(STREAM_S)
        for recorder, req_id in zip(late, late_ids):
            assert recorder.errors == []
            assert recorder.ends[req_id] == 1 and len(recorder.keyframes[req_id]) == keyframes_for(LATE_S)
        exposition = running.gateway.metrics.exposition()[0].decode()
        resumed = next(
            float(line.split()[-1])
            for line in exposition.splitlines()
            if line.startswith('spatius_failover_requests_total{outcome="resumed"}')
        )
        assert resumed >= 1  # the kill did cost req_ids their shard
        assert 'spatius_failover_requests_total{outcome="failed"}' not in exposition

        # The gateway creates the lost shard again: the region serves on two shards, a new process.
        membership = running.gateway.dispatcher.membership
        deadline = time.monotonic() + 120.0
        while not (len(eligible := membership.eligible()) == 2 and pings[victim]["pid"] not in pids(membership)):
            assert time.monotonic() < deadline, membership.report()
            await asyncio.sleep(0.1)  # discovery's refresh updates the membership
        assert eligible == sorted(names)  # the name was free again: created under it
        restarts = running.gateway.metrics.registry.get_sample_value(
            "spatius_shard_restarts_total", {"outcome": "created"}
        )
        assert restarts == 1
    finally:
        await stop_region(running, redis_client, settings)
