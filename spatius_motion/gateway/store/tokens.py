"""Session tokens: issued for an API key, checked at every WebSocket upgrade.

Tokens are regional: the region that issues one keeps it in its regional store and writes its
name into the token (``st_<region>.<43 url-safe characters>``), so another region's ingress can
say where a token it does not hold comes from instead of calling it unknown.

Keys (regional store)::

    token:<sha256(token)>     TokenRecord JSON: app_id, expire_at          TTL until expire_at
    tokenexp:<sha256(token)>  expire_at (unix s) text, the tombstone       TTL until expire_at + tombstone_s

An upgrade reads the token keys from the regional store and the app, avatar and credits from
the global store; with two stores the two reads run concurrently, so a split deployment costs
no more than one extra round trip in parallel per session start.
"""

from __future__ import annotations

import asyncio
import math
import secrets

from spatius_motion import errors
from spatius_motion.gateway.store.accounts import Accounts
from spatius_motion.gateway.store.records import (
    APP_DEC,
    AVATAR_DEC,
    JSON,
    SECRET_BODY,
    SECRET_BYTES,
    TOKEN_DEC,
    TOKEN_PREFIX,
    Grant,
    TokenRecord,
    ms,
    sha256_hex,
    valid_id,
)

REGION_SEPARATOR = "."
"""Between a token's region and its secret body (the body's alphabet has no dot)."""


def token_region(token: str) -> str | None:
    """The issuing region a well-formed token names; None for a malformed token.

    A region-less token (``st_<body>``, as issued before tokens named their region) reads as
    region "" and is looked up in the local store only.
    """
    if not token.startswith(TOKEN_PREFIX):
        return None
    region, _, body = token[len(TOKEN_PREFIX) :].rpartition(REGION_SEPARATOR)
    if SECRET_BODY.fullmatch(body) is None or (region and not valid_id(region)):
        return None
    return region


class Tokens(Accounts):
    """Session tokens in the regional store, checked against the global account records."""

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
        token = f"{TOKEN_PREFIX}{self.region}{REGION_SEPARATOR}{secrets.token_urlsafe(SECRET_BYTES)}"
        token_hash = sha256_hex(token)
        ttl_ms = ms(expire_at_s - now)
        record = TokenRecord(app_id=app_id, expire_at=float(expire_at_s))
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("token", token_hash), JSON.encode(record), px=ttl_ms)
            pipe.set(self.key("tokenexp", token_hash), repr(float(expire_at_s)), px=ttl_ms + ms(self.token_tombstone_s))
            await pipe.execute()
        return token

    async def authenticate(self, app_id: str, token: str, avatar_id: str) -> Grant:
        """Check a WebSocket upgrade in one round trip per store; raises the first failing check.

        Order: TokenEmpty, TokenInvalid (naming the issuing region when it is another) /
        TokenExpired, AppIdMismatch, AppIdUnrecognized, AvatarNotFound (missing or owned by
        another app).
        """
        if not token:
            raise errors.TokenEmpty()
        issuer = token_region(token)
        if issuer is None:
            raise errors.TokenInvalid()
        token_hash = sha256_hex(token)
        token_keys = [self.key("token", token_hash), self.key("tokenexp", token_hash)]
        # An id that fails ID_PATTERN reads a key that is never written ("<prefix>app:").
        app_part = app_id if valid_id(app_id) else ""
        account_keys = [
            self.key("app", app_part),
            self.key("avatar", avatar_id if valid_id(avatar_id) else ""),
            self.key("credits", app_part),
        ]
        if self.split:
            token_values, account_values = await asyncio.gather(
                self.redis.mget(token_keys), self.global_redis.mget(account_keys)
            )
        else:
            values = await self.redis.mget(token_keys + account_keys)
            token_values, account_values = values[:2], values[2:]
        raw_token, tombstone = token_values
        raw_app, raw_avatar, raw_credits = account_values
        now = self.clock()
        if raw_token is None:
            if tombstone is not None:
                raise errors.TokenExpired()
            if issuer and issuer != self.region:
                raise errors.TokenInvalid(f"issued by region {issuer}, not {self.region}")
            raise errors.TokenInvalid()
        record = TOKEN_DEC.decode(raw_token)
        if record.expire_at <= now:
            raise errors.TokenExpired()
        if record.app_id != app_id:
            raise errors.AppIdMismatch()
        if raw_app is None:
            raise errors.AppIdUnrecognized()
        app = APP_DEC.decode(raw_app)
        avatar = None if raw_avatar is None else AVATAR_DEC.decode(raw_avatar)
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
