"""Regional routing: the region registry and the gateways that announce themselves in it.

Keys::

    region:<name>             region info JSON (operator configuration)    global, root record, listed in regions
    regions                   set of region names                          global, root record
    gateway:<region>:<id>     Gateway JSON: url, updated_at, expire_at     regional, TTL ttl_s, renewed by re-registration
    gateways:<region>         zset gateway id -> expire_at (s): the index  regional, TTL the longest live gateway's
"""

from __future__ import annotations

import math
from typing import Any, Mapping

from spatius_motion.gateway.store.backend import Backend
from spatius_motion.gateway.store.records import DICT_DEC, GATEWAY_DEC, JSON, Gateway, ms, require_id, text, valid_id


class Routing(Backend):
    """Regions (global) and their live gateways (regional)."""

    async def register_gateway(self, region: str, gateway_id: str, url: str, ttl_s: float) -> Gateway:
        """Announce (or renew) a gateway of ``region`` for ``ttl_s`` seconds."""
        require_id("region", region)
        require_id("gateway id", gateway_id)
        if not (math.isfinite(ttl_s) and ttl_s > 0):
            raise ValueError("ttl_s must be a finite number > 0")
        now = self.clock()
        gateway = Gateway(region=region, gateway_id=gateway_id, url=url, updated_at=now, expire_at=now + ttl_s)
        index = self.key("gateways", region)
        ttl_ms = ms(ttl_s)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("gateway", region, gateway_id), JSON.encode(gateway), px=ttl_ms)
            pipe.zadd(index, {gateway_id: gateway.expire_at})
            pipe.zremrangebyscore(index, "-inf", f"({now!r}")
            pipe.pexpire(index, ttl_ms, nx=True)
            pipe.pexpire(index, ttl_ms, gt=True)
            await pipe.execute()
        return gateway

    async def unregister_gateway(self, region: str, gateway_id: str) -> None:
        """Withdraw a gateway at shutdown."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.key("gateway", region, gateway_id))
            pipe.zrem(self.key("gateways", region), gateway_id)
            await pipe.execute()

    async def gateways(self, region: str) -> list[Gateway]:
        """Live gateways of a region, sorted by id."""
        if not valid_id(region):
            return []
        ids = await self.redis.zrangebyscore(self.key("gateways", region), self.clock(), "+inf")
        if not ids:
            return []
        raws = await self.redis.mget([self.key("gateway", region, text(i)) for i in ids])
        return sorted((GATEWAY_DEC.decode(r) for r in raws if r is not None), key=lambda g: g.gateway_id)

    async def set_region(self, name: str, info: Mapping[str, Any]) -> None:
        """Store a region's routing information (operator configuration)."""
        require_id("region", name)
        async with self.global_redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("region", name), JSON.encode(dict(info)))
            pipe.sadd(self.key("regions"), name)
            await pipe.execute()

    async def region_info(self, name: str) -> dict[str, Any] | None:
        if not valid_id(name):
            return None
        raw = await self.global_redis.get(self.key("region", name))
        return None if raw is None else DICT_DEC.decode(raw)

    async def regions(self) -> list[str]:
        return sorted(map(text, await self.global_redis.smembers(self.key("regions"))))

    async def delete_region(self, name: str) -> None:
        async with self.global_redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.key("region", name))
            pipe.srem(self.key("regions"), name)
            await pipe.execute()
