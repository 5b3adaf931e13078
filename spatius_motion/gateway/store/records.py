"""The records the store keeps, their JSON codecs, and the pure checks on ids and secrets.

Nothing here does I/O: every store module (accounts, tokens, quotas, routing) builds on these.
Raw API keys and session tokens never reach a record: keys hold ``sha256(secret)`` in hex.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
import urllib.parse
from typing import Any, Mapping

import msgspec

from spatius_motion.workers.messages import EXPRESSION_MAP_SHAPE

API_KEY_PREFIX = "sk_"
TOKEN_PREFIX = "st_"
SECRET_BYTES = 32
SECRET_BODY = re.compile(r"[A-Za-z0-9_-]{43}")
"""``secrets.token_urlsafe(32)`` yields 43 URL-safe base64 characters."""

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
"""App, avatar, region and gateway ids: 1-64 characters, safe inside a Redis key."""
MAX_CONNECTION_ID_CHARS = 128
MAX_AVATAR_SETTINGS_BYTES = 1 << 20
"""Largest JSON encoding of one avatar's settings (a full expression map is ~100 KiB)."""
DEFAULT_TOKEN_TOMBSTONE_S = 86400
DEFAULT_SESSION_STALE_AFTER_S = 45.0
WATCH_RETRIES = 32


class Plan(msgspec.Struct, frozen=True):
    """An app's quotas: concurrent sessions, initial audio credits (s), longest session (s),
    longest silence before the session closes (s, 0 = off)."""

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
            raise ValueError("idle_timeout_s must be a finite number >= 0 (0 = off)")

    @classmethod
    def from_settings(cls, settings: Any) -> "Plan":
        """The default plan: ``default_max_sessions``, ``default_credits_s``, ``max_session_duration_s``,
        ``default_idle_timeout_s``."""
        return cls(
            max_sessions=settings.default_max_sessions,
            credits_s=settings.default_credits_s,
            max_session_duration_s=settings.max_session_duration_s,
            idle_timeout_s=settings.default_idle_timeout_s,
        )


class App(msgspec.Struct, frozen=True):
    """A tenant: its id, plan, creation time (unix s), and where bootstrap sends its clients:
    the home region ("" = any healthy region) and the regions to try, in order, when home is
    down."""

    app_id: str
    plan: Plan
    created_at: float
    home_region: str = ""
    fallback_regions: tuple[str, ...] = ()


class ApiKeyRecord(msgspec.Struct, frozen=True):
    """One API key of an app, stored under ``sha256(key)``: its public id (``key_<8 hex>``,
    random, so it says nothing about the secret), creation time (unix s), and, once rotated,
    when it stops working (unix s; 0 = never) and the id of the key that replaced it.
    Records written before key ids existed read with ``key_id`` "" (``keys`` assigns one)."""

    app_id: str
    created_at: float
    key_id: str = ""
    expire_at: float = 0.0
    replaced_by: str = ""


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


MAX_URL_CHARS = 2048
CONSOLE_URL_SCHEMES, CONSOLE_URL_PATH = ("http", "https"), "/v1/console"
INGRESS_URL_SCHEMES, INGRESS_URL_PATH = ("ws", "wss", "http", "https"), "/v2/driveningress"
"""The SDK rewrites an ingress ``http``/``https`` base to ``ws``/``wss``, so both are valid."""


class Region(msgspec.Struct, frozen=True):
    """A region of the registry: the base URLs clients of the region use, as the SDK composes
    them (console base ending in ``/v1/console``, ingress base ending in ``/v2/driveningress``).

    Construction checks the name and both URLs and raises ValueError, so a bad record never
    reaches the registry.
    """

    name: str
    console_url: str
    ingress_url: str

    def __post_init__(self) -> None:
        require_id("region", self.name)
        require_url("console_url", self.console_url, CONSOLE_URL_SCHEMES, CONSOLE_URL_PATH)
        require_url("ingress_url", self.ingress_url, INGRESS_URL_SCHEMES, INGRESS_URL_PATH)


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


