"""Assembles and runs a gateway process: Ray shards, the Redis store, the dispatcher, uvicorn.

``start()`` returns a ``RunningServer`` once the socket is bound and at least one shard of the
region has loaded its model; from then on ``ShardDiscovery`` keeps the dispatcher's shard set in
step with the region's live shards. The CLI's ``serve``, tests and benchmarks use it (tests
with port 0).
``RunningServer.stop()`` drains: see ``Gateway.drain``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import socket
from dataclasses import dataclass
from typing import Any, Iterable

import uvicorn

from spatius_motion.cluster import runtime, shards
from spatius_motion.cluster.discovery import ShardDiscovery
from spatius_motion.cluster.membership import Membership
from spatius_motion.gateway.app import Gateway, build_app
from spatius_motion.gateway.dispatcher import Dispatcher
from spatius_motion.gateway.http_protocol import with_header_timeout
from spatius_motion.gateway.store import Region, Store, open_global_redis, open_redis
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings
from spatius_motion.tasks import spawn

log = logging.getLogger(__name__)

GATEWAY_TTL_HEARTBEATS = 3
"""A gateway's registration lives this many heartbeats (``gateway_heartbeat_s``): one or two
missed renewals (a Redis blip) do not take its region down."""


@dataclass
class RunningServer:
    settings: Settings
    gateway: Gateway
    port: int
    _server: uvicorn.Server
    _tasks: list[asyncio.Task]

    @property
    def console_url(self) -> str:
        return self.settings.console_url(self.port)

    @property
    def ingress_url(self) -> str:
        return self.settings.ingress_url(self.port)

    async def wait_closed(self) -> None:
        """Return when uvicorn ends by itself; cancelling the waiter leaves uvicorn running
        (only ``stop()`` ends it, after the drain)."""
        await asyncio.shield(self._tasks[0])

    async def stop(self) -> None:
        """Leave regional routing, drain sessions, stop uvicorn, flush pending shard work.

        The drain (``Gateway.drain``) lets requests in flight finish for at most
        ``drain_timeout_s``; sessions then end with 4503 and their clients reconnect elsewhere.
        """
        heartbeat = self._tasks[1:]
        for task in heartbeat:
            task.cancel()
        await asyncio.gather(*heartbeat, return_exceptions=True)
        try:
            await self.gateway.store.unregister_gateway(self.settings.region, self.gateway_id)
        except Exception:
            log.warning("could not unregister the gateway from Redis")
        cut_short = await self.gateway.drain(self.settings.drain_timeout_s)
        if cut_short:
            log.warning(
                "drain: %d sessions still had requests running after %g s", cut_short, self.settings.drain_timeout_s
            )
        self._server.should_exit = True
        await asyncio.gather(self._tasks[0], return_exceptions=True)
        await self.gateway.dispatcher.stop()

    @property
    def gateway_id(self) -> str:
        return self.settings.gateway_id or f"{socket.gethostname()}-{os.getpid()}-{self.port}"


async def _first_shards(
    handles: dict[str, Any], startup_s: float, settle_s: float
) -> tuple[dict[str, Any], dict[str, dict]]:
    """The model description the region's shards report, and each answering shard's ping reply.

    Waits until one shard answers (it has loaded its model; at most ``startup_s``),
    then ``settle_s`` more for the others: a shard that is stuck (e.g. on a lost node) does not
    hold the gateway's start, and discovery adds late ones as they answer.
    """
    pending = {asyncio.ensure_future(shards.ping_all({name: handle}, startup_s)) for name, handle in handles.items()}
    answered: dict[str, dict] = {}
    while pending and not answered:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        answered.update(_answers(done))
    if pending:
        done, pending = await asyncio.wait(pending, timeout=settle_s)
        answered.update(_answers(done))
    for future in pending:
        future.cancel()
    if not answered:
        raise RuntimeError("no shard answered; see the Ray worker logs")
    answered = dict(sorted(answered.items()))
    return next(iter(answered.values())), answered


def _answers(done: Iterable[asyncio.Future]) -> dict[str, dict]:
    return {name: reply for future in done for name, reply in future.result().items() if reply is not None}


async def start(
    settings: Settings, *, redis: Any = None, global_redis: Any = None, metrics: Metrics | None = None
) -> RunningServer:
    """Bring up a gateway on ``settings.host:settings.port`` (port 0 picks a free one).

    ``redis`` and ``global_redis`` replace the regional and global clients the settings name.
    """
    await asyncio.to_thread(runtime.connect, settings)
    handles = await asyncio.to_thread(shards.ensure_initial, settings)
    model_info, answered = await _first_shards(handles, settings.shard_startup_timeout_s, settings.shard_ping_timeout_s)
    membership = Membership(model_info, ping_timeout_s=settings.shard_ping_timeout_s)
    spk = model_info["samples_per_keyframe"]
    keyframe_bytes = 2 * spk
    regional = redis if redis is not None else open_redis(settings)
    global_ = global_redis if global_redis is not None else open_global_redis(settings, regional)
    store = Store.from_settings(regional, settings, global_redis=global_)
    metrics = metrics or Metrics()
    dispatcher = Dispatcher(
        {name: handles[name] for name in answered},
        tick_ms=settings.tick_ms,
        max_items_per_call=settings.shard_max_items_per_call,
        call_timeout_s=settings.shard_call_timeout_s,
        dispatch_mode=settings.dispatch_mode,
        max_pending_chunks=settings.shard_max_pending_chunks,
        metrics=metrics,
        membership=membership,
        # A replay reaches the shard in one step, under the shard's own bound on buffered audio.
        keep_bytes=2 * int(min(settings.failover_keep_s, settings.max_pending_audio_s) * model_info["sample_rate_hz"]),
        tail_bytes=keyframe_bytes * math.ceil(settings.failover_tail_s * model_info["sample_rate_hz"] / spk),
        keyframe_bytes=keyframe_bytes,
    )
    for name, reply in answered.items():
        membership.answered(name, reply)
    dispatcher.start()
    discovery = ShardDiscovery(settings, membership, dispatcher.sync, handles=handles, metrics=metrics)
    gateway = Gateway(settings, store, dispatcher, metrics, model_info)
    sock = socket.socket(socket.AF_INET6 if ":" in settings.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((settings.host, settings.port))
    sock.listen(1024)
    sock.setblocking(False)
    config = uvicorn.Config(
        build_app(gateway),
        http=with_header_timeout(settings.header_timeout_s),
        ws="websockets-sansio",
        ws_per_message_deflate=False,
        ws_max_size=2 * settings.max_message_bytes,
        lifespan="off",
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=math.ceil(settings.close_timeout_s),
    )
    server = uvicorn.Server(config)
    # Signals belong to the embedding program (the CLI drains on SIGTERM); uvicorn must not
    # capture and re-raise them.
    server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign,assignment]
    running = RunningServer(settings, gateway, sock.getsockname()[1], server, [])
    running._tasks.append(spawn(server.serve(sockets=[sock]), "uvicorn"))
    # The region as clients reach it: the public URLs when set, else the bound ones (a malformed
    # public URL fails the start here rather than every heartbeat).
    region = Region(name=settings.region, console_url=running.console_url, ingress_url=running.ingress_url)
    await _register(running, region)  # the region is live (bootstrap can send clients here) on return
    running._tasks.append(spawn(_announce(running, region), "gateway-heartbeat"))
    running._tasks.append(spawn(discovery.run(), "shard-discovery"))
    return running


async def _register(running: RunningServer, region: Region) -> None:
    """One heartbeat (``Routing.register_gateway``): the gateway record in the regional store,
    the region's record and this gateway's liveness entry in the global store.

    Only a ready gateway (``Gateway.readiness``: both stores and Ray answer, a shard is eligible, not
    draining) renews; an unready one lets its entry lapse, so bootstrap stops sending clients
    to a region none of whose gateways could serve them, as the load balancer does.
    """
    settings = running.settings
    ready, details = await running.gateway.readiness()
    if not ready:
        log.warning("gateway not ready (%s): region liveness not renewed", details)
        return
    try:
        await running.gateway.store.register_gateway(
            region.name,
            running.gateway_id,
            running.ingress_url,
            GATEWAY_TTL_HEARTBEATS * settings.gateway_heartbeat_s,
            advertise=region,
        )
    except Exception:
        log.warning("gateway heartbeat to Redis failed; retrying in %g s", settings.gateway_heartbeat_s)


async def _announce(running: RunningServer, region: Region) -> None:
    """Renew the registration every ``gateway_heartbeat_s`` until stopped."""
    while True:
        await asyncio.sleep(running.settings.gateway_heartbeat_s)
        await _register(running, region)
