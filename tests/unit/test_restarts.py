"""Lost shards created again: the delay rules, and discovery acting on them with Ray replaced
by a scripted namespace of named actors."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from spatius_motion.cluster import discovery as discovery_module
from spatius_motion.cluster.discovery import ShardDiscovery
from spatius_motion.cluster.membership import Membership
from spatius_motion.cluster.restarts import Restarts
from spatius_motion.metrics import Metrics
from spatius_motion.settings import Settings

MODEL = {"sample_rate_hz": 16000, "samples_per_keyframe": 640, "lookahead_keyframes": 2}


def test_a_lost_shard_is_due_after_the_base_delay():
    restarts = Restarts(2.0, 60.0)
    assert restarts.lost("s0", 100.0, draining=False) == 102.0
    assert restarts.due(101.9, []) == []
    assert restarts.due(102.0, []) == ["s0"]
    assert restarts.due(103.0, []) == []  # handed out once


def test_a_drained_shard_is_not_created_again():
    restarts = Restarts(2.0, 60.0)
    assert restarts.lost("s0", 100.0, draining=True) is None
    assert restarts.due(1000.0, []) == []


def test_losses_in_a_row_double_the_delay_up_to_the_cap():
    restarts = Restarts(2.0, 20.0)
    delays = []
    now = 0.0
    for _ in range(6):
        delays.append(restarts.lost("s0", now, draining=False) - now)
        now += 1.0
    assert delays == [2.0, 4.0, 8.0, 16.0, 20.0, 20.0]


def test_a_quiet_region_starts_again_at_the_base_delay():
    restarts = Restarts(2.0, 20.0)
    restarts.lost("s0", 0.0, draining=False)
    assert restarts.lost("s0", 5.0, draining=False) == 5.0 + 4.0
    assert restarts.lost("s1", 25.0, draining=False) == 25.0 + 2.0  # 20 s without a loss


def test_a_failed_creation_is_retried_later():
    restarts = Restarts(2.0, 60.0)
    restarts.lost("s0", 0.0, draining=False)
    assert restarts.due(2.0, []) == ["s0"]
    assert restarts.failed("s0", 2.0) == 2.0 + 4.0
    assert restarts.due(5.9, []) == []
    assert restarts.due(6.0, []) == ["s0"]


def test_a_name_listed_again_is_dropped_unmade():
    restarts = Restarts(2.0, 60.0)
    restarts.lost("s0", 0.0, draining=False)
    restarts.lost("s1", 0.0, draining=False)
    assert restarts.due(1.0, ["s0"]) == []  # another gateway created s0 first
    assert restarts.due(10.0, ["s0"]) == ["s1"]


# --- discovery with a scripted Ray -------------------------------------------------------------
class Actor:
    """A named actor: alive until killed; pings answer with the model's shape."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.alive = True
        self.draining = False
        self.ping = self

    def remote(self) -> Any:
        async def answer() -> dict:
            if not self.alive:
                raise type("ActorDiedError", (Exception,), {})()
            return {**MODEL, "sessions": 0, "streams": 0, "draining": self.draining}

        return answer()


class Namespace:
    """Ray's named actors as one process sees them; ``held`` names stay taken after death
    (a dead non-detached actor whose creator still holds a handle)."""

    def __init__(self, names: list[str]) -> None:
        self.actors = {name: Actor(name) for name in names}
        self.held: set[str] = set()
        self.released: list[str] = []
        self.created: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        shards = discovery_module.shards
        monkeypatch.setattr(shards, "list_names", lambda settings: sorted(n for n, a in self.actors.items() if a.alive))
        monkeypatch.setattr(shards, "handles", lambda settings, names: {n: self.actors[n] for n in names})
        monkeypatch.setattr(shards, "release", self.released.extend)
        monkeypatch.setattr(
            shards,
            "name_free",
            lambda settings, name: name not in self.actors or name not in self.held and not self.actors[name].alive,
        )
        monkeypatch.setattr(shards, "create_held", self.create)

    def create(self, settings: Settings, names: list[str]) -> dict:
        for name in names:
            self.created.append(name)
            self.actors[name] = Actor(name)
        return {name: self.actors[name] for name in names}


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def make_discovery(namespace: Namespace, **settings: Any) -> tuple[ShardDiscovery, Membership, Clock, Metrics]:
    membership = Membership(MODEL, ping_timeout_s=2.0)
    clock = Clock()
    metrics = Metrics()

    async def sync(handles: dict) -> None:
        membership.listed(handles)

    config = msgspec.structs.replace(Settings.load(env={}), region="r", shard_restart_delay_s=2.0, **settings)
    found = ShardDiscovery(config, membership, sync, metrics=metrics, clock=clock)
    return found, membership, clock, metrics


