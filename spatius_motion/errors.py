"""Every error the server reports to a client, with its wire code and exact text.

The texts are the ones the official SDKs match (spec section 5); do not reword them.
``code`` is the ``ServerError.code`` value and, for errors that end a session, the
WebSocket close code (0 maps to a standard close code, see ``close_code``).
``http_status`` is used when the error rejects a WebSocket upgrade or a token request.

    SpatiusError                              code  http  retryable
    +-- AuthError                             4010
    |   +-- ApiKeyInvalid        "invalid api key"              401
    |   +-- TokenInvalid         "invalid session token"        400
    |   +-- TokenEmpty           "empty token"                  400
    |   +-- TokenExpired         "session token expired"        401
    |   +-- AppIdMismatch        "app id mismatch"              400
    |   +-- AppIdUnrecognized    "app id unrecognized"          404
    |   +-- AvatarNotFound       "avatar not found"             404
    +-- RequestError                                        3     400
    |   +-- BadTokenRequest      "invalid expireAt ..."               400
    |   +-- BadBootstrapRequest  "invalid bootstrap request"          400
    |   +-- RegionNotFound       "unknown region"                     404
    |   +-- BodyTooLarge         "request body too large"             413
    +-- CreditsExhausted         "credits exhausted"   4001     402   no
    +-- SessionDenied            "session denied"      0        402   no  (upgrade refused: no credits)
    +-- SessionDurationExceeded  "maximum session duration" 4002      yes (reconnect)
    +-- ConcurrencyLimit         "concurrency limit reached" 4003     yes (wait)
    +-- RateLimited              "rate limit exceeded"    8     429   yes (Retry-After)
    +-- IdleTimeout              "no audio input for"     0  (close 1000; reconnect with audio)
    +-- UpstreamUnavailable      "driven server request failed" 4503  yes (backoff)
    +-- EgressUnavailable  "egress client is not configured on server" 14  no  (close 1011)
    +-- ProtocolError                                       0  (close 1002)
    |   +-- MessageTooBig        "message too big"             (close 1009)
    |   +-- ClientTooSlow        "client too slow"             (close 1008)
    |   +-- UnsupportedSampleRate "unsupported sample rate"
    |   +-- UnsupportedFormat    "unsupported audio format"
    +-- RequestRejected                                     3  (one req_id; session lives)
        +-- PendingAudioLimit    "pending audio limit exceeded"
        +-- RequestsInFlightLimit "too many requests in flight"
        +-- AudioDecodeFailed    "failed to decode audio"
        +-- InvalidReqId         "invalid req_id"
    +-- AdminError (also ValueError)  "invalid admin request"   3  400
        +-- AdminUnauthorized    "admin token missing or wrong" 16  401
        +-- AdminNotFound        "not found"                    5  404
        +-- AdminMethodNotAllowed "method not allowed"         12  405
        +-- AdminConflict        "already exists"               6  409
        +-- AdminBodyTooLarge    "request body too large"       8  413

A draining gateway refuses upgrades and ends sessions with ``shutting_down()``, a 4503.
``EgressUnavailable`` carries gRPC's 14 (UNAVAILABLE), which SDKs map to ``egressUnavailable``;
14 is not a valid WebSocket close code, so the session closes with 1011.
Protocol errors carry code 0 rather than gRPC's 3 so that SDKs classify them by their
text (code 3 short-circuits to ``invalidRequest``). Errors never carry tokens, keys or audio.
"""

from __future__ import annotations

import math
from typing import ClassVar


