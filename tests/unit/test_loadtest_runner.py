"""The load test runner's rules without a server: bounds, loopback, credentials, verdict, teardown."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from spatius_motion import errors
from spatius_motion.loadtest import runner
from spatius_motion.loadtest import session as ls

CREDENTIALS = dict(
    app_id="a",
    api_key="k",
    avatar_id="v",
    console_url="http://127.0.0.1:9/v1/console",
    ingress_url="ws://localhost:9/v2/driveningress",
)


def stats(checked: int = 10, errors_: list[ls.ErrorStats] = ()) -> ls.RunStats:
    """A clean run of ``checked`` req_ids plus the given failures (each also a failed request)."""
    failed_checks = sum(e.occurrences for e in errors_ if e.name == ls.KEYFRAME_COUNT)
    failures = sum(e.occurrences for e in errors_)
    entries = [
        ls.EntryStats("WS", ls.CHUNK_LATENCY, 400, 0, 110, 120, 130),
        ls.EntryStats("WS", ls.FIRST_KEYFRAME, 12, 0, 100, 110, 120),
        ls.EntryStats("WS", ls.KEYFRAME_COUNT, checked, failed_checks, 0, 0, 0),
    ]
    return ls.RunStats(entries, list(errors_), 412 + checked, failures)


def failure(name: str, message: str, occurrences: int = 1) -> ls.ErrorStats:
    return ls.ErrorStats("WS", name, repr(errors.SpatiusError(message)), occurrences)


def test_a_clean_run_passes_and_reports_its_percentiles() -> None:
    summary = runner.read_summary(stats(), 0)
    assert runner.verdict(summary) == []
    assert summary.latency[ls.CHUNK_LATENCY] == ls.EntryStats("WS", ls.CHUNK_LATENCY, 400, 0, 110, 120, 130)
    assert summary.req_ids_checked == 10 and summary.requests == 422
    text = runner.report(summary, [])
    assert text.endswith("PASS") and "10 req_ids checked, 0 wrong" in text
    assert f"{ls.END_DRAIN:<20} {0:>8}" in text  # an entry without samples still has its row


def test_a_wrong_keyframe_count_fails_the_run() -> None:
    wrong = [
        failure(ls.KEYFRAME_COUNT, ls.keyframe_count_error(1), 2),
        failure(ls.KEYFRAME_COUNT, ls.keyframe_count_error(-3)),
    ]
    summary = runner.read_summary(stats(errors_=wrong), 1)
    assert (summary.req_ids_wrong, summary.keyframes_missing, summary.keyframes_extra) == (3, 2, 3)
    problems = runner.verdict(summary)
    assert "3 req_ids with a wrong keyframe count (2 keyframes missing, 3 extra)" in problems
    assert runner.report(summary, problems).splitlines()[-1].startswith("FAIL: ")


def test_any_failure_fails_the_run_even_when_locust_exits_0() -> None:
    overloaded = failure("server error 4503", "overloaded")
    summary = runner.read_summary(stats(errors_=[overloaded]), 0)
    assert runner.verdict(summary) == ["1 failures"]
    assert summary.failure_kinds == {f"WS server error 4503: {overloaded.error}": 1}


def test_a_run_that_checked_nothing_or_failed_to_report_fails() -> None:
    assert runner.verdict(runner.read_summary(stats(checked=0), 0)) == [
        "no req_id drained, so no keyframe count was checked"
    ]
    assert runner.verdict(runner.read_summary(None, 0)) == [
        "no request was made",
        "no req_id drained, so no keyframe count was checked",
    ]
    assert runner.verdict(runner.read_summary(stats(), 2)) == ["locust exited with status 2"]


def test_bounds() -> None:
    runner.check_bounds(runner.MAX_USERS, runner.MAX_USERS, runner.MAX_DURATION_S)
    for users, rate, duration in [
        (0, 1, 10),
        (runner.MAX_USERS + 1, 1, 10),
        (4, 1, 0),
        (4, 1, runner.MAX_DURATION_S + 1),
        (4, 0, 10),
        (4, 5, 10),
    ]:
        with pytest.raises(ValueError):
            runner.check_bounds(users, rate, duration)
    args = runner.parse_args(["--users", "4"])
    assert (args.users, args.spawn_rate, args.duration) == (4, 4.0, runner.DEFAULT_DURATION_S)


def test_only_loopback_targets() -> None:
    for url in ("http://127.0.0.1:8080/v1/console", "ws://localhost:1/x", "ws://[::1]:1/x", "http://127.9.9.9"):
        runner.check_loopback(url)
    with pytest.raises(ValueError, match="not loopback"):
        runner.check_loopback("http://10.1.2.3:8080/v1/console")
    with pytest.raises(ValueError, match="not loopback"):
        runner.check_loopback("wss://192.0.2.1/v2/driveningress")
    with pytest.raises(ValueError, match="no host"):
        runner.check_loopback("/v1/console")
    with pytest.raises(ValueError, match="does not resolve"):
        runner.check_loopback("http://no-such-host.invalid/v1/console")


def test_target_from_environment_or_file(tmp_path) -> None:
    env = {runner.CREDENTIAL_ENV[k]: v for k, v in CREDENTIALS.items()}
    assert runner.credentials_from_env(env) == ls.Credentials(**CREDENTIALS)
    assert runner.credentials_from_env({}) is None
    with pytest.raises(ValueError, match="LOCUST_API_KEY"):
        runner.credentials_from_env({k: v for k, v in env.items() if k != "LOCUST_API_KEY"})

    path = tmp_path / "dev.json"
    runner.write_credentials(ls.Credentials(**CREDENTIALS), path)
    assert path.stat().st_mode & 0o777 == 0o600
    args = runner.parse_args(["--credentials", str(path)])
    assert runner._target(args) == ls.Credentials(**CREDENTIALS)
    remote = ls.Credentials(**{**CREDENTIALS, "ingress_url": "wss://192.0.2.1/v2/driveningress"})
    runner.write_credentials(remote, path)
    with pytest.raises(ValueError, match="not loopback"):
        runner._target(args)
    assert runner._target(runner.parse_args(["--credentials", str(path), "--allow-remote"])) == remote


def test_stop_group_ends_a_child_that_ignores_sigterm() -> None:
    # The leader exits on SIGTERM; its child ignores SIGTERM and must be killed with the group.
    script = (
        "import os, signal, subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import signal, time; "
        "signal.signal(signal.SIGTERM, signal.SIG_IGN); print(1, flush=True); time.sleep(60)'])\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, start_new_session=True)
    assert process.stdout.readline() == b"1\n"  # event: the child ignores SIGTERM now
    runner.stop_group(process, timeout_s=0.5)
    assert process.returncode == -signal.SIGTERM
    assert not runner._group_alive(process.pid)  # at most a zombie is left, for init to reap
