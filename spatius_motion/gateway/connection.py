"""One client WebSocket session's I/O: the socket, its tasks and its Redis state.

The session's rules live in ``gateway.session.Session`` (no I/O); a ``Connection`` accepts the
socket, admits the session in Redis (credits, concurrency slot), reads the handshake, then
runs three named tasks and carries out what the ``Session`` answers:

- the reader: client frames -> ``Session.receive``;
- the writer: ``Session.outbox`` -> the socket;
- the housekeeper: ``Session.tick`` every ``session_housekeeping_s``, then the credits
  charge and the concurrency heartbeat it asks for.

Keyframes and failures arrive from the dispatcher (``on_keyframes``, ``on_request_failed``, the
``dispatcher.Receiver`` protocol; a lost shard's req_ids continue on another shard, or fail
when they cannot) and never block. Actions the session
returns (audio and interrupts for the dispatcher, bills, heartbeats, the end) are carried out
at once after each event, in order.

Teardown cannot be lost: every task stops on ``_done`` (an event each of them checks), the
socket tasks are also cancelled, the housekeeper finishes its Redis call instead (so a credits
charge is neither lost nor repeated), the wait for them is bounded by ``TEARDOWN_TIMEOUT_S``,
and the concurrency slot is released in ``finally``: a cancellation swallowed inside a Redis
call cannot keep a session, or its slot, alive.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from typing import Any, Awaitable, Callable

from redis.exceptions import RedisError

from spatius_motion import errors
from spatius_motion.gateway import protocol
from spatius_motion.gateway.dispatcher import Dispatcher
from spatius_motion.gateway.session import Bill, End, Heartbeat, SendAudio, SendInterrupt, Session
from spatius_motion.gateway.store import Grant, Store
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings
from spatius_motion.tasks import spawn
from spatius_motion.workers.messages import Keyframes, SessionOpen

log = logging.getLogger(__name__)

CLEANUP_RETRY_S = 1.0
"""Period of the background retries of a session's final Redis writes (seconds)."""
_CLEANUPS: set[asyncio.Task] = set()
"""Background cleanup retries in flight (held so they are not garbage-collected)."""
TEARDOWN_TIMEOUT_S = 2.0
"""Longest wait for the session's tasks to stop before its slot is released anyway."""


