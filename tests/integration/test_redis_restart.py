"""A Redis restart costs at most a retried command: no token request or upgrade fails after it.

Before the store's clients retried, pooled connections that died with Redis failed the first
command each: 6-12 of 16 token requests and upgrades answered 503 after a restart.
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from bench.redis_process import RedisProcess
from spatius_motion import server
from tests.integration.conftest import new_app, server_settings
from tests.integration.sdk_client import keyframes_for, run_request

pytestmark = pytest.mark.integration

CONCURRENT = 16


async def token_requests(credentials: dict, count: int) -> list[int]:
    """``count`` concurrent token requests; their HTTP statuses."""
    async with httpx.AsyncClient(timeout=10) as client:
        replies = await asyncio.gather(
            *(
                client.post(
                    credentials["console_url"] + "/session-tokens",
                    json={"expireAt": int(time.time()) + 600},
                    headers={"X-Api-Key": credentials["api_key"]},
                )
                for _ in range(count)
            )
        )
    return [reply.status_code for reply in replies]


async def test_a_redis_restart_fails_no_request(ray_cluster, tmp_path):
    async with RedisProcess(persist_dir=tmp_path) as redis_server:
        running = await server.start(server_settings(redis_url=redis_server.url))
        try:
            credentials = await new_app(running)
            assert await token_requests(credentials, CONCURRENT) == [200] * CONCURRENT  # fills the pool

            await redis_server.restart()  # every pooled connection dies; the data survives (AOF)

            assert await token_requests(credentials, CONCURRENT) == [200] * CONCURRENT
            results = await asyncio.gather(*(run_request(credentials, 0.5) for _ in range(4)))
            for recorder, req_id in results:
                assert len(recorder.keyframes[req_id]) == keyframes_for(0.5) and not recorder.errors
        finally:
            await running.stop()
