"""The /v1/admin HTTP API on a real server: off without a token, 401 for a wrong one, every
operation end to end (a rotated key still streams with the official SDK during its grace
period), bad input refused without changes, and the audit log free of secrets."""

from __future__ import annotations

import logging
import secrets
import time
from typing import Any, AsyncIterator

import httpx
import pytest

from spatius_motion import server
from spatius_motion.gateway.admin_api import MAX_ADMIN_BODY_BYTES
from tests.integration.conftest import AppCredentials, delete_prefix, server_settings
from tests.integration.sdk_client import run_request

pytestmark = pytest.mark.integration

TOKEN = secrets.token_urlsafe(32)
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ADMIN_PATHS = [
    ("GET", "/v1/admin/regions"),
    ("PUT", "/v1/admin/regions/eu"),
    ("POST", "/v1/admin/apps"),
    ("GET", "/v1/admin/apps/some-app"),
    ("DELETE", "/v1/admin/apps/some-app"),
    ("PUT", "/v1/admin/apps/some-app/plan"),
    ("POST", "/v1/admin/apps/some-app/credits"),
    ("GET", "/v1/admin/apps/some-app/keys"),
    ("POST", "/v1/admin/apps/some-app/keys"),
    ("POST", "/v1/admin/apps/some-app/keys/key_00000000/rotate"),
    ("DELETE", "/v1/admin/apps/some-app/keys/key_00000000"),
    ("GET", "/v1/admin/nothing-here"),
    ("GET", "/v1/admin"),
]


@pytest.fixture(scope="module")
async def admin_server(ray_cluster, redis_client) -> AsyncIterator[server.RunningServer]:
    settings = server_settings(admin_token=TOKEN, log_level="INFO")
    running = await server.start(settings, redis=redis_client)
    yield running
    await running.stop()
    await delete_prefix(redis_client, settings.redis_prefix)


@pytest.fixture
async def http(admin_server) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{admin_server.port}", timeout=30) as client:
        yield client


def error_of(reply: httpx.Response) -> dict[str, Any]:
    (error,) = reply.json()["errors"]
    assert set(error) == {"status", "code", "title", "detail"} and error["status"] == reply.status_code
    return error


async def keys_of(redis_client, prefix: str) -> set[bytes]:
    return {key async for key in redis_client.scan_iter(match=prefix + "*", count=1000)}


async def test_every_admin_path_is_404_without_a_configured_token(motion_server):
    assert not motion_server.settings.admin_token
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{motion_server.port}") as client:
        for method, path in ADMIN_PATHS:
            for headers in ({}, AUTH):
                reply = await client.request(method, path, headers=headers, json={})
                assert reply.status_code == 404, (method, path)


