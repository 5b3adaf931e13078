"""Moves audio from sessions to shard actors and keyframes back, one Ray call per shard per tick.

``ShardLink`` is one shard as seen by this gateway process: work for the shard accumulates in
a pending ``StepRequest``; a named task sends it as ONE Ray call at most every ``tick_ms``, with
at most one call in flight, so under load each call carries more sessions instead of more calls
being made. ``Dispatcher`` places sessions on links by rendezvous hashing over the shards that
take new work, routes replies to the sessions' ``Receiver`` and, when a call fails, takes the
shard out of placement at once and moves the req_ids it held to another shard, replaying their
kept audio (``gateway/flights.py``) so the sessions lose no keyframe.

``dispatch_mode = "per_chunk"`` is the naive design kept for comparison benchmarks: one Ray call
per audio message, sent at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Callable, Protocol

from spatius_motion import errors
from spatius_motion.cluster import placement
from spatius_motion.cluster.membership import Membership
from spatius_motion.gateway.flights import Flight, Keep, Route, unseen
from spatius_motion.metrics import Metrics
from spatius_motion.tasks import spawn
from spatius_motion.workers import messages
from spatius_motion.workers.messages import AudioChunk, Interrupt, Keyframes, SessionOpen, StepRequest

log = logging.getLogger(__name__)


class Receiver(Protocol):
    """What a session offers the dispatcher (implemented by ``gateway.connection.Connection``)."""

    def on_keyframes(self, keyframes: Keyframes) -> None: ...

    def on_request_failed(self, req_id: str, error: errors.SpatiusError) -> None: ...


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
        self._stopped = False

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
        request = StepRequest(opened=pending.opened, chunks=taken, interrupts=pending.interrupts, closed=pending.closed)
        self._pending = StepRequest(opened=[], chunks=rest, interrupts=[], closed=[])
        now = self._clock()
        if self._oldest_pending_at is not None:
            self._metrics.queue_wait_seconds.observe(now - self._oldest_pending_at)
        self._oldest_pending_at = now if rest else None
        if not rest:
            self._wake.clear()
        return request

    def _discard(self) -> None:
        """Drop pending work after a failed call: it belongs to streams the shard has lost
        (their req_ids fail), and a session that comes back here is opened again."""
        self._pending = StepRequest(opened=[], chunks=[], interrupts=[], closed=[])
        self._oldest_pending_at = None
        self._wake.clear()

    # --- sending ---------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None and not self._per_chunk:
            self._task = spawn(self._run(), f"shard-link:{self.name}")

    async def stop(self) -> None:
        """End the sending task and calls in flight. The stop flag also ends the task when a
        cancellation is lost (Python 3.11's ``wait_for`` drops one that races a finished call)."""
        self._stopped = True
        self._wake.set()
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
        while not self._stopped:
            await self._wake.wait()
            if self._stopped:
                return
            delay = self._last_call_at + self._tick_s - self._clock()
            if delay > 0:
                await asyncio.sleep(delay)
            self._last_call_at = self._clock()
            await self._call(self._take())

    def _spawn_call(self, request: StepRequest) -> None:
        task = spawn(self._call(request), f"shard-call:{self.name}")
        self._calls.add(task)
        task.add_done_callback(self._calls.discard)

    async def _call(self, request: StepRequest) -> None:
        payload = messages.encode(request)
        started = self._clock()
        try:
            # No task events: at one call per shard per tick Ray's GCS would keep one event per
            # call and grow (figures: docs/operations.md, "A 30-minute soak").
            raw = await asyncio.wait_for(
                self.handle.step.options(enable_task_events=False).remote(payload), self._call_timeout_s
            )
            reply = messages.decode_reply(raw)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("shard %s call failed: %s", self.name, type(exc).__name__)
            self._metrics.shard_failures.labels(self.name).inc()
            self._discard()
            self._dispatcher.fail(self)
            return
        self._metrics.ray_call_seconds.labels(self.name).observe(self._clock() - started)
        self._metrics.call_items.observe(len(request.chunks))
        for size in reply.batch_sizes:
            self._metrics.inference_batch_size.observe(size)
        self._dispatcher.deliver(reply, self)


class Dispatcher:
    """Places sessions on shard links and routes shard replies to sessions.

    The link set follows the region's live shards (``sync``, from ``ShardDiscovery``); which of
    them take new work is ``membership``'s rule. A session keeps its home shard while that
    shard stays eligible, so adding a shard moves no session. Each req_id runs on one shard from
    its first audio to its end: its stream state (features, model and motion state) lives there
    and starts from zero, seeded by (session seed, req_id), so a req_id's motion is the same on
    whichever shard runs it. A session whose home stops being eligible (draining, down, gone)
    moves at its next new req_id, while its req_ids in flight finish where they are. A failed
    call takes its shard out of placement at once, and each req_id the shard held moves to the
    next eligible shard with its kept audio replayed (from its start, or its tail past the keep
    bound: ``flights.py``); one that cannot be replayed, or finds no shard, fails with 4503.
    """

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
        membership: Membership | None = None,
        keep_bytes: int = 0,
        tail_bytes: int = 0,
        keyframe_bytes: int = 1280,
    ) -> None:
        """``keep_bytes``: audio kept per session to replay its req_ids on another shard when
        theirs is lost (s16le bytes at the model rate; 0 keeps none); ``tail_bytes``: what a
        req_id past that keeps (``flights.Keep``); ``keyframe_bytes``: one keyframe's audio."""
        if dispatch_mode not in ("batched", "per_chunk"):
            raise ValueError(f"unknown dispatch mode {dispatch_mode!r}")
        self._link_options: dict[str, Any] = dict(
            tick_s=tick_ms / 1000.0,
            max_items=max_items_per_call,
            max_pending=max_pending_chunks,
            call_timeout_s=call_timeout_s,
            per_chunk=dispatch_mode == "per_chunk",
            metrics=metrics,
        )
        self.membership = membership or Membership()
        self._metrics = metrics
        self._keep = (keep_bytes, tail_bytes, keyframe_bytes)
        self._links: dict[str, ShardLink] = {}
        self._routes: dict[str, Route] = {}
        self._started = False
        for name, handle in handles.items():
            self._links[name] = ShardLink(name, handle, self, **self._link_options)
            self.membership.assume_healthy(name)

    @property
    def shard_handles(self) -> dict[str, Any]:
        return {name: link.handle for name, link in self._links.items()}

    def start(self) -> None:
        self._started = True
        for link in self._links.values():
            link.start()

    async def stop(self) -> None:
        for link in self._links.values():
            await link.flush()
            await link.stop()

    # --- the live shard set ------------------------------------------------------------------
    async def sync(self, handles: dict[str, Any]) -> None:
        """Make the links match the region's listed shards: ``handles`` (name -> handle).

        A vanished shard's req_ids in flight fail with 4503 (its drain timed out, or it died;
        a new handle under a known name is a new actor and replaces the old link);
        its sessions move at their next req_id. New shards join placement once a ping answers.
        """
        self.membership.listed(handles)
        for name in [n for n, link in self._links.items() if handles.get(n) is not link.handle]:
            link = self._links.pop(name)  # gone, or another actor under the same name
            self.membership.replaced(name)
            self._lose(link)
            await link.stop()
        for name, handle in handles.items():
            if name not in self._links:
                link = self._links[name] = ShardLink(name, handle, self, **self._link_options)
                if self._started:
                    link.start()

    # --- sessions ------------------------------------------------------------------------
    def open(self, receiver: Receiver, item: SessionOpen) -> str:
        """Register a session, place it on a shard and return the shard's name.

        Raises UpstreamUnavailable (4503) when no shard takes new sessions.
        """
        route = self._routes[item.session] = Route(receiver, item, Keep(*self._keep))
        try:
            return self._home(route).name
        except errors.UpstreamUnavailable:
            del self._routes[item.session]
            raise

    def audio(self, item: AudioChunk) -> None:
        route = self._routes[item.session]
        flight = route.requests.get(item.req_id)
        if flight is None:
            try:
                flight = route.requests[item.req_id] = Flight(self._home(route))
            except errors.UpstreamUnavailable as error:
                error.req_id = item.req_id
                raise
        route.keep.add(flight, item.pcm, item.end)
        flight.link.audio(item)

    def interrupt(self, session: str, req_id: str) -> None:
        route = self._routes.get(session)
        flight = route.end(req_id) if route is not None else None
        if flight is not None:
            flight.link.interrupt(Interrupt(session, req_id))

    def close(self, session: str) -> None:
        route = self._routes.pop(session, None)
        if route is None:
            return
        for name in route.opened_on:
            link = self._links.get(name)
            if link is not None:
                link.close(session)

    def _home(self, route: Route) -> ShardLink:
        """The session's shard for a new req_id: its home while eligible, else a new pick from
        the eligible set (rendezvous hashing), which hears the session's open first."""
        home: ShardLink | None = route.home
        if home is None or self._links.get(home.name) is not home or not self.membership.is_eligible(home.name):
            eligible = [n for n in self.membership.eligible() if n in self._links]
            try:
                home = route.home = self._links[placement.pick(route.open.session, eligible)]
            except LookupError:
                raise errors.UpstreamUnavailable("no shard available") from None
        assert home is not None
        if home.name not in route.opened_on:
            home.open(route.open)
            route.opened_on.add(home.name)
        return home

    # --- replies -------------------------------------------------------------------------
    def deliver(self, reply: messages.StepReply, link: ShardLink | None = None) -> None:
        """Hand ``link``'s reply to the sessions: keyframes they have not had yet (a replayed
        req_id repeats its first ones), and per-request failures. Replies for a req_id that has
        moved to another shard are dropped."""
        for keyframes in reply.keyframes:
            route = self._routes.get(keyframes.session)
            if route is None:
                continue
            flight = route.requests.get(keyframes.req_id)
            if flight is not None:
                if link is not None and flight.link is not link:
                    continue
                fresh = unseen(keyframes, flight.delivered)
                if fresh is None:
                    continue
                keyframes = fresh
                flight.delivered += keyframes.count
                if keyframes.end:
                    route.end(keyframes.req_id)
            route.receiver.on_keyframes(keyframes)
        for failure in reply.failures:
            route = self._routes.get(failure.session)
            if route is not None:
                route.end(failure.req_id)
                route.receiver.on_request_failed(
                    failure.req_id, errors.RequestRejected(failure.message, req_id=failure.req_id)
                )

    def fail(self, link: ShardLink) -> None:
        """A call failed: the shard is out of placement until a ping answers again, and the
        req_ids it held move to other shards (``_lose``)."""
        self.membership.mark_down(link.name, "call failed")
        self._lose(link)

    def _lose(self, link: ShardLink) -> None:
        """Move every req_id in flight on ``link`` to its session's next eligible shard,
        replaying its kept audio; a req_id that cannot be replayed, or for which no shard is
        left, fails with 4503. Sessions homed on ``link`` re-place."""
        for route in list(self._routes.values()):
            route.opened_on.discard(link.name)
            if route.home is link:
                route.home = None
            lost = [req_id for req_id, flight in route.requests.items() if flight.link is link]
            for req_id in lost:
                if self._resume(route, req_id):
                    self._metrics.failover_requests.labels("resumed").inc()
                    continue
                self._metrics.failover_requests.labels("failed").inc()
                route.end(req_id)
                route.receiver.on_request_failed(req_id, errors.UpstreamUnavailable(req_id=req_id))

    def _resume(self, route: Route, req_id: str) -> bool:
        """Replay ``req_id``'s kept audio on the session's next eligible shard; False when it
        was not kept, its tail starts after the keyframes delivered, or no shard can take it."""
        flight = route.requests[req_id]
        first = route.keep.first_keyframe(flight)
        if not flight.resumable or first > flight.delivered:  # the tail starts after what was seen
            return False
        try:
            target = self._home(route)
            target.audio(AudioChunk(route.open.session, req_id, bytes(flight.kept), flight.ended, first))
        except errors.UpstreamUnavailable:
            return False
        flight.link = target
        return True
