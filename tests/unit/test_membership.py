"""Elastic shards without Ray: the live-set rules, scale requests, draining, and how the
dispatcher places sessions and req_ids as shards come, drain, fail and go."""

from __future__ import annotations

import asyncio

import pytest

from spatius_motion import errors
from spatius_motion.cluster import placement
from spatius_motion.cluster.autoscaler import Autoscaler
from spatius_motion.cluster.membership import Membership, check_scale, plan_scale, region_shards, shard_index
from spatius_motion.workers.messages import AudioChunk, SessionOpen
from spatius_motion.workers.shard import drain_over
from tests.unit.test_dispatcher import FakeShard, Receiver, make

MODEL = {"sample_rate_hz": 16000, "samples_per_keyframe": 640, "lookahead_keyframes": 2}


def reply(draining: bool = False, **changes) -> dict:
    return {**MODEL, "sessions": 0, "streams": 0, "draining": draining, **changes}


def test_names_belong_to_one_region_only():
    names = ["motion-shard-eu-0", "motion-shard-eu-west-0", "motion-shard-eu-10", "motion-shard-eu-x", "other"]
    assert region_shards(names, "eu") == ["motion-shard-eu-0", "motion-shard-eu-10"]
    assert shard_index("motion-shard-eu-west-3", "eu-west") == 3
    assert shard_index("motion-shard-eu-west-3", "eu") is None


def test_live_set_diff_and_eligibility():
    view = Membership(MODEL, ping_timeout_s=2.0)
    assert view.listed(["a", "b"]) == (["a", "b"], [])
    assert view.eligible() == [] and not view.ready()  # listed but not answering yet: starting
    view.answered("a", reply())
    view.answered("b", reply(draining=True))
    assert view.eligible() == ["a"] and view.ready()
    assert view.listed(["a", "c"]) == (["c"], ["b"])
    view.answered("c", reply(sample_rate_hz=24000))  # another model's shape: not for these sessions
    assert view.eligible() == ["a"]
    assert "differs" in view.report()["shards"]["c"]["reason"]
    view.ray(False, "listing failed: TimeoutError")
    assert not view.ready() and view.report()["ray"] == {"ok": False, "error": "listing failed: TimeoutError"}


def test_health_exclusion_until_a_ping_answers_again():
    view = Membership(MODEL, ping_timeout_s=2.0)
    view.listed(["a", "b"])
    view.answered("a", reply())
    view.answered("b", reply())
    view.unanswered("a", 1.5)  # still within the timeout
    assert view.eligible() == ["a", "b"]
    view.unanswered("a", 2.5)
    assert view.eligible() == ["b"]
    assert view.report()["shards"]["a"]["healthy"] is False
    view.failed("b", "call failed")
    assert view.eligible() == [] and not view.ready()
    view.answered("a", reply())
    assert view.eligible() == ["a"]
    view.listed(["a", "b", "new"])
    view.unanswered("new", 60.0)  # loading its model: starting, not failed
    assert view.report()["shards"]["new"]["reason"] == "starting"
    assert view.states() == {"eligible": 1, "draining": 0, "unhealthy": 1, "starting": 1, "incompatible": 0}


def test_scale_requests_are_validated_against_cluster_resources():
    cluster = {"CPU": 5.0, "GPU": 1.0}
    check_scale(5, shard_cpus=1.0, shard_gpus=0.0, cluster=cluster)
    with pytest.raises(ValueError, match="at least 1"):
        check_scale(0, shard_cpus=1.0, shard_gpus=0.0, cluster=cluster)
    with pytest.raises(ValueError, match="5 CPU hold 5 shards"):
        check_scale(6, shard_cpus=1.0, shard_gpus=0.0, cluster=cluster)
    with pytest.raises(ValueError, match="1 GPU hold 1 shards"):
        check_scale(2, shard_cpus=1.0, shard_gpus=1.0, cluster=cluster)
    check_scale(10, shard_cpus=0.5, shard_gpus=0.0, cluster=cluster)
    check_scale(40, shard_cpus=1.0, shard_gpus=0.0, cluster=cluster, max_count=40)  # autoscaled cluster
    with pytest.raises(ValueError, match="at most 40"):
        check_scale(41, shard_cpus=1.0, shard_gpus=0.0, cluster=cluster, max_count=40)


def test_scale_plans_create_lowest_free_indices_and_drain_highest():
    name = lambda i: f"motion-shard-r-{i}"  # noqa: E731
    current = {name(0): False, name(2): False, name(5): True}
    up = plan_scale("r", current, 5)
    assert up.undrain == [name(5)] and up.create == [name(1), name(3)] and up.drain == []
    down = plan_scale("r", current, 1)
    assert down.drain == [name(2)] and down.keep == [name(0)] and down.create == []
    same = plan_scale("r", current, 2)
    assert (same.create, same.drain, same.undrain) == ([], [], [])
    assert plan_scale("r", {}, 2).create == [name(0), name(1)]


