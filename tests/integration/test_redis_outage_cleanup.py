"""A session that ends while Redis is down leaves no slot once Redis is back (not only after
its slot goes stale), and its last audio is still charged."""

from __future__ import annotations

import asyncio
import time

import pytest

from bench.redis_process import RedisProcess
from spatius_motion import server
from tests.integration.conftest import new_app, server_settings
from tests.integration.sdk_client import Recorder, open_session, send_pcm, synthetic_speech

pytestmark = pytest.mark.integration

STALE_AFTER_S = 60.0
"""Longer than the test may take: the slot must go because it is released, not because it is stale."""


async def test_a_session_closed_during_an_outage_frees_its_slot_when_redis_returns(ray_cluster, tmp_path):
    async with RedisProcess(persist_dir=tmp_path) as redis_server:
        running = await server.start(
            server_settings(redis_url=redis_server.url, session_stale_after_s=STALE_AFTER_S, credits_flush_s=600)
        )
        try:
            credentials = await new_app(running)
            store = running.gateway.store
            credits_before = await store.credits(credentials["app_id"])
            recorder = Recorder()
            session = await open_session(credentials, recorder)
            req_id = await send_pcm(session, synthetic_speech(1.0, 16000), 16000)
            await recorder.ended(req_id)
            assert await store.active_sessions(credentials["app_id"]) == 1

            await redis_server.stop()  # the outage: the session ends while Redis is gone
            await session.close()
            ended_by = time.monotonic() + 15
            while running.gateway.connections:  # the gateway has ended the session
                assert time.monotonic() < ended_by, "the session did not end"
                await asyncio.sleep(0.05)
            await redis_server.start()  # the same data (append-only file), the slot still in it

            deadline = time.monotonic() + 15
            while await store.active_sessions(credentials["app_id"]):
                assert time.monotonic() < deadline, "the slot outlived the outage"
                await asyncio.sleep(0.1)
            while await store.credits(credentials["app_id"]) == credits_before:
                assert time.monotonic() < deadline, "the session's audio was never charged"
                await asyncio.sleep(0.1)
            assert await store.credits(credentials["app_id"]) == pytest.approx(credits_before - 1.0, abs=1e-6)
        finally:
            await running.stop()
