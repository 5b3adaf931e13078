"""The rules of one motion session, without I/O (in the style of websockets' ``protocol.py``).

A ``Session`` starts once the client's ``ClientConfigureSession`` is validated (audio before
it cannot exist). Its ``Connection`` feeds it events and carries out what it answers:

    event (method)                                answer
    a client frame          receive(data, now)    SendAudio / SendInterrupt, frames, End
    keyframes of a req_id   keyframes(kf, now)    animation frames
    a req_id failed         request_failed(...)   an error frame
    housekeeping clock      tick(now)             Bill(seconds), Heartbeat, End
    a bill was charged      billed(remaining)     End(CreditsExhausted) at zero
    a bill failed           bill_failed(seconds)  (the seconds are billed later)
    the gateway drains      drain(immediately)    End(4503) once nothing is in flight
    the session must end    close(error)          End(error)

Frames for the client are queued in ``outbox`` (bounded by ``max_send_queue_messages``: past
it the session ends with ``ClientTooSlow``); actions are collected and handed over by
``take_actions()``. Times are seconds of one monotonic clock passed in with the events; the
metrics (audio seconds, keyframes, first-keyframe and chunk latency, per-request errors) are
recorded through the injected ``Metrics``. Nothing here touches a socket, Redis, Ray or asyncio.

Each req_id has a ``Request``: its audio decoder, how much audio went to the shard, how many
keyframes came back, and the receive times chunk latency is measured from. A req_id ends with
exactly one ``end=true`` animation message once the shard has drained it; an interrupted,
rejected or failed req_id gets no further animation messages and its late audio is ignored.

A session is idle when it has received no audio message and sent no animation for the plan's
``idle_timeout_s`` (0 = never): keyframes still streaming out for audio sent in one burst keep
it alive, a client that stopped mid-utterance does not.
"""

from __future__ import annotations

import collections
import math
from typing import Union

import msgspec

from spatius_motion import errors
from spatius_motion.gateway import protocol
from spatius_motion.gateway.audio import AudioDecoder
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings
from spatius_motion.workers.messages import AudioChunk, Keyframes, keyframes_ready

FORGOTTEN_REQUESTS = 256
"""Ended, interrupted or rejected req_ids remembered so their late audio is ignored."""


# --- actions the connection carries out ---------------------------------------------------
class SendAudio(msgspec.Struct, frozen=True):
    """Hand ``chunk`` to the dispatcher (the shard infers it)."""

    chunk: AudioChunk


class SendInterrupt(msgspec.Struct, frozen=True):
    """Tell the shard to drop what it holds of ``req_id``."""

    req_id: str


class Bill(msgspec.Struct, frozen=True):
    """Charge ``seconds`` of processed audio to the app's credits, then report ``billed()``
    (or ``bill_failed()`` when the charge did not happen)."""

    seconds: float


class Heartbeat(msgspec.Struct, frozen=True):
    """Renew the session's concurrency slot."""


class End(msgspec.Struct, frozen=True):
    """End the session: send ``farewell(error)``, then close with ``error.close_code``."""

    error: errors.SpatiusError


Action = Union[SendAudio, SendInterrupt, Bill, Heartbeat, End]


class Request:
    """The gateway-side state of one req_id."""

    __slots__ = ("req_id", "decoder", "samples_sent", "keyframes_sent", "marks", "first_audio_at")

    def __init__(self, req_id: str, decoder: AudioDecoder, received_at: float) -> None:
        self.req_id = req_id
        self.decoder = decoder
        self.samples_sent = 0
        """Samples at the model rate handed to the shard."""
        self.keyframes_sent = 0
        self.marks: collections.deque[tuple[int, float]] = collections.deque()
        """(last keyframe a chunk's audio completes, lookahead included; when the chunk arrived)."""
        self.first_audio_at = received_at