def test_drain_ends_after_grace_when_idle_or_at_the_timeout():
    assert not drain_over(1.0, 0, grace_s=5.0, timeout_s=60.0)  # gateways may not have seen it
    assert drain_over(5.0, 0, grace_s=5.0, timeout_s=60.0)
    assert not drain_over(30.0, 2, grace_s=5.0, timeout_s=60.0)  # req_ids still in flight
    assert drain_over(60.0, 2, grace_s=5.0, timeout_s=60.0)


def first_ranking(shard: str, shards: list[str], prefix: str = "s") -> str:
    """A session id whose rendezvous home among ``shards`` is ``shard``."""
    return next(s for s in (f"{prefix}{i}" for i in range(1000)) if placement.pick(s, shards) == shard)


async def until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.005)


async def test_added_shard_takes_new_sessions_and_moves_no_live_one():
    a, b = FakeShard(), FakeShard()
    dispatcher = make({"a": a})
    dispatcher.start()
    live = first_ranking("b", ["a", "b"])
    assert dispatcher.open(Receiver(), SessionOpen(live, 1)) == "a"
    await dispatcher.sync({"a": a, "b": b})
    newcomer = first_ranking("b", ["a", "b"], prefix="n")
    assert dispatcher.open(Receiver(), SessionOpen(newcomer, 1)) == "a"  # b has not answered yet
    dispatcher.membership.answered("b", reply())
    assert dispatcher.open(Receiver(), SessionOpen(newcomer + "x", 1)) == placement.pick(newcomer + "x", ["a", "b"])
    another = first_ranking("b", ["a", "b"], prefix="m")
    assert dispatcher.open(Receiver(), SessionOpen(another, 1)) == "b"
    dispatcher.audio(AudioChunk(live, "r1", b"\0\0", True))  # the live session stays on a
    await until(lambda: any(c.chunks for c in a.calls))
    await dispatcher.stop()
    assert not any(c.session == live for call in b.calls for c in call.chunks)


async def test_draining_shard_finishes_in_flight_req_ids_and_later_ones_move():
    a, b = FakeShard(), FakeShard()
    a.release.clear()
    dispatcher = make({"a": a, "b": b})
    dispatcher.start()
    session = first_ranking("a", ["a", "b"])
    receiver = Receiver()
    dispatcher.open(receiver, SessionOpen(session, 1))
    dispatcher.audio(AudioChunk(session, "r1", b"\0\0", False))  # r1 in flight on a
    dispatcher.membership.answered("a", reply(draining=True))
    assert dispatcher.membership.eligible() == ["b"]
    dispatcher.audio(AudioChunk(session, "r1", b"\0\0", True))  # r1's rest stays on a
    dispatcher.audio(AudioChunk(session, "r2", b"\0\0", True))  # r2 starts on b
    a.release.set()
    await until(lambda: {k.req_id for k in receiver.keyframes if k.end} == {"r1", "r2"})
    dispatcher.close(session)
    await until(lambda: session in [s for c in b.calls for s in c.closed])
    await until(lambda: session in [s for c in a.calls for s in c.closed])
    await dispatcher.stop()
    assert {c.req_id for call in a.calls for c in call.chunks} == {"r1"}
    assert {c.req_id for call in b.calls for c in call.chunks} == {"r2"}
    assert [o.session for call in b.calls for o in call.opened] == [session]  # b heard the open first
    assert receiver.failed == []


async def test_rehoming_never_picks_a_shard_known_down():
    a, b, c = FakeShard(fail=True), FakeShard(), FakeShard()
    dispatcher = make({"a": a, "b": b, "c": c})
    dispatcher.start()
    dispatcher.membership.failed("b", "ping failed: ActorDiedError")  # b is down too
    session = first_ranking("a", ["a", "b", "c"])
    session = next(
        s for s in (f"{session}{i}" for i in range(1000)) if placement.rank(s, ["a", "b", "c"])[:2] == ["a", "b"]
    )
    dispatcher.membership.answered("a", reply())
    receiver = Receiver()
    assert dispatcher.open(receiver, SessionOpen(session, 1)) == "a"
    dispatcher.audio(AudioChunk(session, "r1", b"\0\0", False))
    await receiver.got.wait()
    assert [r for r, _ in receiver.failed] == ["r1"]
    assert dispatcher.membership.eligible() == ["c"]
    dispatcher.audio(AudioChunk(session, "r2", b"\0\0", True))  # ranks a, then b: goes to c
    await until(lambda: any(ch.req_id == "r2" for call in c.calls for ch in call.chunks))
    await dispatcher.stop()
    assert not b.calls or not any(ch.req_id == "r2" for call in b.calls for ch in call.chunks)


async def test_no_eligible_shard_refuses_with_4503():
    a = FakeShard()
    dispatcher = make({"a": a})
    dispatcher.membership.answered("a", reply(draining=True))
    with pytest.raises(errors.UpstreamUnavailable):
        dispatcher.open(Receiver(), SessionOpen("s", 1))
    dispatcher.membership.answered("a", reply())
    dispatcher.open(Receiver(), SessionOpen("s", 1))
    dispatcher.membership.failed("a", "call failed")
    with pytest.raises(errors.UpstreamUnavailable) as refused:
        dispatcher.audio(AudioChunk("s", "r1", b"", True))
    assert refused.value.req_id == "r1"
    await dispatcher.stop()


