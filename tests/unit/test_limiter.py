"""The rate-limit policy on fakeredis: what counts against a client address and against an app."""

from __future__ import annotations

import secrets

import fakeredis.aioredis
import pytest

from spatius_motion import errors
from spatius_motion.gateway.limiter import Limiter
from spatius_motion.gateway.store import Plan, Store
from spatius_motion.settings import Settings

PLAN = Plan(max_sessions=2, credits_s=100.0, max_session_duration_s=600.0)


@pytest.fixture
async def store():
    client = fakeredis.aioredis.FakeRedis()
    yield Store(client, prefix=f"limiter-test-{secrets.token_hex(4)}:", clock=lambda: 1_700_000_000.5)
    await client.aclose()


def limiter(store: Store, client: int, app: int) -> Limiter:
    settings = Settings.load(
        env={}, rate_limit_client_requests=client, rate_limit_app_requests=app, rate_limit_window_s=10
    )
    return Limiter(store, settings)


async def stored_keys(store: Store) -> list[bytes]:
    return [key async for key in store.redis.scan_iter(match=store.prefix + "*")]


async def test_limits_off_by_default_cost_no_redis_call(store):
    _, api_key = await store.create_app("app-a", PLAN)
    before = await stored_keys(store)
    off = Limiter(store, Settings.load(env={}))
    for _ in range(50):
        await off.client("10.0.0.1")
        await off.app("app-a")
        await off.api_key(api_key)
    assert await stored_keys(store) == before


async def test_client_addresses_are_limited_whatever_they_send(store):
    limits = limiter(store, client=3, app=0)
    for address in ("10.0.0.1", "10.0.0.1", "10.0.0.1", "10.0.0.2", None):
        await limits.client(address)
    with pytest.raises(errors.RateLimited) as caught:
        await limits.client("10.0.0.1")
    assert caught.value.retry_after_header == "10"  # 0.5 s into a 10 s window: 9.5 s, rounded up


async def test_only_valid_api_keys_count_against_their_app(store):
    _, api_key = await store.create_app("app-a", PLAN)
    limits = limiter(store, client=0, app=2)
    for _ in range(10):  # unknown and malformed keys name no app: they count per client only
        await limits.api_key("sk_" + "A" * 43)
        await limits.api_key("nonsense")
    await limits.api_key(api_key)
    await limits.app("app-a")  # an authenticated upgrade
    with pytest.raises(errors.RateLimited):
        await limits.api_key(api_key)
    await limits.app("app-b")  # other apps are unaffected