class SpatiusError(Exception):
    """Base of every client-facing error."""

    code: ClassVar[int] = 0
    text: ClassVar[str] = "internal error"
    http_status: ClassVar[int] = 500
    retryable: ClassVar[bool] = False
    fatal: ClassVar[bool] = True
    """True when the error ends the WebSocket session."""

    def __init__(self, detail: str = "", *, req_id: str = "") -> None:
        self.detail = detail
        self.req_id = req_id
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The wire text: the SDK-matched phrase, then any detail after a colon."""
        return f"{self.text}: {self.detail}" if self.detail else self.text

    @property
    def close_code(self) -> int:
        """WebSocket close code: the wire code, or 1002 when the wire code is 0."""
        return self.code or 1002


# --- authentication (HTTP rejections of the upgrade or the token request) ---------
class AuthError(SpatiusError):
    code = 4010
    http_status = 401


class ApiKeyInvalid(AuthError):
    text = "invalid api key"
    http_status = 401


class TokenInvalid(AuthError):
    text = "invalid session token"
    http_status = 400


class TokenEmpty(AuthError):
    text = "empty token"
    http_status = 400


class TokenExpired(AuthError):
    text = "session token expired"
    http_status = 401


class AppIdMismatch(AuthError):
    text = "app id mismatch"
    http_status = 400


class AppIdUnrecognized(AuthError):
    text = "app id unrecognized"
    http_status = 404


class AvatarNotFound(AuthError):
    text = "avatar not found"
    http_status = 404


class RequestError(SpatiusError):
    """A console HTTP request (token, bootstrap) the server cannot act on; code 3 (invalid argument)."""

    code = 3
    http_status = 400


class BadTokenRequest(RequestError):
    text = "invalid token request"


class BadBootstrapRequest(RequestError):
    """A ``POST /bootstrap`` body that is not the SDKs' ``{app_id, sdk_version, region, platform}``."""

    text = "invalid bootstrap request"


class RegionNotFound(RequestError):
    """Bootstrap asked for an explicit region the registry does not hold."""

    text = "unknown region"
    http_status = 404


class BodyTooLarge(RequestError):
    """An HTTP request body over the route's bound (bytes)."""

    text = "request body too large"
    http_status = 413


# --- quotas ------------------------------------------------------------------------
class CreditsExhausted(SpatiusError):
    code = 4001
    text = "credits exhausted"
    http_status = 402


class SessionDenied(SpatiusError):
    """An upgrade refused before accept because the app has no credits left; SDKs read the 402
    as billingRequired. Credits running out during a session close it with CreditsExhausted.

    Code 0, not 4001: SDKs map a body code of 4001 to creditsExhausted before reading the
    status or the text."""

    code = 0
    text = "session denied"
    http_status = 402


class SessionDurationExceeded(SpatiusError):
    code = 4002
    text = "maximum session duration"
    http_status = 400
    retryable = True


class ConcurrencyLimit(SpatiusError):
    code = 4003
    text = "concurrency limit reached"
    http_status = 429
    retryable = True


class RateLimited(SpatiusError):
    """Too many token requests or upgrades from one client address or for one app in a window;
    ``retry_after_s`` says when the window ends (the HTTP reply's ``Retry-After``, whole seconds)."""

    code = 8
    text = "rate limit exceeded"
    http_status = 429
    retryable = True

    def __init__(self, detail: str = "", *, retry_after_s: float = 1.0) -> None:
        super().__init__(detail)
        self.retry_after_s = retry_after_s

    @property
    def retry_after_header(self) -> str:
        """``Retry-After`` in whole seconds, rounded up, at least 1."""
        return str(max(1, math.ceil(self.retry_after_s)))


class IdleTimeout(SpatiusError):
    """The session received no audio and sent no animation for its plan's ``idle_timeout_s``.

    Wire code 0 ("no client-facing class"): the SDKs then classify by text, and "no audio
    input for" reads as ``idleTimeout``; 4002 would read as ``sessionDurationExceeded`` and
    4001/4003 as quota errors. The WebSocket closes with 1000 (normal closure): the server
    ended an idle session on purpose, the SDK reports the ``ServerError`` it received first,
    and the client reconnects when it has audio to send (a 45xx would invite retry loops of
    a client with nothing to say, a 1002 would call it a protocol violation).
    """

    code = 0
    text = "no audio input for"
    http_status = 408
    retryable = True

    @property
    def message(self) -> str:
        """The wire text, e.g. "no audio input for 30 s": the detail completes the phrase."""
        return f"{self.text} {self.detail}" if self.detail else self.text

    @property
    def close_code(self) -> int:
        return 1000


