"""Behaviour of gateway.store and gateway.admin on fakeredis with a fake clock.

Every test that takes the ``store`` fixture is also run against the real Redis by
tests/integration/test_store_redis.py, which overrides ``redis_client``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import secrets

import fakeredis.aioredis
import numpy as np
import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from spatius_motion import errors
from spatius_motion.gateway import admin
from spatius_motion.gateway import store as store_mod
from spatius_motion.gateway.store import Plan, Store
from spatius_motion.gateway.store import keys as keys_mod
from spatius_motion.settings import Settings

T0 = 1_700_000_000.0
DAY_S = 86400
PLAN = Plan(max_sessions=2, credits_s=100.0, max_session_duration_s=600.0)


class FakeClock:
    """Unix seconds that move only when a test says so."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def prefix() -> str:
    return f"spatius-test-{secrets.token_hex(6)}:"


@pytest.fixture
async def redis_client(prefix):
    client = fakeredis.aioredis.FakeRedis()
    yield client
    await client.aclose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(redis_client, prefix, clock) -> Store:
    return Store(redis_client, prefix=prefix, clock=clock, token_max_ttl_s=DAY_S, session_stale_after_s=45.0)


def sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


async def keys_under(store: Store) -> list[str]:
    return sorted([k.decode() async for k in store.redis.scan_iter(match=store.prefix + "*", count=500)])


async def stored_bytes(store: Store, key: str) -> bytes:
    """Every byte a key holds, whatever its type."""
    r = store.redis
    kind = (await r.type(key)).decode()
    if kind == "string":
        return await r.get(key)
    if kind == "set":
        return b"|".join(sorted(await r.smembers(key)))
    if kind == "zset":
        return b"|".join(m for m, _ in await r.zrange(key, 0, -1, withscores=True))
    raise AssertionError(f"unexpected type {kind} of {key}")


async def populate(store: Store, clock: FakeClock) -> dict[str, str]:
    """Exercise every kind of record; returns the raw secrets handed out."""
    _, key1 = await store.create_app("app-a", PLAN)
    key2 = await store.create_api_key("app-a")
    key3, _, _ = await store.rotate_api_key("app-a", (await store.api_keys("app-a"))[1].key_id, grace_s=3600)
    await store.create_app("app-b", PLAN)
    await store.register_avatar("app-a", "ava-1", {"style": "calm"})
    token = await store.issue_token(key1, clock() + 3600)
    await store.authenticate("app-a", token, "ava-1")
    await store.acquire_session("app-a", "conn-1", limit=2)
    await store.consume_credits("app-a", 1.5)
    await store.register_gateway("local", "gw-1", "ws://127.0.0.1:8080", ttl_s=30)
    await store.set_region(
        "local",
        {"console_url": "http://127.0.0.1:8080/v1/console", "ingress_url": "ws://127.0.0.1:8080/v2/driveningress"},
    )
    await store.count_request("client", "127.0.0.1", limit=10, window_s=1.0)
    return {"key1": key1, "key2": key2, "key3": key3, "token": token}


# --- apps and keys -----------------------------------------------------------------------
async def test_create_app_returns_key_once_and_refuses_duplicate(store):
    app, api_key = await store.create_app("app-a", PLAN)
    assert app.app_id == "app-a" and app.plan == PLAN and app.created_at == T0
    assert api_key.startswith("sk_") and len(api_key) == 46
    assert await store.credits("app-a") == 100.0
    assert await store.get_app("app-a") == app
    with pytest.raises(ValueError, match="already exists"):
        await store.create_app("app-a", PLAN)
    generated, _ = await store.create_app(None, PLAN)
    assert generated.app_id.startswith("app_") and generated.app_id != "app-a"


async def test_create_app_rejects_unsafe_id(store):
    with pytest.raises(ValueError):
        await store.create_app("bad:id", PLAN)
    assert await keys_under(store) == []


async def test_secrets_are_stored_only_as_sha256(store, clock):
    raw = await populate(store, clock)
    keys = await keys_under(store)
    assert store.key("apikey", hashlib.sha256(raw["key1"].encode()).hexdigest()) in keys
    assert store.key("token", hashlib.sha256(raw["token"].encode()).hexdigest()) in keys
    for key in keys:
        value = await stored_bytes(store, key)
        for secret in raw.values():
            assert secret not in key
            assert secret.encode() not in value, key