def new_connection_id() -> str:
    return "conn_" + secrets.token_hex(10)


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
        self._clock = clock
        self._session: Session | None = None
        self._outbox_ready = asyncio.Event()
        self._closing: errors.SpatiusError | None = None
        self._done = asyncio.Event()

    @property
    def app_id(self) -> str:
        return self._grant.app_id

    # --- lifecycle -------------------------------------------------------------------------
    async def run(self) -> None:
        await self._ws.accept()
        self._metrics.active_sessions.inc()
        admitted = opened = False
        socket_tasks: list[asyncio.Task] = []
        housekeeper: asyncio.Task | None = None
        try:
            # Credits were checked at the upgrade (402); the slot's staleness window is the
            # store's session_stale_after_s, the same one its heartbeats renew the key with.
            await self._store.acquire_session(self._grant.app_id, self.id, self._grant.plan.max_sessions)
            admitted = True
            self._session = self._new_session(await self._handshake())
            await self._ws.send_bytes(protocol.encode_confirm(self.id))
            self._dispatcher.open(self, self._session_open())
            opened = True
            socket_tasks = [
                spawn(self._read_loop(), f"reader:{self.id}"),
                spawn(self._write_loop(), f"writer:{self.id}"),
            ]
            housekeeper = spawn(self._housekeeping(), f"housekeeper:{self.id}")
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
            self._done.set()
            try:
                await self._stop(socket_tasks, housekeeper)
                if opened:
                    self._dispatcher.close(self.id)
                await self._finish()
            finally:
                if admitted:
                    await self._release()

    async def _stop(self, socket_tasks: list[asyncio.Task], housekeeper: asyncio.Task | None) -> None:
        """Stop the tasks once ``_done`` is set (each loop checks it).

        The reader and writer wait on the socket and are cancelled. The housekeeper is not: a
        cancel landing inside a Redis call either is lost (redis-py can swallow it) or leaves
        unknown whether a credits charge happened. It finishes its call and returns; after
        ``TEARDOWN_TIMEOUT_S`` anything still running is cancelled and logged.
        """
        for task in socket_tasks:
            task.cancel()
        tasks = socket_tasks + ([housekeeper] if housekeeper is not None else [])
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=TEARDOWN_TIMEOUT_S)
        for task in pending:
            log.warning("session %s: task %s still running after teardown", self.id, task.get_name())
            task.cancel()

    async def _finish(self) -> None:
        """The farewell (error frame and close) and the final charge of processed audio."""
        self._metrics.active_sessions.dec()
        error = self._closing
        if error is not None and not isinstance(error, _ClientGone):
            self._metrics.count_error(error)
            try:
                await asyncio.wait_for(self._farewell(error), self._settings.close_timeout_s)
            except Exception:
                pass
        if self._session is not None:
            seconds = self._session.take_unbilled()
            if seconds > 0:
                try:
                    await self._store.consume_credits(self._grant.app_id, seconds)
                except Exception:
                    log.warning("session %s: final credits charge failed; retrying in the background", self.id)
                    self._retry_later(f"charge:{self.id}", self._store.consume_credits, self._grant.app_id, seconds)

    async def _release(self) -> None:
        try:
            await self._store.release(self._grant.app_id, self.id)
        except Exception:
            log.warning("session %s: releasing its slot failed; retrying in the background", self.id)
            self._retry_later(f"release:{self.id}", self._store.release, self._grant.app_id, self.id)

    def _retry_later(self, name: str, operation: Callable[..., Awaitable[Any]], *args: Any) -> None:
        """Retry a final Redis write every ``CLEANUP_RETRY_S`` until it succeeds, for at most the
        slot's staleness window: a session that ended while Redis was down leaves no slot and no
        unbilled audio once Redis is back, rather than only after its slot went stale."""
        deadline = self._clock() + self._store.session_stale_after_s

        async def retry() -> None:
            while self._clock() < deadline:
                await asyncio.sleep(CLEANUP_RETRY_S)
                try:
                    await operation(*args)
                    return
                except Exception:
                    continue
            log.warning("%s: gave up after %g s", name, self._store.session_stale_after_s)

        task = spawn(retry(), name)
        _CLEANUPS.add(task)
        task.add_done_callback(_CLEANUPS.discard)

    def drain(self, *, now: bool = False) -> None:
        """End the session with 4503 once its requests in flight have ended (at once with
        ``now``); admit no new req_id meanwhile. Before the handshake has completed no
        request can be in flight, so the session ends as soon as it starts."""
        if self._session is None:
            self._end(errors.shutting_down())
            return
        self._session.drain(immediately=now)
        self._carry_out()

    def _end(self, error: errors.SpatiusError) -> None:
        if self._closing is None:
            self._closing = error
        self._done.set()

    async def _farewell(self, error: errors.SpatiusError) -> None:
        """Send the frames still queued and ``error`` (``Session.farewell``), then close."""
        frames = self._session.farewell(error) if self._session is not None else [protocol.encode_error(error, self.id)]
        for frame in frames:
            await self._ws.send_bytes(frame)
        await self._ws.close(error.close_code, error.text[:120])

    def _new_session(self, configure: protocol.Configure) -> Session:
        return Session(
            self.id,
            configure,
            settings=self._settings,
            metrics=self._metrics,
            max_session_duration_s=self._grant.plan.max_session_duration_s,
            idle_timeout_s=self._grant.plan.idle_timeout_s,
            model_rate_hz=self._model_rate_hz,
            samples_per_keyframe=self._samples_per_keyframe,
            lookahead_keyframes=self._lookahead_keyframes,
            now=self._clock(),
        )

    def _session_open(self) -> SessionOpen:
        return SessionOpen(self.id, secrets.randbits(31), self._grant.expression_map_f32())

    async def _handshake(self) -> protocol.Configure:
        try:
            message = await asyncio.wait_for(self._ws.receive(), self._settings.configure_timeout_s)
        except asyncio.TimeoutError:
            raise errors.ExpectedConfigure("no ClientConfigureSession within the time limit") from None
        data = _payload(message)
        if data is None:
            raise _ClientGone()
        return protocol.decode_configure(data, self._settings.max_message_bytes)

    # --- carrying out the session's actions ----------------------------------------------
    def _carry_out(self) -> None:
        """Do what the session's last events asked for, in order (never blocks)."""
        session = self._session
        assert session is not None
        for action in session.take_actions():
            if isinstance(action, SendAudio):
                try:
                    self._dispatcher.audio(action.chunk)
                except errors.SpatiusError as error:  # the shard's queue is full
                    session.close(error)
            elif isinstance(action, SendInterrupt):
                self._dispatcher.interrupt(self.id, action.req_id)
            elif isinstance(action, End):
                self._end(action.error)
            # Bill and Heartbeat come only from tick(), which the housekeeper handles itself.
        if session.outbox:
            self._outbox_ready.set()
        if session.closing is not None:
            self._end(session.closing)

    # --- reading -----------------------------------------------------------------------------
    async def _read_loop(self) -> None:
        session = self._session
        assert session is not None
        try:
            while not self._done.is_set():
                data = _payload(await self._ws.receive())
                if data is None:
                    self._end(_ClientGone())
                    return
                session.receive(data, self._clock())
                self._carry_out()
        except Exception:
            log.exception("session %s reader failed", self.id)
            self._end(errors.SpatiusError("internal error"))

    # --- from the dispatcher -----------------------------------------------------------------
    def on_keyframes(self, keyframes: Keyframes) -> None:
        if self._session is not None:
            self._session.keyframes(keyframes, self._clock())
            self._carry_out()

    def on_request_failed(self, req_id: str, error: errors.SpatiusError) -> None:
        if self._session is not None:
            self._session.request_failed(req_id, error)
            self._carry_out()

    # --- writing -----------------------------------------------------------------------------
    async def _write_loop(self) -> None:
        session = self._session
        assert session is not None
        outbox = session.outbox
        try:
            while not self._done.is_set():
                await self._outbox_ready.wait()
                self._outbox_ready.clear()
                while outbox and not self._done.is_set():
                    await asyncio.wait_for(self._ws.send_bytes(outbox.popleft()), self._settings.send_timeout_s)
        except asyncio.CancelledError:
            raise
        except asyncio.TimeoutError:  # the client stopped reading: the socket's buffers are full
            self._end(errors.ClientTooSlow(f"a message unread for {self._settings.send_timeout_s:g} s"))
        except Exception:
            self._end(_ClientGone())

    # --- quotas ------------------------------------------------------------------------------
    async def _housekeeping(self) -> None:
        """Tick the session every ``session_housekeeping_s`` and charge credits and renew the
        heartbeat when it asks; stops when ``_done`` is set, even if a cancel was lost."""
        session = self._session
        assert session is not None
        done = spawn(self._done.wait(), f"housekeeper-stop:{self.id}")
        try:
            while not self._done.is_set():
                await asyncio.wait({done}, timeout=self._settings.session_housekeeping_s)
                if self._done.is_set():
                    return
                session.tick(self._clock())
                for action in session.take_actions():
                    if isinstance(action, End):
                        self._end(action.error)
                    elif self._done.is_set():  # ending: no more Redis calls from this task
                        if isinstance(action, Bill):
                            session.bill_failed(action.seconds)  # the final charge takes them
                    elif isinstance(action, Bill):
                        await self._bill(session, action.seconds)
                    elif isinstance(action, Heartbeat):
                        await self._heartbeat()
        finally:
            done.cancel()

    async def _bill(self, session: Session, seconds: float) -> None:
        try:
            remaining = await self._store.consume_credits(self._grant.app_id, seconds)
        except BaseException as exc:
            session.bill_failed(seconds)  # charged later (at the latest when the session ends)
            if not isinstance(exc, RedisError):
                raise
            log.warning("session %s: Redis unavailable; billing retries", self.id)
            return
        session.billed(remaining)
        self._carry_out()

    async def _heartbeat(self) -> None:
        try:
            await self._store.heartbeat(self._grant.app_id, self.id)
        except RedisError:
            log.warning("session %s: Redis unavailable; heartbeat retries", self.id)


class _ClientGone(errors.SpatiusError):
    """The client closed the socket; nothing is sent back."""


def _payload(message: dict) -> bytes | str | None:
    """The data of an ASGI websocket message, or None when the client disconnected."""
    if message["type"] == "websocket.disconnect":
        return None
    data = message.get("bytes")
    return data if data is not None else message.get("text", "")
