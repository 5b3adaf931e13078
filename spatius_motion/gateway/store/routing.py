"""Regional routing: the region registry, region liveness, and the gateways of each region.

Every gateway announces itself every ``gateway_heartbeat_s`` (``server._announce``) with
``register_gateway``: in its regional store the gateway record (its own URL, read by
``gateways``), and in the global store its region's record (the public URLs clients of the
region use) and its entry in the region's liveness set. A region is healthy while at least
one of its gateways has renewed that entry within its TTL, and any gateway of any region reads
that from the global store, which is what bootstrap needs (``region_table``).

Keys::

    region:<name>             Region JSON: name, console_url, ingress_url  global, root record, listed in regions
    regions                   set of region names                          global, root record
    regionlive:<name>         zset gateway id -> expire_at (s)             global, TTL the longest live gateway's
    gateway:<region>:<id>     Gateway JSON: url, updated_at, expire_at     regional, TTL ttl_s, renewed by heartbeats
    gateways:<region>         zset gateway id -> expire_at (s): the index  regional, TTL the longest live gateway's

A live gateway rewrites its region's record with every heartbeat, so the registry follows the
gateways' settings (``--public-console-url``, ``--public-ingress-url``); ``set_region`` (the
operator's ``admin set-region``) registers a region before its gateways run. Deleting a region
whose gateways still run lasts until their next heartbeat.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any, Mapping

import msgspec

from spatius_motion.gateway.store.backend import Backend
from spatius_motion.gateway.store.records import (
    GATEWAY_DEC,
    JSON,
    REGION_DEC,
    Gateway,
    Region,
    ms,
    require_id,
    text,
    valid_id,
)


class Routing(Backend):
    """Regions and their liveness (global) and their live gateways (regional)."""

    async def register_gateway(
        self, region: str, gateway_id: str, url: str, ttl_s: float, *, advertise: Region | None = None
    ) -> Gateway:
        """Announce (or renew) a gateway of ``region`` for ``ttl_s`` seconds.

        One pipeline per store: the regional gateway record and index, and the global liveness
        entry (plus ``advertise``, the region's record, when given); both run concurrently.
        """
        require_id("region", region)
        require_id("gateway id", gateway_id)
        if not (math.isfinite(ttl_s) and ttl_s > 0):
            raise ValueError("ttl_s must be a finite number > 0")
        if advertise is not None and advertise.name != region:
            raise ValueError(f"a gateway of region {region!r} cannot advertise region {advertise.name!r}")
        now = self.clock()
        gateway = Gateway(region=region, gateway_id=gateway_id, url=url, updated_at=now, expire_at=now + ttl_s)
        ttl_ms = ms(ttl_s)
        async with (
            self.redis.pipeline(transaction=True) as regional,
            self.global_redis.pipeline(transaction=True) as global_,
        ):
            regional.set(self.key("gateway", region, gateway_id), JSON.encode(gateway), px=ttl_ms)
            _queue_expiring_member(regional, self.key("gateways", region), gateway_id, gateway.expire_at, now, ttl_ms)
            _queue_expiring_member(global_, self.key("regionlive", region), gateway_id, gateway.expire_at, now, ttl_ms)
            if advertise is not None:
                self._queue_region(global_, advertise)
            await asyncio.gather(regional.execute(), global_.execute())
        return gateway

    async def unregister_gateway(self, region: str, gateway_id: str) -> None:
        """Withdraw a gateway at shutdown: its region stops counting it at once."""
        async with (
            self.redis.pipeline(transaction=True) as regional,
            self.global_redis.pipeline(transaction=True) as global_,
        ):
            regional.delete(self.key("gateway", region, gateway_id))
            regional.zrem(self.key("gateways", region), gateway_id)
            global_.zrem(self.key("regionlive", region), gateway_id)
            await asyncio.gather(regional.execute(), global_.execute())

    async def gateways(self, region: str) -> list[Gateway]:
        """Live gateways of a region, sorted by id (the regional store's view)."""
        if not valid_id(region):
            return []
        ids = await self.redis.zrangebyscore(self.key("gateways", region), self.clock(), "+inf")
        if not ids:
            return []
        raws = await self.redis.mget([self.key("gateway", region, text(i)) for i in ids])
        return sorted((GATEWAY_DEC.decode(r) for r in raws if r is not None), key=lambda g: g.gateway_id)

    # the registry (global) --------------------------------------------------------------------
    async def set_region(self, name: str, info: Mapping[str, Any] | Region) -> Region:
        """Register a region: ``info`` is a Region or a mapping with ``console_url`` and
        ``ingress_url``; ValueError for a bad name, a missing or malformed URL, or another key."""
        region = info if isinstance(info, Region) else _region_from(name, info)
        if region.name != name:
            raise ValueError(f"region record {region.name!r} stored under {name!r}")
        async with self.global_redis.pipeline(transaction=True) as pipe:
            self._queue_region(pipe, region)
            await pipe.execute()
        return region

    async def get_region(self, name: str) -> Region | None:
        if not valid_id(name):
            return None
        raw = await self.global_redis.get(self.key("region", name))
        return None if raw is None else REGION_DEC.decode(raw)

    async def region_info(self, name: str) -> dict[str, Any] | None:
        """A region's record as a JSON-ready dict (name, console_url, ingress_url), or None."""
        region = await self.get_region(name)
        return None if region is None else msgspec.to_builtins(region)

    async def regions(self) -> list[str]:
        return sorted(map(text, await self.global_redis.smembers(self.key("regions"))))

    async def delete_region(self, name: str) -> None:
        async with self.global_redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.key("region", name))
            pipe.srem(self.key("regions"), name)
            await pipe.execute()

    async def region_table(self) -> dict[Region, int]:
        """Every registered region with its count of live gateways (0 = down), in two round
        trips to the global store: the names, then their records and liveness counts."""
        names = await self.regions()
        if not names:
            return {}
        now = self.clock()
        async with self.global_redis.pipeline(transaction=False) as pipe:
            pipe.mget([self.key("region", name) for name in names])
            for name in names:
                pipe.zcount(self.key("regionlive", name), now, "+inf")
            raws, *counts = await pipe.execute()
        return {REGION_DEC.decode(raw): int(count) for raw, count in zip(raws, counts) if raw is not None}

    def _queue_region(self, pipe: Any, region: Region) -> None:
        pipe.set(self.key("region", region.name), JSON.encode(region))
        pipe.sadd(self.key("regions"), region.name)


def _region_from(name: str, info: Mapping[str, Any]) -> Region:
    if not isinstance(info, Mapping):
        raise ValueError("region info must be a mapping with console_url and ingress_url")
    unknown = sorted(set(info) - set(Region.__struct_fields__))
    if unknown:
        raise ValueError(f"unknown region info keys {unknown}: expected console_url and ingress_url")
    try:
        return msgspec.convert({**info, "name": name}, Region)
    except msgspec.ValidationError as error:
        raise ValueError(f"invalid region {name!r}: {error}") from None


def _queue_expiring_member(pipe: Any, key: str, member: str, expire_at: float, now: float, ttl_ms: int) -> None:
    """Queue: ``member`` -> ``expire_at`` in the zset ``key``, drop expired members, and keep
    the key alive as long as its longest-lived member (never shortened)."""
    pipe.zadd(key, {member: expire_at})
    pipe.zremrangebyscore(key, "-inf", f"({now!r}")
    pipe.pexpire(key, ttl_ms, nx=True)
    pipe.pexpire(key, ttl_ms, gt=True)
