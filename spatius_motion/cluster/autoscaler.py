"""The shard autoscaling policy (no Ray, no I/O): how many shards a region's measured load needs.

Load is each shard's *utilization*: the fraction of wall time its engine spent inside ``step``
(features, onnxruntime, motion) between two samples, from the ``busy_s`` counter its ping reports.
A shard is one CPU slot or one GPU, so utilization near 1 means it is saturated and its chunk
latency grows. The policy sizes the region for the summed utilization of every answering shard:

    wanted = ceil(sum(utilization) / target_utilization), clamped to [min_shards, max_shards]

Summing makes the decision stable: adding a shard does not lower the total (live sessions stay
where they are; only new sessions go to it), so the policy does not keep adding shards while the
load moves. Scaling up waits ``up_cooldown_s`` after the last change (a new shard needs time to
load its model and draw sessions); scaling down needs ``down_cooldown_s`` since the last change
and takes the highest ``wanted`` seen over that window, so a short lull never drains a shard
that the next minute needs again.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Mapping


@dataclass
class Autoscaler:
    """Decides shard counts from utilization samples; ``observe`` once per interval."""

    min_shards: int
    max_shards: int
    target_utilization: float
    up_cooldown_s: float
    down_cooldown_s: float
    last_change_at: float = -math.inf
    _busy: dict[str, tuple[float, float]] = field(default_factory=dict)
    """shard -> (sample time, busy seconds) of its previous sample."""
    _wanted: deque[tuple[float, int]] = field(default_factory=deque)
    """(time, wanted count) over the last ``down_cooldown_s``."""
    _first_at: float | None = None
    """When the first sample came: scaling down needs a whole window of samples."""

    def __post_init__(self) -> None:
        if not 1 <= self.min_shards <= self.max_shards:
            raise ValueError(f"need 1 <= min_shards ({self.min_shards}) <= max_shards ({self.max_shards})")
        if not 0 < self.target_utilization <= 1:
            raise ValueError(f"target_utilization must be in (0, 1], not {self.target_utilization}")

    def utilization(self, now: float, busy_s: Mapping[str, float]) -> dict[str, float]:
        """Each shard's utilization since its previous sample (a shard's first sample has none)."""
        result = {}
        for name, busy in busy_s.items():
            previous = self._busy.get(name)
            if previous is not None and now > previous[0]:
                result[name] = min(1.0, max(0.0, (busy - previous[1]) / (now - previous[0])))
        self._busy = {name: (now, busy) for name, busy in busy_s.items()}
        return result

    def observe(self, now: float, busy_s: Mapping[str, float], current: int) -> int | None:
        """The shard count to scale to now, or None to leave ``current`` as it is.

        ``busy_s`` is each answering shard's cumulative busy seconds; ``current`` counts the
        serving (not draining) shards.
        """
        if self._first_at is None:
            self._first_at = now
        utilization = self.utilization(now, busy_s)
        if not utilization:  # the first sample: no interval measured yet
            return None
        load = sum(utilization.values())
        wanted = min(self.max_shards, max(self.min_shards, math.ceil(load / self.target_utilization - 1e-9)))
        self._wanted.append((now, wanted))
        while self._wanted and self._wanted[0][0] < now - self.down_cooldown_s:
            self._wanted.popleft()
        since_change = now - self.last_change_at
        if current < self.min_shards or wanted > current and since_change >= self.up_cooldown_s:
            return self._change(now, max(wanted, self.min_shards))
        if current > self.max_shards:
            return self._change(now, self.max_shards)
        window_wanted = max(count for _, count in self._wanted)
        observed_s = now - self._first_at
        if window_wanted < current and min(since_change, observed_s) >= self.down_cooldown_s:
            return self._change(now, window_wanted)
        return None

    def _change(self, now: float, count: int) -> int:
        self.last_change_at = now
        return count