async def test_every_key_expires_or_has_a_live_owner(store, clock):
    await populate(store, clock)
    owned = {"appkeys", "appavatars", "credits"}
    seen_kinds, rotated_seen = set(), False
    for key in await keys_under(store):
        kind, _, rest = key[len(store.prefix) :].partition(":")
        seen_kinds.add(kind)
        ttl_ms = await store.redis.pttl(key)
        if kind in {"token", "tokenexp", "sessions", "gateway", "gateways", "regionlive", "rate"}:
            assert ttl_ms > 0, key
            continue
        if kind == "apikey" and json.loads(await store.redis.get(key))["expire_at"]:
            assert ttl_ms > 0, key  # a rotated key expires at the end of its grace period
            rotated_seen = True
        else:
            assert ttl_ms == -1, key
        if kind in {"app", "regions"}:
            continue  # roots: operator records
        if kind in owned:
            owner = rest
        elif kind in {"apikey", "avatar"}:
            owner = json.loads(await store.redis.get(key))["app_id"]
            member = rest.encode()
            index = store.key("appkeys" if kind == "apikey" else "appavatars", owner)
            assert await store.redis.sismember(index, member), key
        elif kind == "region":
            assert await store.redis.sismember(store.key("regions"), rest.encode())
            continue
        else:
            raise AssertionError(f"undocumented key kind without TTL: {key}")
        assert await store.redis.exists(store.key("app", owner)), key
    assert seen_kinds == {
        "app",
        "appkeys",
        "appavatars",
        "apikey",
        "avatar",
        "credits",
        "token",
        "tokenexp",
        "sessions",
        "gateway",
        "gateways",
        "region",
        "regions",
        "regionlive",
        "rate",
    }
    assert rotated_seen


async def test_delete_app_removes_owned_records(store, clock):
    raw = await populate(store, clock)
    assert await store.delete_app("app-a")
    assert not await store.delete_app("app-a")
    remaining = await keys_under(store)
    for key in remaining:
        kind = key[len(store.prefix) :].split(":")[0]
        if kind in {"apikey", "avatar", "appkeys", "appavatars", "credits", "app"}:
            assert "app-a" not in key and b"app-a" not in await stored_bytes(store, key), key
    with pytest.raises(errors.ApiKeyInvalid):
        await store.issue_token(raw["key1"], clock() + 60)
    with pytest.raises(errors.AppIdUnrecognized):
        await store.authenticate("app-a", raw["token"], "ava-1")


async def test_revoked_key_cannot_issue_tokens_but_its_tokens_live_on(store, clock):
    _, api_key = await store.create_app("app-a", PLAN)
    await store.register_avatar("app-a", "ava-1")
    token = await store.issue_token(api_key, clock() + 60)
    second = await store.create_api_key("app-a")
    assert await store.api_key_count("app-a") == 2
    assert await store.revoke_api_key(api_key)
    assert not await store.revoke_api_key(api_key)
    assert await store.api_key_count("app-a") == 1
    with pytest.raises(errors.ApiKeyInvalid):
        await store.issue_token(api_key, clock() + 60)
    assert (await store.authenticate("app-a", token, "ava-1")).app_id == "app-a"
    assert await store.issue_token(second, clock() + 60)
    with pytest.raises(ValueError, match="unknown app"):
        await store.create_api_key("nobody")


# --- api key ids and rotation ------------------------------------------------------------------
async def test_key_ids_are_random_public_names_listed_oldest_first(store, clock):
    _, first = await store.create_app("app-a", PLAN)
    clock.advance(5)
    second, record = await store.issue_api_key("app-a")
    await store.create_app("app-b", PLAN)
    listed = await store.api_keys("app-a")
    assert [r.created_at for r in listed] == [T0, T0 + 5] and listed[1] == record
    assert (await store.api_key_record(first)).key_id == listed[0].key_id
    ids = [r.key_id for r in listed] + [r.key_id for r in await store.api_keys("app-b")]
    assert len(set(ids)) == 3 and all(re.fullmatch(r"key_[0-9a-f]{8}", i) for i in ids)
    for key, key_id in ((first, ids[0]), (second, ids[1])):  # the id is not taken from the secret
        assert key_id[4:] not in key and key_id[4:] not in hashlib.sha256(key.encode()).hexdigest()
    assert await store.api_keys("nobody") == [] and await store.api_keys("bad:id") == []


