"""store.routing on fakeredis with a fake clock: the region registry, region liveness read from
the global store, and the regional gateway records."""

from __future__ import annotations

import fakeredis
import fakeredis.aioredis
import pytest

from spatius_motion.gateway.store import Region, Store

T0 = 1_700_000_000.0
PREFIX = "r:"
EAST = Region(name="east", console_url="http://e:1/v1/console", ingress_url="ws://e:1/v2/driveningress")
WEST = Region(name="west", console_url="https://w/v1/console", ingress_url="wss://w/v2/driveningress")


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def stores(clock):
    """Two regions' stores over one global fakeredis and one regional fakeredis each."""
    server = fakeredis.FakeServer()
    clients = [
        fakeredis.aioredis.FakeRedis(server=server),
        fakeredis.aioredis.FakeRedis(),
        fakeredis.aioredis.FakeRedis(),
    ]
    global_, east, west = clients
    yield (
        Store(east, global_redis=global_, region="east", prefix=PREFIX, clock=clock),
        Store(west, global_redis=global_, region="west", prefix=PREFIX, clock=clock),
    )
    for client in clients:
        await client.aclose()


async def test_a_region_is_healthy_while_one_of_its_gateways_renews(stores, clock):
    east, west = stores
    await east.register_gateway("east", "gw-1", "ws://e:1", ttl_s=30, advertise=EAST)
    await east.register_gateway("east", "gw-2", "ws://e:2", ttl_s=10, advertise=EAST)
    await west.register_gateway("west", "gw-3", "wss://w", ttl_s=30, advertise=WEST)
    # west's store reads east's liveness: it lives in the global store
    assert await west.region_table() == {EAST: 2, WEST: 1}
    clock.now += 11
    assert await west.region_table() == {EAST: 1, WEST: 1}
    clock.now += 20  # every registration is past its TTL: both regions read as down
    assert await west.region_table() == {EAST: 0, WEST: 0}
    await east.register_gateway("east", "gw-1", "ws://e:1", ttl_s=30, advertise=EAST)
    assert (await west.region_table())[EAST] == 1


async def test_unregistering_the_last_gateway_takes_its_region_down_at_once(stores):
    east, west = stores
    await east.register_gateway("east", "gw-1", "ws://e:1", ttl_s=30, advertise=EAST)
    await east.unregister_gateway("east", "gw-1")
    assert await west.region_table() == {EAST: 0}
    assert await east.gateways("east") == []
    assert await east.get_region("east") == EAST  # the registry keeps the region


async def test_liveness_and_gateway_keys_expire(stores):
    east, _ = stores
    await east.register_gateway("east", "gw-1", "ws://e:1", ttl_s=10, advertise=EAST)
    await east.register_gateway("east", "gw-2", "ws://e:2", ttl_s=60)
    live = east.key("regionlive", "east")
    assert 10_000 < await east.global_redis.pttl(live) <= 60_000  # the longest-lived member's TTL
    assert 0 < await east.redis.pttl(east.key("gateway", "east", "gw-1")) <= 10_000
    assert await east.global_redis.pttl(east.key("region", "east")) == -1  # owned by the regions set
    assert await east.redis.exists(live) == 0  # liveness is global only


async def test_regional_gateway_records_stay_in_their_region(stores, clock):
    east, west = stores
    await east.register_gateway("east", "gw-b", "ws://b", ttl_s=10)
    await east.register_gateway("east", "gw-a", "ws://a", ttl_s=60)
    assert [g.gateway_id for g in await east.gateways("east")] == ["gw-a", "gw-b"]
    assert await west.gateways("east") == []  # west's regional store holds none of east's
    clock.now += 11
    assert [(g.gateway_id, g.url, g.expire_at) for g in await east.gateways("east")] == [("gw-a", "ws://a", T0 + 60)]
    await east.register_gateway("east", "gw-a", "ws://a2", ttl_s=60)
    assert (await east.gateways("east"))[0].url == "ws://a2"


async def test_a_gateway_advertises_only_its_own_region(stores):
    east, _ = stores
    with pytest.raises(ValueError, match="cannot advertise"):
        await east.register_gateway("east", "gw-1", "ws://e:1", ttl_s=30, advertise=WEST)
    assert await east.regions() == []


async def test_set_region_takes_the_admin_mapping_or_a_record(stores):
    east, west = stores
    assert await east.region_info("east") is None
    assert await east.set_region("east", {"console_url": EAST.console_url, "ingress_url": EAST.ingress_url}) == EAST
    await west.set_region("west", WEST)
    assert await west.region_info("east") == {
        "name": "east",
        "console_url": EAST.console_url,
        "ingress_url": EAST.ingress_url,
    }
    assert await east.regions() == ["east", "west"]
    assert await east.region_table() == {EAST: 0, WEST: 0}  # registered, no gateway yet
    await east.delete_region("east")
    assert await east.regions() == ["west"] and await east.get_region("east") is None


@pytest.mark.parametrize(
    "name, info, match",
    [
        ("bad:name", {"console_url": EAST.console_url, "ingress_url": EAST.ingress_url}, "region must match"),
        ("east", {"ingress": "wss://e/v2/driveningress"}, "unknown region info keys"),
        ("east", {"console_url": EAST.console_url}, "ingress_url"),
        ("east", {"console_url": "ftp://e/v1/console", "ingress_url": EAST.ingress_url}, "console_url must be"),
        ("east", {"console_url": EAST.console_url, "ingress_url": "wss:///v2/driveningress"}, "ingress_url must be"),
        ("east", {"console_url": EAST.console_url + "?k=v", "ingress_url": EAST.ingress_url}, "console_url must be"),
        ("east", {"console_url": EAST.console_url, "ingress_url": "wss://e/" + "x" * 2048}, "ingress_url must be"),
        ("east", {"console_url": "https://e/v2/console", "ingress_url": EAST.ingress_url}, "ending in /v1/console"),
        ("east", {"console_url": EAST.console_url, "ingress_url": "wss://e/ingress"}, "ending in /v2/driveningress"),
        ("east", {"console_url": "https://u:p@e/v1/console", "ingress_url": EAST.ingress_url}, "credentials"),
        ("east", ["console_url"], "mapping"),
        ("east", WEST, "stored under"),
    ],
)
async def test_bad_regions_are_refused_and_change_nothing(stores, name, info, match):
    east, _ = stores
    with pytest.raises(ValueError, match=match):
        await east.set_region(name, info)
    assert await east.regions() == []
