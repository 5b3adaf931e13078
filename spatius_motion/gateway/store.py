"""Everything the server keeps in Redis: apps, API keys, session tokens, avatars, live
sessions, credits and regional routing (DESIGN.md section 4).

The store runs on an injected ``redis.asyncio.Redis`` client (a real server, or
``fakeredis.aioredis.FakeRedis`` for the embedded development server and for tests) and an
injected clock returning unix seconds. It uses no Lua, so both backends behave alike;
atomic read-check-write steps use WATCH/MULTI. Raw API keys and session tokens are never
stored or logged: their keys hold ``sha256(secret)`` in hex. TTLs are relative
(``PX``) and computed from the injected clock, so a clock skew between gateway and Redis
host does not shift token expiry.

Keys, all under one prefix (``settings.redis_prefix``, default ``spatius:``). Each key
either expires (TTL) or is an owned record that ``delete_app`` removes with its owner:

    key                       value                                        lifetime
    app:<app_id>              App JSON: plan, created_at                   root record (delete_app)
    appkeys:<app_id>          set of sha256(api key) of the app            owned by app:<app_id>
    appavatars:<app_id>       set of avatar ids of the app                 owned by app:<app_id>
    credits:<app_id>          remaining audio seconds, float text          owned by app:<app_id>
    apikey:<sha256(key)>      ApiKeyRecord JSON: app_id, created_at        owned by app (in appkeys)
    avatar:<avatar_id>        AvatarRecord JSON: app_id, settings          owned by app (in appavatars)
    token:<sha256(token)>     TokenRecord JSON: app_id, expire_at          TTL until expire_at
    tokenexp:<sha256(token)>  expire_at (unix s) text, the tombstone       TTL until expire_at + tombstone_s
    sessions:<app_id>         zset connection id -> last heartbeat (s)     TTL stale_after_s, renewed by heartbeats
    gateway:<region>:<id>     Gateway JSON: url, updated_at, expire_at     TTL ttl_s, renewed by re-registration
    gateways:<region>         zset gateway id -> expire_at (s): the index  TTL the longest live gateway's
    region:<name>             region info JSON (operator configuration)    root record, listed in regions
    regions                   set of region names                          root record (operator configuration)

Avatar settings are a JSON object. The store interprets one member, ``expression_map``: a
list of 52 rows (ARKit blendshapes in ARKit's standard order) of 100 finite floats (FLAME
expression coefficients), so that ``flame_expression = arkit_weights @ expression_map``
retargets ARKit weights onto the avatar's FLAME expression basis. Other members are kept
as given for the gateway and workers to read.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import re
import secrets
import time
from typing import Any, Callable, Mapping

import msgspec
from redis.exceptions import RedisError, WatchError

from spatius_motion import errors

log = logging.getLogger(__name__)

Clock = Callable[[], float]

API_KEY_PREFIX = "sk_"
TOKEN_PREFIX = "st_"
_SECRET_BYTES = 32
_SECRET_BODY = re.compile(r"[A-Za-z0-9_-]{43}")
"""``secrets.token_urlsafe(32)`` yields 43 URL-safe base64 characters."""

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
"""App, avatar, region and gateway ids: 1-64 characters, safe inside a Redis key."""
MAX_CONNECTION_ID_CHARS = 128
MAX_AVATAR_SETTINGS_BYTES = 1 << 20
"""Largest JSON encoding of one avatar's settings (a full expression map is ~100 KiB)."""
EXPRESSION_MAP_SHAPE = (52, 100)
"""Rows: ARKit blendshapes; columns: FLAME expression coefficients."""
DEFAULT_TOKEN_TOMBSTONE_S = 86400
DEFAULT_SESSION_STALE_AFTER_S = 45.0
_WATCH_RETRIES = 32