async def test_rotated_key_works_until_its_grace_period_ends(store, clock):
    _, old_key = await store.create_app("app-a", PLAN)
    old_id = (await store.api_keys("app-a"))[0].key_id
    clock.advance(10)
    new_key, new, old = await store.rotate_api_key("app-a", old_id, grace_s=600)
    assert (old.key_id, old.expire_at, old.replaced_by) == (old_id, T0 + 610, new.key_id)
    assert 0 < await store.redis.pttl(store.key("apikey", sha256(old_key))) <= 600_000
    assert await store.redis.pttl(store.key("apikey", sha256(new_key))) == -1
    assert [(r.key_id, r.expire_at) for r in await store.api_keys("app-a")] == [(old_id, T0 + 610), (new.key_id, 0.0)]
    with pytest.raises(ValueError, match="already rotated"):
        await store.rotate_api_key("app-a", old_id, grace_s=600)
    clock.advance(599)
    assert await store.api_key_app(old_key) == "app-a" and await store.issue_token(old_key, clock() + 60)
    clock.advance(1)
    assert await store.api_key_app(old_key) is None and await store.api_key_app(new_key) == "app-a"
    with pytest.raises(errors.ApiKeyInvalid):
        await store.issue_token(old_key, clock() + 60)
    assert [r.key_id for r in await store.api_keys("app-a")] == [new.key_id]
    await store.redis.delete(store.key("apikey", sha256(old_key)))  # its TTL fires
    assert await store.api_key_count("app-a") == 1
    assert await store.redis.smembers(store.key("appkeys", "app-a")) == {sha256(new_key).encode()}


async def test_rotation_without_grace_and_revocation_by_id(store, clock):
    _, old_key = await store.create_app("app-a", PLAN)
    await store.create_app("app-b", PLAN)
    old_id = (await store.api_keys("app-a"))[0].key_id
    assert await store.rotate_api_key("app-b", old_id, grace_s=60) is None  # another app's key id
    assert await store.rotate_api_key("app-a", "key_00000000", grace_s=60) is None
    for bad in (-1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="grace_s"):
            await store.rotate_api_key("app-a", old_id, grace_s=bad)
    new_key, new, _ = await store.rotate_api_key("app-a", old_id, grace_s=0)
    assert await store.api_key_app(old_key) is None
    assert not await store.redis.exists(store.key("apikey", sha256(old_key)))
    assert not await store.revoke_api_key_id("app-b", new.key_id)
    assert not await store.revoke_api_key_id("app-a", old_id)
    assert await store.revoke_api_key_id("app-a", new.key_id)
    assert await store.api_key_app(new_key) is None and await store.api_keys("app-a") == []
    assert not await store.redis.exists(store.key("appkeys", "app-a"))


async def test_a_key_from_before_key_ids_gets_one_that_sticks(store):
    _, api_key = await store.create_app("app-a", PLAN)
    record_key = store.key("apikey", sha256(api_key))
    await store.redis.set(record_key, json.dumps({"app_id": "app-a", "created_at": T0}))
    key_id = (await store.api_keys("app-a"))[0].key_id
    assert key_id.startswith("key_") and json.loads(await store.redis.get(record_key))["key_id"] == key_id
    assert [r.key_id for r in await store.api_keys("app-a")] == [key_id]
    assert await store.api_key_app(api_key) == "app-a"


async def test_an_app_holds_a_bounded_number_of_keys(store, monkeypatch):
    monkeypatch.setattr(keys_mod, "MAX_API_KEYS_PER_APP", 3)
    await store.create_app("app-a", PLAN)
    await store.create_api_key("app-a")
    await store.create_api_key("app-a")
    with pytest.raises(ValueError, match="already holds 3 API keys"):
        await store.create_api_key("app-a")
    assert await store.api_key_count("app-a") == 3


