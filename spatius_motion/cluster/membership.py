"""A gateway's view of its region's shard set, and the rules of scaling it (no Ray, no I/O).

Shards are named ``motion-shard-<region>-<i>``. Each gateway lists the region's named actors
and pings each shard every ``shard_refresh_s``; ``Membership`` turns those observations into
the set placement may use:

- a shard is *eligible* when it is listed, its last ping answered, no ping has gone unanswered
  for longer than ``shard_ping_timeout_s``, no call to it has failed since that answer, it is not
  draining, and it serves the same model shape (rate, samples per keyframe, lookahead) as the
  gateway's sessions expect;
- a shard listed but not yet answering (loading its model) is *starting*, not eligible;
- a failed call (``mark_down``) takes a shard out until a ping sent after the failure answers
  (an answer already on its way describes the shard before it failed): placement never picks a
  shard known down.

``plan_scale`` decides what ``spatius-motion shards scale`` does: which names to create (the
lowest free indices, so names stay small and stable), which shards to drain (the highest indices
first) and which draining shards to take back; ``check_scale`` refuses counts below 1 or above
what the cluster's resources hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

SHARD_PREFIX = "motion-shard-"
SHARD_STATES = ("eligible", "draining", "unhealthy", "starting", "incompatible")
MODEL_SHAPE_KEYS = ("sample_rate_hz", "samples_per_keyframe", "lookahead_keyframes")
"""Ping fields that must match the gateway's model for a shard to take its sessions."""


def shard_name(region: str, index: int) -> str:
    return f"{SHARD_PREFIX}{region}-{index}"


def shard_index(name: str, region: str) -> int | None:
    """The index of ``name`` when it is a shard of ``region``, else None.

    ``motion-shard-eu-west-0`` is no shard of region ``eu``: the rest after the prefix must be digits.
    """
    prefix = f"{SHARD_PREFIX}{region}-"
    rest = name[len(prefix) :] if name.startswith(prefix) else ""
    return int(rest) if rest.isdigit() else None


def region_shards(names: Iterable[str], region: str) -> list[str]:
    """The names of ``region``'s shards among ``names``, by index."""
    indexed = [(shard_index(name, region), name) for name in names]
    return [name for index, name in sorted((i, n) for i, n in indexed if i is not None)]


@dataclass
class ShardState:
    """What this gateway knows of one shard."""

    name: str
    answered: bool = False
    """A ping has answered since the shard was listed (its model is loaded)."""
    healthy: bool = False
    draining: bool = False
    compatible: bool = True
    reason: str = "starting"
    """Why the shard is not eligible ("" when it is)."""
    load: dict[str, Any] = field(default_factory=dict)
    """Sessions, streams, node and pid from the shard's last ping."""
    downs: int = 0
    """Calls to the shard that have failed (``mark_down``); a ping answer counts only when no
    call failed after the ping was sent."""

    @property
    def eligible(self) -> bool:
        return self.healthy and self.compatible and not self.draining

    @property
    def state(self) -> str:
        """One of ``SHARD_STATES``."""
        if not self.answered:
            return "starting"
        if not self.healthy:
            return "unhealthy"
        if not self.compatible:
            return "incompatible"
        return "draining" if self.draining else "eligible"

    def report(self) -> dict[str, Any]:
        return {
            "healthy": self.healthy,
            "draining": self.draining,
            "eligible": self.eligible,
            **({"reason": self.reason} if self.reason else {}),
            **self.load,
        }


