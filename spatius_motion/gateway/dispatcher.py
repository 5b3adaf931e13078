"""Moves audio from sessions to shard actors and keyframes back, one Ray call per shard per tick.

``ShardLink`` is one shard as seen by this gateway process: work for the shard accumulates in
a pending ``StepRequest``; a named task sends it as ONE Ray call at most every ``tick_ms``, with
at most one call in flight, so under load each call carries more sessions instead of more calls
being made. ``Dispatcher`` places sessions on links by rendezvous hashing, routes replies to
the sessions' ``Receiver`` and reports failed calls to every session the call carried.

``dispatch_mode = "per_chunk"`` is the naive design kept for comparison benchmarks: one Ray call
per audio message, sent at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Callable, Protocol

from spatius_motion.cluster import placement
from spatius_motion import errors
from spatius_motion.metrics import Metrics
from spatius_motion.workers import messages
from spatius_motion.workers.messages import AudioChunk, Interrupt, Keyframes, SessionOpen, StepRequest

log = logging.getLogger(__name__)


class Receiver(Protocol):
    """What a session offers the dispatcher (implemented by ``gateway.connection.Connection``)."""

    def on_keyframes(self, keyframes: Keyframes) -> None: ...

    def on_request_failed(self, req_id: str, error: errors.SpatiusError) -> None: ...

    def on_shard_lost(self, error: errors.SpatiusError) -> None: ...


class ShardLink:
    """The pending work for one shard and the task that sends it."""

    def __init__(
        self,
        name: str,
        handle: Any,
        dispatcher: "Dispatcher",
        *,
        tick_s: float,
        max_items: int,
        max_pending: int,
        call_timeout_s: float,
        per_chunk: bool,
        metrics: Metrics,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.name = name
        self.handle = handle
        self._dispatcher = dispatcher
        self._tick_s = tick_s
        self._max_items = max_items
        self._max_pending = max_pending
        self._call_timeout_s = call_timeout_s
        self._per_chunk = per_chunk
        self._metrics = metrics
        self._clock = clock
        self._pending = StepRequest(opened=[], chunks=[], interrupts=[], closed=[])
        self._oldest_pending_at: float | None = None
        self._wake = asyncio.Event()
        self._last_call_at = 0.0
        self._task: asyncio.Task | None = None
        self._calls: set[asyncio.Task] = set()

    # --- work intake (called by sessions, never blocks) -----------------------------
    def open(self, item: SessionOpen) -> None:
        self._pending.opened.append(item)
        self._mark()

    def audio(self, item: AudioChunk) -> None:
        """Queue audio; raises UpstreamUnavailable when the shard has fallen too far behind."""
        if len(self._pending.chunks) >= self._max_pending:
            raise errors.UpstreamUnavailable("shard overloaded", req_id=item.req_id)
        self._pending.chunks.append(item)
        self._mark()
        if self._per_chunk:
            self._spawn_call(self._take())

    def interrupt(self, item: Interrupt) -> None:
        self._pending.interrupts.append(item)
        self._mark()

    def close(self, session: str) -> None:
        self._pending.closed.append(session)
        self._mark()

    def _mark(self) -> None:
        if self._oldest_pending_at is None:
            self._oldest_pending_at = self._clock()
        self._wake.set()

    def _take(self) -> StepRequest:
        """Remove and return up to ``max_items`` chunks plus all control items."""
        pending = self._pending
        chunks = pending.chunks
        if len(chunks) > self._max_items:
            taken, rest = chunks[: self._max_items], chunks[self._max_items :]
        else:
            taken, rest = chunks, []
        request = StepRequest(
            opened=pending.opened, chunks=taken, interrupts=pending.interrupts, closed=pending.closed
        )
        self._pending = StepRequest(opened=[], chunks=rest, interrupts=[], closed=[])
        now = self._clock()
        if self._oldest_pending_at is not None:
            self._metrics.queue_wait_seconds.observe(now - self._oldest_pending_at)
        self._oldest_pending_at = now if rest else None
        if not rest:
            self._wake.clear()
        return request

    # --- sending ---------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None and not self._per_chunk:
            self._task = asyncio.create_task(self._run(), name=f"shard-link:{self.name}")

    async def stop(self) -> None:
        tasks = [t for t in (self._task, *self._calls) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None

    async def flush(self) -> None:
        """Send whatever is pending now (used at shutdown for session closes)."""
        request = self._take()
        if request.opened or request.chunks or request.interrupts or request.closed:
            await self._call(request)

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            delay = self._last_call_at + self._tick_s - self._clock()
            if delay > 0:
                await asyncio.sleep(delay)
            self._last_call_at = self._clock()
            await self._call(self._take())

    def _spawn_call(self, request: StepRequest) -> None:
        task = asyncio.create_task(self._call(request), name=f"shard-call:{self.name}")
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)

    async def _call(self, request: StepRequest) -> None:
        payload = messages.encode(request)
        started = self._clock()
        try:
            raw = await asyncio.wait_for(self.handle.step.remote(payload), self._call_timeout_s)
            reply = messages.decode_reply(raw)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("shard %s call failed: %s", self.name, type(exc).__name__)
            self._metrics.shard_failures.labels(self.name).inc()
            self._dispatcher.fail(self)
            return
        self._metrics.ray_call_seconds.labels(self.name).observe(self._clock() - started)
        self._metrics.call_items.observe(len(request.chunks))
        for size in reply.batch_sizes:
            self._metrics.inference_batch_size.observe(size)
        self._dispatcher.deliver(reply)


class Dispatcher:
    """Places sessions on shard links and routes shard replies to sessions."""

    def __init__(
        self,
        handles: dict[str, Any],
        *,
        tick_ms: float,
        max_items_per_call: int,
        call_timeout_s: float,
        dispatch_mode: str,
        max_pending_chunks: int = 65536,
        metrics: Metrics,
    ) -> None:
        if dispatch_mode not in ("batched", "per_chunk"):
            raise ValueError(f"unknown dispatch mode {dispatch_mode!r}")
        self._links = {
            name: ShardLink(
                name,
                handle,
                self,
                tick_s=tick_ms / 1000.0,
                max_items=max_items_per_call,
                max_pending=max_pending_chunks,
                call_timeout_s=call_timeout_s,
                per_chunk=dispatch_mode == "per_chunk",
                metrics=metrics,
            )
            for name, handle in handles.items()
        }
        self._receivers: dict[str, Receiver] = {}
        self._home: dict[str, ShardLink] = {}
        self._opens: dict[str, SessionOpen] = {}

    @property
    def shard_handles(self) -> dict[str, Any]:
        return {name: link.handle for name, link in self._links.items()}

    def start(self) -> None:
        for link in self._links.values():
            link.start()

    async def stop(self) -> None:
        for link in self._links.values():
            await link.flush()
            await link.stop()

    # --- sessions ------------------------------------------------------------------------
    def open(self, receiver: Receiver, item: SessionOpen) -> str:
        """Register a session, place it on a shard and return the shard's name."""
        link = self._links[placement.pick(item.session, list(self._links))]
        self._receivers[item.session] = receiver
        self._home[item.session] = link
        self._opens[item.session] = item
        link.open(item)
        return link.name

    def audio(self, item: AudioChunk) -> None:
        self._home[item.session].audio(item)

    def interrupt(self, session: str, req_id: str) -> None:
        self._home[session].interrupt(Interrupt(session, req_id))

    def close(self, session: str) -> None:
        link = self._home.pop(session, None)
        self._receivers.pop(session, None)
        self._opens.pop(session, None)
        if link is not None:
            link.close(session)

    # --- replies -------------------------------------------------------------------------
    def deliver(self, reply: messages.StepReply) -> None:
        for keyframes in reply.keyframes:
            receiver = self._receivers.get(keyframes.session)
            if receiver is not None:
                receiver.on_keyframes(keyframes)
        for failure in reply.failures:
            receiver = self._receivers.get(failure.session)
            if receiver is not None:
                receiver.on_request_failed(
                    failure.req_id, errors.RequestRejected(failure.message, req_id=failure.req_id)
                )

    def fail(self, link: ShardLink) -> None:
        """A call failed: the shard's streaming state is lost, so every request of every session
        placed there fails with 4503 and the sessions move to the next shard in their ranking."""
        for session in [s for s, home in self._home.items() if home is link]:
            self._rehome(session, exclude=link.name)
            receiver = self._receivers.get(session)
            if receiver is not None:
                receiver.on_shard_lost(errors.UpstreamUnavailable())

    def _rehome(self, session: str, exclude: str) -> None:
        names = list(self._links)
        try:
            name = placement.pick(session, names, unavailable=frozenset({exclude}))
        except LookupError:
            name = exclude  # the only shard: Ray restarts it; keep using it
        link = self._links[name]
        self._home[session] = link
        link.open(self._opens[session])
