"""Rate limits on a real region: two gateways sharing one Redis count together, per app and per
client address, on the token endpoint, WebSocket upgrades and the admin API: 429 with Retry-After."""

from __future__ import annotations

import secrets
import time
from typing import AsyncIterator

import httpx
import pytest
import websockets

from spatius_motion import server
from tests.integration.conftest import delete_prefix, new_app, server_settings

pytestmark = pytest.mark.integration

WINDOW_S = 86400.0
"""One window for the whole test: a boundary falls inside it with a probability of ~1e-5."""
CLIENT_LIMIT = 10
APP_LIMIT = 4
ADMIN_TOKEN = secrets.token_urlsafe(32)


@pytest.fixture(scope="module")
async def gateways(ray_cluster, redis_client) -> AsyncIterator[list[server.RunningServer]]:
    settings = server_settings(
        rate_limit_window_s=WINDOW_S,
        rate_limit_client_requests=CLIENT_LIMIT,
        rate_limit_app_requests=APP_LIMIT,
        admin_token=ADMIN_TOKEN,
    )
    running = [await server.start(settings, redis=redis_client) for _ in range(2)]
    yield running
    for gateway in running:
        await gateway.stop()
    await delete_prefix(redis_client, settings.redis_prefix)


async def token_request(client: httpx.AsyncClient, gateway, api_key: str) -> httpx.Response:
    return await client.post(
        gateway.console_url + "/session-tokens",
        headers={"X-Api-Key": api_key},
        json={"expireAt": int(time.time()) + 600},
    )


async def upgrade_status(gateway, credentials, token: str) -> tuple[int, dict]:
    """The HTTP status and headers the upgrade gets (101 when accepted; the socket is closed)."""
    url = f"{gateway.ingress_url}/websocket?id={credentials['avatar_id']}"
    headers = {"X-App-ID": credentials["app_id"], "X-Session-Key": token}
    try:
        ws = await websockets.connect(url, additional_headers=headers, compression=None)
    except websockets.InvalidStatus as refused:
        return refused.response.status_code, dict(refused.response.headers)
    await ws.close()
    return 101, {}


def assert_rate_limited(status: int, headers, body: dict | None = None) -> None:
    assert status == 429
    retry_after = int(headers["retry-after"] if "retry-after" in headers else headers["Retry-After"])
    assert 1 <= retry_after <= WINDOW_S
    if body is not None:
        assert body["errors"][0]["title"] == "rate limit exceeded"


async def test_limits_hold_across_gateways(gateways):
    a, b = gateways
    credentials = await new_app(a)
    async with httpx.AsyncClient(timeout=30) as client:
        # Per app: token requests and upgrades of one app, spread over both gateways.
        first = await token_request(client, a, credentials["api_key"])
        assert first.status_code == 200
        token = first.json()["sessionToken"]
        assert (await token_request(client, b, credentials["api_key"])).status_code == 200
        assert (await upgrade_status(a, credentials, token))[0] == 101
        assert (await upgrade_status(b, credentials, token))[0] == 101  # the app's 4th request
        assert_rate_limited(*await upgrade_status(a, credentials, token))
        over = await token_request(client, b, credentials["api_key"])
        assert_rate_limited(over.status_code, over.headers, over.json())

        # Per client address: wrong keys count too, and then everything from 127.0.0.1 is refused,
        # another app's valid key included. 6 requests so far from this address.
        for gateway in (a, b, a):
            assert (await token_request(client, gateway, "sk_" + "A" * 43)).status_code == 401
        other = await new_app(b)
        assert (await token_request(client, b, other["api_key"])).status_code == 200  # the 10th
        for gateway in (a, b):
            refused = await token_request(client, gateway, other["api_key"])
            assert_rate_limited(refused.status_code, refused.headers, refused.json())
        assert_rate_limited(*await upgrade_status(b, other, "st_whatever"))
        # Admin requests count with them (token guessing is slowed too), before the token check.
        for headers in ({"Authorization": f"Bearer {ADMIN_TOKEN}"}, {"Authorization": "Bearer guess"}):
            admin = await client.get(f"http://127.0.0.1:{a.port}/v1/admin/regions", headers=headers)
            assert_rate_limited(admin.status_code, admin.headers, admin.json())
