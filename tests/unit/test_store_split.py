"""The global/regional split of the store: which records live where, and regional tokens."""

from __future__ import annotations

import fakeredis.aioredis
import pytest

from spatius_motion import errors
from spatius_motion.gateway.store import Plan, Store, open_global_redis, open_redis, token_region
from spatius_motion.settings import Settings

T0 = 1_700_000_000.0
PLAN = Plan(max_sessions=1, credits_s=100.0, max_session_duration_s=600.0)
PREFIX = "t:"


@pytest.fixture
async def clients():
    server = fakeredis.FakeServer()  # one global Redis; each region has its own
    global_ = fakeredis.aioredis.FakeRedis(server=server)
    east, west = fakeredis.aioredis.FakeRedis(), fakeredis.aioredis.FakeRedis()
    yield global_, east, west
    for client in (global_, east, west):
        await client.aclose()


def region_store(name: str, regional, global_) -> Store:
    return Store(regional, global_redis=global_, region=name, prefix=PREFIX, clock=lambda: T0)


async def keys(client) -> set[str]:
    return {k.decode() async for k in client.scan_iter(match=PREFIX + "*")}


async def test_accounts_quotas_and_registry_are_global_tokens_and_gateways_regional(clients):
    global_, east_redis, _ = clients
    east = region_store("east", east_redis, global_)
    _, api_key = await east.create_app("app-a", PLAN)
    await east.register_avatar("app-a", "av")
    await east.issue_token(api_key, T0 + 60)
    await east.acquire_session("app-a", "conn-1", limit=1)
    await east.set_region("east", {"console_url": "http://e/v1/console", "ingress_url": "ws://e/v2/driveningress"})
    await east.register_gateway("east", "gw-1", "ws://e", ttl_s=30)
    kinds = lambda names: {n[len(PREFIX) :].split(":")[0] for n in names}  # noqa: E731
    assert kinds(await keys(global_)) == {
        "app",
        "appkeys",
        "apikey",
        "avatar",
        "appavatars",
        "credits",
        "sessions",
        "region",
        "regions",
        "regionlive",
    }
    assert kinds(await keys(east_redis)) == {"token", "tokenexp", "gateway", "gateways"}


async def test_a_token_names_its_region_and_other_regions_say_so(clients):
    global_, east_redis, west_redis = clients
    east, west = region_store("east", east_redis, global_), region_store("west", west_redis, global_)
    _, api_key = await east.create_app("app-a", PLAN)
    await east.register_avatar("app-a", "av")
    token = await east.issue_token(api_key, T0 + 60)
    assert token_region(token) == "east"
    grant = await east.authenticate("app-a", token, "av")
    assert grant.plan == PLAN and grant.credits_s == 100.0
    with pytest.raises(errors.TokenInvalid) as refused:
        await west.authenticate("app-a", token, "av")
    assert refused.value.message.startswith("invalid session token")
    assert "issued by region east" in refused.value.message
    assert refused.value.http_status == 400


async def test_concurrency_holds_across_regions(clients):
    global_, east_redis, west_redis = clients
    east, west = region_store("east", east_redis, global_), region_store("west", west_redis, global_)
    await east.create_app("app-a", PLAN)
    await east.acquire_session("app-a", "conn-east", limit=1)
    with pytest.raises(errors.ConcurrencyLimit):
        await west.acquire_session("app-a", "conn-west", limit=1)
    await east.release("app-a", "conn-east")
    await west.acquire_session("app-a", "conn-west", limit=1)


@pytest.mark.parametrize(
    "token",
    ["", "st_", "sk_east.x", "st_east." + "a" * 42, "st_-bad." + "a" * 43, "st_east." + "a" * 43 + "!"],
)
def test_malformed_tokens_name_no_region(token):
    assert token_region(token) is None


def test_region_less_tokens_read_as_local():
    assert token_region("st_" + "a" * 43) == ""


async def test_ping_needs_both_stores(clients):
    global_, east_redis, _ = clients

    class Down:
        async def ping(self):
            raise ConnectionError("down")

    assert await region_store("east", east_redis, global_).ping()
    assert not await region_store("east", east_redis, Down()).ping()


async def test_one_url_means_one_client():
    settings = Settings.load(env={"SPATIUS_REDIS_URL": "redis://127.0.0.1:6390/0"})
    regional = open_redis(settings)
    assert open_global_redis(settings, regional) is regional
    split = Settings.load(
        env={"SPATIUS_REDIS_URL": "redis://127.0.0.1:6390/0", "SPATIUS_GLOBAL_REDIS_URL": "redis://127.0.0.1:6390/1"}
    )
    global_ = open_global_redis(split, regional)
    assert global_ is not regional
    assert global_.connection_pool.connection_kwargs["db"] == 1
    await global_.aclose()
    await regional.aclose()


@pytest.mark.parametrize(
    "heartbeat_s, stale_after_s, ok",
    [(15, 45, True), (1, 3, True), (15, 30, False), (1, 2.9, False), (0, 10, False)],
)
def test_the_staleness_window_must_outlive_a_missed_heartbeat(heartbeat_s, stale_after_s, ok):
    settings = Settings.load(env={}, session_heartbeat_s=heartbeat_s, session_stale_after_s=stale_after_s)
    client = fakeredis.aioredis.FakeRedis()
    if ok:
        assert Store.from_settings(client, settings).session_stale_after_s == stale_after_s
    else:
        with pytest.raises(ValueError, match="session_stale_after_s"):
            Store.from_settings(client, settings)
