"""The admin API's rules without sockets: the bearer token check and its constant time, bodies."""

from __future__ import annotations

import hmac
import random
import secrets
import statistics
import time

import msgspec
import pytest

from spatius_motion import errors
from spatius_motion.gateway import admin, admin_api
from spatius_motion.gateway.admin_api import AdminToken, bearer_token
from spatius_motion.gateway.store import Plan

CONFIGURED = secrets.token_urlsafe(32)  # 43 characters
WRONG = {
    "same length": secrets.token_urlsafe(32),
    "all but the last character": CONFIGURED[:-1] + ("A" if CONFIGURED[-1] != "A" else "B"),
    "shorter": "short-token",
    "empty": "",
}


def test_the_configured_token_matches_and_nothing_else_does():
    token = AdminToken(CONFIGURED)
    assert token.matches(CONFIGURED)
    for presented in [*WRONG.values(), CONFIGURED + "x", CONFIGURED.upper(), " " + CONFIGURED]:
        assert not token.matches(presented), presented
    for short in ("", "x" * 15):
        with pytest.raises(ValueError, match="at least 16 characters"):
            AdminToken(short)


def test_bearer_token_parsing():
    assert bearer_token(f"Bearer {CONFIGURED}") == CONFIGURED
    assert bearer_token(f"bearer  {CONFIGURED} ") == CONFIGURED
    for header in ["", CONFIGURED, f"Basic {CONFIGURED}", "Bearer", f"Token {CONFIGURED}"]:
        assert bearer_token(header) == ""


def test_the_check_compares_fixed_length_digests_with_compare_digest(monkeypatch):
    seen: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a, b):
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(admin_api.hmac, "compare_digest", spy)
    token = AdminToken(CONFIGURED)
    presented = [CONFIGURED, *WRONG.values(), "x" * 10_000]
    results = [token.matches(p) for p in presented]
    assert results == [True] + [False] * (len(presented) - 1)
    assert len(seen) == len(presented)  # every check goes through compare_digest, once
    for a, b in seen:
        assert isinstance(a, bytes) and isinstance(b, bytes) and len(a) == len(b) == 32
        assert CONFIGURED.encode() not in (a, b)  # digests, never the token itself


def median_time_ratios(
    check, presented: dict[str, str], reference: str, rounds: int = 151, calls: int = 400
) -> dict[str, float]:
    """Median over rounds of (time of ``calls`` checks of a token) / (same for ``reference``).

    Each round times every token back to back in a fresh random order, and the ratio is taken
    within the round, so drift in machine load (other processes share the cores) cancels.
    """
    ratios: dict[str, list[float]] = {name: [] for name in presented}
    names = list(presented)
    for _ in range(rounds):
        random.shuffle(names)
        elapsed = {}
        for name in names:
            value = presented[name]
            start = time.perf_counter_ns()
            for _ in range(calls):
                check(value)
            elapsed[name] = time.perf_counter_ns() - start
        for name in presented:
            ratios[name].append(elapsed[name] / elapsed[reference])
    return {name: statistics.median(values) for name, values in ratios.items()}


def leaky_check(presented: str) -> bool:
    """A comparison that leaks: it stops at the length check or at the first differing character."""
    if len(presented) != len(CONFIGURED):
        return False
    for a, b in zip(presented, CONFIGURED):
        if a != b:
            return False
    return True


def test_wrong_tokens_of_any_length_take_the_same_time():
    """Timing the check itself (not HTTP): every wrong token within 10 % of a right-length one.

    Measured here: ratios within 1 % (an empty token ~4 % faster: nothing to encode), while
    the same harness puts a leaky comparison's "wrong only in the last character" at ~20x its
    "shorter token". A leak smaller than 10 % of the check's ~0.4 us would pass this test; the
    compare_digest test above is what pins the mechanism.
    """
    leaky = median_time_ratios(leaky_check, WRONG, reference="shorter")
    assert leaky["all but the last character"] > 2.5, leaky

    ratios = median_time_ratios(AdminToken(CONFIGURED).matches, WRONG, reference="same length")
    for name, ratio in ratios.items():
        assert 0.9 < ratio < 1.1, (name, ratios)


def test_plan_body_follows_the_plan_fields():
    assert set(admin_api.PlanBody.__struct_fields__) == set(admin.PLAN_FIELDS) == set(Plan.__struct_fields__)
    body = msgspec.json.decode(b'{"max_sessions": 3, "idle_timeout_s": null}', type=admin_api.PlanBody)
    assert admin_api.plan_changes(body) == {"max_sessions": 3}
    for bad in (b'{"max_sessions": "3"}', b'{"colour": 1}', b"[1]", b"{nope"):
        with pytest.raises(errors.AdminError, match="malformed body"):
            admin_api.decode(bad, admin_api.PlanBody)
    assert admin_api.decode(b"", admin_api.RotateBody).grace_s is None


def test_only_ids_that_cannot_be_secrets_are_audited():
    for value in ("key_0a1b2c3d", "app-1", "us-west", "a" * 64):
        assert admin_api.loggable_id(value)
    for value in ("sk_" + "A" * 43, "st_eu." + "A" * 43, "a" * 65, "bad:id", "", "x y"):
        assert not admin_api.loggable_id(value)