async def test_requests_without_or_with_a_wrong_token_get_401_and_change_nothing(admin_server, http, redis_client):
    prefix = admin_server.settings.redis_prefix
    before = await keys_of(redis_client, prefix)
    wrong = [
        {},
        {"Authorization": f"Bearer {secrets.token_urlsafe(32)}"},  # the right length
        {"Authorization": "Bearer short"},
        {"Authorization": f"Bearer {TOKEN[:-1]}"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": TOKEN},
        {"X-Admin-Token": TOKEN},
    ]
    body = {"console_url": "https://c.eu/v1/console", "ingress_url": "wss://i.eu/v2/driveningress", "app_id": "x"}
    for method, path in ADMIN_PATHS:
        for headers in wrong:
            reply = await http.request(method, path, headers=headers, json=body)
            assert reply.status_code == 401, (method, path, headers)
            assert error_of(reply)["title"] == "admin token missing or wrong"
    # A huge body with a wrong token is refused for the token, unread.
    reply = await http.put("/v1/admin/regions/eu", content=b"x" * (4 * MAX_ADMIN_BODY_BYTES), headers=wrong[1])
    assert reply.status_code == 401
    assert await keys_of(redis_client, prefix) == before


async def test_operations_end_to_end_with_the_sdk(admin_server, http, redis_client):
    suffix = secrets.token_hex(3)
    home, fallback = f"home-{suffix}", f"fb-{suffix}"
    for region in (home, fallback):
        reply = await http.put(
            f"/v1/admin/regions/{region}",
            headers=AUTH,
            json={"console_url": admin_server.console_url, "ingress_url": admin_server.ingress_url + "/"},
        )
        assert reply.status_code == 200, reply.text
        assert reply.json() == {
            "name": region,
            "console_url": admin_server.console_url,
            "ingress_url": admin_server.ingress_url,
        }
    listed = (await http.get("/v1/admin/regions", headers=AUTH)).json()["regions"]
    assert {home, fallback} <= {r["name"] for r in listed}

    app_id = f"api-{suffix}"
    created = await http.post(
        "/v1/admin/apps",
        headers=AUTH,
        json={"app_id": app_id, "home_region": home, "fallback_regions": [fallback], "max_sessions": 2},
    )
    assert created.status_code == 201, created.text
    first = created.json()
    assert (first["app_id"], first["home_region"], first["fallback_regions"]) == (app_id, home, [fallback])
    assert first["plan"]["max_sessions"] == 2 and first["key_id"].startswith("key_")
    again = await http.post("/v1/admin/apps", headers=AUTH, json={"app_id": app_id})
    assert again.status_code == 409 and error_of(again)["title"] == "already exists"

    plan = await http.put(f"/v1/admin/apps/{app_id}/plan", headers=AUTH, json={"idle_timeout_s": 30, "max_sessions": 3})
    assert (
        plan.status_code == 200
        and plan.json()["plan"]["idle_timeout_s"] == 30.0
        and plan.json()["plan"]["max_sessions"] == 3
    )
    credits = await http.post(f"/v1/admin/apps/{app_id}/credits", headers=AUTH, json={"seconds": 10})
    assert credits.status_code == 200 and credits.json()["credits_s"] == admin_server.settings.default_credits_s + 10

    store = admin_server.gateway.store
    avatar_id = f"avatar-{suffix}"
    await store.register_avatar(app_id, avatar_id)
    credentials = AppCredentials(
        app_id=app_id,
        api_key=first["api_key"],
        avatar_id=avatar_id,
        console_url=admin_server.console_url,
        ingress_url=admin_server.ingress_url,
    )

    rotated = await http.post(
        f"/v1/admin/apps/{app_id}/keys/{first['key_id']}/rotate", headers=AUTH, json={"grace_s": 600}
    )
    assert rotated.status_code == 201, rotated.text
    second = rotated.json()
    assert second["replaced"]["key_id"] == first["key_id"] and second["api_key"] != first["api_key"]
    assert 590 < second["replaced"]["expires_at"] - time.time() <= 600
    keys = await http.get(f"/v1/admin/apps/{app_id}/keys", headers=AUTH)
    assert [k["key_id"] for k in keys.json()["keys"]] == [first["key_id"], second["key_id"]]
    assert first["api_key"] not in keys.text and second["api_key"] not in keys.text
    shown = await http.get(f"/v1/admin/apps/{app_id}", headers=AUTH)
    assert shown.json()["api_keys"] == 2 and shown.json()["home_region"] == home

    # Both keys stream during the grace period; after revoking the old one only the new one does.
    for api_key in (first["api_key"], second["api_key"]):
        recorder, req_id = await run_request(AppCredentials(credentials, api_key=api_key), 0.4)
        assert recorder.ends[req_id] == 1 and recorder.keyframes[req_id]
    revoked = await http.delete(f"/v1/admin/apps/{app_id}/keys/{first['key_id']}", headers=AUTH)
    assert revoked.status_code == 200 and revoked.json()["revoked"] is True
    token_url = admin_server.console_url + "/session-tokens"
    for api_key, status in ((first["api_key"], 401), (second["api_key"], 200)):
        reply = await http.post(token_url, headers={"X-Api-Key": api_key}, json={"expireAt": int(time.time()) + 60})
        assert reply.status_code == status
    assert (await http.delete(f"/v1/admin/apps/{app_id}/keys/{first['key_id']}", headers=AUTH)).status_code == 404

    extra = await http.post(f"/v1/admin/apps/{app_id}/keys", headers=AUTH)
    assert extra.status_code == 201 and extra.json()["api_key"].startswith("sk_")
    deleted = await http.delete(f"/v1/admin/apps/{app_id}", headers=AUTH)
    assert deleted.status_code == 200
    assert (await http.get(f"/v1/admin/apps/{app_id}", headers=AUTH)).status_code == 404


async def test_bad_input_is_refused_and_changes_nothing(admin_server, http, redis_client):
    prefix = admin_server.settings.redis_prefix
    suffix = secrets.token_hex(3)
    app_id = f"bad-{suffix}"
    assert (await http.post("/v1/admin/apps", headers=AUTH, json={"app_id": app_id})).status_code == 201
    before = await keys_of(redis_client, prefix)
    big = b'{"seconds": 1, "pad": "' + b"x" * MAX_ADMIN_BODY_BYTES + b'"}'

    async def chunks():
        for _ in range(4):
            yield b"x" * MAX_ADMIN_BODY_BYTES

    cases = [
        # (method, path, request options, status)
        ("POST", f"/v1/admin/apps/{app_id}/credits", {"content": big}, 413),
        ("POST", f"/v1/admin/apps/{app_id}/credits", {"content": chunks()}, 413),  # chunked, no length
        ("POST", f"/v1/admin/apps/{app_id}/credits", {"content": b"{nope"}, 400),
        ("POST", f"/v1/admin/apps/{app_id}/credits", {"json": {"seconds": "ten"}}, 400),
        ("POST", f"/v1/admin/apps/{app_id}/credits", {"json": {"seconds": -1}}, 400),
        ("PUT", f"/v1/admin/apps/{app_id}/plan", {"json": {"max_sessions": -1}}, 400),
        ("PUT", f"/v1/admin/apps/{app_id}/plan", {"json": {"colour": "red"}}, 400),
        ("PUT", f"/v1/admin/apps/{app_id}/plan", {"json": {}}, 400),
        ("PUT", f"/v1/admin/apps/{app_id}/plan", {"json": [1, 2]}, 400),
        ("POST", "/v1/admin/apps", {"json": {"app_id": f"new-{suffix}", "home_region": f"nowhere-{suffix}"}}, 400),
        ("POST", "/v1/admin/apps", {"json": {"app_id": "bad:id"}}, 400),
        (
            "PUT",
            "/v1/admin/regions/eu",
            {"json": {"console_url": "ftp://x/v1/console", "ingress_url": "wss://i/v2/driveningress"}},
            400,
        ),
        (
            "PUT",
            "/v1/admin/regions/eu",
            {"json": {"console_url": "https://c/v1/console", "ingress_url": "ftp://i/v2/driveningress"}},
            400,
        ),
        (
            "PUT",
            "/v1/admin/regions/bad:name",
            {"json": {"console_url": "https://c/v1/console", "ingress_url": "wss://i/v2/driveningress"}},
            400,
        ),
        ("POST", f"/v1/admin/apps/{app_id}/keys/key_00000000/rotate", {"json": {}}, 404),
        ("POST", f"/v1/admin/apps/{app_id}/keys/key_00000000/rotate", {"json": {"grace_s": -5}}, 400),
        ("GET", f"/v1/admin/apps/nobody-{suffix}/keys", {}, 404),
        ("DELETE", f"/v1/admin/apps/nobody-{suffix}", {}, 404),
        ("PATCH", f"/v1/admin/apps/{app_id}", {"json": {}}, 405),
        ("GET", "/v1/admin/no/such/route", {}, 404),
    ]
    for method, path, options, status in cases:
        reply = await http.request(method, path, headers=AUTH, **options)
        assert reply.status_code == status, (method, path, reply.text)
        error_of(reply)
    assert await keys_of(redis_client, prefix) == before


async def test_every_request_is_audited_without_secrets(admin_server, http, caplog):
    suffix = secrets.token_hex(3)
    app_id = f"audit-{suffix}"
    with caplog.at_level(logging.INFO, logger="spatius_motion.audit"):
        created = (await http.post("/v1/admin/apps", headers=AUTH, json={"app_id": app_id})).json()
        rotated = (await http.post(f"/v1/admin/apps/{app_id}/keys/{created['key_id']}/rotate", headers=AUTH)).json()
        await http.get(f"/v1/admin/apps/{app_id}/keys", headers={"Authorization": "Bearer wrong"})
        await http.delete(f"/v1/admin/apps/{app_id}/keys/{created['api_key']}", headers=AUTH)  # a key pasted as an id
    lines = [r.getMessage() for r in caplog.records if r.name == "spatius_motion.audit"]
    assert lines == [
        f"admin client=127.0.0.1 POST /v1/admin/apps app_id={app_id} key_id={created['key_id']} status=201",
        f"admin client=127.0.0.1 POST /v1/admin/apps/{{app_id}}/keys/{{key_id}}/rotate app_id={app_id} "
        f"key_id={created['key_id']} new_key_id={rotated['key_id']} status=201",
        f"admin client=127.0.0.1 GET /v1/admin/apps/{{app_id}}/keys app_id={app_id} status=401",
        f"admin client=127.0.0.1 DELETE /v1/admin/apps/{{app_id}}/keys/{{key_id}} app_id={app_id} "
        "key_id=<invalid> status=404",
    ]
    # pytest attaches its capture handler to non-propagating loggers, which switches uvicorn's
    # access log on inside pytest only; the server runs uvicorn with access_log=False.
    assert admin_server._server.config.access_log is False
    everything = "\n".join(r.getMessage() for r in caplog.records if r.name != "uvicorn.access")
    for secret in (TOKEN, created["api_key"], rotated["api_key"]):
        assert secret not in everything
