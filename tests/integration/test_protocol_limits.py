"""Malformed frames and exceeded bounds over a real socket: the client gets the spec's error,
the server keeps serving everyone else."""

from __future__ import annotations

import asyncio

import pytest
import websockets

from spatius_motion import server
from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.gateway.protocol import encode_audio, encode_configure
from tests.integration.conftest import delete_prefix, new_app, server_settings
from tests.integration.sdk_client import keyframes_for, run_request, synthetic_speech

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def strict_server(ray_cluster, redis_client):
    """A second gateway with tight bounds (its own shard), sharing the session's Ray and Redis."""
    settings = server_settings(
        region="strict",
        configure_timeout_s=0.5,
        max_pending_audio_s=1.0,
        max_requests_in_flight=3,
        max_message_bytes=64 * 1024,
    )
    running = await server.start(settings, redis=redis_client)
    yield running
    await running.stop()
    await delete_prefix(redis_client, settings.redis_prefix)


async def connect(running, credentials):
    token = await running.gateway.store.issue_token(credentials["api_key"], __import__("time").time() + 600)
    url = f"{running.ingress_url}/websocket?id={credentials['avatar_id']}"
    return await websockets.connect(
        url, additional_headers={"X-App-ID": credentials["app_id"], "X-Session-Key": token}, compression=None
    )


async def refused(ws) -> tuple[pb.ServerError, int]:
    """The ServerError a refused session gets, then the close code."""
    error = pb.Message.FromString(await ws.recv())
    assert error.type == pb.MESSAGE_SERVER_ERROR
    with pytest.raises(websockets.ConnectionClosed):
        await ws.recv()
    return error.server_error, ws.close_code


async def next_error(ws) -> pb.ServerError:
    while True:
        message = pb.Message.FromString(await ws.recv())
        if message.type == pb.MESSAGE_SERVER_ERROR:
            return message.server_error


@pytest.mark.parametrize(
    "first_frame, text",
    [
        ("hello", "expected ClientConfigureSession message"),
        (b"\xff\xff\xff\xff", "failed to unmarshal initial message"),
        (encode_audio("r", b"", True), "expected ClientConfigureSession message"),
        (
            pb.Message(type=pb.MESSAGE_CLIENT_CONFIGURE_SESSION).SerializeToString(),
            "ClientConfigureSession message is nil",
        ),
    ],
    ids=["text", "junk", "wrong-type", "missing-oneof"],
)
async def test_bad_first_frame(strict_server, first_frame, text):
    credentials = await new_app(strict_server)
    ws = await connect(strict_server, credentials)
    await ws.send(first_frame)
    error, close_code = await refused(ws)
    assert error.message.startswith(text)
    assert error.code == 0 and close_code == 1002


async def test_no_configure_within_the_limit(strict_server):
    credentials = await new_app(strict_server)
    ws = await connect(strict_server, credentials)
    error, close_code = await refused(ws)
    assert error.message.startswith("expected ClientConfigureSession message")


async def test_oversize_message_closes_with_1009(strict_server):
    credentials = await new_app(strict_server)
    ws = await connect(strict_server, credentials)
    await ws.send(encode_configure(16000))
    assert pb.Message.FromString(await ws.recv()).type == pb.MESSAGE_SERVER_CONFIRM_SESSION
    await ws.send(encode_audio("r", b"\0" * (100 * 1024), False))
    error, close_code = await refused(ws)
    assert error.message.startswith("message too big") and close_code == 1009


async def test_pending_audio_bound_rejects_the_request_not_the_session(strict_server):
    credentials = await new_app(strict_server)
    ws = await connect(strict_server, credentials)
    await ws.send(encode_configure(16000))
    await ws.recv()
    await ws.send(encode_audio("too-much", synthetic_speech(1.5, 16000), True))  # 1.5 s > 1 s bound at once
    error = await next_error(ws)
    assert error.code == 3 and error.req_id == "too-much"
    assert error.message.startswith("pending audio limit exceeded")
    await ws.send(encode_audio("too-much", b"\0\0" * 160, True))  # late audio of a dropped req_id
    await ws.send(encode_audio("fine", synthetic_speech(0.5, 16000), True))
    while True:
        message = pb.Message.FromString(await ws.recv())
        assert message.type == pb.MESSAGE_SERVER_RESPONSE_ANIMATION  # no second error
        animation = message.server_response_animation
        assert animation.req_id != "too-much"
        if animation.req_id == "fine" and animation.end:
            break
    shard = next(iter(strict_server.gateway.dispatcher.shard_handles.values()))
    assert (await shard.ping.remote())["streams"] == 0  # the shard dropped the rejected req_id
    await ws.close()


async def test_requests_in_flight_bound(strict_server):
    credentials = await new_app(strict_server)
    ws = await connect(strict_server, credentials)
    await ws.send(encode_configure(16000))
    await ws.recv()
    for i in range(4):
        await ws.send(encode_audio(f"r{i}", b"\0\0" * 160, False))
    error = await next_error(ws)
    assert error.req_id == "r3" and error.message.startswith("too many requests in flight")
    await ws.send(encode_audio("r0", b"", True))
    while True:
        animation = pb.Message.FromString(await ws.recv()).server_response_animation
        if animation.req_id == "r0" and animation.end:
            break
    await ws.close()


async def test_server_keeps_serving_others_during_abuse(strict_server):
    credentials = await new_app(strict_server)
    abusers = [await connect(strict_server, credentials) for _ in range(5)]
    for ws in abusers:
        await ws.send(b"\x00garbage")
    recorder, req_id = await run_request(credentials, 1.0)
    assert len(recorder.keyframes[req_id]) == keyframes_for(1.0)
    await asyncio.gather(*(refused(ws) for ws in abusers))
