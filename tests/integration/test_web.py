"""The browser client and the demo's routes against a real server with the demo on.

``demo_server`` is a gateway as ``make serve`` makes it (development app, ``demo_enabled``,
``gateway.dev_credentials``) on this session's Ray cluster and real Redis. The client's live
node suite (``web/test/session.test.mjs``) runs against it as a subprocess; the hermetic node
tests run in tests/unit/test_web_client.py.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
import time
import wave
from pathlib import Path
from typing import Any, AsyncIterator

import httpx
import msgspec
import pytest

from spatius_motion import server
from spatius_motion.gateway import admin, demo
from spatius_motion.workers.messages import keyframe_count
from tests.integration.conftest import delete_prefix, new_app, server_settings

pytestmark = pytest.mark.integration

WEB = Path(__file__).resolve().parents[2] / "web"
NODE = shutil.which("node")


async def start_demo_server(redis_client: Any) -> server.RunningServer:
    """A gateway with the demo on and its development app, as ``serve`` sets them up."""
    settings = server_settings(demo_enabled=True)
    running = await server.start(settings, redis=redis_client)
    running.gateway.dev_credentials = await admin.ensure_dev_app(running.gateway.store, settings)
    return running


@pytest.fixture(scope="module")
async def demo_server(ray_cluster, redis_client) -> AsyncIterator[server.RunningServer]:
    running = await start_demo_server(redis_client)
    yield running
    await running.stop()
    await delete_prefix(redis_client, running.settings.redis_prefix)


def base_url(running: server.RunningServer) -> str:
    return f"http://127.0.0.1:{running.port}"


def node_ready() -> None:
    if NODE is None:
        pytest.skip("node is not installed")
    if not (WEB / "node_modules" / ".installed").exists():
        pytest.skip("web/node_modules is missing: run `make web-deps`")


def sample_keyframes() -> int:
    with wave.open(str(demo.STATIC_DIR / "sample.wav")) as sample:
        assert sample.getframerate() == 16000
        return keyframe_count(sample.getnframes(), 16000 // 25)


async def test_client_session_suite_against_the_server(demo_server):
    node_ready()
    limited = await new_app(demo_server, max_sessions=1)
    store = demo_server.gateway.store
    token = await store.issue_token(limited["api_key"], time.time() + 600)
    env = {
        **os.environ,
        "SPATIUS_WEB_BASE_URL": base_url(demo_server),
        "SPATIUS_WEB_LIMITED": json.dumps(
            {"appId": limited["app_id"], "avatarId": limited["avatar_id"], "sessionToken": token}
        ),
        "SPATIUS_WEB_SAMPLE_KEYFRAMES": str(sample_keyframes()),
        "PYTHON": sys.executable,
    }
    process = await asyncio.create_subprocess_exec(
        NODE, "--experimental-websocket", "--test", "test/session.test.mjs", cwd=WEB, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await asyncio.wait_for(process.communicate(), 180)
    text = output.decode()
    assert process.returncode == 0, text[-6000:]
    assert "# fail 0" in text and "# skipped 0" in text, text[-3000:]


async def test_demo_page_and_files_are_served(demo_server):
    async with httpx.AsyncClient(base_url=base_url(demo_server)) as client:
        redirect = await client.get("/demo")
        page = await client.get("/demo/")
        bundle = await client.get("/demo/demo.js")
        worklet = await client.get("/demo/capture-worklet.js")
        sample = await client.get("/demo/sample.wav")
        missing = await client.get("/demo/../settings.py")
        unknown = await client.get("/demo/nothing.js")
    assert redirect.status_code == 308 and redirect.headers["location"] == "/demo/"
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert '<script type="module" src="demo.js">' in page.text and "https://" not in page.text
    assert bundle.status_code == 200 and bundle.headers["content-type"].startswith("text/javascript")
    assert worklet.status_code == 200 and "registerProcessor" in worklet.text
    assert sample.status_code == 200 and sample.content[:4] == b"RIFF"
    assert missing.status_code == 404 and unknown.status_code == 404


async def test_token_helper_mints_tokens_for_local_pages_only(demo_server):
    url = base_url(demo_server)
    async with httpx.AsyncClient(base_url=url) as client:
        ok = await client.post("/demo/session-token", headers={"Origin": url})
        foreign = await client.post("/demo/session-token", headers={"Origin": "http://evil.example"})
        rebound = await client.post("/demo/session-token", headers={"Host": f"evil.example:{demo_server.port}"})
    assert ok.status_code == 200 and ok.headers["cache-control"] == "no-store"
    body = ok.json()
    assert set(body) == {"sessionToken", "appId", "avatarId", "expireAt"}
    assert body["appId"] == demo_server.settings.dev_app_id and body["avatarId"] == demo_server.settings.dev_avatar_id
    assert demo_server.gateway.dev_credentials.api_key not in ok.text
    for refused in (foreign, rebound):
        assert refused.status_code == 403
        assert "demo token helper" in refused.json()["errors"][0]["detail"]


async def test_ingress_check_answers_what_the_upgrade_would(demo_server):
    async with httpx.AsyncClient(base_url=base_url(demo_server)) as client:
        token = (await client.post("/demo/session-token")).json()
        query = {"id": token["avatarId"], "appId": token["appId"], "sessionKey": token["sessionToken"]}
        ok = await client.get("/v2/driveningress/websocket", params=query)
        bad = await client.get("/v2/driveningress/websocket", params={**query, "sessionKey": "st_nope"})
    assert ok.status_code == 200 and ok.json() == {"ok": True}
    assert bad.status_code == 400 and bad.json()["errors"][0]["title"] == "invalid session token"
    assert bad.headers["access-control-allow-origin"] == "*"


async def test_demo_is_off_without_development_credentials(motion_server):
    assert not motion_server.settings.demo_enabled
    async with httpx.AsyncClient(base_url=base_url(motion_server)) as client:
        page = await client.get("/demo/")
        token = await client.post("/demo/session-token")
    assert page.status_code == 404 and token.status_code == 404


async def test_token_helper_without_development_app_answers_503(ray_cluster, redis_client):
    running = await start_demo_server(redis_client)
    try:
        running.gateway.dev_credentials = None
        async with httpx.AsyncClient(base_url=base_url(running)) as client:
            reply = await client.post("/demo/session-token")
        assert reply.status_code == 503 and "development credentials" in reply.json()["errors"][0]["detail"]
    finally:
        await running.stop()
        await delete_prefix(redis_client, running.settings.redis_prefix)


def test_settings_keep_the_demo_off_by_default():
    from spatius_motion.settings import Settings

    assert Settings.load(env={}).demo_enabled is False
    assert msgspec.structs.replace(Settings.load(env={}), demo_enabled=True).demo_enabled
