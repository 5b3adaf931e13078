"""Run-time discovery of a region's shards: every ``shard_refresh_s`` each gateway lists the
region's named shard actors and pings each one, and feeds what it saw to ``Membership`` (which
shards take new work) and to the dispatcher's ``sync`` (one link per listed shard).

At most one listing and one ping per shard are outstanding at a time: a shard that does not
answer (loading its model, on a lost node, hung) costs one queued ping, not one per refresh.
Handles are looked up once per name and reused, until a ping reports the actor dead for good.
A listing that fails or takes longer than ``shard_ping_timeout_s`` marks Ray unreachable for
readiness; the last known shard set stays in use meanwhile.

A serving shard that leaves the listing undrained is lost; ``Restarts`` says when this gateway
creates it again (``shard_restart_delay_s``, doubling up to ``shard_restart_delay_max_s``).
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import logging
import time
from typing import Any, Awaitable, Callable

from spatius_motion.cluster import shards
from spatius_motion.cluster.membership import Membership, shard_name
from spatius_motion.cluster.restarts import Restarts
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings

log = logging.getLogger(__name__)


class ShardDiscovery:
    """Keeps ``membership`` and the dispatcher's links in step with the region's live shards."""

    def __init__(
        self,
        settings: Settings,
        membership: Membership,
        sync: Callable[[dict[str, Any]], Awaitable[None]],
        *,
        handles: dict[str, Any] | None = None,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._metrics = metrics
        self._membership = membership
        self._sync = sync
        self._clock = clock
        self._handles: dict[str, Any] = dict(handles or {})
        """The handles in use (the dispatcher's links hold the same objects: a different handle
        under a known name means another actor)."""
        self._listing: asyncio.Future | None = None
        self._pings: dict[str, tuple[asyncio.Future, float, int]] = {}
        """name -> (the outstanding ping, when it was sent, ``Membership.epoch`` then)."""
        self.restarts = Restarts(settings.shard_restart_delay_s, settings.shard_restart_delay_max_s)
        self._restarting: asyncio.Future | None = None

    async def run(self) -> None:
        """Refresh forever (the server runs this as a task and cancels it at stop)."""
        try:
            while True:
                try:
                    await self.refresh()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("shard discovery failed; retrying")
                await asyncio.sleep(self._settings.shard_refresh_s)
        finally:
            for future, _, _ in self._pings.values():
                future.cancel()
            self._pings.clear()
            if self._restarting is not None:
                self._restarting.cancel()

    async def refresh(self) -> None:
        """One round: list the region's shards, sync the links, ping every shard, create lost
        shards again when due."""
        before = set(self._handles)
        await self._list()
        self._note_losses(before - self._handles.keys())
        await self._sync(dict(self._handles))
        await self._ping()
        self._restart()
        if self._metrics is not None:
            for state, count in self._membership.states().items():
                self._metrics.shards.labels(state).set(count)

    async def _list(self) -> None:
        timeout_s = self._settings.shard_ping_timeout_s
        if self._listing is None:
            self._listing = asyncio.ensure_future(asyncio.to_thread(self._lookup))
        done, _ = await asyncio.wait({self._listing}, timeout=timeout_s)
        if not done:
            self._membership.ray(False, f"no listing answer within {timeout_s:g} s")
            return
        listing, self._listing = self._listing, None
        try:
            self._handles = listing.result()
        except Exception as exc:
            self._membership.ray(False, f"listing failed: {type(exc).__name__}")
            return
        self._membership.ray(True)

    def _lookup(self) -> dict[str, Any]:
        """name -> handle of the region's listed shards (blocking; runs in a thread)."""
        names = shards.list_names(self._settings)
        known = {name: self._handles[name] for name in names if name in self._handles}
        return known | shards.handles(self._settings, [n for n in names if n not in known])

    async def _ping(self) -> None:
        for name in [n for n in self._pings if n not in self._handles]:
            self._pings.pop(name)[0].cancel()
        now = self._clock()
        for name, handle in self._handles.items():
            if name not in self._pings:
                ping = asyncio.ensure_future(_await(handle.ping.remote()))
                self._pings[name] = (ping, now, self._membership.epoch(name))
        if not self._pings:
            return
        await asyncio.wait([ping[0] for ping in self._pings.values()], timeout=self._settings.shard_ping_timeout_s)
        now = self._clock()
        for name, (future, started, epoch) in list(self._pings.items()):
            if not future.done():
                self._membership.unanswered(name, now - started)
                continue
            del self._pings[name]
            error = future.exception()
            if error is None:
                self._membership.answered(name, future.result(), epoch)
                continue
            self._membership.failed(name, f"ping failed: {type(error).__name__}")
            if type(error).__name__ == "ActorDiedError":
                # Dead for good: a shard created again under this name is another actor, so
                # the next listing looks the name up afresh instead of reusing this handle.
                self._handles.pop(name, None)

    def _note_losses(self, gone: set[str]) -> None:
        """Shards that left the listing: lost unless this gateway last saw them draining."""
        now = self._clock()
        for name in sorted(gone):
            state = self._membership.shards.get(name)
            due = self.restarts.lost(name, now, draining=state is not None and state.draining)
            if due is not None:
                log.warning("shard %s lost; creating it again in %.0f s", name, due - now)

    def _restart(self) -> None:
        """Start creating the lost shards that are due (one creation round at a time)."""
        if self._restarting is not None:
            if not self._restarting.done():
                return
            self._restarting = None
        names = self.restarts.due(self._clock(), self._handles)
        if names:
            self._restarting = asyncio.ensure_future(self._create_again(names))

    async def _create_again(self, names: list[str]) -> None:
        try:
            created = await asyncio.to_thread(self._create_blocking, names)
        except Exception as exc:  # Ray refused or is unreachable: try again later
            now = self._clock()
            for name in names:
                due = self.restarts.failed(name, now)
                log.warning(
                    "creating lost shard %s again failed (%s); next try in %.0f s", name, type(exc).__name__, due - now
                )
            if self._metrics is not None:
                self._metrics.shard_restarts.labels("failed").inc(len(names))
            return
        for name, target in created.items():
            log.warning("lost shard %s created again as %s", name, target)
        if self._metrics is not None:
            self._metrics.shard_restarts.labels("created").inc(len(created))

    def _create_blocking(self, names: list[str]) -> dict[str, str]:
        """Create each lost shard again (blocking; runs in a thread); returns name -> the name
        it was created under.

        On a joined cluster the shards are detached and a dead one's name is free at once;
        every gateway that saw the loss creates the same name and ``get_if_exists`` makes one
        actor of them. On the embedded cluster this process owns its shards: the name frees
        once the last handle to the dead actor is gone, so the handles held for it are dropped
        and reference cycles collected first; a name still taken then (a handle lives on
        somewhere) gives way to the lowest free index, which only this process creates.
        """
        settings = self._settings
        created: dict[str, str] = {}
        if settings.ray_address:
            shards.create_held(settings, names)
            return {name: name for name in names}
        shards.release(names)
        gc.collect()
        taken = set(shards.list_names(settings))
        for name in names:
            if name in taken:  # listed again meanwhile (a scale created it)
                continue
            target = name
            if not shards.name_free(settings, name):
                target = next(
                    candidate
                    for i in itertools.count()
                    if (candidate := shard_name(settings.region, i)) not in taken
                    and shards.name_free(settings, candidate)
                )
            shards.create_held(settings, [target])
            taken.add(target)
            created[name] = target
        return created


async def _await(ref: Any) -> Any:
    return await ref