async def one_lost(
    monkeypatch: pytest.MonkeyPatch, lost: str, *, held: tuple[str, ...] = (), **settings: Any
) -> tuple[Namespace, ShardDiscovery, Membership, Clock, Metrics]:
    """Shards r-0 and r-1 serving, then ``lost`` killed, as discovery saw both at clock 0."""
    namespace = Namespace(["motion-shard-r-0", "motion-shard-r-1"])
    namespace.install(monkeypatch)
    namespace.held.update(held)
    found, membership, clock, metrics = make_discovery(namespace, **settings)
    await found.refresh()
    namespace.actors[lost].alive = False
    await found.refresh()
    return namespace, found, membership, clock, metrics


async def recreate_due(found: ShardDiscovery, clock: Clock, now: float) -> None:
    """One refresh at ``now`` and the creation round it starts."""
    clock.now = now
    await found.refresh()
    await settle(found)


async def settle(found: ShardDiscovery) -> None:
    """Let a creation round that was started finish."""
    if found._restarting is not None:
        await found._restarting


def restarted(metrics: Metrics, outcome: str) -> float:
    return metrics.registry.get_sample_value("spatius_shard_restarts_total", {"outcome": outcome}) or 0.0


async def test_discovery_creates_a_killed_shard_again_under_its_name(monkeypatch):
    namespace = Namespace(["motion-shard-r-0", "motion-shard-r-1"])
    namespace.install(monkeypatch)
    found, membership, clock, metrics = make_discovery(namespace)
    await found.refresh()
    assert membership.eligible() == ["motion-shard-r-0", "motion-shard-r-1"]

    namespace.actors["motion-shard-r-1"].alive = False
    clock.now = 10.0
    await found.refresh()
    assert membership.eligible() == ["motion-shard-r-0"]
    assert found.restarts.pending == {"motion-shard-r-1": 12.0}
    clock.now = 11.9
    await found.refresh()
    await settle(found)
    assert namespace.created == []

    clock.now = 12.0
    await found.refresh()
    await settle(found)
    assert namespace.created == ["motion-shard-r-1"]
    assert namespace.released == ["motion-shard-r-1"]
    assert restarted(metrics, "created") == 1
    await found.refresh()
    assert membership.eligible() == ["motion-shard-r-0", "motion-shard-r-1"]


async def test_a_name_still_taken_gives_way_to_the_lowest_free_index(monkeypatch):
    # a handle to the dead actor lives on in this process: its name stays taken
    namespace, found, membership, clock, _ = await one_lost(monkeypatch, "motion-shard-r-0", held=("motion-shard-r-0",))
    await recreate_due(found, clock, 2.0)
    assert namespace.created == ["motion-shard-r-2"]
    await found.refresh()
    assert membership.eligible() == ["motion-shard-r-1", "motion-shard-r-2"]


async def test_a_drained_shard_that_exits_stays_gone(monkeypatch):
    namespace = Namespace(["motion-shard-r-0", "motion-shard-r-1"])
    namespace.install(monkeypatch)
    found, membership, clock, _ = make_discovery(namespace)
    namespace.actors["motion-shard-r-1"].draining = True
    await found.refresh()
    namespace.actors["motion-shard-r-1"].alive = False  # exited once idle
    await found.refresh()
    clock.now = 100.0
    await found.refresh()
    await settle(found)
    assert found.restarts.pending == {} and namespace.created == []


async def test_a_joined_cluster_creates_the_same_name_for_every_gateway(monkeypatch):
    # names of detached actors free at death: no release, no other index, even if held
    namespace, found, _, clock, _ = await one_lost(
        monkeypatch, "motion-shard-r-1", held=("motion-shard-r-1",), ray_address="127.0.0.1:6380"
    )
    await recreate_due(found, clock, 2.0)
    assert namespace.created == ["motion-shard-r-1"]
    assert namespace.released == []


async def test_a_refused_creation_is_counted_and_retried_later(monkeypatch):
    namespace, found, _, clock, metrics = await one_lost(monkeypatch, "motion-shard-r-1")

    def refuse(settings, names):
        raise RuntimeError("no resources")

    monkeypatch.setattr(discovery_module.shards, "create_held", refuse)
    await recreate_due(found, clock, 2.0)
    assert restarted(metrics, "failed") == 1
    assert found.restarts.pending == {"motion-shard-r-1": 2.0 + 4.0}
    monkeypatch.setattr(discovery_module.shards, "create_held", namespace.create)
    await recreate_due(found, clock, 6.0)
    assert namespace.created == ["motion-shard-r-1"]
