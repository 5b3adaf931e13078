"""Which requests count against which rate limit: the policy over ``store.count_request``.

Every token request and WebSocket upgrade counts against its client address
(``rate_limit_client_requests`` per ``rate_limit_window_s``), before any credential is looked
at, so guessing keys or tokens is slowed as much as anything else. Requests whose credential
is valid also count against their app (``rate_limit_app_requests``); counting only those keeps
a stranger who names an app id from using up that app's allowance. A limit of 0 is off and
costs no Redis call.
"""

from __future__ import annotations

from typing import Any

from spatius_motion.gateway.store import Store

CLIENT_SCOPE = "client"
APP_SCOPE = "app"
UNKNOWN_CLIENT = "unknown"
"""The subject of a request whose client address the server does not know (a Unix socket)."""


class Limiter:
    """Rate-limit checks of one gateway; each raises errors.RateLimited past its limit."""

    def __init__(self, store: Store, settings: Any) -> None:
        self.store = store
        self.window_s = settings.rate_limit_window_s
        self.client_limit = settings.rate_limit_client_requests
        self.app_limit = settings.rate_limit_app_requests

    async def client(self, address: str | None) -> None:
        """Count a request of a client address."""
        await self.store.count_request(CLIENT_SCOPE, address or UNKNOWN_CLIENT, self.client_limit, self.window_s)

    async def app(self, app_id: str) -> None:
        """Count an authenticated request of an app."""
        await self.store.count_request(APP_SCOPE, app_id, self.app_limit, self.window_s)

    async def api_key(self, api_key: str) -> None:
        """Count a token request against the app of its API key, when the key is valid.

        Costs one global-store read (the key's record), only while the app limit is on.
        """
        if self.app_limit <= 0:
            return
        app_id = await self.store.api_key_app(api_key)
        if app_id is not None:
            await self.app(app_id)
