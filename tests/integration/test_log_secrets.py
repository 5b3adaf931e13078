"""No log line carries a session token, an API key, their query parameters or audio: a real
``spatius-motion serve`` process at DEBUG level serves a query-auth SDK session (the token in
the WebSocket URL), a header-auth one, refused requests and admin calls, and its whole output is
scanned afterwards."""

from __future__ import annotations

import asyncio
import json
import os
import re
import secrets
import subprocess
import time

import httpx
import pytest

from spatius_motion.cli import READY_LINE
from tests.integration.conftest import AppCredentials, delete_prefix, end_serve, joined_serve_command
from tests.integration.sdk_client import Recorder, open_session, send_pcm, synthetic_speech

pytestmark = pytest.mark.integration


async def test_logs_never_carry_tokens_keys_or_their_query_parameters(ray_cluster, redis_client, tmp_path):
    prefix = f"spatius-test-{secrets.token_hex(4)}:"
    region = "logs" + secrets.token_hex(3)
    admin_token = secrets.token_urlsafe(32)
    credentials_file, log_file = tmp_path / "dev.json", tmp_path / "serve.log"
    env = {
        **os.environ,
        "SPATIUS_REDIS_PREFIX": prefix,
        "SPATIUS_LOG_LEVEL": "DEBUG",
        "SPATIUS_ADMIN_TOKEN": admin_token,
        "SPATIUS_DRAIN_TIMEOUT_S": "2",
    }
    with open(log_file, "w") as log:
        process = subprocess.Popen(
            joined_serve_command(region, credentials_file),
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env=env,
        )
    secrets_seen: list[str] = [admin_token]
    try:
        ready = await asyncio.to_thread(process.stdout.readline)  # event: the server says it serves
        assert ready.startswith(READY_LINE), ready
        facts = AppCredentials(json.loads(credentials_file.read_text()))
        secrets_seen.append(facts["api_key"])
        for query_auth in (True, False):
            recorder = Recorder()
            session = await open_session(facts, recorder, use_query_auth=query_auth, sample_rate=16000)
            secrets_seen.append(session._session_token)
            req_id = await send_pcm(session, synthetic_speech(0.4, 16000), 16000)
            await recorder.ended(req_id)
            await session.close()
        console = facts["console_url"]
        base = console.removesuffix("/v1/console")
        async with httpx.AsyncClient(timeout=30) as client:
            wrong_key = "sk_" + secrets.token_urlsafe(32)
            secrets_seen.append(wrong_key)
            reply = await client.post(
                console + "/session-tokens", headers={"X-Api-Key": wrong_key}, json={"expireAt": time.time() + 60}
            )
            assert reply.status_code == 401
            keys = await client.get(
                f"{base}/v1/admin/apps/{facts['app_id']}/keys", headers={"Authorization": f"Bearer {admin_token}"}
            )
            assert keys.status_code == 200
            created = await client.post(
                f"{base}/v1/admin/apps/{facts['app_id']}/keys", headers={"Authorization": f"Bearer {admin_token}"}
            )
            secrets_seen.append(created.json()["api_key"])
            wrong_token = secrets.token_urlsafe(32)
            secrets_seen.append(wrong_token)
            assert (
                await client.get(f"{base}/v1/admin/regions", headers={"Authorization": f"Bearer {wrong_token}"})
            ).status_code == 401
        ingress = facts["ingress_url"].replace("ws://", "http://")
        stolen = "st_" + secrets.token_urlsafe(32)
        secrets_seen.append(stolen)
        async with httpx.AsyncClient(timeout=30) as client:  # a plain GET with the query auth parameters
            await client.get(
                f"{ingress}/websocket",
                params={"id": facts["avatar_id"], "appId": facts["app_id"], "sessionKey": stolen},
            )
        process.terminate()
        assert await asyncio.to_thread(process.wait, 60) == 0
    finally:
        await end_serve(process, region, ray_cluster.ray_namespace)
        await delete_prefix(redis_client, prefix)
    output = log_file.read_text() + process.stdout.read()
    assert "spatius_motion.audit" in output and "GET /v1/admin/apps/{app_id}/keys" in output  # the log was captured
    for secret in secrets_seen:
        assert secret not in output
        assert secret[3:] not in output  # not even without its prefix
    assert "BINARY <redacted>" in output and re.search(r"BINARY [0-9a-f]{2}\b", output) is None  # no audio bytes
    assert "sessionKey=" in output  # the request lines are there, their values redacted
    assert re.search(r"sessionKey=(?!<redacted>)", output) is None
    assert re.search(r"(?i)(x-session-key|x-api-key|authorization): (?!<redacted>)", output) is None
