"""A client that stops reading is ended within the send timeout, and its slot is freed.

The client's socket has a small receive buffer and its WebSocket library reads one message
ahead, so the server's socket buffers fill after a few seconds of keyframes; the gateway's
writer then waits on the socket, and past ``send_timeout_s`` the session ends with 1008.
"""

from __future__ import annotations

import asyncio
import socket
import time
from urllib.parse import urlsplit

import pytest
import websockets

from spatius_motion import errors, server
from spatius_motion.gateway.protocol import encode_audio, encode_configure
from tests.integration.conftest import delete_prefix, new_app, server_settings
from tests.integration.sdk_client import synthetic_speech

pytestmark = pytest.mark.integration

SEND_TIMEOUT_S = 1.0
REQUEST_S = 25.0
"""Audio per req_id (under the 30 s pending-audio bound): 625 keyframes, ~520 KB with ARKit."""
MAX_REQUESTS = 20
FREED_WITHIN_S = 15.0
"""Send timeout, the farewell's bound (5 s) and a margin for the 2-core machine."""


async def until(condition, timeout_s: float = 30.0) -> None:
    """Poll ``condition`` every 50 ms until it holds; fail past ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        await asyncio.sleep(0.05)


async def test_a_client_that_stops_reading_is_ended_and_its_slot_freed(ray_cluster, redis_client):
    settings = server_settings(region="slow-reader", send_timeout_s=SEND_TIMEOUT_S)
    running = await server.start(settings, redis=redis_client)
    try:
        credentials = await new_app(running)
        store = running.gateway.store
        token = await store.issue_token(credentials["api_key"], time.time() + 600)
        url = f"{running.ingress_url}/websocket?id={credentials['avatar_id']}"
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # before connect: no autotuning
        parts = urlsplit(running.ingress_url)
        sock.connect((parts.hostname, parts.port))
        ws = await websockets.connect(
            url,
            sock=sock,
            additional_headers={"X-App-ID": credentials["app_id"], "X-Session-Key": token},
            compression=None,
            max_queue=1,  # the library stops reading the socket once one message waits
        )
        await ws.send(encode_configure(16000, {"arkit": "1"}))
        await ws.recv()  # the confirmation; nothing is read after it
        assert await store.active_sessions(credentials["app_id"]) == 1
        (connection,) = running.gateway.connections
        speech = synthetic_speech(REQUEST_S, 16000)
        for i in range(MAX_REQUESTS):  # ~520 KB of keyframes with ARKit each, never read
            if connection._done.is_set():
                break
            req_id = f"req-{i}"
            await ws.send(encode_audio(req_id, speech, True))
            # wait until the shard has drained it into the gateway's outbox, or the session ended
            await until(lambda r=req_id: r in connection._session._forgotten or connection._done.is_set())
        # the writer now waits on full buffers: within the send timeout the session ends
        await until(lambda: connection._done.is_set(), timeout_s=SEND_TIMEOUT_S + 10)
        assert isinstance(connection._closing, errors.ClientTooSlow)
        await until(lambda: connection not in running.gateway.connections)
        deadline = time.monotonic() + FREED_WITHIN_S
        while await store.active_sessions(credentials["app_id"]):
            assert time.monotonic() < deadline, "the slow client's slot was not freed"
            await asyncio.sleep(0.05)
        ws.transport.abort()
    finally:
        await running.stop()
        await delete_prefix(redis_client, settings.redis_prefix)
