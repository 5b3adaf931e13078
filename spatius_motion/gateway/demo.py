"""The development demo page and its session-token helper (docs/direct-mode.md).

Routes, only while ``settings.demo_enabled`` (``serve`` with development credentials):
- ``GET /demo`` and ``GET /demo/<file>``: the built page (``demo_static/``: index.html, the
  minified bundle, the capture worklet, the sample), plus ``head.glb`` from
  ``spatius_motion/avatar/``. ``web/`` holds the sources; ``make web`` rebuilds the bundle.
- ``POST /demo/session-token``: a session token of the development app, minted here so the
  page never sees an API key (production apps mint tokens in their own backend). It answers
  only a loopback client whose ``Host`` names this machine and whose ``Origin``, when sent, is
  the page's own (``refusal``): a page of another site, or a DNS name rebound to 127.0.0.1,
  gets 403. It counts against the client address rate limit like the token endpoint.

With ``demo_enabled`` off every ``/demo`` path answers 404, as any unknown path does.
"""

from __future__ import annotations

import ipaddress
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Final
from urllib.parse import urlsplit

from redis.exceptions import RedisError
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from spatius_motion import errors

if TYPE_CHECKING:
    from spatius_motion.gateway.app import Gateway
    from spatius_motion.gateway.limiter import Limiter

STATIC_DIR: Final = Path(__file__).resolve().parent / "demo_static"
"""The built page (package data); ``make web`` writes it from ``web/``."""
HEAD_GLB: Final = Path(__file__).resolve().parents[1] / "avatar" / "head.glb"
"""The head model (``python -m spatius_motion.avatar.head``; docs/avatar.md)."""
DEMO_TOKEN_TTL_S: Final = 600
"""Lifetime of a token the helper mints (seconds); the page asks anew for each connection."""
LOOPBACK_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})

_TYPES: Final = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".wav": "audio/wav",
    ".glb": "model/gltf-binary",
}
CONTENT_SECURITY_POLICY: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "media-src 'self' blob: data:; connect-src 'self' ws: wss: blob: data:; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
"""The page loads nothing from elsewhere: scripts, styles and the model come from the gateway."""


def loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 (also IPv4-mapped) and the name localhost."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def refusal(client_host: str | None, host_header: str, origin: str | None) -> str | None:
    """Why the token helper refuses a request, or None when it may answer.

    ``client_host`` is the peer address, ``host_header`` the request's ``Host`` and ``origin``
    its ``Origin`` header (browsers send it with every POST; tools such as curl send none).
    """
    if client_host is None or not loopback(client_host):
        return "the demo token helper answers only clients on this machine"
    host = urlsplit(f"//{host_header}").hostname or ""
    if not loopback(host):
        return "the demo token helper answers only requests addressed to localhost or a loopback address"
    if origin is not None:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != host_header.lower():
            return "the demo token helper answers only the demo page served by this gateway (foreign Origin)"
    return None


def _refused(reason: str) -> JSONResponse:
    return JSONResponse({"errors": [{"status": 403, "code": "403", "title": "forbidden", "detail": reason}]}, 403)


def demo_routes(
    gateway: "Gateway", limiter: "Limiter", fail: Callable[[errors.SpatiusError], Response]
) -> list[BaseRoute]:
    """The demo's routes for ``build_app``; none unless ``settings.demo_enabled``. ``fail``
    counts an error and answers it in the spec's error shape (``app.error_response``)."""
    if not gateway.settings.demo_enabled:
        return []
    files = {path.name: path for path in STATIC_DIR.iterdir() if path.suffix in _TYPES}
    files["head.glb"] = HEAD_GLB

    async def page(request: Request) -> Response:
        name = request.path_params.get("name") or "index.html"
        path = files.get(name)
        if path is None or not path.is_file():
            return Response("not found\n", 404, media_type="text/plain")
        headers = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
        if name == "index.html":
            headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        return FileResponse(path, media_type=_TYPES[path.suffix], headers=headers)

    async def to_page(request: Request) -> Response:
        return RedirectResponse("/demo/", 308)

    async def session_token(request: Request) -> Response:
        reason = refusal(
            request.client.host if request.client else None,
            request.headers.get("host", ""),
            request.headers.get("origin"),
        )
        if reason is not None:
            return _refused(reason)
        credentials = gateway.dev_credentials
        try:
            await limiter.client(request.client.host if request.client else None)
            if credentials is None:
                raise errors.UpstreamUnavailable("the demo needs development credentials (make serve)")
            expire_at = int(time.time()) + DEMO_TOKEN_TTL_S
            token = await gateway.store.issue_token(credentials.api_key, expire_at)
        except RedisError:
            return fail(errors.UpstreamUnavailable("state store unavailable"))
        except errors.SpatiusError as error:
            return fail(error)
        return JSONResponse(
            {
                "sessionToken": token,
                "appId": credentials.app_id,
                "avatarId": credentials.avatar_id,
                "expireAt": expire_at,
            },
            headers={"Cache-Control": "no-store"},
        )

    return [
        Route("/demo", to_page, methods=["GET"]),
        Route("/demo/", page, methods=["GET"]),
        Route("/demo/session-token", session_token, methods=["POST"]),
        Route("/demo/{name}", page, methods=["GET"]),
    ]
