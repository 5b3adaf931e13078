"""One client WebSocket session: handshake, audio intake, keyframe delivery, quotas.

A ``Connection`` runs three named tasks: the reader (client frames -> decoded audio -> the
dispatcher), the writer (encoded animation frames -> the socket, from a bounded outbox) and the
housekeeper (credits, concurrency heartbeat, session duration, once a second). Keyframes arrive
from the dispatcher through ``on_keyframes``, which never blocks: it encodes and queues.

Each req_id has a ``Request``: its audio decoder, how much audio went to the shard, how many
keyframes came back, and the receive times that chunk latency is measured from. A req_id ends
with exactly one ``end=true`` animation message once the shard has drained it; an interrupted or
failed req_id gets no further animation messages.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import math
import secrets
import time
from typing import Any, Callable

import numpy as np
from redis.exceptions import RedisError

from spatius_motion.gateway import protocol
from spatius_motion.gateway.audio import AudioDecoder
from spatius_motion.gateway.dispatcher import Dispatcher
from spatius_motion.gateway.store import Grant, Store
from spatius_motion import errors
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings
from spatius_motion.workers.messages import ARKIT_FLOATS, FLAME_FLOATS, AudioChunk, Keyframes, SessionOpen

log = logging.getLogger(__name__)

MAX_KEYFRAMES_PER_MESSAGE = 100
"""Keyframes per animation message at most (the hosted service sends batches of up to 100)."""
FORGOTTEN_REQUESTS = 256
"""Ended, interrupted or rejected req_ids remembered so their late audio is ignored."""
FAREWELL_TIMEOUT_S = 5.0
"""How long the frames still queued, the closing error and the close may take to send."""


def new_connection_id() -> str:
    return "conn_" + secrets.token_hex(10)


class Request:
    """The gateway-side state of one req_id."""

    __slots__ = (
        "req_id", "decoder", "samples_sent", "keyframes_sent", "marks", "first_audio_at",
    )

    def __init__(self, req_id: str, decoder: AudioDecoder, received_at: float) -> None:
        self.req_id = req_id
        self.decoder = decoder
        self.samples_sent = 0
        """Samples at the model rate handed to the shard."""
        self.keyframes_sent = 0
        self.marks: collections.deque[tuple[int, float]] = collections.deque()
        """(last keyframe a chunk's audio completes, lookahead included; when the chunk arrived)."""
        self.first_audio_at = received_at


class Connection:
    """Serves one accepted WebSocket; ``run()`` returns when the session is over."""

    def __init__(
        self,
        websocket: Any,
        grant: Grant,
        *,
        settings: Settings,
        store: Store,
        dispatcher: Dispatcher,
        metrics: Metrics,
        model_rate_hz: int,
        samples_per_keyframe: int,
        lookahead_keyframes: int,
        clock: Callable[[], float] = time.perf_counter,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.id = new_connection_id()
        self._ws = websocket
        self._grant = grant
        self._settings = settings
        self._store = store
        self._dispatcher = dispatcher
        self._metrics = metrics
        self._model_rate_hz = model_rate_hz
        self._samples_per_keyframe = samples_per_keyframe
        self._lookahead_keyframes = lookahead_keyframes
        self._keyframe_rate_hz = model_rate_hz / samples_per_keyframe
        self._clock = clock
        self._wall_clock = wall_clock
        self._requests: dict[str, Request] = {}
        self._forgotten: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._max_pending_samples = int(settings.max_pending_audio_s * model_rate_hz)
        self._outbox: collections.deque[bytes] = collections.deque()
        self._outbox_ready = asyncio.Event()
        self._closing: errors.SpatiusError | None = None
        self._done = asyncio.Event()
        self._unbilled_s = 0.0
        self._configure: protocol.Configure | None = None
        self._arkit = False
        self._opened = False
        self._draining = False

    @property
    def app_id(self) -> str:
        return self._grant.app_id

    # --- lifecycle -------------------------------------------------------------------------
    async def run(self) -> None:
        await self._ws.accept()
        self._metrics.active_sessions.inc()
        admitted = False
        tasks: list[asyncio.Task] = []
        try:
            await self._store.require_credits(self._grant.app_id)
            await self._store.acquire_session(
                self._grant.app_id,
                self.id,
                self._grant.plan.max_sessions,
                stale_after_s=3 * self._settings.session_heartbeat_s,
            )
            admitted = True
            self._configure = await self._handshake()
            self._arkit = protocol.wants_arkit(self._configure.extra_params)
            await self._ws.send_bytes(protocol.encode_confirm(self.id))
            self._dispatcher.open(self, self._session_open())
            self._opened = True
            tasks = [
                asyncio.create_task(self._read_loop(), name=f"reader:{self.id}"),
                asyncio.create_task(self._write_loop(), name=f"writer:{self.id}"),
                asyncio.create_task(self._housekeeping(), name=f"housekeeper:{self.id}"),
            ]
            await self._done.wait()
        except errors.SpatiusError as error:
            self._closing = self._closing or error
        except RedisError:
            log.warning("session %s: Redis unavailable", self.id)
            self._closing = self._closing or errors.UpstreamUnavailable("state store unavailable")
        except Exception:
            log.exception("session %s failed", self.id)
            self._closing = self._closing or errors.SpatiusError("internal error")
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if self._opened:
                self._dispatcher.close(self.id)
            await self._finish(admitted)

    async def _finish(self, admitted: bool) -> None:
        self._metrics.active_sessions.dec()
        error = self._closing
        if error is not None and not isinstance(error, _ClientGone):
            self._metrics.count_error(error)
            try:
                await asyncio.wait_for(self._farewell(error), FAREWELL_TIMEOUT_S)
            except Exception:
                pass
        try:
            await self._bill()
            if admitted:
                await self._store.release(self._grant.app_id, self.id)
        except Exception:
            log.warning("session %s: Redis cleanup failed", self.id)

    def drain(self, *, now: bool = False) -> None:
        """End the session with 4503 once its requests in flight have ended (at once with
        ``now``); admit no new req_id meanwhile.

        4503 tells the client to reconnect with backoff, which reaches another gateway.
        """
        self._draining = True
        if now:
            self._end(errors.shutting_down())
        self._end_if_drained()

    def _end_if_drained(self) -> None:
        """While draining, end the session as soon as no request is in flight."""
        if self._draining and not self._requests:
            self._end(errors.shutting_down())

    def _end(self, error: errors.SpatiusError | None) -> None:
        if self._closing is None:
            self._closing = error
        self._done.set()

    async def _farewell(self, error: errors.SpatiusError) -> None:
        """Send the frames queued before ``error`` (unless the client is too slow to read them),
        then ``error`` itself, then close with its code."""
        if not isinstance(error, errors.ClientTooSlow):
            while self._outbox:
                await self._ws.send_bytes(self._outbox.popleft())
        await self._ws.send_bytes(protocol.encode_error(error, self.id))
        await self._ws.close(error.close_code, error.text[:120])

    def _session_open(self) -> SessionOpen:
        return SessionOpen(self.id, secrets.randbits(31), self._grant.expression_map_f32())

    async def _handshake(self) -> protocol.Configure:
        try:
            message = await asyncio.wait_for(self._ws.receive(), self._settings.configure_timeout_s)
        except asyncio.TimeoutError:
            raise errors.ExpectedConfigure("no ClientConfigureSession within the time limit")
        data = _payload(message)
        if data is None:
            raise _ClientGone()
        return protocol.decode_configure(data, self._settings.max_message_bytes)

    # --- reading -----------------------------------------------------------------------------
    async def _read_loop(self) -> None:
        try:
            while True:
                data = _payload(await self._ws.receive())
                if data is None:
                    self._end(_ClientGone())
                    return
                try:
                    message = protocol.decode_client(data, self._settings.max_message_bytes)
                    if isinstance(message, protocol.AudioInput):
                        self._on_audio(message)
                    elif isinstance(message, protocol.Interrupt):
                        self._on_interrupt(message.req_id)
                except errors.SpatiusError as error:
                    if error.fatal:
                        raise
                    self._reject(error)
        except errors.SpatiusError as error:
            self._end(error)
        except Exception:
            log.exception("session %s reader failed", self.id)
            self._end(errors.SpatiusError("internal error"))

    def _on_audio(self, message: protocol.AudioInput) -> None:
        now = self._clock()
        req_id = message.req_id
        if req_id in self._forgotten:
            return
        request = self._requests.get(req_id)
        if request is None:
            if self._draining:
                raise errors.shutting_down()
            if len(self._requests) >= self._settings.max_requests_in_flight:
                raise errors.RequestsInFlightLimit(
                    f"at most {self._settings.max_requests_in_flight}", req_id=req_id
                )
            decoder = AudioDecoder(
                self._configure.audio_format,
                self._configure.sample_rate_hz,
                self._model_rate_hz,
                max_chunk_bytes=self._settings.max_message_bytes,
            )
            request = self._requests[req_id] = Request(req_id, decoder, now)
        try:
            pcm = request.decoder.feed(message.audio)
            if message.end:
                pcm += request.decoder.finish()
        except errors.SpatiusError as error:
            error.req_id = req_id
            raise
        samples = len(pcm) // 2
        if self._pending_samples() + samples > self._max_pending_samples:
            raise errors.PendingAudioLimit(
                f"more than {self._settings.max_pending_audio_s:g} s queued", req_id=req_id
            )
        request.samples_sent += samples
        self._metrics.audio_seconds.inc(samples / self._model_rate_hz)
        self._unbilled_s += samples / self._model_rate_hz
        completed = (
            math.floor(request.decoder.input_seconds * self._keyframe_rate_hz) - 1 - self._lookahead_keyframes
        )
        if completed >= 0 or message.end:
            request.marks.append((completed, now))
        if samples or message.end:
            self._dispatcher.audio(AudioChunk(self.id, req_id, pcm, message.end))

    def _on_interrupt(self, req_id: str) -> None:
        if req_id in self._requests:
            self._forget(req_id)
            self._dispatcher.interrupt(self.id, req_id)

    def _pending_samples(self) -> int:
        """Samples sent to the shard whose keyframes have not come back, over all req_ids."""
        spk = self._samples_per_keyframe
        return sum(max(0, r.samples_sent - r.keyframes_sent * spk) for r in self._requests.values())

    def _forget(self, req_id: str) -> None:
        """Stop tracking a req_id: its queued audio no longer counts and late frames are ignored."""
        self._requests.pop(req_id, None)
        self._forgotten[req_id] = None
        while len(self._forgotten) > FORGOTTEN_REQUESTS:
            self._forgotten.popitem(last=False)
        self._end_if_drained()

    def _reject(self, error: errors.SpatiusError) -> None:
        """A non-fatal error for one req_id: tell the client, drop the req_id, keep the session.

        The shard drops what it holds of the req_id, and its later audio is ignored here.
        """
        if error.req_id in self._requests:
            self._dispatcher.interrupt(self.id, error.req_id)
        self._report(error)

    def _report(self, error: errors.SpatiusError) -> None:
        """Send a per-request error to the client and stop tracking its req_id."""
        if error.req_id:
            self._forget(error.req_id)
        self._metrics.count_error(error)
        self._send(protocol.encode_error(error, self.id))

    # --- from the dispatcher -----------------------------------------------------------------
    def on_keyframes(self, keyframes: Keyframes) -> None:
        request = self._requests.get(keyframes.req_id)
        if request is None:
            return
        now = self._clock()
        count = keyframes.count
        flame = np.frombuffer(keyframes.flame, dtype="<f4").reshape(count, FLAME_FLOATS)
        arkit = (
            np.frombuffer(keyframes.arkit, dtype="<f4").reshape(count, ARKIT_FLOATS)
            if self._arkit
            else None
        )
        for start in range(0, max(count, 1), MAX_KEYFRAMES_PER_MESSAGE):
            stop = min(start + MAX_KEYFRAMES_PER_MESSAGE, count)
            last = keyframes.end and stop == count
            if stop == start and not last:
                break
            self._send(
                protocol.encode_animation(
                    self.id,
                    request.req_id,
                    last,
                    flame[start:stop],
                    None if arkit is None else arkit[start:stop],
                )
            )
        if count:
            self._metrics.keyframes.inc(count)
            if request.keyframes_sent == 0:
                self._metrics.first_keyframe_seconds.observe(now - request.first_audio_at)
        request.keyframes_sent += count
        newest = request.keyframes_sent - 1
        marks = request.marks
        while marks and (marks[0][0] <= newest or keyframes.end):
            self._metrics.chunk_latency_seconds.observe(now - marks.popleft()[1])
        if keyframes.end:
            self._forget(request.req_id)

    def on_request_failed(self, req_id: str, error: errors.SpatiusError) -> None:
        if req_id in self._requests:
            error.req_id = req_id
            self._report(error)

    # --- writing -----------------------------------------------------------------------------
    def _send(self, frame: bytes) -> None:
        if len(self._outbox) >= self._settings.max_send_queue_messages:
            self._end(errors.ClientTooSlow(f"{len(self._outbox)} messages unread"))
            return
        self._outbox.append(frame)
        self._outbox_ready.set()

    async def _write_loop(self) -> None:
        outbox = self._outbox
        try:
            while True:
                await self._outbox_ready.wait()
                self._outbox_ready.clear()
                while outbox:
                    await self._ws.send_bytes(outbox.popleft())
        except asyncio.CancelledError:
            raise
        except Exception:
            self._end(_ClientGone())

    # --- quotas ------------------------------------------------------------------------------
    async def _housekeeping(self) -> None:
        started = self._wall_clock()
        last_heartbeat = last_bill = started
        try:
            while True:
                await asyncio.sleep(1.0)
                now = self._wall_clock()
                if now - started >= self._grant.plan.max_session_duration_s:
                    raise errors.SessionDurationExceeded(
                        f"{self._grant.plan.max_session_duration_s:g} s"
                    )
                try:
                    if now - last_bill >= self._settings.credits_flush_s:
                        last_bill = now
                        remaining = await self._bill()
                        if remaining is not None and remaining <= 0:
                            raise errors.CreditsExhausted()
                    if now - last_heartbeat >= self._settings.session_heartbeat_s:
                        last_heartbeat = now
                        await self._store.heartbeat(self._grant.app_id, self.id)
                except RedisError:
                    log.warning("session %s: Redis unavailable; billing and heartbeat retry", self.id)
        except errors.SpatiusError as error:
            self._end(error)

    async def _bill(self) -> float | None:
        """Charge unbilled audio seconds to the app's credits; returns what remains."""
        if self._unbilled_s <= 0:
            return None
        seconds = self._unbilled_s
        remaining = await self._store.consume_credits(self._grant.app_id, seconds)
        self._unbilled_s -= seconds  # audio that arrived meanwhile stays unbilled
        return remaining


class _ClientGone(errors.SpatiusError):
    """The client closed the socket; nothing is sent back."""


def _payload(message: dict) -> bytes | str | None:
    """The data of an ASGI websocket message, or None when the client disconnected."""
    if message["type"] == "websocket.disconnect":
        return None
    data = message.get("bytes")
    return data if data is not None else message.get("text", "")
