"""API keys: secrets an app's backend trades for session tokens, each with a public key id.

Keys (global store)::

    apikey:<sha256(key)>      ApiKeyRecord JSON: app_id, key_id, created_at,   owned by app (in appkeys);
                              expire_at, replaced_by                           TTL until expire_at once rotated
    appkeys:<app_id>          set of sha256(api key): the app's key index       owned by app:<app_id>

A key is shown once, when it is created; Redis holds only its sha256. Operators name a key by
its **key id** (``key_<8 hex>``), drawn at random when the key is created and stored in its
record, so an id reveals nothing about the secret. ``rotate_api_key`` issues a new key and lets
the old one work for a grace period: the old record gets ``expire_at`` and a TTL to match, so
Redis drops it by itself; ``api_keys`` prunes index members whose record is gone. Finding a key
by id reads the app's records in one MGET (an app holds at most ``MAX_API_KEYS_PER_APP``).
"""

from __future__ import annotations

import math
import secrets
from typing import Any

import msgspec
from redis.exceptions import WatchError

from spatius_motion.gateway.store.backend import Backend
from spatius_motion.gateway.store.records import (
    API_KEY_PREFIX,
    JSON,
    KEY_DEC,
    WATCH_RETRIES,
    ApiKeyRecord,
    ms,
    new_secret,
    sha256_hex,
    text,
    valid_id,
    well_formed,
)

KEY_ID_PREFIX = "key_"
MAX_API_KEYS_PER_APP = 100
"""Most keys one app may hold (``create_api_key`` refuses more); bounds the MGET of a lookup."""


def new_key_id() -> str:
    """A random public key id, ``key_<8 hex>``."""
    return f"{KEY_ID_PREFIX}{secrets.token_hex(4)}"


