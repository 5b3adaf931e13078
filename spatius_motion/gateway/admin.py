"""Operator actions on the store, as plain async functions the CLI and the admin API call.

One implementation per operation: ``spatius-motion admin ...`` (cli.py) prints the dict a
function returns; ``/v1/admin/...`` (gateway/admin_api.py) answers it as JSON. An API key
appears only in the reply of the call that creates it (``create_app``, ``create_key``,
``rotate_key``); nothing else returns or logs a key or its hash: keys are named by their
public key id. Operator mistakes raise ValueError, mostly as an ``errors.AdminError`` that
carries the HTTP status (unknown app or key: 404; existing app: 409; bad values: 400); the
store's own checks raise plain ValueError (400).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import msgspec

from spatius_motion import errors
from spatius_motion.gateway.store import MAX_AVATAR_SETTINGS_BYTES, App, DevCredentials, Plan, Region, Store

__all__ = [
    "DevCredentials",
    "PLAN_FIELDS",
    "add_credits",
    "create_app",
    "create_key",
    "default_plan",
    "delete_app",
    "ensure_dev_app",
    "list_keys",
    "list_regions",
    "plan_from",
    "register_avatar",
    "revoke_key",
    "revoke_key_id",
    "rotate_key",
    "set_plan",
    "set_region",
    "show_app",
]

PLAN_FIELDS = tuple(Plan.__struct_fields__)
"""The plan's limits an operator sets: max_sessions, credits_s, max_session_duration_s, idle_timeout_s."""


def default_plan(settings: Any) -> Plan:
    """The plan new apps get unless told otherwise (``default_*`` settings)."""
    return Plan.from_settings(settings)


def plan_from(settings: Any, changes: Mapping[str, Any]) -> Plan:
    """The default plan with ``changes`` (``PLAN_FIELDS`` names) applied; ValueError when invalid."""
    unknown = set(changes) - set(PLAN_FIELDS)
    if unknown:
        raise errors.AdminError(f"unknown plan fields: {', '.join(sorted(unknown))}")
    return msgspec.convert({**msgspec.to_builtins(default_plan(settings)), **changes}, Plan)


async def _require_app(store: Store, app_id: str) -> App:
    app = await store.get_app(app_id)
    if app is None:
        raise errors.AdminNotFound(f"app {app_id!r}")
    return app


# --- regions: this section is the admin side's only use of the region registry ---------------
def _region_view(name: str, info: Mapping[str, Any]) -> dict[str, Any]:
    return {"name": name, "console_url": info.get("console_url", ""), "ingress_url": info.get("ingress_url", "")}


async def set_region(store: Store, name: str, console_url: str, ingress_url: str) -> dict[str, Any]:
    """Register (or update) a region and the public URLs its clients use (``Region`` checks them;
    a trailing slash is dropped)."""
    try:
        region = Region(name=name, console_url=console_url.rstrip("/"), ingress_url=ingress_url.rstrip("/"))
    except ValueError as error:
        raise errors.AdminError(str(error)) from None
    await store.set_region(name, region)
    return _region_view(name, msgspec.to_builtins(region))


async def list_regions(store: Store) -> dict[str, Any]:
    """Every registered region with its URLs, by name."""
    views = []
    for name in await store.regions():
        info = await store.region_info(name)
        if info is not None:
            views.append(_region_view(name, info))
    return {"regions": views}


async def _require_regions(store: Store, names: Iterable[str]) -> None:
    """AdminError naming the first of ``names`` that is not a registered region."""
    registered = set(await store.regions())
    for name in names:
        if name not in registered:
            known = ", ".join(sorted(registered)) or "none; add one with set-region"
            raise errors.AdminError(f"unknown region {name!r} (registered: {known})")


# --- apps and plans ----------------------------------------------------------------------------
async def create_app(
    store: Store,
    app_id: str | None,
    plan: Plan,
    *,
    home_region: str = "",
    fallback_regions: Sequence[str] = (),
) -> dict[str, Any]:
    """Create an app; the reply carries its first API key, shown this once, and its key id.

    ``home_region`` ("" = any healthy region) and ``fallback_regions`` (in order) must be
    registered regions, each named once.
    """
    regions = [home_region, *fallback_regions] if home_region else list(fallback_regions)
    if len(set(regions)) != len(regions):
        raise errors.AdminError("home and fallback regions must each be named once")
    await _require_regions(store, regions)
    if app_id is not None and await store.get_app(app_id) is not None:
        raise errors.AdminConflict(f"app {app_id!r}")
    app, api_key = await store.create_app(
        app_id, plan, home_region=home_region, fallback_regions=tuple(fallback_regions)
    )
    record = await store.api_key_record(api_key)
    return {
        "app_id": app.app_id,
        "api_key": api_key,
        "key_id": record.key_id if record else "",
        "plan": msgspec.to_builtins(app.plan),
        "home_region": app.home_region,
        "fallback_regions": list(app.fallback_regions),
    }


