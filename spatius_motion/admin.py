"""Operator actions on the Redis store, as plain async functions the CLI calls and prints.

Each returns a JSON-ready dict. An API key appears only in the reply of the call that
creates it (``create_app``, ``create_key``); nothing else ever returns or logs a key.
Admin mistakes (unknown app, taken avatar id, bad settings file) raise ValueError.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec

from spatius_motion.gateway.store import MAX_AVATAR_SETTINGS_BYTES, DevCredentials, Plan, Store

__all__ = [
    "DevCredentials",
    "add_credits",
    "create_app",
    "create_key",
    "default_plan",
    "delete_app",
    "ensure_dev_app",
    "register_avatar",
    "revoke_key",
    "show_app",
]


def default_plan(settings: Any) -> Plan:
    """The plan new apps get unless told otherwise (``default_*`` settings)."""
    return Plan.from_settings(settings)


async def create_app(store: Store, app_id: str | None, plan: Plan) -> dict[str, Any]:
    """Create an app; the reply carries its first API key, shown this once."""
    app, api_key = await store.create_app(app_id, plan)
    return {"app_id": app.app_id, "api_key": api_key, "plan": msgspec.to_builtins(app.plan)}


async def create_key(store: Store, app_id: str) -> dict[str, Any]:
    """Add an API key to an existing app; the reply is the only place it appears."""
    return {"app_id": app_id, "api_key": await store.create_api_key(app_id)}


async def revoke_key(store: Store, api_key: str) -> dict[str, Any]:
    """Revoke an API key; tokens it already issued stay valid until their expiry."""
    return {"revoked": await store.revoke_api_key(api_key)}


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
    return {"app_id": app_id, "credits_s": await store.add_credits(app_id, seconds)}


async def show_app(store: Store, app_id: str) -> dict[str, Any]:
    """An app's plan, balance, avatars and counts; never its keys or their hashes."""
    app = await store.get_app(app_id)
    if app is None:
        raise ValueError(f"unknown app {app_id!r}")
    return {
        "app_id": app.app_id,
        "created_at": app.created_at,
        "plan": msgspec.to_builtins(app.plan),
        "credits_s": await store.credits(app_id),
        "api_keys": await store.api_key_count(app_id),
        "avatars": await store.avatars(app_id),
        "active_sessions": await store.active_sessions(app_id),
    }


async def delete_app(store: Store, app_id: str) -> dict[str, Any]:
    """Remove an app with its keys, avatars and credits."""
    return {"app_id": app_id, "deleted": await store.delete_app(app_id)}


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