# --- records -------------------------------------------------------------------------
class Plan(msgspec.Struct, frozen=True):
    """An app's quotas: concurrent sessions, initial audio credits (s), longest session (s)."""

    max_sessions: int
    credits_s: float
    max_session_duration_s: float
    idle_timeout_s: float = 0.0

    def __post_init__(self) -> None:
        if self.max_sessions < 0:
            raise ValueError("max_sessions must be >= 0")
        if not (math.isfinite(self.credits_s) and self.credits_s >= 0):
            raise ValueError("credits_s must be a finite number >= 0")
        if not (math.isfinite(self.max_session_duration_s) and self.max_session_duration_s > 0):
            raise ValueError("max_session_duration_s must be a finite number > 0")
        if not (math.isfinite(self.idle_timeout_s) and self.idle_timeout_s >= 0):
            raise ValueError("idle_timeout_s must be a finite number >= 0")

    @classmethod
    def from_settings(cls, settings: Any) -> "Plan":
        """The default plan: ``default_max_sessions``, ``default_credits_s``, ``max_session_duration_s``."""
        return cls(
            max_sessions=settings.default_max_sessions,
            credits_s=settings.default_credits_s,
            max_session_duration_s=settings.max_session_duration_s,
            idle_timeout_s=settings.default_idle_timeout_s,
        )


class App(msgspec.Struct, frozen=True):
    """A tenant: its id, plan and creation time (unix s)."""

    app_id: str
    plan: Plan
    created_at: float


class ApiKeyRecord(msgspec.Struct, frozen=True):
    app_id: str
    created_at: float


class TokenRecord(msgspec.Struct, frozen=True):
    app_id: str
    expire_at: float


class AvatarRecord(msgspec.Struct, frozen=True):
    app_id: str
    settings: dict[str, Any]
    created_at: float


class Gateway(msgspec.Struct, frozen=True):
    """One gateway process that announced itself in a region."""

    region: str
    gateway_id: str
    url: str
    updated_at: float
    expire_at: float


class Grant(msgspec.Struct, frozen=True):
    """What an authenticated WebSocket upgrade may do; ``credits_s`` is read in the same round trip."""

    app_id: str
    avatar_id: str
    plan: Plan
    avatar_settings: dict[str, Any]
    token_expire_at: float
    credits_s: float = 0.0

    def expression_map_f32(self) -> bytes:
        """The avatar's expression map as little-endian float32 [52, 100] bytes, or b""."""
        return expression_map_f32(self.avatar_settings)


class DevCredentials(msgspec.Struct, frozen=True):
    """What ``make serve`` prints: the development app id, a fresh API key and the avatar id."""

    app_id: str
    api_key: str
    avatar_id: str


_json = msgspec.json.Encoder()
_app_dec = msgspec.json.Decoder(App)
_key_dec = msgspec.json.Decoder(ApiKeyRecord)
_token_dec = msgspec.json.Decoder(TokenRecord)
_avatar_dec = msgspec.json.Decoder(AvatarRecord)
_gateway_dec = msgspec.json.Decoder(Gateway)
_dict_dec = msgspec.json.Decoder(dict[str, Any])