async def test_set_plan_changes_some_fields_and_checks_them(store):
    await store.create_app("app-a", PLAN)
    await store.consume_credits("app-a", 30)
    app = await store.set_plan("app-a", {"max_sessions": 5, "idle_timeout_s": 20})
    assert app.plan == Plan(max_sessions=5, credits_s=100.0, max_session_duration_s=600.0, idle_timeout_s=20.0)
    assert (await store.get_app("app-a")).plan == app.plan and await store.credits("app-a") == 70.0
    for bad in ({"max_sessions": -1}, {"max_sessions": "3"}, {"idle_timeout_s": -1.0}, {"colour": 1}):
        with pytest.raises(ValueError):
            await store.set_plan("app-a", bad)
    assert (await store.get_app("app-a")).plan == app.plan
    with pytest.raises(ValueError, match="unknown app"):
        await store.set_plan("nobody", {"max_sessions": 1})


# --- tokens ---------------------------------------------------------------------------------
@pytest.mark.parametrize("api_key", ["", "sk_short", "sk_" + "A" * 43, "xx_" + "A" * 43])
async def test_issue_token_rejects_empty_malformed_and_unknown_keys(store, clock, api_key):
    await store.create_app("app-a", PLAN)
    with pytest.raises(errors.ApiKeyInvalid) as caught:
        await store.issue_token(api_key, clock() + 60)
    assert caught.value.http_status == 401


async def test_token_expiry_range_is_now_exclusive_to_max_ttl_inclusive(store, clock):
    _, api_key = await store.create_app("app-a", PLAN)
    assert (await store.issue_token(api_key, T0 + DAY_S)).startswith("st_")
    for bad, phrase in [(T0 + DAY_S + 1, "more than 86400 s"), (T0, "not after now"), (T0 - 5, "not after now")]:
        with pytest.raises(errors.BadTokenRequest) as caught:
            await store.issue_token(api_key, bad)
        assert phrase in caught.value.message and caught.value.http_status == 400
    for bad in [float("nan"), float("inf"), "1700000100", True]:
        with pytest.raises(errors.BadTokenRequest):
            await store.issue_token(api_key, bad)


async def test_token_keys_expire_at_expiry_and_tombstone_later(store, clock):
    _, api_key = await store.create_app("app-a", PLAN)
    token = await store.issue_token(api_key, T0 + 3600.5)
    token_hash = hashlib.sha256(token.encode()).hexdigest()
    assert abs(await store.redis.pttl(store.key("token", token_hash)) - 3_600_500) < 2_000
    tomb_ms = await store.redis.pttl(store.key("tokenexp", token_hash))
    assert abs(tomb_ms - (3_600_500 + DAY_S * 1000)) < 2_000


async def test_authenticate_grants_and_token_is_reusable(store, clock):
    emap = np.arange(5200, dtype=np.float32).reshape(52, 100) / 5200.0
    await store.create_app("app-a", PLAN)
    _, api_key = await store.create_app("app-b", PLAN)
    await store.register_avatar("app-b", "ava-b", {"expression_map": emap.tolist(), "note": "x"})
    token = await store.issue_token(api_key, T0 + 600)
    for _ in range(2):
        grant = await store.authenticate("app-b", token, "ava-b")
        assert grant.app_id == "app-b" and grant.avatar_id == "ava-b"
        assert grant.plan == PLAN and grant.token_expire_at == T0 + 600 and grant.credits_s == 100.0
        assert grant.avatar_settings["note"] == "x"
    assert np.array_equal(np.frombuffer(grant.expression_map_f32(), "<f4").reshape(52, 100), emap)


async def test_authenticate_error_order(store, clock):
    await store.create_app("app-a", PLAN)
    _, key_b = await store.create_app("app-b", PLAN)
    await store.register_avatar("app-a", "ava-a")
    await store.register_avatar("app-b", "ava-b")
    token_b = await store.issue_token(key_b, T0 + 60)

    async def failure(app_id, token, avatar_id):
        with pytest.raises(errors.AuthError) as caught:
            await store.authenticate(app_id, token, avatar_id)
        return type(caught.value)

    assert await failure("app-b", "", "ava-b") is errors.TokenEmpty
    assert await failure("app-b", "not-a-token", "ava-b") is errors.TokenInvalid
    assert await failure("app-b", "st_" + "B" * 43, "ava-b") is errors.TokenInvalid
    assert await failure("app-a", token_b, "ava-a") is errors.AppIdMismatch
    assert await failure("bad:app", token_b, "ava-b") is errors.AppIdMismatch
    assert await failure("app-b", token_b, "ava-a") is errors.AvatarNotFound
    assert await failure("app-b", token_b, "ava-none") is errors.AvatarNotFound
    assert await failure("app-b", token_b, "../etc") is errors.AvatarNotFound
    await store.delete_app("app-b")
    assert await failure("app-b", token_b, "ava-b") is errors.AppIdUnrecognized
    clock.advance(61)
    assert await failure("app-a", token_b, "ava-a") is errors.TokenExpired


