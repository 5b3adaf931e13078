"""Per-plan session limits over real sockets: the idle timeout and the maximum session duration,
as the official SDK and a raw protocol client see them."""

from __future__ import annotations

import asyncio

import pytest
from spatius import AvatarSDKErrorCode

from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.gateway.protocol import encode_configure
from spatius_motion.loadtest.session import pcm_chunks
from tests.integration.conftest import new_app, sessions_ended
from tests.integration.sdk_client import Recorder, open_session, synthetic_speech
from tests.integration.test_protocol_limits import connect, refused

pytestmark = pytest.mark.integration

LIMIT_WAIT_S = 10.0
"""Longest wait for a limit to end a session (the housekeeper checks once a second)."""


async def first_error(recorder: Recorder):
    await asyncio.wait_for(recorder.error_seen.wait(), LIMIT_WAIT_S)
    return recorder.errors[0]


async def slot_freed(motion_server, app_id: str) -> None:
    await asyncio.wait_for(sessions_ended(motion_server, app_id), LIMIT_WAIT_S)
    assert await motion_server.gateway.store.active_sessions(app_id) == 0


async def test_idle_session_is_closed_with_the_spec_text(motion_server):
    credentials = await new_app(motion_server, idle_timeout_s=1.0)
    recorder = Recorder()
    session = await open_session(credentials, recorder)
    error = await first_error(recorder)
    assert error.code == AvatarSDKErrorCode.idleTimeout
    assert error.server_code == "0" and error.server_detail == "no audio input for 1 s"
    await asyncio.wait_for(recorder.closed.wait(), LIMIT_WAIT_S)
    assert len(recorder.errors) == 1  # a normal close (1000): no second, connection-level error
    await session.close()
    await slot_freed(motion_server, credentials["app_id"])


async def test_idle_close_frame_is_normal_closure(motion_server):
    credentials = await new_app(motion_server, idle_timeout_s=1.0)
    ws = await connect(motion_server, credentials)
    await ws.send(encode_configure(16000))
    assert pb.Message.FromString(await ws.recv()).type == pb.MESSAGE_SERVER_CONFIRM_SESSION
    error, close_code = await asyncio.wait_for(refused(ws), LIMIT_WAIT_S)
    assert error.code == 0 and error.message == "no audio input for 1 s"
    assert close_code == 1000
    await slot_freed(motion_server, credentials["app_id"])


async def test_session_sending_audio_is_not_idle(motion_server):
    credentials = await new_app(motion_server, idle_timeout_s=1.0)
    recorder = Recorder()
    session = await open_session(credentials, recorder)
    # 3.2 s of speech paced at real time in 200 ms messages: three idle timeouts long.
    parts = pcm_chunks(synthetic_speech(3.2, 16000), 16000, 200)
    for i, part in enumerate(parts):
        req_id = await session.send_audio(part, end=i == len(parts) - 1)
        await asyncio.sleep(0.2)  # pacing the stream, not waiting for an outcome
    await recorder.ended(req_id)
    assert not recorder.errors
    assert recorder.ends[req_id] == 1
    await session.close()
    await slot_freed(motion_server, credentials["app_id"])


async def test_max_session_duration_closes_with_4002(motion_server):
    credentials = await new_app(motion_server, max_session_duration_s=1.5)
    recorder = Recorder()
    session = await open_session(credentials, recorder)
    error = await first_error(recorder)
    assert error.code == AvatarSDKErrorCode.sessionDurationExceeded
    assert error.server_code == "4002"
    assert error.server_detail == "maximum session duration: 1.5 s"
    await asyncio.wait_for(recorder.closed.wait(), LIMIT_WAIT_S)
    closes = [e for e in recorder.errors if e.code == AvatarSDKErrorCode.connectionClosed]
    assert [e.close_code for e in closes] == [4002]
    await session.close()
    await slot_freed(motion_server, credentials["app_id"])
