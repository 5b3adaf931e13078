"""Session churn: hundreds of sessions ended at random points of their billing cycle (clean
closes and dropped connections) leave no concurrency slot, no task and no unbilled audio.

The gateway under test ticks every 20 ms and charges credits every 40 ms, so most ends land
while a session's housekeeper is inside a Redis call: where redis-py can swallow a
cancellation, and where a teardown that relied on ``cancel()`` alone left zombie sessions
renewing their slot forever (issue 22).
"""

from __future__ import annotations

import asyncio
import random

import pytest

from spatius_motion import server
from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.gateway.protocol import encode_audio, encode_configure
from tests.integration.conftest import delete_prefix, new_app, server_settings, sessions_ended
from tests.integration.test_protocol_limits import connect

pytestmark = pytest.mark.integration

SESSIONS = 300
CONCURRENT = 30
CHUNK_S = 0.02
CHUNK = b"\x10\x00" * int(16000 * CHUNK_S)
HOUSEKEEPING_S = 0.02
CREDITS_FLUSH_S = 0.04


@pytest.fixture(scope="module")
async def churn_server(ray_cluster, redis_client):
    """A gateway (own region and shard) whose sessions call Redis every few tens of ms."""
    settings = server_settings(region="churn", session_housekeeping_s=HOUSEKEEPING_S, credits_flush_s=CREDITS_FLUSH_S)
    running = await server.start(settings, redis=redis_client)
    yield running
    await running.stop()
    await delete_prefix(redis_client, settings.redis_prefix)


async def short_session(running, credentials, rng: random.Random, *, clean: bool) -> tuple[str, int]:
    """Stream 20 ms chunks for a random part of a few billing cycles, then close (or drop the
    connection). Returns the connection id and the chunks sent."""
    ws = await connect(running, credentials)
    await ws.send(encode_configure(16000))
    confirm = pb.Message.FromString(await ws.recv())
    connection_id = confirm.server_confirm_session.connection_id
    loop = asyncio.get_running_loop()
    stop_at = loop.time() + rng.uniform(0.0, 3 * CREDITS_FLUSH_S)
    chunks = 0
    while True:
        await ws.send(encode_audio("r", CHUNK, False))
        chunks += 1
        if loop.time() >= stop_at:
            break
        await asyncio.sleep(CHUNK_S / 2)  # pacing the stream, not waiting for an outcome
    if clean:
        await ws.close()
    else:
        ws.transport.abort()
    return connection_id, chunks


async def test_churn_leaves_no_slot_task_or_unbilled_audio(churn_server, redis_client):
    rng = random.Random(22)
    closing, dropping = await new_app(churn_server), await new_app(churn_server)
    credits_before = {c["app_id"]: await churn_server.gateway.store.credits(c["app_id"]) for c in (closing, dropping)}
    slots = asyncio.Semaphore(CONCURRENT)
    results: dict[str, list[tuple[str, int]]] = {closing["app_id"]: [], dropping["app_id"]: []}

    async def one(i: int) -> None:
        credentials = closing if i % 2 == 0 else dropping
        async with slots:
            result = await short_session(churn_server, credentials, rng, clean=i % 2 == 0)
        results[credentials["app_id"]].append(result)

    await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(SESSIONS))), 45)

    store = churn_server.gateway.store
    connection_ids = {cid for sessions in results.values() for cid, _ in sessions}
    assert len(connection_ids) == SESSIONS
    for app_id in results:
        await asyncio.wait_for(sessions_ended(churn_server, app_id), 10)
        assert await redis_client.zcard(store.key("sessions", app_id)) == 0

    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5.0
    while True:
        survivors = [t.get_name() for t in asyncio.all_tasks() if t.get_name().rpartition(":")[2] in connection_ids]
        if not survivors or loop.time() > deadline:
            break
        await asyncio.sleep(0.05)  # a poll with a deadline: tasks leave no event to wait on
    assert survivors == []

    # Every second of audio of a cleanly closed session is charged exactly once.
    sent_s = sum(chunks for _, chunks in results[closing["app_id"]]) * CHUNK_S
    charged_s = credits_before[closing["app_id"]] - await store.credits(closing["app_id"])
    assert charged_s == pytest.approx(sent_s, abs=1e-6)
    # Dropped connections may lose their last chunks in flight, never charge more than was sent.
    sent_s = sum(chunks for _, chunks in results[dropping["app_id"]]) * CHUNK_S
    charged_s = credits_before[dropping["app_id"]] - await store.credits(dropping["app_id"])
    assert 0 < charged_s <= sent_s + 1e-6
