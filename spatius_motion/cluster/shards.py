"""Named MotionShard actors of a region: creation, listing, pings, draining and scaling.

Shards are named ``motion-shard-<region>-<i>`` (``membership.shard_name``) in the settings'
Ray namespace, so every gateway process of a region finds the same actors by listing the
namespace's named actors. On a joined cluster the actors are detached (they outlive a gateway)
and ``spatius-motion shards scale`` sets their number; on the embedded local cluster they live
and die with the process. Each shard asks Ray for ``shard_num_cpus``/``shard_num_gpus`` and is
scheduled with Ray's SPREAD strategy, so shards land on different nodes when they can (a lost
node then takes fewer shards with it) and the autoscaler adds nodes when none has room. Ray
does not restart a crashed shard (``max_restarts=0``: calls to it fail at once); gateways replay
its req_ids in flight on other shards (``gateway/flights.py``), place later req_ids on
whichever shard placement picks then, and create the lost shard again (``restarts.py``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from spatius_motion.cluster import membership
from spatius_motion.cluster.autoscaler import Autoscaler
from spatius_motion.settings import Settings

log = logging.getLogger(__name__)

_owned: dict[str, Any] = {}
"""Handles of the non-detached shards this process created after its start (``scale``, a
restart; embedded local cluster): Ray ends such an actor once its creator holds no handle, so
they are kept until the shard is lost (``release``). (A gateway's initial shards are held by
its dispatcher and end with it.)"""


def _actor_class() -> Any:
    import ray

    from spatius_motion.workers.shard import MotionShard

    return ray.remote(MotionShard)


def create(settings: Settings, names: list[str]) -> dict[str, Any]:
    """Get or create the shard actors ``names`` (``get_if_exists``); returns name -> handle."""
    actor_class = _actor_class()
    from spatius_motion.workers.shard import shard_settings

    settings_dict = shard_settings(settings)
    handles = {}
    for name in names:
        options: dict[str, Any] = dict(
            name=name,
            namespace=settings.ray_namespace,
            get_if_exists=True,
            num_cpus=settings.shard_num_cpus,
            num_gpus=settings.shard_num_gpus,
            max_restarts=0,
            max_task_retries=0,
            max_concurrency=1,
            scheduling_strategy="SPREAD",
        )
        if settings.ray_address:
            options["lifetime"] = "detached"
        handles[name] = actor_class.options(**options).remote(settings_dict)
    return handles


def create_held(settings: Settings, names: list[str]) -> dict[str, Any]:
    """``create``, keeping the handles of non-detached shards so they outlive the call."""
    created = create(settings, names)
    if not settings.ray_address:
        _owned.update(created)
    return created


def release(names: list[str]) -> None:
    """Drop this process's held handles of lost shards: Ray keeps a dead non-detached actor's
    name taken while its creator holds a handle, so the name can be created again only after."""
    for name in names:
        _owned.pop(name, None)


def name_free(settings: Settings, name: str) -> bool:
    """No actor, live or dead, holds ``name`` as far as this process sees (blocking)."""
    return name not in handles(settings, [name])


def list_names(settings: Settings) -> list[str]:
    """The names of the region's live shard actors (blocking: one GCS request)."""
    import ray

    return membership.region_shards(ray.util.list_named_actors(), settings.region)


def handles(settings: Settings, names: list[str]) -> dict[str, Any]:
    """Actor handles of ``names``; a name that vanished meanwhile is left out (blocking)."""
    import ray

    found = {}
    for name in names:
        try:
            found[name] = ray.get_actor(name, namespace=settings.ray_namespace)
        except ValueError:
            pass
    return found


def ensure_initial(settings: Settings) -> dict[str, Any]:
    """The region's shards; when it has none yet, first create ``settings.shards`` of them.

    A region that already has shards keeps the set ``shards scale`` gave it: a gateway starting
    later never brings back a shard that was scaled away.
    """
    names = list_names(settings)
    if not names:
        names = [membership.shard_name(settings.region, i) for i in range(settings.shards)]
        return create(settings, names)
    return handles(settings, names)


async def call_all(handles: dict[str, Any], method: str, timeout_s: float) -> dict[str, Any]:
    """``method()`` of every shard at once: its reply, or the exception's type name when the
    shard failed or did not answer within ``timeout_s``."""

    async def one(handle: Any) -> Any:
        try:
            return await asyncio.wait_for(getattr(handle, method).remote(), timeout_s)
        except Exception as exc:  # a dead or slow shard is reported, not raised
            return type(exc).__name__

    names = list(handles)
    return dict(zip(names, await asyncio.gather(*(one(handles[n]) for n in names))))


async def ping_all(handles: dict[str, Any], timeout_s: float) -> dict[str, dict | None]:
    """Each shard's ``ping()`` reply, or None for a shard that failed or timed out."""
    replies = await call_all(handles, "ping", timeout_s)
    return {name: reply if isinstance(reply, dict) else None for name, reply in replies.items()}


