"""The gateway's HTTP and WebSocket surface (ASGI, served by uvicorn).

Routes:
- ``POST /v1/console/session-tokens``: API key -> session token (spec section 2); the
  SpatialReal fork's ``POST /v1/auth/session-token`` is the same handler.
- ``WS /v2/driveningress/websocket?id=<avatar_id>``: one motion session (spec section 3);
  the upgrade is authenticated first and refused with the spec's HTTP status and text. A plain
  ``GET`` of the same URL runs the same checks and answers their outcome without a session.
- ``POST /bootstrap``: the region a client of an app should use (``gateway.bootstrap``).
- ``GET /healthz`` (process alive), ``GET /readyz`` (Redis, Ray and per-shard health),
  ``GET /metrics`` (Prometheus).
- ``/v1/admin/...``: the operator API (``admin_api``), only when an admin token is configured.
- ``/demo`` and ``POST /demo/session-token``: the development demo page (``demo``), only when
  ``demo_enabled``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from redis.exceptions import RedisError
from starlette.applications import Starlette
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

from spatius_motion import errors
from spatius_motion.gateway import bootstrap as bootstrap_rules
from spatius_motion.gateway import redaction
from spatius_motion.gateway.admin_api import admin_routes
from spatius_motion.gateway.connection import Connection
from spatius_motion.gateway.demo import demo_routes
from spatius_motion.gateway.dispatcher import Dispatcher
from spatius_motion.gateway.limiter import Limiter
from spatius_motion.gateway.request_body import bounded_body
from spatius_motion.gateway.store import DevCredentials, Grant, Store
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings

log = logging.getLogger(__name__)

MAX_TOKEN_BODY_BYTES = 4096


@dataclass
class Gateway:
    """Everything a gateway process serves with; built by ``spatius_motion.server``."""

    settings: Settings
    store: Store
    dispatcher: Dispatcher
    metrics: Metrics
    model_info: dict[str, Any]
    connections: set[Connection] = field(default_factory=set)
    connections_changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    """Notified whenever a session has ended and released its Redis state."""
    dev_credentials: DevCredentials | None = None
    """The development app whose tokens the demo's helper mints; set by ``serve`` when it creates it."""
    draining: bool = False
    """Set by ``drain()``: no new session is admitted and readiness fails."""
    _redis_checked_at: float = float("-inf")
    _redis_ok: bool = False

    @property
    def model_rate_hz(self) -> int:
        return int(self.model_info["sample_rate_hz"])

    @property
    def samples_per_keyframe(self) -> int:
        return int(self.model_info["samples_per_keyframe"])

    @property
    def lookahead_keyframes(self) -> int:
        return int(self.model_info["lookahead_keyframes"])

    async def drain(self, timeout_s: float) -> int:
        """Admit no new session and end each open one once its requests in flight have ended.

        Sessions whose requests are still running after ``timeout_s`` are ended then, cutting
        those requests short; every session ends with 4503. Returns how many were cut short.
        """
        self.draining = True
        for connection in list(self.connections):
            connection.drain()
        await self._sessions_ended(timeout_s)
        cut_short = list(self.connections)
        for connection in cut_short:
            connection.drain(now=True)
        await self._sessions_ended(self.settings.close_timeout_s)
        return len(cut_short)

    async def _sessions_ended(self, timeout_s: float) -> None:
        """Wait at most ``timeout_s`` until every session has released its Redis state."""
        async with self.connections_changed:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.connections_changed.wait_for(lambda: not self.connections), timeout_s)

    async def readiness(self) -> tuple[bool, dict]:
        """(ready, details): Redis answers, Ray answers and at least one shard takes new
        sessions; details report Ray and each shard (healthy, draining, load).

        The shard part is the dispatcher's membership, refreshed by shard discovery every
        ``shard_refresh_s``; the Redis ping is cached for ``readiness_cache_s``. A draining
        gateway is never ready, so the load balancer stops sending it upgrades.
        """
        if self.draining:
            return False, {"draining": True}
        now = time.monotonic()
        if now - self._redis_checked_at >= self.settings.readiness_cache_s:
            try:
                self._redis_ok = await self.store.ping()
            except Exception:
                self._redis_ok = False
            self._redis_checked_at = now
        membership = self.dispatcher.membership
        return self._redis_ok and membership.ready(), {"redis": self._redis_ok, **membership.report()}


def error_body(error: errors.SpatiusError) -> dict:
    """The spec's ``errors:[{status, code, title, detail}]`` shape."""
    return {
        "errors": [
            {
                "status": error.http_status,
                "code": str(error.code),
                "title": error.text,
                "detail": error.message,
            }
        ]
    }


CORS_HEADERS = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-store"}
"""Headers of the ingress check's answers: pages of any origin may read them (the check takes
its credentials from the query string, never from cookies)."""


def error_response(error: errors.SpatiusError, *, cors: bool = False) -> JSONResponse:
    """The error as JSON; a rate limit also says when to retry (``Retry-After``, seconds)."""
    headers = {"Retry-After": error.retry_after_header} if isinstance(error, errors.RateLimited) else {}
    if cors:
        headers.update(CORS_HEADERS)
    return JSONResponse(error_body(error), status_code=error.http_status, headers=headers or None)


