"""Integration fixtures: one real local Ray cluster and one real Redis per test session.

The server under test runs in the test's event loop on 127.0.0.1 port 0, with its Redis
keys under a random prefix that is deleted afterwards (the database is never flushed).
"""

from __future__ import annotations

import asyncio
import secrets
import sys
from pathlib import Path
from typing import Any, AsyncIterator

import msgspec
import pytest
import ray
import redis.asyncio

from spatius_motion import server
from spatius_motion.cluster import runtime, shards
from spatius_motion.gateway import admin
from spatius_motion.settings import Settings

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(scope="session")
def ray_cluster() -> Any:
    settings = Settings.load(env={})
    runtime.connect(settings)
    yield settings
    runtime.disconnect()


@pytest.fixture(scope="session")
async def redis_client() -> AsyncIterator[redis.asyncio.Redis]:
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception as exc:  # make test starts one; a bare pytest run may not have it
        pytest.fail(f"no Redis on 127.0.0.1:6379 ({exc}); run `make test`")
    yield client
    await client.aclose()


async def delete_prefix(client: redis.asyncio.Redis, prefix: str) -> None:
    keys = [key async for key in client.scan_iter(match=prefix + "*", count=1000)]
    if keys:
        await client.delete(*keys)


async def stop_region(running: server.RunningServer, client: redis.asyncio.Redis, settings: Settings) -> None:
    """Stop a test's own server, kill the shards of its region and delete its Redis keys."""
    await running.stop()
    handles = await asyncio.to_thread(lambda: shards.handles(settings, shards.list_names(settings)))
    for handle in handles.values():
        ray.kill(handle, no_restart=True)
    await delete_prefix(client, settings.redis_prefix)


def serve_command(*options: str) -> list[str]:
    """``spatius-motion serve`` on 127.0.0.1 port 0 as a subprocess argv, with ``options`` after."""
    return [sys.executable, "-m", "spatius_motion.cli", "serve", "--host", "127.0.0.1", "--port", "0", *options]


def joined_serve_command(region: str, credentials_file: Path) -> list[str]:
    """``serve`` joining this test session's Ray cluster with one shard of ``region`` and real
    Redis, writing its development credentials to ``credentials_file``."""
    gcs = ray.get_runtime_context().gcs_address
    return serve_command(
        "--redis-url", REDIS_URL, "--shards", "1", "--region", region, "--ray-address", gcs,
        "--dev-credentials", str(credentials_file),
    )  # fmt: skip


def server_settings(**overrides: Any) -> Settings:
    """Settings for a server under test: port 0, real Redis, a private key prefix."""
    values: dict[str, Any] = dict(
        host="127.0.0.1",
        port=0,
        redis_url=REDIS_URL,
        redis_prefix=f"spatius-test-{secrets.token_hex(4)}:",
        region="test",
        log_level="WARNING",
    )
    values.update(overrides)
    return Settings.load(env={}, **values)


@pytest.fixture(scope="session")
async def motion_server(ray_cluster: Any, redis_client: redis.asyncio.Redis) -> AsyncIterator[server.RunningServer]:
    settings = server_settings()
    running = await server.start(settings, redis=redis_client)
    yield running
    await running.stop()
    await delete_prefix(redis_client, settings.redis_prefix)


class AppCredentials(dict):
    """app_id, api_key, avatar_id, console_url, ingress_url of a fresh app."""

    def session_kwargs(self) -> dict[str, str]:
        return {k: self[k] for k in ("app_id", "api_key", "avatar_id")} | {
            "console_endpoint_url": self["console_url"],
            "ingress_endpoint_url": self["ingress_url"],
        }


async def new_app(running: server.RunningServer, **plan: Any) -> AppCredentials:
    store = running.gateway.store
    created = await admin.create_app(store, None, msgspec.structs.replace(admin.default_plan(running.settings), **plan))
    avatar_id = "avatar-" + secrets.token_hex(4)
    await store.register_avatar(created["app_id"], avatar_id)
    return AppCredentials(
        app_id=created["app_id"],
        api_key=created["api_key"],
        avatar_id=avatar_id,
        console_url=running.console_url,
        ingress_url=running.ingress_url,
    )


@pytest.fixture
async def app_credentials(motion_server: server.RunningServer) -> AppCredentials:
    return await new_app(motion_server)


async def sessions_ended(running: server.RunningServer, app_id: str) -> None:
    """Wait until no session of ``app_id`` is open on the gateway (its Redis state released)."""
    gateway = running.gateway
    async with gateway.connections_changed:
        await gateway.connections_changed.wait_for(lambda: not any(c.app_id == app_id for c in gateway.connections))


async def end_serve(process: Any, region: str, ray_namespace: str) -> None:
    """Kill a ``spatius-motion serve`` subprocess that is still running and remove its region's
    shard, a detached actor on the test session's Ray cluster."""
    if process.poll() is None:
        process.kill()
        await asyncio.to_thread(process.wait, 30)
    ray.kill(ray.get_actor(f"motion-shard-{region}-0", namespace=ray_namespace))
