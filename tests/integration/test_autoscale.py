"""The shard autoscaler against real shard actors (the session's local Ray cluster): load on the
region's one shard adds a second one, which the gateway then places sessions on; idleness drains
it again, and it exits by itself."""

from __future__ import annotations

import asyncio
import secrets
import time

import pytest

from spatius_motion import server
from spatius_motion.cluster import shards
from spatius_motion.settings import BASELINE_MODEL_PATH
from tests.integration.conftest import new_app, server_settings, stop_region
from tests.integration.sdk_client import run_request

pytestmark = pytest.mark.integration


async def step_until(settings, policy, deadline_s: float = 30.0) -> dict:
    """Sample and decide every 0.2 s until the policy changes the count."""
    deadline = time.monotonic() + deadline_s
    while True:
        change = await shards.autoscale_step(settings, policy)
        if change is not None:
            return change
        assert time.monotonic() < deadline, "the autoscaler made no change"
        await asyncio.sleep(0.2)


async def test_autoscaler_adds_a_shard_under_load_and_drains_it_when_idle(ray_cluster, redis_client):
    settings = server_settings(
        region="as" + secrets.token_hex(3),
        shards=1,
        shard_num_cpus=0.1,
        model_path=str(BASELINE_MODEL_PATH),
        autoscale_min_shards=1,
        autoscale_max_shards=2,
        autoscale_target_utilization=0.001,
        autoscale_up_cooldown_s=0.0,
        autoscale_down_cooldown_s=1.0,
        shard_drain_grace_s=1.0,
    )
    running = await server.start(settings, redis=redis_client)
    policy = shards.autoscaler(settings)
    second = f"motion-shard-{settings.region}-1"
    try:
        assert await shards.autoscale_step(settings, policy) is None  # the first sample
        credentials = await new_app(running)
        await run_request(credentials, 1.0)  # busy time on the one shard
        grown = await shards.autoscale_step(settings, policy)
        assert grown is not None and grown["count"] == 2 and grown["created"] == {second: True}
        membership = running.gateway.dispatcher.membership
        deadline = time.monotonic() + 10
        eligible_gauge = b'spatius_shards{state="eligible"} 2.0'
        while eligible_gauge not in running.gateway.metrics.exposition()[0]:  # the gateway uses it
            assert time.monotonic() < deadline, membership.report()
            await asyncio.sleep(0.1)
        assert second in membership.eligible()

        shrunk = await step_until(settings, policy)  # idle: one shard is enough again
        assert shrunk["count"] == 1 and shrunk["draining"] == [second]
        deadline = time.monotonic() + 20
        while second in await asyncio.to_thread(shards.list_names, settings):  # it exits by itself
            assert time.monotonic() < deadline
            await asyncio.sleep(0.2)
        recorder, req_id = await run_request(credentials, 0.5)
        assert recorder.ends[req_id] == 1
    finally:
        await stop_region(running, redis_client, settings)