JSON = msgspec.json.Encoder()
APP_DEC = msgspec.json.Decoder(App)
KEY_DEC = msgspec.json.Decoder(ApiKeyRecord)
TOKEN_DEC = msgspec.json.Decoder(TokenRecord)
AVATAR_DEC = msgspec.json.Decoder(AvatarRecord)
GATEWAY_DEC = msgspec.json.Decoder(Gateway)
REGION_DEC = msgspec.json.Decoder(Region)


# --- pure helpers ----------------------------------------------------------------------
def sha256_hex(secret: str) -> str:
    """The only form in which an API key or session token reaches Redis."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def well_formed(secret: str, prefix: str) -> bool:
    return secret.startswith(prefix) and SECRET_BODY.fullmatch(secret, len(prefix)) is not None


def valid_id(value: str) -> bool:
    """True for ids that may appear inside a key (see ``ID_PATTERN``)."""
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None


def require_id(kind: str, value: str) -> str:
    if not valid_id(value):
        raise ValueError(f"{kind} must match {ID_PATTERN.pattern}")
    return value


def require_url(kind: str, value: str, schemes: tuple[str, ...], path: str = "") -> str:
    """``value`` when it is an absolute URL with one of ``schemes``, a host and a path ending in
    ``path``, without query, fragment or credentials (at most ``MAX_URL_CHARS``); else ValueError."""
    parts = urllib.parse.urlsplit(value) if isinstance(value, str) and len(value) <= MAX_URL_CHARS else None
    if (
        parts is None
        or parts.scheme not in schemes
        or not parts.hostname
        or not parts.path.endswith(path)
        or parts.query
        or parts.fragment
        or parts.username
        or parts.password
    ):
        raise ValueError(
            f"{kind} must be a {'/'.join(schemes)} URL with a host"
            + (f", ending in {path}" if path else "")
            + f", no query, fragment or credentials (at most {MAX_URL_CHARS} characters)"
        )
    return value


SESSION_HEARTBEAT_SLACK_S = 1.0
"""How late a session heartbeat may come: the connection's housekeeper checks once a second."""


def require_heartbeat_window(heartbeat_s: float, stale_after_s: float) -> None:
    """ValueError unless a live session's slot survives one missed heartbeat:
    ``stale_after_s >= 2 * heartbeat_s + SESSION_HEARTBEAT_SLACK_S`` (seconds). A shorter window
    lets newcomers evict sessions that are alive, and an app then exceeds its limit."""
    if not (0 < heartbeat_s and stale_after_s >= 2 * heartbeat_s + SESSION_HEARTBEAT_SLACK_S):
        raise ValueError(
            f"session_stale_after_s ({stale_after_s:g}) must be at least 2 x session_heartbeat_s "
            f"({heartbeat_s:g}) + {SESSION_HEARTBEAT_SLACK_S:g} s"
        )


def require_connection_id(connection_id: str) -> str:
    if not connection_id or len(connection_id) > MAX_CONNECTION_ID_CHARS:
        raise ValueError(f"connection id must have 1-{MAX_CONNECTION_ID_CHARS} characters")
    return connection_id


def text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def ms(seconds: float) -> int:
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
        encoded = JSON.encode(settings)
    except (TypeError, msgspec.EncodeError) as exc:
        raise ValueError(f"avatar settings are not JSON-encodable: {exc}") from None
    if len(encoded) > MAX_AVATAR_SETTINGS_BYTES:
        raise ValueError(f"avatar settings exceed {MAX_AVATAR_SETTINGS_BYTES} bytes as JSON")
    if "expression_map" in settings:
        rows, cols = EXPRESSION_MAP_SHAPE
        emap = settings["expression_map"]
        ok = (
            isinstance(emap, list)
            and len(emap) == rows
            and all(
                isinstance(row, list)
                and len(row) == cols
                and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in row)
                for row in emap
            )
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


def new_secret(prefix: str) -> tuple[str, str]:
    """A fresh secret with ``prefix`` and its sha256 hex, the only form that is stored."""
    secret = prefix + secrets.token_urlsafe(SECRET_BYTES)
    return secret, sha256_hex(secret)
