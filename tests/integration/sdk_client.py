"""Drives the official ``spatius`` SDK against the server under test and records what it gets."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

import spatius

from spatius_motion.gateway.proto import spatius_pb2 as pb
from spatius_motion.loadtest.session import pcm_chunks, synthetic_speech
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ, keyframe_count

MODEL_RATE_HZ = 16000
"""The shipped models' input rate: 16 kHz PCM reaches the shard sample for sample."""


def keyframes_for(seconds: float) -> int:
    """Exactly the keyframes the server gives ``seconds`` of 16 kHz PCM (the contract's rule)."""
    return keyframe_count(round(seconds * MODEL_RATE_HZ), MODEL_RATE_HZ // KEYFRAME_RATE_HZ)


class Recorder:
    """Collects animation messages and errors delivered by the SDK's callbacks."""

    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.keyframes: dict[str, list[Any]] = defaultdict(list)
        self.ends: dict[str, int] = defaultdict(int)
        self.errors: list[Exception] = []
        self.closed = asyncio.Event()
        self._ended: dict[str, asyncio.Event] = defaultdict(asyncio.Event)
        self._first: dict[str, asyncio.Event] = defaultdict(asyncio.Event)
        self.error_seen = asyncio.Event()

    def transport_frames(self, payload: bytes, last: bool) -> None:
        message = pb.Message.FromString(payload)
        animation = message.server_response_animation
        self.messages.append(message)
        self.keyframes[animation.req_id].extend(animation.animation.keyframes)
        if animation.animation.keyframes:
            self._first[animation.req_id].set()
        if last:
            self.ends[animation.req_id] += 1
            self._ended[animation.req_id].set()

    def on_error(self, error: Exception) -> None:
        self.errors.append(error)
        self.error_seen.set()

    def on_close(self) -> None:
        self.closed.set()

    def callbacks(self) -> dict[str, Any]:
        return {"transport_frames": self.transport_frames, "on_error": self.on_error, "on_close": self.on_close}

    async def ended(self, req_id: str, timeout_s: float = 30.0) -> None:
        await asyncio.wait_for(self._ended[req_id].wait(), timeout_s)

    async def first_keyframe(self, req_id: str, timeout_s: float = 30.0) -> None:
        await asyncio.wait_for(self._first[req_id].wait(), timeout_s)

    def messages_for(self, req_id: str) -> list[Any]:
        return [m for m in self.messages if m.server_response_animation.req_id == req_id]


def new_session(credentials: dict, recorder: Recorder, **kwargs: Any) -> spatius.AvatarSession:
    return spatius.new_avatar_session(**credentials.session_kwargs(), **recorder.callbacks(), **kwargs)


async def open_session(credentials: dict, recorder: Recorder, **options: Any) -> spatius.AvatarSession:
    """A started SDK session: token requested (``init``) and WebSocket handshake done (``start``)."""
    session = new_session(credentials, recorder, **options)
    await session.init()
    await session.start()
    return session


async def send_pcm(session: spatius.AvatarSession, pcm: bytes, rate_hz: int, end: bool = True) -> str:
    """Send PCM in 100 ms messages (unpaced); returns the req_id."""
    parts = pcm_chunks(pcm, rate_hz, 100)
    req_id = ""
    for i, part in enumerate(parts):
        req_id = await session.send_audio(part, end=end and i == len(parts) - 1)
    return req_id


async def run_request(
    credentials: dict, seconds: float = 1.0, rate_hz: int = 16000, **session_options: Any
) -> tuple[Recorder, str]:
    """One whole SDK session: init, start, one req_id of speech-like audio, its end, close."""
    recorder = Recorder()
    session = await open_session(credentials, recorder, sample_rate=rate_hz, **session_options)
    req_id = await send_pcm(session, synthetic_speech(seconds, rate_hz), rate_hz)
    await recorder.ended(req_id)
    await session.close()
    return recorder, req_id