async def test_expired_token_reads_expired_after_redis_drops_it(store, clock):
    _, api_key = await store.create_app("app-a", PLAN)
    await store.register_avatar("app-a", "ava-1")
    token = await store.issue_token(api_key, T0 + 60)
    token_hash = hashlib.sha256(token.encode()).hexdigest()
    clock.advance(60)
    with pytest.raises(errors.TokenExpired) as caught:
        await store.authenticate("app-a", token, "ava-1")
    assert caught.value.http_status == 401
    await store.redis.delete(store.key("token", token_hash))  # what Redis does at the TTL
    with pytest.raises(errors.TokenExpired):
        await store.authenticate("app-a", token, "ava-1")
    await store.redis.delete(store.key("tokenexp", token_hash))  # past the tombstone
    with pytest.raises(errors.TokenInvalid) as caught:
        await store.authenticate("app-a", token, "ava-1")
    assert caught.value.http_status == 400


# --- avatars ----------------------------------------------------------------------------------
async def test_avatar_belongs_to_one_app(store):
    await store.create_app("app-a", PLAN)
    await store.create_app("app-b", PLAN)
    await store.register_avatar("app-a", "ava-1", {"v": 1})
    await store.register_avatar("app-a", "ava-1", {"v": 2})
    record = await store.get_avatar("ava-1")
    assert record.app_id == "app-a" and record.settings == {"v": 2}
    with pytest.raises(ValueError, match="another app"):
        await store.register_avatar("app-b", "ava-1")
    with pytest.raises(ValueError, match="unknown app"):
        await store.register_avatar("nobody", "ava-2")
    assert await store.avatars("app-a") == ["ava-1"] and await store.avatars("app-b") == []
    assert await store.get_avatar("ava-2") is None


@pytest.mark.parametrize(
    "settings",
    [
        {"expression_map": [[0.0] * 100] * 51},
        {"expression_map": [[0.0] * 99] * 52},
        {"expression_map": [[float("nan")] * 100] * 52},
        {"expression_map": [[True] * 100] * 52},
        {"blob": "x" * (store_mod.MAX_AVATAR_SETTINGS_BYTES + 1)},
        {"obj": object()},
        ["not", "a", "mapping"],
    ],
)
def test_avatar_settings_validation_rejects(settings):
    with pytest.raises(ValueError):
        store_mod.validate_avatar_settings(settings)


def test_expression_map_bytes_layout():
    emap = [[r * 100 + c for c in range(100)] for r in range(52)]
    raw = store_mod.expression_map_f32(store_mod.validate_avatar_settings({"expression_map": emap}))
    assert len(raw) == 52 * 100 * 4
    assert np.frombuffer(raw, "<f4")[101] == 101.0
    assert store_mod.expression_map_f32({}) == b""


# --- live sessions ----------------------------------------------------------------------------
async def test_concurrency_limit_counts_distinct_live_sessions(store, clock):
    await store.acquire_session("app-a", "c1", limit=2)
    await store.acquire_session("app-a", "c2", limit=2)
    with pytest.raises(errors.ConcurrencyLimit) as caught:
        await store.acquire_session("app-a", "c3", limit=2)
    assert caught.value.code == 4003 and caught.value.retryable
    await store.acquire_session("app-a", "c1", limit=2)  # already counted: refreshed
    await store.acquire_session("app-b", "c3", limit=2)  # limits are per app
    await store.release("app-a", "c1")
    await store.acquire_session("app-a", "c3", limit=2)
    assert await store.active_sessions("app-a") == 2
    ttl_ms = await store.redis.pttl(store.key("sessions", "app-a"))
    assert 0 < ttl_ms <= 45_000