# --- pure helpers ----------------------------------------------------------------------
def sha256_hex(secret: str) -> str:
    """The only form in which an API key or session token reaches Redis."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _well_formed(secret: str, prefix: str) -> bool:
    return secret.startswith(prefix) and _SECRET_BODY.fullmatch(secret, len(prefix)) is not None


def valid_id(value: str) -> bool:
    """True for ids that may appear inside a key (see ``ID_PATTERN``)."""
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None


def _require_id(kind: str, value: str) -> str:
    if not valid_id(value):
        raise ValueError(f"{kind} must match {ID_PATTERN.pattern}")
    return value


def _require_connection_id(connection_id: str) -> str:
    if not connection_id or len(connection_id) > MAX_CONNECTION_ID_CHARS:
        raise ValueError(f"connection id must have 1-{MAX_CONNECTION_ID_CHARS} characters")
    return connection_id


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _ms(seconds: float) -> int:
    """A relative TTL in whole milliseconds, at least 1."""
    return max(1, math.ceil(seconds * 1000.0))


def validate_avatar_settings(settings: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check an avatar's settings object and its ``expression_map``; returns a plain dict."""
    if settings is None:
        return {}
    if not isinstance(settings, Mapping):
        raise ValueError("avatar settings must be a JSON object")
    settings = dict(settings)
    try:
        encoded = _json.encode(settings)
    except (TypeError, msgspec.EncodeError) as exc:
        raise ValueError(f"avatar settings are not JSON-encodable: {exc}") from None
    if len(encoded) > MAX_AVATAR_SETTINGS_BYTES:
        raise ValueError(f"avatar settings exceed {MAX_AVATAR_SETTINGS_BYTES} bytes as JSON")
    if "expression_map" in settings:
        rows, cols = EXPRESSION_MAP_SHAPE
        emap = settings["expression_map"]
        ok = isinstance(emap, list) and len(emap) == rows and all(
            isinstance(row, list)
            and len(row) == cols
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in row)
            for row in emap
        )
        if not ok:
            raise ValueError(f"expression_map must be {rows} rows of {cols} finite numbers")
    return msgspec.json.decode(encoded, type=dict[str, Any])


def expression_map_f32(settings: Mapping[str, Any]) -> bytes:
    """``settings["expression_map"]`` as little-endian float32 [52, 100] bytes, or b"" when absent."""
    emap = settings.get("expression_map")
    if emap is None:
        return b""
    import numpy as np

    array = np.asarray(emap, dtype="<f4")
    if array.shape != EXPRESSION_MAP_SHAPE:
        raise ValueError(f"expression_map must have shape {EXPRESSION_MAP_SHAPE}")
    return array.tobytes()


def open_redis(settings: Any) -> Any:
    """A client for ``settings.redis_url``, or an in-process fakeredis when it is empty.

    Both use a bounded, blocking connection pool: a burst of commands waits up to
    ``redis_pool_timeout_s`` for one of ``redis_max_connections`` connections.
    """
    import redis.asyncio

    pool_options = dict(max_connections=settings.redis_max_connections, timeout=settings.redis_pool_timeout_s)
    if settings.redis_url:
        pool = redis.asyncio.BlockingConnectionPool.from_url(settings.redis_url, **pool_options)
        return redis.asyncio.Redis(connection_pool=pool)
    import fakeredis.aioredis

    return fakeredis.aioredis.FakeRedis(connection_pool_class=redis.asyncio.BlockingConnectionPool, **pool_options)


# --- the store ---------------------------------------------------------------------------
_CONSUME_EXISTING_LUA = """
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
return redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
"""
"""Adds ARGV[1] to the float at KEYS[1] only when it exists; nil otherwise (never recreates it)."""