class Keys(Backend):
    """API keys and their per-app index in the global store."""

    async def create_api_key(self, app_id: str) -> str:
        """A new API key for an existing app (returned once, stored hashed)."""
        api_key, _ = await self.issue_api_key(app_id)
        return api_key

    async def issue_api_key(self, app_id: str) -> tuple[str, ApiKeyRecord]:
        """A new API key for an existing app and its record (the key id is in the record).

        Raises ValueError for an unknown app or one that already holds ``MAX_API_KEYS_PER_APP``.
        """
        if not valid_id(app_id) or not await self.global_redis.exists(self.key("app", app_id)):
            raise ValueError(f"unknown app {app_id!r}")
        if await self.global_redis.scard(self.key("appkeys", app_id)) >= MAX_API_KEYS_PER_APP:
            raise ValueError(f"app {app_id!r} already holds {MAX_API_KEYS_PER_APP} API keys")
        async with self.global_redis.pipeline(transaction=True) as pipe:
            api_key, record = self._queue_new_key(pipe, app_id, self.clock())
            await pipe.execute()
        return api_key, record

    def _queue_new_key(self, pipe: Any, app_id: str, now: float) -> tuple[str, ApiKeyRecord]:
        """Queue a fresh key's record and index entry on ``pipe``; returns the key and record."""
        api_key, key_hash = new_secret(API_KEY_PREFIX)
        record = ApiKeyRecord(app_id=app_id, created_at=now, key_id=new_key_id())
        pipe.set(self.key("apikey", key_hash), JSON.encode(record))
        pipe.sadd(self.key("appkeys", app_id), key_hash)
        return api_key, record

    async def api_key_record(self, api_key: str) -> ApiKeyRecord | None:
        """The record of a working API key; None for an empty, malformed, unknown or expired key."""
        if not api_key or not well_formed(api_key, API_KEY_PREFIX):
            return None
        raw = await self.global_redis.get(self.key("apikey", sha256_hex(api_key)))
        record = None if raw is None else KEY_DEC.decode(raw)
        if record is None or (record.expire_at and record.expire_at <= self.clock()):
            return None
        return record

    async def api_key_app(self, api_key: str) -> str | None:
        """The app an API key belongs to; None for an empty, malformed, unknown or expired key."""
        record = await self.api_key_record(api_key)
        return None if record is None else record.app_id

    async def api_keys(self, app_id: str) -> list[ApiKeyRecord]:
        """The app's working keys, oldest first (records only: no secret, no hash)."""
        return [record for _, record in await self._app_keys(app_id)]

    async def api_key_count(self, app_id: str) -> int:
        return len(await self._app_keys(app_id))

    async def revoke_api_key(self, api_key: str) -> bool:
        """Forget an API key; True when it existed. Tokens it issued stay valid until expiry."""
        if not api_key or not well_formed(api_key, API_KEY_PREFIX):
            return False
        key_hash = sha256_hex(api_key)
        raw = await self.global_redis.get(self.key("apikey", key_hash))
        if raw is None:
            return False
        await self._forget(KEY_DEC.decode(raw).app_id, key_hash)
        return True

    async def revoke_api_key_id(self, app_id: str, key_id: str) -> bool:
        """Forget the app's key ``key_id`` at once; True when it existed."""
        found = await self._find(app_id, key_id)
        if found is None:
            return False
        await self._forget(app_id, found[0])
        return True

    async def rotate_api_key(
        self, app_id: str, key_id: str, grace_s: float
    ) -> tuple[str, ApiKeyRecord, ApiKeyRecord] | None:
        """Replace key ``key_id`` of ``app_id`` with a new one; the old works ``grace_s`` more seconds.

        Returns (new key, its record, the old key's record) or None when the app has no such
        key. A key already rotated (in its grace period) raises ValueError: rotate its
        replacement instead. ``grace_s`` 0 forgets the old key at once.
        """
        if isinstance(grace_s, bool) or not (math.isfinite(grace_s) and grace_s >= 0):
            raise ValueError("grace_s must be a finite number >= 0")
        async with self.global_redis.pipeline(transaction=True) as pipe:
            for _ in range(WATCH_RETRIES):
                found = await self._find(app_id, key_id)
                if found is None:
                    return None
                record_key = self.key("apikey", found[0])
                try:
                    await pipe.watch(record_key)
                    raw = await pipe.get(record_key)
                    if raw is None:
                        continue  # revoked meanwhile: the next _find says so
                    old = KEY_DEC.decode(raw)
                    if old.replaced_by:
                        raise ValueError(f"key {key_id} was already rotated (replaced by {old.replaced_by})")
                    now = self.clock()
                    pipe.multi()
                    api_key, new = self._queue_new_key(pipe, app_id, now)
                    old = msgspec.structs.replace(old, expire_at=now + grace_s, replaced_by=new.key_id)
                    if grace_s > 0:
                        pipe.set(record_key, JSON.encode(old), px=ms(grace_s))
                    else:
                        pipe.delete(record_key)
                        pipe.srem(self.key("appkeys", app_id), found[0])
                    await pipe.execute()
                    return api_key, new, old
                except WatchError:
                    continue
                finally:
                    await pipe.reset()
        raise RuntimeError(f"key {key_id} kept changing during rotation")

    async def _find(self, app_id: str, key_id: str) -> tuple[str, ApiKeyRecord] | None:
        """(sha256, record) of the app's working key ``key_id``; None when there is none."""
        if not key_id.startswith(KEY_ID_PREFIX):
            return None
        return next(((h, r) for h, r in await self._app_keys(app_id) if r.key_id == key_id), None)

    async def _app_keys(self, app_id: str) -> list[tuple[str, ApiKeyRecord]]:
        """(sha256, record) of the app's working keys, oldest first.

        Index members whose record Redis has dropped (a rotated key past its grace period)
        are removed; a record from before key ids gets one, written back.
        """
        if not valid_id(app_id):
            return []
        index = self.key("appkeys", app_id)
        hashes = sorted(map(text, await self.global_redis.smembers(index)))
        if not hashes:
            return []
        raws = await self.global_redis.mget([self.key("apikey", h) for h in hashes])
        gone = [h for h, raw in zip(hashes, raws) if raw is None]
        if gone:
            await self.global_redis.srem(index, *gone)
        now = self.clock()
        live = []
        for key_hash, raw in zip(hashes, raws):
            record = None if raw is None else KEY_DEC.decode(raw)
            if record is None or (record.expire_at and record.expire_at <= now):
                continue  # a record past expire_at whose TTL has not fired yet is not listed
            if not record.key_id:
                record = msgspec.structs.replace(record, key_id=new_key_id())
                await self.global_redis.set(self.key("apikey", key_hash), JSON.encode(record), xx=True)
            live.append((key_hash, record))
        return sorted(live, key=lambda item: (item[1].created_at, item[1].key_id))

    async def _forget(self, app_id: str, key_hash: str) -> None:
        async with self.global_redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.key("apikey", key_hash))
            pipe.srem(self.key("appkeys", app_id), key_hash)
            await pipe.execute()
