"""The ``spatius-motion`` command line: operator admin against real Redis, and ``serve``
run unattended with ``--dev-credentials`` joining the test session's Ray cluster."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
import time

import httpx
import pytest

from spatius_motion.cli import DRAINING_LINE, READY_LINE
from spatius_motion.loadtest.session import synthetic_speech
from tests.integration.conftest import REDIS_URL, AppCredentials, delete_prefix, end_serve, joined_serve_command
from tests.integration.sdk_client import Recorder, keyframes_for, open_session, run_request, send_pcm

pytestmark = pytest.mark.integration


def run_cli(*args: str, env: dict | None, stdin: str | None) -> subprocess.CompletedProcess:
    """``spatius-motion ARGS`` in a subprocess with ``env`` added to this one's environment."""
    return subprocess.run(
        [sys.executable, "-m", "spatius_motion.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        input=stdin,
    )


def cli(*args: str, env: dict | None = None, stdin: str | None = None) -> dict:
    done = run_cli(*args, env=env, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def cli_refused(*args: str, env: dict | None = None, stdin: str = "") -> str:
    """Run a command that must fail as an operator mistake (exit 2); returns its stderr."""
    done = run_cli(*args, env=env, stdin=stdin)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    return done.stderr


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
        app_id=app_id,
        api_key=api_key,
        avatar_id="cli-avatar",
        console_url=motion_server.console_url,
        ingress_url=motion_server.ingress_url,
    )
    recorder, req_id = await run_request(credentials, 0.5)
    assert recorder.ends[req_id] == 1


async def test_admin_regions_plans_and_key_rotation(motion_server, redis_client):
    env = {"SPATIUS_REDIS_PREFIX": motion_server.settings.redis_prefix}

    def admin(*args: str, stdin: str | None = None) -> dict:
        return cli("admin", "--redis-url", REDIS_URL, *args, env=env, stdin=stdin)

    def refused(*args: str, stdin: str = "") -> str:
        return cli_refused("admin", "--redis-url", REDIS_URL, *args, env=env, stdin=stdin)

    suffix = secrets.token_hex(3)
    home, fallback, app_id = f"home-{suffix}", f"fb-{suffix}", f"cli-{suffix}"
    urls = ("--console-url", motion_server.console_url, "--ingress-url", motion_server.ingress_url)
    assert await asyncio.to_thread(admin, "set-region", home, *urls) == {
        "name": home,
        "console_url": motion_server.console_url,
        "ingress_url": motion_server.ingress_url,
    }
    await asyncio.to_thread(admin, "set-region", fallback, *urls)
    listed = await asyncio.to_thread(admin, "list-regions")
    assert {home, fallback} <= {region["name"] for region in listed["regions"]}
    error = await asyncio.to_thread(refused, "set-region", "x", "--console-url", "ftp://x", "--ingress-url", "wss://x")
    assert "console_url must be a http/https URL with a host, ending in /v1/console" in error

    error = await asyncio.to_thread(refused, "create-app", "--app-id", app_id, "--home-region", f"nowhere-{suffix}")
    assert f"unknown region 'nowhere-{suffix}'" in error
    assert await redis_client.exists(f"{motion_server.settings.redis_prefix}app:{app_id}") == 0
    created = await asyncio.to_thread(
        admin,
        "create-app",
        "--app-id",
        app_id,
        "--home-region",
        home,
        "--fallback-regions",
        fallback,
        "--max-sessions",
        "2",
        "--idle-timeout-s",
        "30",
    )
    assert (created["home_region"], created["fallback_regions"]) == (home, [fallback])
    assert created["plan"]["idle_timeout_s"] == 30.0
    plan = await asyncio.to_thread(admin, "set-plan", app_id, "--max-sessions", "4", "--max-session-duration-s", "120")
    assert plan["plan"] == {**created["plan"], "max_sessions": 4, "max_session_duration_s": 120.0}
    assert "nothing to change" in await asyncio.to_thread(refused, "set-plan", app_id)

    rotated = await asyncio.to_thread(admin, "rotate-key", app_id, created["key_id"], "--grace-s", "600")
    assert rotated["replaced"]["key_id"] == created["key_id"]
    keys = await asyncio.to_thread(admin, "list-keys", app_id)
    assert [key["key_id"] for key in keys["keys"]] == [created["key_id"], rotated["key_id"]]
    assert keys["keys"][0]["replaced_by"] == rotated["key_id"] and keys["keys"][1]["expires_at"] is None
    assert created["api_key"] not in json.dumps(keys) and rotated["api_key"] not in json.dumps(keys)
    store = motion_server.gateway.store
    assert await store.api_key_app(created["api_key"]) == app_id  # within its grace period
    assert await store.api_key_app(rotated["api_key"]) == app_id

    assert await asyncio.to_thread(admin, "revoke-key", app_id, created["key_id"]) == {
        "app_id": app_id,
        "key_id": created["key_id"],
        "revoked": True,
    }
    assert await store.api_key_app(created["api_key"]) is None
    assert "not found" in await asyncio.to_thread(refused, "revoke-key", app_id, created["key_id"])
    assert "APP KEY_ID" in await asyncio.to_thread(refused, "revoke-key", app_id)
    # The raw key on stdin still works (never as an argument: it would show in ps and history).
    assert await asyncio.to_thread(admin, "revoke-key", stdin=rotated["api_key"] + "\n") == {"revoked": True}
    assert (await asyncio.to_thread(admin, "list-keys", app_id))["keys"] == []
    await asyncio.to_thread(admin, "delete-app", app_id)


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
        joined_serve_command(region, credentials_file),
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = await asyncio.to_thread(process.stdout.readline)  # event: the server says it serves
        assert line.startswith(READY_LINE), line
        facts = json.loads(credentials_file.read_text())
        assert set(facts) == {"app_id", "api_key", "avatar_id", "console_url", "ingress_url"}
        recorder, req_id = await run_request(AppCredentials(facts), 1.0)
        assert len(recorder.keyframes[req_id]) == keyframes_for(1.0)

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
        async with httpx.AsyncClient() as client:  # token requests are refused like upgrades
            refused = await client.post(
                facts["console_url"] + "/session-tokens",
                json={"expireAt": int(time.time()) + 600},
                headers={"X-Api-Key": facts["api_key"]},
            )
        assert refused.status_code == 503 and "gateway shutting down" in refused.text

        session, req_id = sessions[busy]
        assert await send_pcm(session, speech[16000:], 16000) == req_id
        await busy.ended(req_id)
        await asyncio.wait_for(busy.closed.wait(), 10)
        assert len(busy.keyframes[req_id]) == keyframes_for(1.0) and busy.ends[req_id] == 1
        assert drain_codes(busy) == {"4503"}

        await asyncio.wait_for(stuck.closed.wait(), 30)
        _, req_id = sessions[stuck]
        assert stuck.ends[req_id] == 0 and drain_codes(stuck) == {"4503"}
        assert await asyncio.to_thread(process.wait, 60) == 0
        sessions_key = f"{prefix}sessions:{facts['app_id']}"
        assert await redis_client.zcard(sessions_key) == 0
    finally:
        await end_serve(process, region, ray_cluster.ray_namespace)
        await delete_prefix(redis_client, prefix)