def build_app(gateway: Gateway, lifespan: Any = None) -> Starlette:
    """The ASGI application serving ``gateway``; log records of the process are redacted from now on."""
    redaction.install()
    limiter = Limiter(gateway.store, gateway.settings)

    def failed(error: errors.SpatiusError, *, cors: bool = False) -> Response:
        """Count the refusal in the metrics and answer it."""
        gateway.metrics.count_error(error)
        return error_response(error, cors=cors)

    async def session_tokens(request: Request) -> Response:
        try:
            if gateway.draining:  # like upgrades: the client retries and reaches another gateway
                raise errors.shutting_down()
            await limiter.client(request.client.host if request.client else None)
            body = await bounded_body(request, MAX_TOKEN_BODY_BYTES)
            try:
                payload = json.loads(body or b"{}")
                expire_at = payload["expireAt"]
                if isinstance(expire_at, bool) or not isinstance(expire_at, (int, float)):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                raise errors.BadTokenRequest('body must be {"expireAt": <unix seconds>}') from None
            api_key = request.headers.get("x-api-key", "")
            await limiter.api_key(api_key)
            token = await gateway.store.issue_token(api_key, float(expire_at))
        except RedisError:
            return failed(errors.UpstreamUnavailable("state store unavailable"))
        except errors.SpatiusError as error:
            return failed(error)
        # The official SDKs read sessionToken; the SpatialReal fork reads session_token.
        return JSONResponse({"sessionToken": token, "session_token": token})

    async def bootstrap(request: Request) -> Response:
        try:
            await limiter.client(request.client.host if request.client else None)
            query = bootstrap_rules.parse_request(await bounded_body(request, bootstrap_rules.MAX_BODY_BYTES))
            store = gateway.store
            try:
                app, table = await asyncio.gather(store.get_app(query.app_id), store.region_table())
            except RedisError:
                raise errors.UpstreamUnavailable("state store unavailable") from None
            if app is None:
                raise errors.AppIdUnrecognized()
            region = bootstrap_rules.choose_region(app, query.region, table, local=gateway.settings.region)
        except errors.SpatiusError as error:
            return failed(error)
        return JSONResponse(bootstrap_rules.answer(region, time.time()))

    async def admit(connection: HTTPConnection) -> Grant:
        """The upgrade's checks: rate limits, credentials, drain, credits; raises SpatiusError."""
        query, headers = connection.query_params, connection.headers
        app_id = headers.get("x-app-id") or query.get("appId", "")
        token = headers.get("x-session-key") or query.get("sessionKey", "")
        try:
            await limiter.client(connection.client.host if connection.client else None)
            grant = await gateway.store.authenticate(app_id, token, query.get("id", ""))
            await limiter.app(grant.app_id)
        except RedisError:
            raise errors.UpstreamUnavailable("state store unavailable") from None
        if gateway.draining:
            raise errors.shutting_down()
        if grant.credits_s <= 0:
            raise errors.SessionDenied("no credits left")
        return grant

    async def ingress_check(request: Request) -> Response:
        """A plain GET of the ingress URL answers what its upgrade would: 200, or the refusal's
        status and body. Browsers cannot read a refused upgrade's status, so the browser client
        asks here after a WebSocket that failed to open (docs/direct-mode.md)."""
        try:
            await admit(request)
        except errors.SpatiusError as error:
            return failed(error, cors=True)
        return JSONResponse({"ok": True}, headers=CORS_HEADERS)

    async def ingress(websocket: WebSocket) -> None:
        try:
            grant = await admit(websocket)
        except errors.SpatiusError as error:
            gateway.metrics.count_error(error)
            await websocket.send_denial_response(error_response(error))
            return
        connection = Connection(
            websocket,
            grant,
            settings=gateway.settings,
            store=gateway.store,
            dispatcher=gateway.dispatcher,
            metrics=gateway.metrics,
            model_rate_hz=gateway.model_rate_hz,
            samples_per_keyframe=gateway.samples_per_keyframe,
            lookahead_keyframes=gateway.lookahead_keyframes,
        )
        gateway.connections.add(connection)
        try:
            await connection.run()
        finally:
            gateway.connections.discard(connection)
            async with gateway.connections_changed:
                gateway.connections_changed.notify_all()

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok\n")

    async def readyz(request: Request) -> Response:
        ready, details = await gateway.readiness()
        return JSONResponse({"ready": ready, **details}, status_code=200 if ready else 503)

    async def metrics(request: Request) -> Response:
        body, content_type = gateway.metrics.exposition()
        return Response(body, media_type=content_type)

    return Starlette(
        routes=[
            Route("/v1/console/session-tokens", session_tokens, methods=["POST"]),
            Route("/v1/auth/session-token", session_tokens, methods=["POST"]),  # the SpatialReal fork
            Route("/bootstrap", bootstrap, methods=["POST"]),
            WebSocketRoute("/v2/driveningress/websocket", ingress),
            Route("/v2/driveningress/websocket", ingress_check, methods=["GET"]),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            Route("/metrics", metrics),
            *admin_routes(gateway),
            *demo_routes(gateway, limiter, failed),
        ],
        lifespan=lifespan,
    )
