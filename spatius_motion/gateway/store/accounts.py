"""Apps, their plans and avatars: the global store's account records (API keys: ``keys``).

Keys (global store)::

    app:<app_id>              App JSON: plan, created_at, regions          root record (delete_app)
    appavatars:<app_id>       set of avatar ids of the app                 owned by app:<app_id>
    avatar:<avatar_id>        AvatarRecord JSON: app_id, settings          owned by app (in appavatars)

``create_app`` also writes the app's ``credits:<app_id>`` (see ``quotas``) and its first API key
(see ``keys``); ``delete_app`` removes both with the app's keys and avatars. Avatar settings are
a JSON object; the store interprets one member, ``expression_map``
(``records.validate_avatar_settings``).
"""

from __future__ import annotations

import logging
import secrets
from typing import Any, Mapping, Sequence

import msgspec
from redis.exceptions import WatchError

from spatius_motion.gateway.store.keys import Keys
from spatius_motion.gateway.store.records import (
    APP_DEC,
    AVATAR_DEC,
    JSON,
    WATCH_RETRIES,
    App,
    AvatarRecord,
    Plan,
    require_id,
    text,
    valid_id,
    validate_avatar_settings,
)

log = logging.getLogger(__name__)


class Accounts(Keys):
    """Apps, their API keys and avatars in the global store."""

    # apps --------------------------------------------------------------------
    async def create_app(
        self,
        app_id: str | None,
        plan: Plan,
        *,
        home_region: str = "",
        fallback_regions: Sequence[str] = (),
    ) -> tuple[App, str]:
        """Create an app with ``plan`` and its first API key (returned once, stored hashed).

        ``app_id`` None picks ``app_<16 hex>``. An existing id raises ValueError; use
        ``create_api_key`` to add keys to an existing app. Region names must be valid ids;
        whether they are registered is the caller's check.
        """
        app_id = require_id("app id", app_id if app_id is not None else f"app_{secrets.token_hex(8)}")
        if home_region:
            require_id("home region", home_region)
        for region in fallback_regions:
            require_id("fallback region", region)
        app = App(
            app_id=app_id,
            plan=plan,
            created_at=self.clock(),
            home_region=home_region,
            fallback_regions=tuple(fallback_regions),
        )
        if not await self.global_redis.set(self.key("app", app_id), JSON.encode(app), nx=True):
            raise ValueError(f"app {app_id!r} already exists")
        async with self.global_redis.pipeline(transaction=True) as pipe:
            pipe.set(self.key("credits", app_id), repr(float(plan.credits_s)))
            api_key, _ = self._queue_new_key(pipe, app_id, app.created_at)
            await pipe.execute()
        log.info("created app %s", app_id)
        return app, api_key

    async def get_app(self, app_id: str) -> App | None:
        if not valid_id(app_id):
            return None
        raw = await self.global_redis.get(self.key("app", app_id))
        return None if raw is None else APP_DEC.decode(raw)

    async def set_plan(self, app_id: str, changes: Mapping[str, Any]) -> App:
        """Change some fields of an app's plan atomically; returns the updated app.

        ``changes`` maps ``Plan`` field names to new values; their types and the plan's checks
        apply (ValueError).
        The balance is unchanged (``credits_s`` is the plan's grant; top up with ``add_credits``).
        Unknown app or field: ValueError.
        """
        unknown = set(changes) - set(Plan.__struct_fields__)
        if unknown:
            raise ValueError(f"unknown plan fields: {', '.join(sorted(unknown))}")
        key = self.key("app", app_id)
        async with self.global_redis.pipeline(transaction=True) as pipe:
            for _ in range(WATCH_RETRIES):
                try:
                    await pipe.watch(key)
                    raw = await pipe.get(key) if valid_id(app_id) else None
                    if raw is None:
                        raise ValueError(f"unknown app {app_id!r}")
                    app = APP_DEC.decode(raw)
                    plan = msgspec.convert({**msgspec.to_builtins(app.plan), **changes}, Plan)
                    app = msgspec.structs.replace(app, plan=plan)
                    pipe.multi()
                    pipe.set(key, JSON.encode(app), xx=True)
                    await pipe.execute()
                    return app
                except WatchError:
                    continue
        raise RuntimeError(f"app {app_id!r} kept changing during the plan update")

    async def delete_app(self, app_id: str) -> bool:
        """Remove an app with every record it owns; live tokens and sessions simply expire."""
        if not valid_id(app_id) or not await self.global_redis.exists(self.key("app", app_id)):
            return False
        async with self.global_redis.pipeline(transaction=False) as pipe:
            pipe.smembers(self.key("appkeys", app_id))
            pipe.smembers(self.key("appavatars", app_id))
            key_hashes, avatar_ids = await pipe.execute()
        doomed = [self.key("apikey", text(h)) for h in key_hashes]
        for avatar_id in map(text, avatar_ids):
            record = await self.get_avatar(avatar_id)
            if record is not None and record.app_id == app_id:
                doomed.append(self.key("avatar", avatar_id))
        doomed += [self.key(kind, app_id) for kind in ("appkeys", "appavatars", "credits", "app")]
        await self.global_redis.delete(*doomed)
        log.info("deleted app %s", app_id)
        return True

    async def _require_app(self, app_id: str) -> App:
        app = await self.get_app(app_id)
        if app is None:
            raise ValueError(f"unknown app {app_id!r}")
        return app

    # avatars -------------------------------------------------------------------------
    async def register_avatar(self, app_id: str, avatar_id: str, settings: Mapping[str, Any] | None = None) -> None:
        """Create or update an avatar of ``app_id``; an avatar of another app raises ValueError."""
        require_id("avatar id", avatar_id)
        settings = validate_avatar_settings(settings)
        await self._require_app(app_id)
        key = self.key("avatar", avatar_id)
        async with self.global_redis.pipeline(transaction=True) as pipe:
            for _ in range(WATCH_RETRIES):
                try:
                    await pipe.watch(key)
                    raw = await pipe.get(key)
                    created_at = self.clock()
                    if raw is not None:
                        current = AVATAR_DEC.decode(raw)
                        if current.app_id != app_id:
                            raise ValueError(f"avatar {avatar_id!r} belongs to another app")
                        created_at = current.created_at
                    record = AvatarRecord(app_id=app_id, settings=settings, created_at=created_at)
                    pipe.multi()
                    pipe.set(key, JSON.encode(record))
                    pipe.sadd(self.key("appavatars", app_id), avatar_id)
                    await pipe.execute()
                    return
                except WatchError:
                    continue
        raise RuntimeError(f"avatar {avatar_id!r} kept changing during registration")

    async def get_avatar(self, avatar_id: str) -> AvatarRecord | None:
        if not valid_id(avatar_id):
            return None
        raw = await self.global_redis.get(self.key("avatar", avatar_id))
        return None if raw is None else AVATAR_DEC.decode(raw)

    async def avatars(self, app_id: str) -> list[str]:
        """Sorted avatar ids of an app."""
        return sorted(map(text, await self.global_redis.smembers(self.key("appavatars", app_id))))