async def set_plan(store: Store, app_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change some limits of an app's plan; the balance stays (``add_credits`` tops it up)."""
    if not changes:
        raise errors.AdminError(f"nothing to change: give at least one of {', '.join(PLAN_FIELDS)}")
    await _require_app(store, app_id)
    app = await store.set_plan(app_id, changes)
    return {"app_id": app_id, "plan": msgspec.to_builtins(app.plan), "credits_s": await store.credits(app_id)}


# --- API keys ----------------------------------------------------------------------------------
async def create_key(store: Store, app_id: str) -> dict[str, Any]:
    """Add an API key to an existing app; the reply is the only place it appears."""
    await _require_app(store, app_id)
    api_key, record = await store.issue_api_key(app_id)
    return {"app_id": app_id, "key_id": record.key_id, "api_key": api_key}


async def list_keys(store: Store, app_id: str) -> dict[str, Any]:
    """The app's working keys: id, creation time and, for a rotated key, when it stops (unix s)."""
    await _require_app(store, app_id)
    return {
        "app_id": app_id,
        "keys": [
            {
                "key_id": record.key_id,
                "created_at": record.created_at,
                "expires_at": record.expire_at or None,
                "replaced_by": record.replaced_by or None,
            }
            for record in await store.api_keys(app_id)
        ],
    }


async def rotate_key(store: Store, app_id: str, key_id: str, grace_s: float) -> dict[str, Any]:
    """Replace a key: the new one is in the reply (once); the old one works ``grace_s`` more seconds."""
    await _require_app(store, app_id)
    rotated = await store.rotate_api_key(app_id, key_id, grace_s)
    if rotated is None:
        raise errors.AdminNotFound(f"key {key_id!r} of app {app_id!r}")
    api_key, new, old = rotated
    return {
        "app_id": app_id,
        "key_id": new.key_id,
        "api_key": api_key,
        "replaced": {"key_id": old.key_id, "expires_at": old.expire_at},
    }


async def revoke_key_id(store: Store, app_id: str, key_id: str) -> dict[str, Any]:
    """Revoke an app's key by its id, at once; tokens it issued stay valid until their expiry."""
    await _require_app(store, app_id)
    if not await store.revoke_api_key_id(app_id, key_id):
        raise errors.AdminNotFound(f"key {key_id!r} of app {app_id!r}")
    return {"app_id": app_id, "key_id": key_id, "revoked": True}


async def revoke_key(store: Store, api_key: str) -> dict[str, Any]:
    """Revoke an API key given itself (the CLI reads it from stdin); tokens it issued stay valid."""
    return {"revoked": await store.revoke_api_key(api_key)}


# --- avatars, credits, inspection --------------------------------------------------------------
def read_settings_file(path: str | Path) -> dict[str, Any]:
    """An avatar settings JSON object from a file, bounded in size."""
    path = Path(path)
    if path.stat().st_size > MAX_AVATAR_SETTINGS_BYTES:
        raise ValueError(f"{path} exceeds {MAX_AVATAR_SETTINGS_BYTES} bytes")
    try:
        settings = json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not JSON: {exc}") from None
    if not isinstance(settings, dict):
        raise ValueError(f"{path} must hold a JSON object")
    return settings


async def register_avatar(
    store: Store, app_id: str, avatar_id: str, settings_json_path: str | Path | None = None
) -> dict[str, Any]:
    """Create or update an avatar of an app, with optional settings from a JSON file."""
    settings = read_settings_file(settings_json_path) if settings_json_path else None
    await store.register_avatar(app_id, avatar_id, settings)
    return {"app_id": app_id, "avatar_id": avatar_id, "settings_keys": sorted(settings or {})}


async def add_credits(store: Store, app_id: str, seconds: float) -> dict[str, Any]:
    """Top up an app's audio seconds."""
    await _require_app(store, app_id)
    return {"app_id": app_id, "credits_s": await store.add_credits(app_id, seconds)}


async def show_app(store: Store, app_id: str) -> dict[str, Any]:
    """An app's plan, balance, avatars and counts; never its keys or their hashes."""
    app = await _require_app(store, app_id)
    return {
        "app_id": app.app_id,
        "created_at": app.created_at,
        "plan": msgspec.to_builtins(app.plan),
        "home_region": app.home_region,
        "fallback_regions": list(app.fallback_regions),
        "credits_s": await store.credits(app_id),
        "api_keys": await store.api_key_count(app_id),
        "avatars": await store.avatars(app_id),
        "active_sessions": await store.active_sessions(app_id),
    }


async def delete_app(store: Store, app_id: str) -> dict[str, Any]:
    """Remove an app with its keys, avatars and credits; AdminNotFound when there is none."""
    if not await store.delete_app(app_id):
        raise errors.AdminNotFound(f"app {app_id!r}")
    return {"app_id": app_id, "deleted": True}


async def ensure_dev_app(store: Store, settings: Any, previous_api_key: str | None = None) -> DevCredentials:
    """The development app and avatar of ``make serve`` and ``serve --dev-credentials``.

    The app is created with the default plan when missing (an existing one keeps its plan
    and balance); the avatar ``settings.dev_avatar_id`` is registered to it. The API key is
    ``previous_api_key`` (the one an earlier start wrote to its credentials file) while it
    still belongs to the dev app, so restarts against a persistent Redis keep one working key
    instead of adding one per start; otherwise it is a fresh key.
    """
    app_id = settings.dev_app_id
    if await store.get_app(app_id) is None:
        try:
            _, api_key = await store.create_app(app_id, default_plan(settings))
        except ValueError:  # another process created it in between
            api_key = await store.create_api_key(app_id)
    elif previous_api_key and await store.api_key_app(previous_api_key) == app_id:
        api_key = previous_api_key
    else:
        api_key = await store.create_api_key(app_id)
    avatar = await store.get_avatar(settings.dev_avatar_id)
    if avatar is None or avatar.app_id != app_id:
        await store.register_avatar(app_id, settings.dev_avatar_id)
    return DevCredentials(app_id=app_id, api_key=api_key, avatar_id=settings.dev_avatar_id)