class Session:
    """The state and rules of one configured session (see the module docstring)."""

    def __init__(
        self,
        connection_id: str,
        configure: protocol.Configure,
        *,
        settings: Settings,
        metrics: Metrics,
        max_session_duration_s: float,
        idle_timeout_s: float,
        model_rate_hz: int,
        samples_per_keyframe: int,
        lookahead_keyframes: int,
        now: float,
    ) -> None:
        self.id = connection_id
        self.configure = configure
        self._settings = settings
        self._metrics = metrics
        self._max_session_duration_s = max_session_duration_s
        self._idle_timeout_s = idle_timeout_s
        self._model_rate_hz = model_rate_hz
        self._samples_per_keyframe = samples_per_keyframe
        self._lookahead_keyframes = lookahead_keyframes
        self._max_pending_samples = int(settings.max_pending_audio_s * model_rate_hz)
        self._arkit = protocol.wants_arkit(configure.extra_params)
        self._requests: dict[str, Request] = {}
        self._forgotten: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._actions: list[Action] = []
        self.outbox: collections.deque[bytes] = collections.deque()
        """Encoded frames for the client, oldest first; the connection's writer pops them."""
        self.closing: errors.SpatiusError | None = None
        """The error the session ends with, once it has ended (then events are ignored)."""
        self.draining = False
        self.unbilled_s = 0.0
        """Audio seconds processed and not yet charged (nor being charged)."""
        self._started_at = self._last_bill_at = self._last_heartbeat_at = now
        self._last_activity_at = now

    # --- handing over ---------------------------------------------------------------------
    def take_actions(self) -> list[Action]:
        """The actions the events so far produced, in order; the list is emptied."""
        actions, self._actions = self._actions, []
        return actions

    def farewell(self, error: errors.SpatiusError) -> list[bytes]:
        """The last frames: those still queued (unless the client is too slow to read them),
        then ``error``. Empties the outbox."""
        frames = [] if isinstance(error, errors.ClientTooSlow) else list(self.outbox)
        self.outbox.clear()
        frames.append(protocol.encode_error(error, self.id))
        return frames

    @property
    def in_flight(self) -> int:
        """req_ids with audio or keyframes still pending."""
        return len(self._requests)

    # --- ending -----------------------------------------------------------------------------
    def close(self, error: errors.SpatiusError) -> None:
        """End the session with ``error`` (the first error wins; later ones are ignored)."""
        if self.closing is None:
            self.closing = error
            self._actions.append(End(error))

    def drain(self, *, immediately: bool = False) -> None:
        """Admit no new req_id; end with 4503 once no request is in flight (at once when
        ``immediately``). 4503 tells the client to reconnect with backoff, reaching another
        gateway."""
        self.draining = True
        if immediately:
            self.close(errors.shutting_down())
        self._end_if_drained()

    def _end_if_drained(self) -> None:
        if self.draining and not self._requests:
            self.close(errors.shutting_down())

    # --- from the client ---------------------------------------------------------------------
    def receive(self, data: bytes | str, now: float) -> None:
        """One client frame after the handshake: audio, an interrupt, or an ignored text frame.

        A fatal error (malformed frame, unexpected type, oversize message, new req_id while
        draining, shard queue full) ends the session; a per-request error rejects the req_id.
        """
        if self.closing is not None:
            return
        try:
            message = protocol.decode_client(data, self._settings.max_message_bytes)
            if isinstance(message, protocol.AudioInput):
                self._on_audio(message, now)
            elif isinstance(message, protocol.Interrupt):
                self._on_interrupt(message.req_id)
        except errors.SpatiusError as error:
            if error.fatal:
                self.close(error)
            else:
                self._reject(error)

    def _on_audio(self, message: protocol.AudioInput, now: float) -> None:
        self._last_activity_at = now
        req_id = message.req_id
        if req_id in self._forgotten:
            return
        request = self._requests.get(req_id)
        if request is None:
            if self.draining:
                raise errors.shutting_down()
            limit = self._settings.max_requests_in_flight
            if len(self._requests) >= limit:
                raise errors.RequestsInFlightLimit(f"at most {limit}", req_id=req_id)
            decoder = AudioDecoder(
                self.configure.audio_format,
                self.configure.sample_rate_hz,
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
            raise errors.PendingAudioLimit(f"more than {self._settings.max_pending_audio_s:g} s queued", req_id=req_id)
        request.samples_sent += samples
        seconds = samples / self._model_rate_hz
        self._metrics.audio_seconds.inc(seconds)
        self.unbilled_s += seconds
        received = math.floor(request.decoder.input_seconds * self._model_rate_hz)  # at the model rate
        completed = keyframes_ready(received, self._samples_per_keyframe, self._lookahead_keyframes) - 1
        if completed >= 0 or message.end:
            request.marks.append((completed, now))
        if samples or message.end:
            self._actions.append(SendAudio(AudioChunk(self.id, req_id, pcm, message.end)))

    def _on_interrupt(self, req_id: str) -> None:
        if req_id in self._requests:
            self._forget(req_id)
            self._actions.append(SendInterrupt(req_id))

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
            self._actions.append(SendInterrupt(error.req_id))
        self._report(error)

    def _report(self, error: errors.SpatiusError) -> None:
        """Send a per-request error to the client and stop tracking its req_id."""
        if error.req_id:
            self._forget(error.req_id)
        self._metrics.count_error(error)
        self._send(protocol.encode_error(error, self.id))

    # --- from the shard ------------------------------------------------------------------------
    def keyframes(self, keyframes: Keyframes, now: float) -> None:
        """Keyframes of a req_id: animation messages of at most ``protocol.MAX_KEYFRAMES_PER_MESSAGE``,
        the last one ``end=true`` when the shard has drained the req_id."""
        request = self._requests.get(keyframes.req_id)
        if request is None or self.closing is not None:
            return
        self._last_activity_at = now
        count = keyframes.count
        flame = keyframes.flame_rows()
        arkit = keyframes.arkit_rows() if self._arkit else None
        for start in range(0, max(count, 1), protocol.MAX_KEYFRAMES_PER_MESSAGE):
            stop = min(start + protocol.MAX_KEYFRAMES_PER_MESSAGE, count)
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

    def request_failed(self, req_id: str, error: errors.SpatiusError) -> None:
        """The shard could not serve ``req_id``: the client gets ``error`` for it."""
        if req_id in self._requests and self.closing is None:
            error.req_id = req_id
            self._report(error)

    # --- to the client -----------------------------------------------------------------------
    def _send(self, frame: bytes) -> None:
        if len(self.outbox) >= self._settings.max_send_queue_messages:
            self.close(errors.ClientTooSlow(f"{len(self.outbox)} messages unread"))
            return
        self.outbox.append(frame)

    # --- quotas ------------------------------------------------------------------------------
    def tick(self, now: float) -> None:
        """Housekeeping time: the session's duration and idle limits, then billing and the
        heartbeat when they are due."""
        if self.closing is not None:
            return
        if now - self._started_at >= self._max_session_duration_s:
            self.close(errors.SessionDurationExceeded(f"{self._max_session_duration_s:g} s"))
            return
        if self._idle_timeout_s > 0 and now - self._last_activity_at >= self._idle_timeout_s:
            self.close(errors.IdleTimeout(f"{self._idle_timeout_s:g} s"))
            return
        if now - self._last_bill_at >= self._settings.credits_flush_s:
            self._last_bill_at = now
            seconds = self.take_unbilled()
            if seconds > 0:
                self._actions.append(Bill(seconds))
        if now - self._last_heartbeat_at >= self._settings.session_heartbeat_s:
            self._last_heartbeat_at = now
            self._actions.append(Heartbeat())

    def take_unbilled(self) -> float:
        """The audio seconds to charge now; they count as billed unless ``bill_failed`` returns them."""
        seconds, self.unbilled_s = self.unbilled_s, 0.0
        return seconds

    def billed(self, remaining_s: float) -> None:
        """A charge went through and the app has ``remaining_s`` credits left."""
        if remaining_s <= 0:
            self.close(errors.CreditsExhausted())

    def bill_failed(self, seconds: float) -> None:
        """A charge of ``seconds`` did not happen; they are charged with the next one."""
        self.unbilled_s += seconds
