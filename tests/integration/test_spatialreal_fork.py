"""The SpatialReal fork (`spatialreal` 0.2.2, the avatarkit successor) as a new user runs it:
its token route, its reply field, and pause/resume that must not end the session.

The fork's client runs in a subprocess (``fork_client.py``): its generated protobuf module
registers the same ``driveningress.v2`` package as the official SDK and this server.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.integration

FORK_CLIENT = Path(__file__).with_name("fork_client.py")


async def test_fork_token_route_replies_in_both_spellings(app_credentials):
    root = app_credentials["console_url"].removesuffix("/v1/console")
    async with httpx.AsyncClient() as client:
        reply = await client.post(
            root + "/v1/auth/session-token",
            json={"expireAt": int(datetime.now(timezone.utc).timestamp()) + 600},
            headers={"X-Api-Key": app_credentials["api_key"]},
        )
    assert reply.status_code == 200
    body = reply.json()
    assert body["session_token"] and body["session_token"] == body["sessionToken"]


@pytest.mark.parametrize("auth", ["header", "query"])
async def test_fork_streams_and_survives_pause_and_resume(app_credentials, tmp_path, auth):
    credentials = tmp_path / "credentials.json"
    credentials.write_text(json.dumps(dict(app_credentials)))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(FORK_CLIENT),
        str(credentials),
        auth,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, stderr.decode()[-2000:]
    seen = json.loads(stdout.decode().splitlines()[-1])
    assert seen["paused"] == seen["resumed"] == seen["req_id"]
    assert seen["ends"] == 1 and seen["keyframes"] == 25
    assert seen["errors"] == [] and not seen["closed_early"]