class Membership:
    """The live shards of one region as this gateway sees them, and which take new work."""

    def __init__(self, model_shape: Mapping[str, Any] | None = None, *, ping_timeout_s: float = 2.0) -> None:
        self.model_shape = {k: model_shape[k] for k in MODEL_SHAPE_KEYS} if model_shape else None
        self.ping_timeout_s = ping_timeout_s
        self.shards: dict[str, ShardState] = {}
        self.ray_ok = True
        self.ray_error = ""

    # --- observations -----------------------------------------------------------------
    def listed(self, names: Iterable[str]) -> tuple[list[str], list[str]]:
        """The region's listed shard names now; returns (added, removed)."""
        listed = set(names)
        added = sorted(listed - self.shards.keys())
        removed = sorted(self.shards.keys() - listed)
        for name in removed:
            del self.shards[name]
        for name in added:
            self.shards[name] = ShardState(name)
        return added, removed

    def replaced(self, name: str) -> None:
        """``name`` is another actor now (killed and created again): starting until it answers."""
        if name in self.shards:
            self.shards[name] = ShardState(name)

    def assume_healthy(self, name: str) -> None:
        """A shard the caller has just seen answer (e.g. at gateway start)."""
        state = self.shards.setdefault(name, ShardState(name))
        state.answered, state.healthy, state.reason = True, True, ""

    def answered(self, name: str, reply: Mapping[str, Any], epoch: int | None = None) -> None:
        """``name`` answered a ping with ``reply`` (its ``MotionShard.ping()``); ``epoch`` is
        ``epoch(name)`` when the ping was sent (an answer from before a failed call is stale)."""
        state = self.shards.get(name)
        if state is None or (epoch is not None and epoch != state.downs):
            return
        state.answered, state.healthy = True, True
        state.draining = bool(reply.get("draining", False))
        shape = {k: reply.get(k) for k in MODEL_SHAPE_KEYS}
        state.compatible = self.model_shape is None or shape == self.model_shape
        state.load = {k: reply[k] for k in ("sessions", "streams", "node_id", "pid") if k in reply}
        state.reason = (
            ""
            if state.compatible and not state.draining
            else "draining"
            if state.compatible
            else f"model shape {shape} differs from {self.model_shape}"
        )

    def failed(self, name: str, reason: str) -> None:
        """A ping or call to ``name`` failed: out of placement until a later ping answers."""
        state = self.shards.get(name)
        if state is not None:
            state.healthy, state.reason = False, reason

    def mark_down(self, name: str, reason: str) -> None:
        """A call to ``name`` failed: out of placement until a ping sent from now on answers."""
        state = self.shards.get(name)
        if state is not None:
            state.downs += 1
            state.healthy, state.reason = False, reason

    def epoch(self, name: str) -> int:
        """How many calls to ``name`` have failed; a ping records it when sent."""
        state = self.shards.get(name)
        return state.downs if state is not None else 0

    def unanswered(self, name: str, waited_s: float) -> None:
        """A ping to ``name`` has been outstanding ``waited_s`` seconds (a shard that never
        answered stays "starting": it is loading its model)."""
        state = self.shards.get(name)
        if state is not None and state.answered and waited_s > self.ping_timeout_s:
            self.failed(name, f"no ping answer for {waited_s:.1f} s")

    def ray(self, ok: bool, error: str = "") -> None:
        self.ray_ok, self.ray_error = ok, error

    # --- decisions ----------------------------------------------------------------------
    def eligible(self) -> list[str]:
        """Shards new sessions and new req_ids may be placed on, by name."""
        return sorted(name for name, state in self.shards.items() if state.eligible)

    def is_eligible(self, name: str) -> bool:
        state = self.shards.get(name)
        return state is not None and state.eligible

    def ready(self) -> bool:
        """Ray answers and at least one shard takes new sessions."""
        return self.ray_ok and any(state.eligible for state in self.shards.values())

    def states(self) -> dict[str, int]:
        """How many shards are eligible, draining, unhealthy, starting and incompatible."""
        counts = dict.fromkeys(SHARD_STATES, 0)
        for state in self.shards.values():
            counts[state.state] += 1
        return counts

    def report(self) -> dict[str, Any]:
        """Ray and per-shard health for ``/readyz``."""
        ray = {"ok": self.ray_ok, **({"error": self.ray_error} if self.ray_error else {})}
        return {
            "ray": ray,
            "eligible_shards": len(self.eligible()),
            "shards": {name: self.shards[name].report() for name in sorted(self.shards)},
        }


# --- scaling ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScalePlan:
    """What one scale request changes; every list holds shard names."""

    create: list[str]
    drain: list[str]
    undrain: list[str]
    keep: list[str]


def check_scale(
    count: int, *, shard_cpus: float, shard_gpus: float, cluster: Mapping[str, float], max_count: int = 0
) -> None:
    """Raises ValueError (naming the limit) when ``count`` shards cannot run.

    ``cluster`` is ``ray.cluster_resources()``. ``max_count`` > 0 replaces the resource ceiling
    (a cluster whose autoscaler adds nodes on demand holds more than its current nodes).
    """
    if count < 1:
        raise ValueError(f"a region needs at least 1 shard (asked for {count})")
    if max_count > 0:
        if count > max_count:
            raise ValueError(f"at most {max_count} shards (SPATIUS_SHARDS_MAX); asked for {count}")
        return
    limits = []
    for resource, per_shard in (("CPU", shard_cpus), ("GPU", shard_gpus)):
        if per_shard > 0:
            total = float(cluster.get(resource, 0.0))
            limits.append((math.floor(total / per_shard + 1e-9), resource, total, per_shard))
    for fits, resource, total, per_shard in limits:
        if count > fits:
            raise ValueError(
                f"the cluster's {total:g} {resource} hold {fits} shards of {per_shard:g} {resource} each;"
                f" asked for {count}"
            )


def plan_scale(region: str, current: Mapping[str, bool], count: int) -> ScalePlan:
    """How to reach ``count`` serving shards from ``current`` (name -> draining).

    Short of shards: take back draining shards first (their model is loaded), lowest index
    first, then create names at the lowest free indices. Over: drain the highest indices.
    """
    indexed = {index: name for name in current if (index := shard_index(name, region)) is not None}
    serving = sorted(i for i, name in indexed.items() if not current[name])
    draining = sorted(i for i, name in indexed.items() if current[name])
    if len(serving) >= count:
        keep, drain = serving[:count], serving[count:]
        return ScalePlan([], [indexed[i] for i in drain], [], [indexed[i] for i in keep])
    undrain = draining[: count - len(serving)]
    missing = count - len(serving) - len(undrain)
    free = (i for i in range(len(indexed) + missing + 1) if i not in indexed)
    create = [next(free) for _ in range(missing)]
    return ScalePlan(
        [shard_name(region, i) for i in create],
        [],
        [indexed[i] for i in undrain],
        [indexed[i] for i in serving],
    )
