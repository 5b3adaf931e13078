"""Named MotionShard actors of a region: creation, discovery and health.

Shards are named ``motion-shard-<region>-<i>`` in the settings' Ray namespace, so every gateway
process of a region finds the same actors (``get_if_exists``) and any of them may create them.
On a joined cluster the actors are detached (they outlive a gateway); on the embedded local
cluster they live and die with the process. Ray restarts a crashed shard (``max_restarts``);
its sessions' in-flight requests fail with 4503 and later audio goes to whichever shard
placement picks then.
"""

from __future__ import annotations

import logging
from typing import Any

import msgspec

from spatius_motion.settings import Settings

log = logging.getLogger(__name__)


def shard_name(region: str, index: int) -> str:
    return f"motion-shard-{region}-{index}"


def shard_names(settings: Settings) -> list[str]:
    return [shard_name(settings.region, i) for i in range(settings.shards)]


def _actor_class() -> Any:
    import ray

    from spatius_motion.workers.shard import MotionShard

    return ray.remote(MotionShard)


def ensure_shards(settings: Settings) -> dict[str, Any]:
    """Get or create every shard actor of the region; returns name -> actor handle."""
    actor_class = _actor_class()
    settings_dict = msgspec.to_builtins(settings)
    handles = {}
    for name in shard_names(settings):
        options: dict[str, Any] = dict(
            name=name,
            namespace=settings.ray_namespace,
            get_if_exists=True,
            num_cpus=settings.shard_num_cpus,
            num_gpus=settings.shard_num_gpus,
            max_restarts=-1,
            max_task_retries=0,
            max_concurrency=1,
        )
        if settings.ray_address:
            options["lifetime"] = "detached"
        handles[name] = actor_class.options(**options).remote(settings_dict)
    return handles


async def ping_all(handles: dict[str, Any], timeout_s: float) -> dict[str, dict | None]:
    """Each shard's ``ping()`` reply, or None for a shard that failed or timed out."""
    import asyncio

    async def one(handle: Any) -> dict | None:
        try:
            return await asyncio.wait_for(handle.ping.remote(), timeout_s)
        except Exception as exc:  # a dead or slow shard is reported, not raised
            log.warning("shard ping failed: %s", type(exc).__name__)
            return None

    names = list(handles)
    replies = await asyncio.gather(*(one(handles[n]) for n in names))
    return dict(zip(names, replies))
