"""A connection that never finishes its request headers is closed after ``header_timeout_s``;
complete requests and WebSocket sessions are not affected."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from spatius_motion import server
from tests.integration.conftest import delete_prefix, new_app, server_settings
from tests.integration.sdk_client import Recorder, keyframes_for, open_session, send_pcm, synthetic_speech

pytestmark = pytest.mark.integration

HEADER_TIMEOUT_S = 1.0


async def test_half_sent_headers_are_cut_off(ray_cluster, redis_client):
    settings = server_settings(region="slow-headers", header_timeout_s=HEADER_TIMEOUT_S)
    running = await server.start(settings, redis=redis_client)
    try:
        slow = []
        for _ in range(5):  # a few slowloris connections: request line and one header, no end
            reader, writer = await asyncio.open_connection("127.0.0.1", running.port)
            writer.write(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            await writer.drain()
            slow.append((reader, writer))
        started = time.monotonic()
        for reader, writer in slow:
            assert await asyncio.wait_for(reader.read(), HEADER_TIMEOUT_S + 10) == b""  # closed, no reply
            writer.close()
        assert time.monotonic() - started < HEADER_TIMEOUT_S + 10

        async with httpx.AsyncClient() as client:  # whole requests are served as before
            assert (await client.get(f"http://127.0.0.1:{running.port}/healthz")).status_code == 200
        credentials = await new_app(running)  # a WebSocket session outlives the header bound
        recorder = Recorder()
        session = await open_session(credentials, recorder)
        speech = synthetic_speech(1.0, 16000)
        req_id = await send_pcm(session, speech[:16000], 16000, end=False)
        await recorder.first_keyframe(req_id)
        await asyncio.sleep(HEADER_TIMEOUT_S + 0.5)  # the time bound itself is what is tested
        assert await send_pcm(session, speech[16000:], 16000) == req_id
        await recorder.ended(req_id)
        await session.close()
        assert len(recorder.keyframes[req_id]) == keyframes_for(1.0) and not recorder.errors
    finally:
        await running.stop()
        await delete_prefix(redis_client, settings.redis_prefix)