async def test_vanished_shard_fails_only_its_req_ids():
    a, b = FakeShard(), FakeShard()
    a.release.clear()
    b.release.clear()
    dispatcher = make({"a": a, "b": b})
    dispatcher.start()
    on_a, on_b = first_ranking("a", ["a", "b"]), first_ranking("b", ["a", "b"])
    receivers = {on_a: Receiver(), on_b: Receiver()}
    for session, receiver in receivers.items():
        dispatcher.open(receiver, SessionOpen(session, 1))
        dispatcher.audio(AudioChunk(session, "r1", b"\0\0", False))
    await dispatcher.sync({"b": b})  # a is gone (its node was lost, or its drain timed out)
    assert [r for r, _ in receivers[on_a].failed] == ["r1"] and receivers[on_b].failed == []
    dispatcher.audio(AudioChunk(on_a, "r2", b"\0\0", True))
    b.release.set()
    await until(lambda: any(ch.req_id == "r2" for call in b.calls for ch in call.chunks))
    await dispatcher.stop()


# --- autoscaling policy -------------------------------------------------------------------------


def policy(**changes) -> Autoscaler:
    values = dict(min_shards=1, max_shards=4, target_utilization=0.5, up_cooldown_s=30.0, down_cooldown_s=300.0)
    return Autoscaler(**{**values, **changes})


def test_autoscaler_sizes_for_summed_utilization_within_bounds():
    scaler = policy()
    assert scaler.observe(0.0, {"a": 0.0, "b": 0.0}, 2) is None  # first sample: no interval yet
    assert scaler.observe(10.0, {"a": 8.0, "b": 7.0}, 2) == 3  # 0.8 + 0.7 busy / 0.5 per shard
    assert scaler.observe(20.0, {"a": 16.0, "b": 14.0, "c": 0.0}, 3) is None  # cool-down, and 3 is enough
    assert scaler.observe(50.0, {"a": 40.0, "b": 38.0, "c": 30.0}, 3) == 4  # 0.8 x 3 wants 5: max 4
    assert scaler.utilization(60.0, {"a": 41.0}) == {"a": 0.1}


def test_autoscaler_drains_only_after_a_whole_quiet_window():
    scaler = policy(up_cooldown_s=0.0, down_cooldown_s=100.0)
    busy, current, changes = 0.0, 2, []
    for t in range(0, 260, 10):
        busy += 9.0 if t < 50 else 0.0  # busy 90% until t=50, then idle
        decision = scaler.observe(float(t), {"a": busy}, current)
        if decision is not None:
            changes.append((t, decision))
            current = decision
    # t=10..40 want 2 (0.9 / 0.5): already 2. Idle from t=60: the window still holds "2" until
    # t=150, and the last change is older than 100 s: drain to 1 then, once.
    assert changes == [(150, 1)]
    with pytest.raises(ValueError):
        policy(min_shards=0)
    with pytest.raises(ValueError):
        policy(target_utilization=1.5)


def test_autoscaler_restores_the_minimum_at_once():
    scaler = policy(min_shards=2, up_cooldown_s=1000.0)
    scaler.observe(0.0, {"a": 0.0}, 1)
    assert scaler.observe(10.0, {"a": 0.0}, 1) == 2  # a lost shard is replaced without cool-down


async def test_a_new_actor_under_a_known_name_replaces_the_link():
    old, new = FakeShard(), FakeShard()
    old.release.clear()
    dispatcher = make({"a": old})
    dispatcher.start()
    receiver = Receiver()
    dispatcher.open(receiver, SessionOpen("s", 1))
    dispatcher.audio(AudioChunk("s", "r1", b"\0\0", False))
    await dispatcher.sync({"a": new})  # "a" was killed and created again
    assert [r for r, _ in receiver.failed] == ["r1"]  # its stream died with the old actor
    assert dispatcher.membership.states()["starting"] == 1  # until the new actor answers
    dispatcher.membership.answered("a", reply())
    dispatcher.audio(AudioChunk("s", "r2", b"\0\0", True))
    await until(lambda: any(ch.req_id == "r2" for call in new.calls for ch in call.chunks))
    await dispatcher.stop()
    assert [o.session for call in new.calls for o in call.opened] == ["s"]


def test_a_ping_answer_from_before_a_failed_call_does_not_bring_the_shard_back():
    view = Membership(MODEL)
    view.listed(["a"])
    view.answered("a", reply())
    sent = view.epoch("a")  # a ping goes out ...
    view.mark_down("a", "call failed")  # ... the shard dies and a call fails ...
    view.answered("a", reply(), sent)  # ... then the ping's answer (sent before) arrives
    assert view.eligible() == [] and view.report()["shards"]["a"]["reason"] == "call failed"
    view.answered("a", reply(), view.epoch("a"))  # a ping sent after the failure proves it back
    assert view.eligible() == ["a"]
