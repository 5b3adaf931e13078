"""The store behaviour tests of tests/unit/test_store.py, run against a real Redis.

Each test gets its own random key prefix and deletes its keys afterwards (the database is
never flushed). The server is ``SPATIUS_TEST_REDIS_URL`` or redis://127.0.0.1:6379/0; the
module skips when none answers.
"""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
import os
from pathlib import Path

import pytest
import redis.asyncio
from redis.exceptions import RedisError

from spatius_motion.gateway.store import Store

pytestmark = pytest.mark.integration

REDIS_URL = os.environ.get("SPATIUS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

_spec = importlib.util.spec_from_file_location(
    "store_behaviour", Path(__file__).resolve().parents[1] / "unit" / "test_store.py"
)
behaviour = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(behaviour)

prefix = behaviour.prefix
clock = behaviour.clock
store = behaviour.store

_BACKEND_FIXTURES = {"store", "redis_client"}
for _name, _test in vars(behaviour).items():
    if _name.startswith("test_") and _BACKEND_FIXTURES & set(inspect.signature(_test).parameters):
        globals()[_name] = _test


@pytest.fixture
async def redis_client(prefix):
    client = redis.asyncio.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await asyncio.wait_for(client.ping(), 2)
    except (RedisError, OSError, asyncio.TimeoutError) as exc:
        await client.aclose()
        pytest.skip(f"no Redis answers at {REDIS_URL}: {exc!r}")
    yield client
    await _delete_prefix(client, prefix)
    await client.aclose()


async def _delete_prefix(client: redis.asyncio.Redis, prefix: str) -> None:
    """What the fixture does after each test: delete every key under the test's prefix."""
    doomed = [key async for key in client.scan_iter(match=prefix + "*", count=500)]
    if doomed:
        await client.delete(*doomed)


async def test_cleanup_leaves_no_keys_behind(redis_client, prefix, clock):
    """A populated store (every kind of key) leaves nothing under its prefix after cleanup,
    and the cleanup touches no key outside the prefix."""
    store = Store(redis_client, prefix=prefix, clock=clock)
    await behaviour.populate(store, clock)
    neighbour = prefix.rstrip(":") + "-neighbour:"
    await redis_client.set(neighbour + "kept", "1", px=60_000)
    assert [k async for k in redis_client.scan_iter(match=prefix + "*", count=1000)] != []
    await _delete_prefix(redis_client, prefix)
    assert [k async for k in redis_client.scan_iter(match=prefix + "*", count=1000)] == []
    assert await redis_client.get(neighbour + "kept") == b"1"
    await redis_client.delete(neighbour + "kept")