async def test_stale_sessions_are_evicted(store, clock):
    await store.acquire_session("app-a", "c1", limit=2, stale_after_s=30)
    await store.acquire_session("app-a", "c2", limit=2, stale_after_s=30)
    clock.advance(20)
    assert await store.heartbeat("app-a", "c1", stale_after_s=30)
    clock.advance(10)  # c2 is exactly 30 s old: still live
    with pytest.raises(errors.ConcurrencyLimit):
        await store.acquire_session("app-a", "c3", limit=2, stale_after_s=30)
    clock.advance(0.5)  # c2 is now stale (crashed gateway)
    await store.acquire_session("app-a", "c3", limit=2, stale_after_s=30)
    members = await store.redis.zrange(store.key("sessions", "app-a"), 0, -1)
    assert sorted(members) == [b"c1", b"c3"]
    assert await store.heartbeat("app-a", "c3", stale_after_s=30)


async def test_a_live_sessions_heartbeat_counts_it_again_after_the_set_is_lost(store, clock):
    """A Redis outage longer than the set's TTL (or a restart without persistence) loses it;
    the sessions still stream, so their next heartbeats must count them again."""
    await store.acquire_session("app-a", "c1", limit=1, stale_after_s=30)
    await store.redis.delete(store.key("sessions", "app-a"))
    assert not await store.heartbeat("app-a", "c1", stale_after_s=30)  # had to be re-added
    with pytest.raises(errors.ConcurrencyLimit):
        await store.acquire_session("app-a", "c2", limit=1, stale_after_s=30)
    assert await store.heartbeat("app-a", "c1", stale_after_s=30)
    assert 0 < await store.redis.pttl(store.key("sessions", "app-a")) <= 30_000


async def test_eviction_keeps_a_session_exactly_at_the_staleness_bound(store, clock):
    await store.acquire_session("app-a", "c1", limit=3, stale_after_s=30)
    clock.advance(30)
    await store.acquire_session("app-a", "c2", limit=3, stale_after_s=30)
    assert await store.redis.zscore(store.key("sessions", "app-a"), "c1") == T0
    clock.advance(0.001)
    await store.acquire_session("app-a", "c3", limit=3, stale_after_s=30)
    assert await store.redis.zscore(store.key("sessions", "app-a"), "c1") is None


async def test_concurrent_acquires_never_exceed_the_limit(store):
    results = await asyncio.gather(
        *(store.acquire_session("app-a", f"c{i}", limit=3) for i in range(12)), return_exceptions=True
    )
    admitted = [r for r in results if r is None]
    refused = [r for r in results if isinstance(r, errors.ConcurrencyLimit)]
    assert len(admitted) == 3 and len(refused) == 9
    assert await store.active_sessions("app-a") == 3


async def test_zero_limit_refuses_everyone(store):
    with pytest.raises(errors.ConcurrencyLimit):
        await store.acquire_session("app-a", "c1", limit=0)


# --- credits ------------------------------------------------------------------------------------
async def test_credits_consume_add_and_exhaust(store):
    await store.create_app("app-a", PLAN)
    assert await store.require_credits("app-a") == 100.0
    assert await store.consume_credits("app-a", 40.25) == pytest.approx(59.75)
    assert await store.consume_credits("app-a", 60.0) == pytest.approx(-0.25)
    with pytest.raises(errors.CreditsExhausted) as caught:
        await store.require_credits("app-a")
    assert caught.value.code == 4001 and not caught.value.retryable
    assert await store.add_credits("app-a", 10) == pytest.approx(9.75)
    assert await store.credits("app-a") == pytest.approx(9.75)
    with pytest.raises(errors.CreditsExhausted):
        await store.require_credits("nobody")
    for bad in (-1.0, float("nan")):
        with pytest.raises(ValueError):
            await store.consume_credits("app-a", bad)
    with pytest.raises(ValueError):
        await store.add_credits("app-a", 0)
    with pytest.raises(ValueError, match="unknown app"):
        await store.add_credits("nobody", 5)


async def test_consumption_after_the_app_is_deleted_writes_nothing_and_reports_none_left(store):
    await store.create_app("app-a", PLAN)
    assert await store.delete_app("app-a")
    assert await store.consume_credits("app-a", 2.0) == 0.0
    assert await store.redis.exists(store.key("credits", "app-a")) == 0  # no orphan balance
    await store.create_app("app-a", PLAN)  # the id can be reused with its plan's full balance
    assert await store.credits("app-a") == pytest.approx(PLAN.credits_s)