class UpstreamUnavailable(SpatiusError):
    code = 4503
    text = "driven server request failed"
    http_status = 503
    retryable = True


def shutting_down() -> UpstreamUnavailable:
    """What an open session or a new upgrade gets from a draining gateway: 4503, so the client
    reconnects with backoff and reaches another gateway."""
    return UpstreamUnavailable("gateway shutting down")


class EgressUnavailable(SpatiusError):
    """The client asked for LiveKit or Agora egress; this server streams animation on the WebSocket only."""

    code = 14
    text = "egress client is not configured on server"
    http_status = 503

    @property
    def close_code(self) -> int:
        return 1011


# --- protocol ------------------------------------------------------------------------
class ProtocolError(SpatiusError):
    code = 0
    text = "unexpected message type"
    http_status = 400


class ExpectedConfigure(ProtocolError):
    text = "expected ClientConfigureSession message"


class ConfigureMissing(ProtocolError):
    text = "ClientConfigureSession message is nil"


class UnmarshalFailed(ProtocolError):
    text = "failed to unmarshal initial message"


class UnexpectedMessage(ProtocolError):
    text = "unexpected message type"


class MessageTooBig(ProtocolError):
    text = "message too big"

    @property
    def close_code(self) -> int:
        return 1009


class ClientTooSlow(ProtocolError):
    """The client leaves animation messages unread past the outbox bound; closing frees the server."""

    text = "client too slow"

    @property
    def close_code(self) -> int:
        return 1008


class UnsupportedSampleRate(ProtocolError):
    text = "unsupported sample rate"


class UnsupportedFormat(ProtocolError):
    text = "unsupported audio format"


# --- per-request rejections (the session keeps running) -----------------------------
class RequestRejected(SpatiusError):
    code = 3
    text = "invalid request"
    http_status = 400
    fatal = False


class PendingAudioLimit(RequestRejected):
    text = "pending audio limit exceeded"


class RequestsInFlightLimit(RequestRejected):
    text = "too many requests in flight"


class AudioDecodeFailed(RequestRejected):
    text = "failed to decode audio"


class InvalidReqId(RequestRejected):
    """An audio chunk or interrupt whose req_id is empty or longer than the protocol allows."""

    text = "invalid req_id"


# --- administration (the CLI's admin commands and the /v1/admin HTTP API) -----------------
class AdminError(SpatiusError, ValueError):
    """An operator request refused before it changed anything. Also a ValueError, so the CLI
    reports it like every other operator mistake; the admin API answers with ``http_status``.
    Codes are gRPC's (3 INVALID_ARGUMENT, 5 NOT_FOUND, 6 ALREADY_EXISTS, 8 RESOURCE_EXHAUSTED,
    12 UNIMPLEMENTED, 16 UNAUTHENTICATED), as for the other non-session errors."""

    code = 3
    text = "invalid admin request"
    http_status = 400


class AdminUnauthorized(AdminError):
    """No ``Authorization: Bearer`` header, or not the configured admin token."""

    code = 16
    text = "admin token missing or wrong"
    http_status = 401


class AdminNotFound(AdminError):
    code = 5
    text = "not found"
    http_status = 404


class AdminMethodNotAllowed(AdminError):
    code = 12
    text = "method not allowed"
    http_status = 405


class AdminConflict(AdminError):
    code = 6
    text = "already exists"
    http_status = 409


class AdminBodyTooLarge(AdminError):
    code = 8
    text = "request body too large"
    http_status = 413