def _cluster_resources() -> dict[str, float]:
    import ray

    return ray.cluster_resources()


async def scale(settings: Settings, count: int, *, wait: bool = True) -> dict[str, Any]:
    """Bring the region to ``count`` serving shards (``spatius-motion shards scale``).

    Raises ValueError, changing nothing, when ``count`` is below 1 or above what the cluster's
    resources hold (``membership.check_scale``). New shards are created at the lowest free
    indices and awaited until they answer (their model is loaded); surplus shards are marked
    draining, and with ``wait`` the call returns once they have exited (each exits by itself
    once idle, ``shard_drain_grace_s`` .. ``shard_drain_timeout_s``; one still alive a little
    after the timeout is killed).
    """
    membership.check_scale(
        count,
        shard_cpus=settings.shard_num_cpus,
        shard_gpus=settings.shard_num_gpus,
        cluster=await asyncio.to_thread(_cluster_resources),
        max_count=settings.shards_max,
    )
    current = await asyncio.to_thread(lambda: handles(settings, list_names(settings)))
    replies = await ping_all(current, timeout_s=settings.shard_ping_timeout_s)
    draining = {name: bool(reply and reply.get("draining")) for name, reply in replies.items()}
    plan = membership.plan_scale(settings.region, draining, count)
    created = create_held(settings, plan.create)
    undrained = await call_all({n: current[n] for n in plan.undrain}, "undrain", settings.shard_ping_timeout_s)
    drained = await call_all({n: current[n] for n in plan.drain}, "drain", settings.shard_ping_timeout_s)
    started = await ping_all(created, timeout_s=settings.shard_startup_timeout_s)
    result: dict[str, Any] = {
        "region": settings.region,
        "count": count,
        "kept": plan.keep,
        "created": {name: reply is not None for name, reply in started.items()},
        "undrained": sorted(n for n, reply in undrained.items() if reply is True),
        "draining": sorted(n for n, reply in drained.items() if reply is True),
    }
    unanswered = {n: reply for n, reply in (undrained | drained).items() if reply is not True}
    if unanswered:
        result["unanswered"] = unanswered  # name -> the call's error: scale again to retry
    if wait and result["draining"]:
        result["exited"] = await _await_exit(settings, {n: current[n] for n in result["draining"]})
    return result


async def _await_exit(settings: Settings, draining: dict[str, Any]) -> dict[str, str]:
    """Wait for draining shards to exit; kill any still alive past the drain timeout.

    Pinging a draining shard is what lets it notice it is done (``MotionShard.ping``).
    Returns name -> "exited" or "killed".
    """
    import ray

    deadline = time.monotonic() + settings.shard_drain_timeout_s + 2 * settings.shard_refresh_s + 5.0
    outcome: dict[str, str] = {}
    while True:
        alive = set(await asyncio.to_thread(list_names, settings)) & (draining.keys() - outcome.keys())
        outcome.update({name: "exited" for name in draining.keys() - outcome.keys() - alive})
        if not alive:
            return outcome
        if time.monotonic() >= deadline:
            for name in alive:
                ray.kill(draining[name], no_restart=True)
                outcome[name] = "killed"
            return outcome
        await ping_all({n: draining[n] for n in alive}, timeout_s=settings.shard_ping_timeout_s)
        await asyncio.sleep(settings.shard_refresh_s)


async def status(settings: Settings) -> dict[str, Any]:
    """Every shard of the region with its ping reply (None: no answer)."""
    current = await asyncio.to_thread(lambda: handles(settings, list_names(settings)))
    return await ping_all(current, timeout_s=settings.shard_ping_timeout_s)


def autoscaler(settings: Settings) -> Autoscaler:
    return Autoscaler(
        min_shards=settings.autoscale_min_shards,
        max_shards=settings.autoscale_max_shards,
        target_utilization=settings.autoscale_target_utilization,
        up_cooldown_s=settings.autoscale_up_cooldown_s,
        down_cooldown_s=settings.autoscale_down_cooldown_s,
    )


async def autoscale_step(settings: Settings, policy: Autoscaler) -> dict[str, Any] | None:
    """One sample of the region's shard load; scales when ``policy`` says so.

    Returns the scale result (``scale``, without waiting for drained shards to exit) or None.
    A count the cluster cannot hold is reported, not raised: the next sample tries again.
    """
    replies = {name: reply for name, reply in (await status(settings)).items() if reply is not None}
    serving = sum(1 for reply in replies.values() if not reply.get("draining"))
    count = policy.observe(time.monotonic(), {n: float(r.get("busy_s", 0.0)) for n, r in replies.items()}, serving)
    if count is None or count == serving:
        return None
    try:
        return await scale(settings, count, wait=False)
    except ValueError as error:
        log.warning("autoscale to %d shards refused: %s", count, error)
        return {"region": settings.region, "count": count, "refused": str(error)}