async def test_concurrent_consumption_is_exact(store):
    await store.create_app("app-a", PLAN)
    await asyncio.gather(*(store.consume_credits("app-a", 0.5) for _ in range(50)))
    assert await store.credits("app-a") == pytest.approx(75.0)


# --- routing: tests/unit/test_routing.py ----------------------------------------------------
async def test_ping(store):
    assert await store.ping()


async def test_ping_reports_unreachable_redis(clock):
    class Down:
        async def ping(self):
            raise RedisConnectionError("connection refused")

    assert not await Store(Down(), clock=clock).ping()


# --- rate limits ------------------------------------------------------------------------------------
async def test_requests_are_counted_per_subject_in_fixed_windows(store, clock):
    clock.now = 1_700_000_000.25  # 0.25 s into a 1 s window
    for _ in range(3):
        await store.count_request("client", "10.0.0.1", limit=3, window_s=1.0)
    with pytest.raises(errors.RateLimited) as caught:
        await store.count_request("client", "10.0.0.1", limit=3, window_s=1.0)
    assert caught.value.retry_after_s == pytest.approx(0.75) and caught.value.retry_after_header == "1"
    assert caught.value.http_status == 429 and caught.value.message == "rate limit exceeded: 3 requests per 1 s"
    await store.count_request("client", "10.0.0.2", limit=3, window_s=1.0)  # another subject
    await store.count_request("app", "10.0.0.1", limit=3, window_s=1.0)  # another scope
    (key,) = [k for k in await keys_under(store) if ":client:10.0.0.1:" in k]
    assert 1000 < await store.redis.pttl(key) <= 2000  # the window plus a second
    clock.advance(0.75)  # the next window
    await store.count_request("client", "10.0.0.1", limit=3, window_s=1.0)


async def test_a_zero_limit_counts_nothing_and_bad_windows_are_refused(store, clock):
    for _ in range(5):
        await store.count_request("client", "10.0.0.1", limit=0, window_s=1.0)
    assert await keys_under(store) == []
    for window_s in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError):
            await store.count_request("client", "10.0.0.1", limit=1, window_s=window_s)
    clock.now = 1_700_000_000.0
    with pytest.raises(errors.RateLimited) as caught:
        for _ in range(3):
            await store.count_request("app", "app-a", limit=2, window_s=60.0)
    assert caught.value.retry_after_header == "40"  # 1_700_000_000 is 20 s into its minute


# --- admin ------------------------------------------------------------------------------------------
async def test_admin_create_show_and_keys(store, clock, tmp_path):
    created = await admin.create_app(store, "app-a", PLAN)
    assert created["plan"] == {
        "max_sessions": 2,
        "credits_s": 100.0,
        "max_session_duration_s": 600.0,
        "idle_timeout_s": 0.0,
    }
    extra = await admin.create_key(store, "app-a")
    settings_file = tmp_path / "ava.json"
    settings_file.write_text(json.dumps({"expression_map": [[0.5] * 100] * 52}))
    assert (await admin.register_avatar(store, "app-a", "ava-1", settings_file))["settings_keys"] == ["expression_map"]
    await admin.register_avatar(store, "app-a", "ava-2", None)
    assert (await admin.add_credits(store, "app-a", 20))["credits_s"] == 120.0
    await store.acquire_session("app-a", "c1", limit=2)
    shown = await admin.show_app(store, "app-a")
    assert shown == {
        "app_id": "app-a",
        "created_at": T0,
        "plan": created["plan"],
        "credits_s": 120.0,
        "api_keys": 2,
        "avatars": ["ava-1", "ava-2"],
        "active_sessions": 1,
        "home_region": "",
        "fallback_regions": [],
    }
    text = json.dumps(shown)
    for api_key in (created["api_key"], extra["api_key"]):
        assert api_key not in text and hashlib.sha256(api_key.encode()).hexdigest() not in text
    assert await admin.revoke_key(store, extra["api_key"]) == {"revoked": True}
    assert (await admin.show_app(store, "app-a"))["api_keys"] == 1
    with pytest.raises(errors.AdminNotFound, match="app 'nobody'"):
        await admin.show_app(store, "nobody")
    assert await admin.delete_app(store, "app-a") == {"app_id": "app-a", "deleted": True}


