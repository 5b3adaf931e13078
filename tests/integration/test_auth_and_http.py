"""Token issuing, upgrade rejections as the SDK reads them, health, readiness and metrics."""

from __future__ import annotations

import time

import httpx
import pytest
from spatius import AvatarSDKError, AvatarSDKErrorCode, SessionTokenError

from tests.integration.conftest import new_app
from tests.integration.sdk_client import Recorder, new_session

pytestmark = pytest.mark.integration


def base_url(server) -> str:
    return f"http://127.0.0.1:{server.port}"


async def test_token_endpoint_contract(motion_server, app_credentials):
    url = app_credentials["console_url"] + "/session-tokens"
    headers = {"X-Api-Key": app_credentials["api_key"]}
    now = int(time.time())
    async with httpx.AsyncClient() as client:
        ok = await client.post(url, json={"expireAt": now + 3600}, headers=headers)
        assert ok.status_code == 200 and ok.json()["sessionToken"]
        too_far = await client.post(url, json={"expireAt": now + 86400 + 120}, headers=headers)
        past = await client.post(url, json={"expireAt": now - 1}, headers=headers)
        malformed = await client.post(url, content=b"not json", headers=headers)
        bad_key = await client.post(url, json={"expireAt": now + 60}, headers={"X-Api-Key": "sk_nope"})
    for reply in (too_far, past, malformed):
        assert reply.status_code == 400
        error = reply.json()["errors"][0]
        assert {"status", "code", "title", "detail"} <= set(error)
    assert bad_key.status_code == 401
    assert bad_key.json()["errors"][0]["title"] == "invalid api key"


async def test_sdk_reports_a_bad_api_key(app_credentials):
    credentials = type(app_credentials)(app_credentials, api_key="sk_" + "x" * 43)
    session = new_session(credentials, Recorder())
    with pytest.raises(SessionTokenError) as caught:
        await session.init()
    assert caught.value.http_status == 401


async def test_token_is_reusable_until_expiry(app_credentials):
    first = new_session(app_credentials, Recorder())
    await first.init()
    token = first._session_token
    await first.start()
    second = new_session(app_credentials, Recorder())
    second._session_token = token  # as SDK prewarm does: the same token again
    assert await second.start()
    await first.close()
    await second.close()


async def _start_with(credentials, token: str | None = None, **overrides):
    session = new_session(credentials, Recorder(), **overrides)
    if token is None:
        await session.init()
    else:
        session._session_token = token
    with pytest.raises(AvatarSDKError) as caught:
        await session.start()
    return caught.value


async def test_upgrade_rejections_map_to_sdk_codes(motion_server, app_credentials):
    other = await new_app(motion_server)
    mismatch = await _start_with(type(app_credentials)(app_credentials, app_id=other["app_id"]))
    assert mismatch.code == AvatarSDKErrorCode.appIDMismatch and mismatch.http_status == 400

    invalid = await _start_with(app_credentials, token="st_" + "A" * 43)
    assert invalid.code == AvatarSDKErrorCode.sessionTokenInvalid and invalid.http_status == 400

    no_avatar = await _start_with(type(app_credentials)(app_credentials, avatar_id="missing-avatar"))
    assert no_avatar.code == AvatarSDKErrorCode.avatarNotFound and no_avatar.http_status == 404

    foreign_avatar = await _start_with(type(app_credentials)(app_credentials, avatar_id=other["avatar_id"]))
    assert foreign_avatar.code == AvatarSDKErrorCode.avatarNotFound


async def test_expired_token_is_rejected_with_401(motion_server, app_credentials):
    store = motion_server.gateway.store
    clock = store.clock
    token = await store.issue_token(app_credentials["api_key"], time.time() + 60)
    store.clock = lambda: time.time() + 120  # the gateway's view of time moves past expiry
    try:
        expired = await _start_with(app_credentials, token=token)
    finally:
        store.clock = clock
    assert expired.code == AvatarSDKErrorCode.sessionTokenExpired and expired.http_status == 401


async def test_health_readiness_and_metrics(motion_server, app_credentials):
    async with httpx.AsyncClient(base_url=base_url(motion_server)) as client:
        assert (await client.get("/healthz")).status_code == 200
        ready = await client.get("/readyz")
        assert ready.status_code == 200, ready.text
        report = ready.json()
        assert report["redis"] is True and report["ray"]["ok"] is True
        assert report["eligible_shards"] >= 1
        assert all(shard["healthy"] and not shard["draining"] for shard in report["shards"].values())
        metrics = (await client.get("/metrics")).text
    for family in (
        "spatius_first_keyframe_latency_seconds",
        "spatius_chunk_latency_seconds",
        "spatius_ray_call_seconds",
        "spatius_call_items",
        "spatius_inference_batch_size",
        "spatius_active_sessions",
        "spatius_audio_seconds_total",
        "spatius_keyframes_total",
        "spatius_errors_total",
    ):
        assert family in metrics
