"""The ``spatius-motion`` command line: operator admin against real Redis, and ``serve``
run unattended with ``--dev-credentials`` joining the test session's Ray cluster."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys

import pytest
import ray

from spatius_motion.loadtest.session import synthetic_speech
from spatius_motion.cli import DRAINING_LINE, READY_LINE
from tests.integration.conftest import REDIS_URL, AppCredentials, delete_prefix
from tests.integration.sdk_client import Recorder, open_session, run_request, send_pcm

pytestmark = pytest.mark.integration


def cli(*args: str, env: dict | None = None) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "spatius_motion.cli", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def drain_codes(recorder: Recorder) -> set[str]:
    """The wire codes of the errors the SDK reported: the ServerError's and the close frame's."""
    codes = {getattr(error, "server_code", None) for error in recorder.errors}
    codes |= {str(error.close_code) for error in recorder.errors if getattr(error, "close_code", None)}
    return codes - {None}


async def test_admin_creates_apps_and_avatars_the_server_accepts(motion_server, redis_client):
    env = {"SPATIUS_REDIS_PREFIX": motion_server.settings.redis_prefix}
    app_id = "cli-" + secrets.token_hex(4)
    created = await asyncio.to_thread(
        cli, "admin", "--redis-url", REDIS_URL, "create-app", "--app-id", app_id, "--max-sessions", "2", env=env
    )
    api_key = created["api_key"]
    assert created["app_id"] == app_id and created["plan"]["max_sessions"] == 2
    await asyncio.to_thread(cli, "admin", "--redis-url", REDIS_URL, "register-avatar", app_id, "cli-avatar", env=env)
    shown = await asyncio.to_thread(cli, "admin", "--redis-url", REDIS_URL, "show-app", app_id, env=env)
    assert "cli-avatar" in json.dumps(shown) and api_key not in json.dumps(shown)

    # The key is stored only as a hash: it appears in no key and no value.
    async for key in redis_client.scan_iter(match=motion_server.settings.redis_prefix + "*"):
        assert api_key.encode() not in key
        if await redis_client.type(key) == b"string":
            assert api_key.encode() not in (await redis_client.get(key) or b"")

    credentials = AppCredentials(
        app_id=app_id, api_key=api_key, avatar_id="cli-avatar",
        console_url=motion_server.console_url, ingress_url=motion_server.ingress_url,
    )
    recorder, req_id = await run_request(credentials, 0.5)
    assert recorder.ends[req_id] == 1


async def test_serve_writes_dev_credentials_and_serves_the_sdk(ray_cluster, redis_client, tmp_path):
    prefix = f"spatius-test-{secrets.token_hex(4)}:"
    region = "cli" + secrets.token_hex(3)
    credentials_file = tmp_path / "dev.json"
    env = {
        **os.environ,
        "SPATIUS_REDIS_PREFIX": prefix,
        "SPATIUS_LOG_LEVEL": "WARNING",
        "SPATIUS_DRAIN_TIMEOUT_S": "8",
    }
    process = subprocess.Popen(
        [
            sys.executable, "-m", "spatius_motion.cli", "serve", "--host", "127.0.0.1", "--port", "0",
            "--redis-url", REDIS_URL, "--shards", "1", "--region", region,
            "--ray-address", ray.get_runtime_context().gcs_address,
            "--dev-credentials", str(credentials_file),
        ],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = await asyncio.to_thread(process.stdout.readline)  # event: the server says it serves
        assert line.startswith(READY_LINE), line
        facts = json.loads(credentials_file.read_text())
        assert set(facts) == {"app_id", "api_key", "avatar_id", "console_url", "ingress_url"}
        recorder, req_id = await run_request(AppCredentials(facts), 1.0)
        assert abs(len(recorder.keyframes[req_id]) - 25) <= 1

        # SIGTERM drains: an idle session ends at once with 4503; a request in flight finishes
        # first (all its keyframes, then end=true), and only then does its session end with 4503;
        # a request that never ends is cut short after the drain timeout (8 s here).
        idle, busy, stuck = Recorder(), Recorder(), Recorder()
        await open_session(AppCredentials(facts), idle)
        speech = synthetic_speech(1.0, 16000)
        sessions = {}
        for recorder in (busy, stuck):
            session = await open_session(AppCredentials(facts), recorder, sample_rate=16000)
            req_id = await send_pcm(session, speech[:16000], 16000, end=False)  # the first half second
            await recorder.first_keyframe(req_id)
            sessions[recorder] = session, req_id
        process.terminate()
        line = await asyncio.to_thread(process.stdout.readline)  # event: the drain has begun
        assert line.startswith(f"{DRAINING_LINE} 3 open sessions"), line
        await asyncio.wait_for(idle.closed.wait(), 10)
        assert drain_codes(idle) == {"4503"}
        assert not busy.closed.is_set() and not stuck.closed.is_set()

        session, req_id = sessions[busy]
        assert await send_pcm(session, speech[16000:], 16000) == req_id
        await busy.ended(req_id)
        await asyncio.wait_for(busy.closed.wait(), 10)
        assert abs(len(busy.keyframes[req_id]) - 25) <= 1 and busy.ends[req_id] == 1
        assert drain_codes(busy) == {"4503"}

        await asyncio.wait_for(stuck.closed.wait(), 30)
        _, req_id = sessions[stuck]
        assert stuck.ends[req_id] == 0 and drain_codes(stuck) == {"4503"}
        assert await asyncio.to_thread(process.wait, 60) == 0
        sessions_key = f"{prefix}sessions:{facts['app_id']}"
        assert await redis_client.zcard(sessions_key) == 0
    finally:
        if process.poll() is None:
            process.kill()
            await asyncio.to_thread(process.wait, 30)
        # Shards on a joined cluster are detached: remove this test's own.
        ray.kill(ray.get_actor(f"motion-shard-{region}-0", namespace=ray_cluster.ray_namespace))
        await delete_prefix(redis_client, prefix)