async def test_admin_rejects_non_object_settings_file(store, tmp_path):
    await admin.create_app(store, "app-a", PLAN)
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(ValueError, match="JSON object"):
        await admin.register_avatar(store, "app-a", "ava-1", bad)
    bad.write_text("{nope")
    with pytest.raises(ValueError, match="not JSON"):
        await admin.register_avatar(store, "app-a", "ava-1", bad)


async def test_ensure_dev_app_gives_a_working_fresh_key_each_start(redis_client, prefix, clock):
    settings = Settings.load(env={}, redis_prefix=prefix, default_max_sessions=3, default_credits_s=50.0)
    store = Store.from_settings(redis_client, settings, clock=clock)
    first = await admin.ensure_dev_app(store, settings)
    await store.consume_credits(first.app_id, 10)
    second = await admin.ensure_dev_app(store, settings)
    assert (first.app_id, first.avatar_id) == (second.app_id, second.avatar_id) == ("dev-app", "dev-avatar")
    assert first.api_key != second.api_key
    assert await store.credits("dev-app") == 40.0  # an existing dev app keeps its balance
    for creds in (first, second):
        token = await store.issue_token(creds.api_key, clock() + 3600)
        grant = await store.authenticate(creds.app_id, token, creds.avatar_id)
        assert grant.plan == Plan(max_sessions=3, credits_s=50.0, max_session_duration_s=3600.0)
    assert store.key("app", "dev-app") in await keys_under(store)  # the settings prefix is used


async def test_ensure_dev_app_keeps_the_previous_start_key_while_it_is_valid(redis_client, prefix, clock):
    settings = Settings.load(env={}, redis_prefix=prefix)
    store = Store.from_settings(redis_client, settings, clock=clock)
    first = await admin.ensure_dev_app(store, settings)
    again = await admin.ensure_dev_app(store, settings, previous_api_key=first.api_key)
    assert again.api_key == first.api_key and await store.api_key_count("dev-app") == 1
    _, other_key = await store.create_app("other-app", Plan(max_sessions=1, credits_s=1.0, max_session_duration_s=60.0))
    for stale in (other_key, "sk-not-a-key", ""):  # another app's key, a malformed key, none
        fresh = await admin.ensure_dev_app(store, settings, previous_api_key=stale)
        assert fresh.api_key not in (stale, first.api_key)
        assert await store.api_key_app(fresh.api_key) == "dev-app"
    assert await store.revoke_api_key(first.api_key)
    replaced = await admin.ensure_dev_app(store, settings, previous_api_key=first.api_key)
    assert replaced.api_key != first.api_key and await store.api_key_app(first.api_key) is None


def test_plan_validation():
    for bad in [
        dict(max_sessions=-1),
        dict(credits_s=float("nan")),
        dict(max_session_duration_s=0),
        dict(idle_timeout_s=-1.0),
        dict(idle_timeout_s=float("inf")),
    ]:
        with pytest.raises(ValueError):
            Plan(**{"max_sessions": 1, "credits_s": 1.0, "max_session_duration_s": 1.0, **bad})


async def test_open_redis_picks_fakeredis_without_url():
    import redis.asyncio

    embedded = store_mod.open_redis(Settings.load(env={}))
    assert isinstance(embedded, fakeredis.aioredis.FakeRedis) and await embedded.ping()
    await embedded.aclose()
    real = store_mod.open_redis(Settings.load(env={"SPATIUS_REDIS_URL": "redis://redis.example:6390/2"}))
    assert isinstance(real, redis.asyncio.Redis) and not isinstance(real, fakeredis.aioredis.FakeRedis)
    assert real.connection_pool.connection_kwargs["port"] == 6390
    await real.aclose()


def test_previous_api_key_is_read_from_a_credentials_file_only_when_it_holds_one(tmp_path):
    from spatius_motion.cli import _previous_api_key

    path = tmp_path / "dev.json"
    assert _previous_api_key(path) is None  # no file yet: the first start
    for content in ("{nope", "[1, 2]", '{"api_key": 7}', '{"app_id": "dev-app"}'):
        path.write_text(content)
        assert _previous_api_key(path) is None
    path.write_text('{"app_id": "dev-app", "api_key": "sk-abc"}')
    assert _previous_api_key(path) == "sk-abc"
