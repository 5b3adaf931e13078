"""The ``/v1/admin`` HTTP API: the operator actions of ``spatius_motion.gateway.admin`` over HTTP.

It exists only when ``settings.admin_token`` is set; without it no route is mounted and every
admin path answers 404 like any unknown path. Each request must carry ``Authorization: Bearer
<admin token>``. The check compares the sha256 digest of the presented token with the digest of
the configured one by ``hmac.compare_digest``: both are always 32 bytes, so the time taken says
nothing about how much of the token matched or how long the configured token is. Checks run in
this order: 429 (the client address's rate limit, shared with token requests and upgrades), 401
(token), 404 (path), 405 (method), 413 (body over ``MAX_ADMIN_BODY_BYTES``), 400 (malformed body
or values); then the operation's own 404 (unknown app or key), 409 (existing app) or 400. Errors
use the spec's body shape (``gateway.app.error_response``).

    GET    /v1/admin/regions                             list_regions
    PUT    /v1/admin/regions/{region}                    set_region     {"console_url", "ingress_url"}
    POST   /v1/admin/apps                                create_app     {"app_id"?, "home_region"?,
                                                                         "fallback_regions"?, plan fields?}  201
    GET    /v1/admin/apps/{app_id}                       show_app
    DELETE /v1/admin/apps/{app_id}                       delete_app
    PUT    /v1/admin/apps/{app_id}/plan                  set_plan       {plan fields}
    POST   /v1/admin/apps/{app_id}/credits               add_credits    {"seconds"}
    GET    /v1/admin/apps/{app_id}/keys                  list_keys
    POST   /v1/admin/apps/{app_id}/keys                  create_key                                         201
    POST   /v1/admin/apps/{app_id}/keys/{key_id}/rotate  rotate_key     {"grace_s"?}                        201
    DELETE /v1/admin/apps/{app_id}/keys/{key_id}         revoke_key_id

Plan fields are ``admin.PLAN_FIELDS`` (max_sessions, credits_s, max_session_duration_s,
idle_timeout_s). Replies are the dicts the ``admin`` functions return, the CLI's output.

Every request, authenticated or not, leaves one line on the logger ``spatius_motion.audit``:
client address, method, route template, the region / app / key ids involved (well-formed ids
only) and the status. Never the token, an API key, a header or a body.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Mapping

import msgspec
from redis.exceptions import RedisError
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from spatius_motion import errors
from spatius_motion.gateway import admin
from spatius_motion.gateway.limiter import Limiter
from spatius_motion.gateway.request_body import bounded_body
from spatius_motion.gateway.store import API_KEY_PREFIX, TOKEN_PREFIX, Plan, Store, valid_id

if TYPE_CHECKING:
    from spatius_motion.gateway.app import Gateway

log = logging.getLogger(__name__)
audit_log = logging.getLogger("spatius_motion.audit")

ADMIN_PATH = "/v1/admin"
MAX_ADMIN_BODY_BYTES = 16 * 1024
"""Largest admin request body (bytes); the biggest legitimate one (an app with regions) is < 1 KiB."""
MIN_ADMIN_TOKEN_CHARS = 16
"""A shorter admin token is refused at start (``openssl rand -base64 32`` gives 44 characters)."""
AUDITED_IDS = ("region", "app_id", "key_id")
SECRET_PREFIXES = (API_KEY_PREFIX, TOKEN_PREFIX)


# --- authentication -----------------------------------------------------------------------------
def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


class AdminToken:
    """The configured admin token, held only as its sha256 digest."""

    def __init__(self, token: str) -> None:
        if len(token) < MIN_ADMIN_TOKEN_CHARS:
            raise ValueError(f"SPATIUS_ADMIN_TOKEN must have at least {MIN_ADMIN_TOKEN_CHARS} characters")
        self._digest = _digest(token)

    def matches(self, presented: str) -> bool:
        """Constant-time check: compare_digest over two 32-byte digests, whatever was presented."""
        return hmac.compare_digest(_digest(presented), self._digest)


def bearer_token(authorization: str) -> str:
    """The token of an ``Authorization: Bearer <token>`` header value; "" for any other value."""
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


# --- request bodies -------------------------------------------------------------------------------
PlanBody = msgspec.defstruct(
    "PlanBody",
    [(f.name, f.type | None, None) for f in msgspec.structs.fields(Plan)],
    forbid_unknown_fields=True,
    kw_only=True,
)
"""Optional plan fields, derived from ``Plan`` so the two never drift apart."""


class AppBody(PlanBody):  # type: ignore[misc, valid-type]
    app_id: str | None = None
    home_region: str = ""
    fallback_regions: list[str] = []


class RegionBody(msgspec.Struct, forbid_unknown_fields=True):
    console_url: str
    ingress_url: str


class CreditsBody(msgspec.Struct, forbid_unknown_fields=True):
    seconds: float


class RotateBody(msgspec.Struct, forbid_unknown_fields=True):
    grace_s: float | None = None


def plan_changes(body: Any) -> dict[str, Any]:
    """The plan fields a body sets (null or absent fields change nothing)."""
    return {name: getattr(body, name) for name in admin.PLAN_FIELDS if getattr(body, name) is not None}


def decode(body: bytes, kind: type) -> Any:
    """A JSON object body as ``kind`` (an empty body reads as ``{}``); AdminError when malformed."""
    try:
        return msgspec.json.decode(body or b"{}", type=kind)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise errors.AdminError(f"malformed body: {exc}") from None


# --- operations -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Call:
    """One authenticated admin request: the store, settings, path ids and body bytes."""

    store: Store
    settings: Any
    params: Mapping[str, str]
    body: bytes


Operation = Callable[[Call], Awaitable[tuple[int, dict[str, Any]]]]


async def _list_regions(call: Call) -> tuple[int, dict[str, Any]]:
    return 200, await admin.list_regions(call.store)


async def _set_region(call: Call) -> tuple[int, dict[str, Any]]:
    body = decode(call.body, RegionBody)
    return 200, await admin.set_region(call.store, call.params["region"], body.console_url, body.ingress_url)


async def _create_app(call: Call) -> tuple[int, dict[str, Any]]:
    body = decode(call.body, AppBody)
    plan = admin.plan_from(call.settings, plan_changes(body))
    reply = await admin.create_app(
        call.store, body.app_id, plan, home_region=body.home_region, fallback_regions=body.fallback_regions
    )
    return 201, reply


async def _show_app(call: Call) -> tuple[int, dict[str, Any]]:
    return 200, await admin.show_app(call.store, call.params["app_id"])


async def _delete_app(call: Call) -> tuple[int, dict[str, Any]]:
    return 200, await admin.delete_app(call.store, call.params["app_id"])


async def _set_plan(call: Call) -> tuple[int, dict[str, Any]]:
    changes = plan_changes(decode(call.body, PlanBody))
    return 200, await admin.set_plan(call.store, call.params["app_id"], changes)


async def _add_credits(call: Call) -> tuple[int, dict[str, Any]]:
    body = decode(call.body, CreditsBody)
    return 200, await admin.add_credits(call.store, call.params["app_id"], body.seconds)


async def _list_keys(call: Call) -> tuple[int, dict[str, Any]]:
    return 200, await admin.list_keys(call.store, call.params["app_id"])


async def _create_key(call: Call) -> tuple[int, dict[str, Any]]:
    return 201, await admin.create_key(call.store, call.params["app_id"])


async def _rotate_key(call: Call) -> tuple[int, dict[str, Any]]:
    body = decode(call.body, RotateBody)
    grace_s = call.settings.api_key_rotation_grace_s if body.grace_s is None else body.grace_s
    return 201, await admin.rotate_key(call.store, call.params["app_id"], call.params["key_id"], grace_s)


async def _revoke_key(call: Call) -> tuple[int, dict[str, Any]]:
    return 200, await admin.revoke_key_id(call.store, call.params["app_id"], call.params["key_id"])


ROUTES: dict[str, dict[str, Operation]] = {
    "/v1/admin/regions": {"GET": _list_regions},
    "/v1/admin/regions/{region}": {"PUT": _set_region},
    "/v1/admin/apps": {"POST": _create_app},
    "/v1/admin/apps/{app_id}": {"GET": _show_app, "DELETE": _delete_app},
    "/v1/admin/apps/{app_id}/plan": {"PUT": _set_plan},
    "/v1/admin/apps/{app_id}/credits": {"POST": _add_credits},
    "/v1/admin/apps/{app_id}/keys": {"GET": _list_keys, "POST": _create_key},
    "/v1/admin/apps/{app_id}/keys/{key_id}/rotate": {"POST": _rotate_key},
    "/v1/admin/apps/{app_id}/keys/{key_id}": {"DELETE": _revoke_key},
    # Every other admin path: authenticated first, then 404 (no route list for strangers).
    "/v1/admin": {},
    "/v1/admin/{rest:path}": {},
}


# --- the endpoint -------------------------------------------------------------------------------------
class AdminEndpoint:
    """The ASGI endpoint of one route template: authenticate, dispatch by method, answer, audit."""

    def __init__(
        self, gateway: "Gateway", token: AdminToken, limiter: Limiter, template: str, methods: Mapping[str, Operation]
    ) -> None:
        self.gateway, self.token, self.limiter = gateway, token, limiter
        self.template, self.methods = template, methods

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        from spatius_motion.gateway.app import error_response  # app.py imports this module to mount it

        request = Request(scope, receive)
        ids = {name: value for name, value in request.path_params.items() if name in AUDITED_IDS}
        try:
            status, reply = await self._answer(request)
            for name in ("app_id", "key_id"):
                value = reply.get(name)
                if isinstance(value, str):
                    ids["new_key_id" if name == "key_id" and ids.get(name, value) != value else name] = value
            response = JSONResponse(reply, status_code=status)
        except errors.SpatiusError as error:
            response = error_response(error)
        except RedisError:
            response = error_response(errors.UpstreamUnavailable("state store unavailable"))
        except ValueError as exc:  # the store's own checks (ids, plan values)
            response = error_response(errors.AdminError(str(exc)))
        except Exception:  # a bug or an exhausted retry: answered and audited, never half-logged
            log.exception("admin %s %s failed", request.method, self.template)
            response = error_response(errors.SpatiusError())
        audit(request, self.template, ids, response.status_code)
        await response(scope, receive, send)

    async def _answer(self, request: Request) -> tuple[int, dict[str, Any]]:
        await self.limiter.client(request.client.host if request.client else None)  # slows token guessing
        if not self.token.matches(bearer_token(request.headers.get("authorization", ""))):
            raise errors.AdminUnauthorized()
        if not self.methods:
            raise errors.AdminNotFound(f"no admin route {request.url.path}")
        operation = self.methods.get(request.method)
        if operation is None:
            raise errors.AdminMethodNotAllowed(f"{request.method}; allowed: {', '.join(self.methods)}")
        body = await bounded_body(request, MAX_ADMIN_BODY_BYTES, errors.AdminBodyTooLarge)
        call = Call(self.gateway.store, self.gateway.settings, dict(request.path_params), body)
        return await operation(call)


def loggable_id(value: str) -> bool:
    """True for a well-formed id that cannot be a secret: an API key or session token pasted
    where an id belongs is well formed too, so anything with their prefixes is left out."""
    return valid_id(value) and not value.startswith(SECRET_PREFIXES)


def audit(request: Request, template: str, ids: Mapping[str, Any], status: int) -> None:
    """One line per admin request: who, what, which ids, result; an id that may not be logged
    (``loggable_id``) reads ``<invalid>``."""
    client = request.client.host if request.client else "-"
    named = " ".join(f"{name}={value if loggable_id(value) else '<invalid>'}" for name, value in ids.items())
    audit_log.info(
        "admin client=%s %s %s %sstatus=%d", client, request.method, template, named + " " if named else "", status
    )


def admin_routes(gateway: "Gateway") -> list[Route]:
    """The admin API's routes for ``gateway``; none when no admin token is configured."""
    if not gateway.settings.admin_token:
        return []
    token = AdminToken(gateway.settings.admin_token)
    limiter = Limiter(gateway.store, gateway.settings)
    return [
        Route(template, AdminEndpoint(gateway, token, limiter, template, methods))
        for template, methods in ROUTES.items()
    ]