class Store:
    """Async access to every Redis record of the server, under one key prefix."""

    def __init__(
        self,
        redis: Any,
        *,
        prefix: str = "spatius:",
        clock: Clock = time.time,
        token_max_ttl_s: float = 86400,
        token_tombstone_s: float = DEFAULT_TOKEN_TOMBSTONE_S,
        session_stale_after_s: float = DEFAULT_SESSION_STALE_AFTER_S,
    ) -> None:
        self.redis = redis
        self.prefix = prefix
        self.clock = clock
        self.token_max_ttl_s = float(token_max_ttl_s)
        self.token_tombstone_s = float(token_tombstone_s)
        """How long after expiry a token still reads as expired rather than invalid."""
        self.session_stale_after_s = float(session_stale_after_s)
        """Default heartbeat age past which a session no longer counts against the limit."""
        self._consume_script: Any = None

    @classmethod
    def from_settings(cls, redis: Any, settings: Any, *, clock: Clock = time.time) -> "Store":
        """A store with the prefix, token TTL bound and session staleness of ``settings``."""
        return cls(
            redis,
            prefix=settings.redis_prefix,
            clock=clock,
            token_max_ttl_s=settings.token_max_ttl_s,
            token_tombstone_s=settings.token_tombstone_s,
            session_stale_after_s=settings.session_stale_after_s,
        )

    # keys ----------------------------------------------------------------------------
    def key(self, kind: str, *parts: str) -> str:
        """``<prefix><kind>:<part>:...`` (``regions`` has no parts)."""
        return ":".join((self.prefix + kind, *parts))

    # apps and api keys ---------------------------------------------------------------
    async def create_app(self, app_id: str | None, plan: Plan) -> tuple[App, str]:
        """Create an app with ``plan`` and its first API key (returned once, stored hashed).

        ``app_id`` None picks ``app_<16 hex>``. An existing id raises ValueError; use
        ``create_api_key`` to add keys to an existing app.
        """
        app_id = _require_id("app id", app_id if app_id is not None else f"app_{secrets.token_hex(8)}")
        app = App(app_id=app_id, plan=plan, created_at=self.clock())
        if not await self.redis.set(self.key("app", app_id), _json.encode(app), nx=True):
            raise ValueError(f"app {app_id!r} already exists")
        api_key, key_hash = self._new_secret(API_KEY_PREFIX)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("credits", app_id), repr(float(plan.credits_s)))
            self._queue_key(pipe, app_id, key_hash, app.created_at)
            await pipe.execute()
        log.info("created app %s", app_id)
        return app, api_key

    async def get_app(self, app_id: str) -> App | None:
        if not valid_id(app_id):
            return None
        raw = await self.redis.get(self.key("app", app_id))
        return None if raw is None else _app_dec.decode(raw)

    async def set_plan(self, app_id: str, plan: Plan) -> App:
        """Replace an app's plan (credits are unchanged; use ``add_credits``)."""
        app = await self._require_app(app_id)
        app = App(app_id=app.app_id, plan=plan, created_at=app.created_at)
        await self.redis.set(self.key("app", app_id), _json.encode(app), xx=True)
        return app

    async def delete_app(self, app_id: str) -> bool:
        """Remove an app with every record it owns; live tokens and sessions simply expire."""
        if not valid_id(app_id) or not await self.redis.exists(self.key("app", app_id)):
            return False
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.smembers(self.key("appkeys", app_id))
            pipe.smembers(self.key("appavatars", app_id))
            key_hashes, avatar_ids = await pipe.execute()
        doomed = [self.key("apikey", _text(h)) for h in key_hashes]
        for avatar_id in map(_text, avatar_ids):
            record = await self.get_avatar(avatar_id)
            if record is not None and record.app_id == app_id:
                doomed.append(self.key("avatar", avatar_id))
        doomed += [self.key(kind, app_id) for kind in ("appkeys", "appavatars", "credits", "app")]
        await self.redis.delete(*doomed)
        log.info("deleted app %s", app_id)
        return True

    async def create_api_key(self, app_id: str) -> str:
        """A new API key for an existing app (returned once, stored hashed)."""
        await self._require_app(app_id)
        api_key, key_hash = self._new_secret(API_KEY_PREFIX)
        async with self.redis.pipeline(transaction=True) as pipe:
            self._queue_key(pipe, app_id, key_hash, self.clock())
            await pipe.execute()
        return api_key

    async def revoke_api_key(self, api_key: str) -> bool:
        """Forget an API key; True when it existed. Tokens it issued stay valid until expiry."""
        app_id = await self.api_key_app(api_key)
        if app_id is None:
            return False
        key_hash = sha256_hex(api_key)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.key("apikey", key_hash))
            pipe.srem(self.key("appkeys", app_id), key_hash)
            await pipe.execute()
        return True

    async def api_key_app(self, api_key: str) -> str | None:
        """The app an API key belongs to; None for an empty, malformed or unknown key."""
        if not api_key or not _well_formed(api_key, API_KEY_PREFIX):
            return None
        raw = await self.redis.get(self.key("apikey", sha256_hex(api_key)))
        return None if raw is None else _key_dec.decode(raw).app_id

    async def api_key_count(self, app_id: str) -> int:
        return int(await self.redis.scard(self.key("appkeys", app_id)))

    def _new_secret(self, prefix: str) -> tuple[str, str]:
        secret = prefix + secrets.token_urlsafe(_SECRET_BYTES)
        return secret, sha256_hex(secret)

    def _queue_key(self, pipe: Any, app_id: str, key_hash: str, now: float) -> None:
        pipe.set(self.key("apikey", key_hash), _json.encode(ApiKeyRecord(app_id=app_id, created_at=now)))
        pipe.sadd(self.key("appkeys", app_id), key_hash)

    async def _require_app(self, app_id: str) -> App:
        app = await self.get_app(app_id)
        if app is None:
            raise ValueError(f"unknown app {app_id!r}")
        return app

    # avatars -------------------------------------------------------------------------
    async def register_avatar(
        self, app_id: str, avatar_id: str, settings: Mapping[str, Any] | None = None
    ) -> None:
        """Create or update an avatar of ``app_id``; an avatar of another app raises ValueError."""
        _require_id("avatar id", avatar_id)
        settings = validate_avatar_settings(settings)
        await self._require_app(app_id)
        key = self.key("avatar", avatar_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            for _ in range(_WATCH_RETRIES):
                try:
                    await pipe.watch(key)
                    raw = await pipe.get(key)
                    created_at = self.clock()
                    if raw is not None:
                        current = _avatar_dec.decode(raw)
                        if current.app_id != app_id:
                            raise ValueError(f"avatar {avatar_id!r} belongs to another app")
                        created_at = current.created_at
                    record = AvatarRecord(app_id=app_id, settings=settings, created_at=created_at)
                    pipe.multi()
                    pipe.set(key, _json.encode(record))
                    pipe.sadd(self.key("appavatars", app_id), avatar_id)
                    await pipe.execute()
                    return
                except WatchError:
                    continue
        raise RuntimeError(f"avatar {avatar_id!r} kept changing during registration")

    async def get_avatar(self, avatar_id: str) -> AvatarRecord | None:
        if not valid_id(avatar_id):
            return None
        raw = await self.redis.get(self.key("avatar", avatar_id))
        return None if raw is None else _avatar_dec.decode(raw)

    async def avatars(self, app_id: str) -> list[str]:
        """Sorted avatar ids of an app."""
        return sorted(map(_text, await self.redis.smembers(self.key("appavatars", app_id))))

    # session tokens ------------------------------------------------------------------
    async def issue_token(self, api_key: str, expire_at_s: float) -> str:
        """A session token of the API key's app, reusable until ``expire_at_s`` (unix s).

        Raises ApiKeyInvalid for an empty or unknown key, BadTokenRequest unless
        ``now < expire_at_s <= now + token_max_ttl_s``.
        """
        app_id = await self.api_key_app(api_key)
        if app_id is None:
            raise errors.ApiKeyInvalid()
        now = self.clock()
        if isinstance(expire_at_s, bool) or not isinstance(expire_at_s, (int, float)) or not math.isfinite(expire_at_s):
            raise errors.BadTokenRequest("invalid expireAt: must be a unix time in seconds")
        if expire_at_s <= now:
            raise errors.BadTokenRequest(f"invalid expireAt: {expire_at_s:.0f} is not after now ({now:.0f})")
        if expire_at_s > now + self.token_max_ttl_s:
            raise errors.BadTokenRequest(
                f"invalid expireAt: {expire_at_s:.0f} is more than {self.token_max_ttl_s:.0f} s after now ({now:.0f})"
            )
        token, token_hash = self._new_secret(TOKEN_PREFIX)
        ttl_ms = _ms(expire_at_s - now)
        record = TokenRecord(app_id=app_id, expire_at=float(expire_at_s))
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("token", token_hash), _json.encode(record), px=ttl_ms)
            pipe.set(self.key("tokenexp", token_hash), repr(float(expire_at_s)), px=ttl_ms + _ms(self.token_tombstone_s))
            await pipe.execute()
        return token

    async def authenticate(self, app_id: str, token: str, avatar_id: str) -> Grant:
        """Check a WebSocket upgrade in one round trip; raises the first failing check.

        Order: TokenEmpty, TokenInvalid / TokenExpired, AppIdMismatch, AppIdUnrecognized,
        AvatarNotFound (missing or owned by another app).
        """
        if not token:
            raise errors.TokenEmpty()
        if not _well_formed(token, TOKEN_PREFIX):
            raise errors.TokenInvalid()
        token_hash = sha256_hex(token)
        keys = [self.key("token", token_hash), self.key("tokenexp", token_hash)]
        # An id that fails ID_PATTERN reads a key that is never written ("<prefix>app:").
        app_part = app_id if valid_id(app_id) else ""
        keys.append(self.key("app", app_part))
        keys.append(self.key("avatar", avatar_id if valid_id(avatar_id) else ""))
        keys.append(self.key("credits", app_part))
        raw_token, tombstone, raw_app, raw_avatar, raw_credits = await self.redis.mget(keys)
        now = self.clock()
        if raw_token is None:
            raise errors.TokenExpired() if tombstone is not None else errors.TokenInvalid()
        record = _token_dec.decode(raw_token)
        if record.expire_at <= now:
            raise errors.TokenExpired()
        if record.app_id != app_id:
            raise errors.AppIdMismatch()
        if raw_app is None:
            raise errors.AppIdUnrecognized()
        app = _app_dec.decode(raw_app)
        avatar = None if raw_avatar is None else _avatar_dec.decode(raw_avatar)
        if avatar is None or avatar.app_id != app_id:
            raise errors.AvatarNotFound()
        return Grant(
            app_id=app_id,
            avatar_id=avatar_id,
            plan=app.plan,
            avatar_settings=avatar.settings,
            token_expire_at=record.expire_at,
            credits_s=0.0 if raw_credits is None else float(raw_credits),
        )

    # live sessions ---------------------------------------------------------------------
    async def acquire_session(
        self, app_id: str, connection_id: str, limit: int, stale_after_s: float | None = None
    ) -> None:
        """Count ``connection_id`` against ``app_id``'s concurrency ``limit``.

        One MULTI transaction evicts members whose last heartbeat is more than
        ``stale_after_s`` old (a crashed gateway), adds the connection with the current
        time and counts the members; a newcomer that finds more than ``limit`` withdraws and
        gets ConcurrencyLimit. The limit is never exceeded and no attempt fails for
        contention; newcomers racing for the last slot may all withdraw (4003 is retryable).
        A connection already counted is refreshed, not counted twice.
        """
        _require_connection_id(connection_id)
        stale_after_s = self.session_stale_after_s if stale_after_s is None else float(stale_after_s)
        key = self.key("sessions", app_id)
        now = self.clock()
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(key, "-inf", f"({now - stale_after_s!r}")
            pipe.zadd(key, {connection_id: now})
            pipe.zcard(key)
            pipe.pexpire(key, _ms(stale_after_s))
            _, added, members, _ = await pipe.execute()
        if added and members > limit:
            await self.redis.zrem(key, connection_id)
            raise errors.ConcurrencyLimit(f"{limit} sessions")

    async def heartbeat(self, app_id: str, connection_id: str, stale_after_s: float | None = None) -> bool:
        """Renew a session's heartbeat; False when it is no longer counted (evicted as stale)."""
        stale_after_s = self.session_stale_after_s if stale_after_s is None else float(stale_after_s)
        key = self.key("sessions", app_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zadd(key, {connection_id: self.clock()}, xx=True)
            pipe.zscore(key, connection_id)
            pipe.pexpire(key, _ms(stale_after_s))
            _, score, _ = await pipe.execute()
        return score is not None

    async def release(self, app_id: str, connection_id: str) -> None:
        """Stop counting a session against the limit."""
        await self.redis.zrem(self.key("sessions", app_id), connection_id)

    async def active_sessions(self, app_id: str, stale_after_s: float | None = None) -> int:
        """Sessions of ``app_id`` with a heartbeat newer than ``stale_after_s``."""
        stale_after_s = self.session_stale_after_s if stale_after_s is None else float(stale_after_s)
        return int(await self.redis.zcount(self.key("sessions", app_id), self.clock() - stale_after_s, "+inf"))

    # credits -------------------------------------------------------------------------------
    async def credits(self, app_id: str) -> float:
        """Remaining audio seconds; 0 for an unknown app."""
        raw = await self.redis.get(self.key("credits", app_id))
        return 0.0 if raw is None else float(raw)

    async def consume_credits(self, app_id: str, seconds: float) -> float:
        """Subtract processed audio seconds atomically; returns the remainder (may go below 0).

        An app without a balance (deleted while its sessions ran) gets none back: nothing is
        written and 0 is returned, so its sessions end at their next bill.
        """
        if not (math.isfinite(seconds) and seconds >= 0):
            raise ValueError("seconds must be a finite number >= 0")
        if self._consume_script is None:
            self._consume_script = self.redis.register_script(_CONSUME_EXISTING_LUA)
        remaining = await self._consume_script(keys=[self.key("credits", app_id)], args=[-float(seconds)])
        return 0.0 if remaining is None else float(remaining)

    async def add_credits(self, app_id: str, seconds: float) -> float:
        """Top up an existing app's audio seconds; returns the new balance."""
        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError("seconds must be a finite number > 0")
        await self._require_app(app_id)
        return float(await self.redis.incrbyfloat(self.key("credits", app_id), float(seconds)))

    async def require_credits(self, app_id: str) -> float:
        """The balance, or CreditsExhausted when it is 0 or less."""
        remaining = await self.credits(app_id)
        if remaining <= 0:
            raise errors.CreditsExhausted()
        return remaining

    # regional routing and bootstrap -----------------------------------------------------------
    async def register_gateway(self, region: str, gateway_id: str, url: str, ttl_s: float) -> Gateway:
        """Announce (or renew) a gateway of ``region`` for ``ttl_s`` seconds."""
        _require_id("region", region)
        _require_id("gateway id", gateway_id)
        if not (math.isfinite(ttl_s) and ttl_s > 0):
            raise ValueError("ttl_s must be a finite number > 0")
        now = self.clock()
        gateway = Gateway(region=region, gateway_id=gateway_id, url=url, updated_at=now, expire_at=now + ttl_s)
        index = self.key("gateways", region)
        ttl_ms = _ms(ttl_s)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("gateway", region, gateway_id), _json.encode(gateway), px=ttl_ms)
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
        raws = await self.redis.mget([self.key("gateway", region, _text(i)) for i in ids])
        return sorted((_gateway_dec.decode(r) for r in raws if r is not None), key=lambda g: g.gateway_id)

    async def set_region(self, name: str, info: Mapping[str, Any]) -> None:
        """Store a region's routing information (operator configuration)."""
        _require_id("region", name)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("region", name), _json.encode(dict(info)))
            pipe.sadd(self.key("regions"), name)
            await pipe.execute()

    async def region(self, name: str) -> dict[str, Any] | None:
        if not valid_id(name):
            return None
        raw = await self.redis.get(self.key("region", name))
        return None if raw is None else _dict_dec.decode(raw)

    async def regions(self) -> list[str]:
        return sorted(map(_text, await self.redis.smembers(self.key("regions"))))

    async def delete_region(self, name: str) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.key("region", name))
            pipe.srem(self.key("regions"), name)
            await pipe.execute()

    # health ------------------------------------------------------------------------------------
    async def ping(self, timeout_s: float = 1.0) -> bool:
        """Readiness: True when Redis answers within ``timeout_s``."""
        try:
            return bool(await asyncio.wait_for(self.redis.ping(), timeout_s))
        except (RedisError, OSError, asyncio.TimeoutError):
            return False
