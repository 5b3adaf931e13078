"""``make loadtest``: the locust user headless, bounded, loopback-only, with a pass/fail verdict.

    python -m spatius_motion.loadtest.runner [--users 20] [--duration 60] [--credentials FILE]

Without a target it starts a server itself: ``spatius-motion serve --host 127.0.0.1 --port 0
--dev-credentials <tmp>`` in its own process group, with the embedded defaults (any ``SPATIUS_*``
in the environment still applies), waits for its READY line, and stops it afterwards with
SIGTERM to the group and a bounded wait (SIGKILL past it). The server's stdout is discarded
because its banner carries the development API key.

A given target is ``--credentials FILE`` (the layout ``serve --dev-credentials`` writes) or the
``LOCUST_API_KEY``, ``LOCUST_APP_ID``, ``LOCUST_AVATAR_ID``, ``LOCUST_CONSOLE_URL`` and
``LOCUST_INGRESS_URL`` variables the locustfile reads. Its console and ingress hosts must resolve
to loopback addresses only; ``--allow-remote`` lifts that for an operator load-testing a cluster
of their own. The API key reaches locust in a 0600 file, never on a command line.

Users and time are bounded (``MAX_USERS``, ``MAX_DURATION_S``); locust runs as
``python -m locust -f spatius_motion/loadtest/locustfile.py --headless --only-summary
--stats-json FILE ...`` in its own process group and is stopped if it overruns its time by
``LOCUST_GRACE_S``. Its own summary passes through; then the runner reads the final statistics
the locustfile wrote (``session.RunStats``: exact, unlike locust's CSV files, which lag up to a
second) and prints latency percentiles (p50/p90/p99 of ``first keyframe``, ``chunk->keyframes``,
``end->drained``), the request and failure counts and the keyframe count check (req_ids checked,
wrong ones, keyframes missing and extra). Exit status: 0 when the run passes ``verdict``, 1 when
it does not, 2 for a refused or malformed request.

Size (over ~400 lines): the runner owns a server process, a locust process and the verdict;
each part is small, and they share the bounds and the summary they are judged by.
"""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import msgspec

from spatius_motion.cli import READY_LINE
from spatius_motion.loadtest import session as ls

LOCUSTFILE = Path(__file__).with_name("locustfile.py")
DEFAULT_USERS = 20
MAX_USERS = 200
"""One locust process drives about 200 real-time users on one core (docs/operations.md)."""
DEFAULT_DURATION_S = 60
MAX_DURATION_S = 1800
"""Longest run in seconds (a 30-minute soak)."""
DEFAULT_SESSION_S = 20.0
"""Seconds per WebSocket session, so a default run opens and closes several per user."""
DEFAULT_SEGMENT_S = 5.0
"""Seconds of audio per req_id before ``end=true``."""
READY_TIMEOUT_S = 180.0
"""Longest wait in seconds for a started server's READY line (a local Ray cluster starts first)."""
STOP_TIMEOUT_S = 30.0
"""Wait in seconds for a started server to drain and exit after SIGTERM, before SIGKILL."""
LOCUST_GRACE_S = 60.0
"""Seconds locust may run past ``--duration`` (start-up, stopping users, writing CSVs)."""
LATENCY_NAMES = (ls.FIRST_KEYFRAME, ls.CHUNK_LATENCY, ls.END_DRAIN)
CREDENTIAL_ENV = {name: "LOCUST_" + name.upper() for name in ls.Credentials.__struct_fields__}


# --- the summary and its verdict (pure) ------------------------------------------------------------
class Summary(msgspec.Struct, frozen=True):
    """What one locust run measured, as the verdict and the report read it."""

    requests: int
    failures: int
    latency: dict[str, ls.EntryStats]
    """The entries of ``LATENCY_NAMES`` that have samples."""
    req_ids_checked: int
    """Drained req_ids whose keyframe count was checked."""
    req_ids_wrong: int
    keyframes_missing: int
    keyframes_extra: int
    failure_kinds: dict[str, int]
    """``"<type> <name>: <error>"`` to occurrences."""
    locust_exit: int


def read_summary(stats: ls.RunStats | None, locust_exit: int) -> Summary:
    """A ``Summary`` of the locustfile's final ``RunStats`` (None: it wrote none) and locust's status."""
    stats = stats or ls.RunStats([], [], 0, 0)
    checked = wrong = 0
    latency: dict[str, ls.EntryStats] = {}
    for entry in stats.entries:
        if entry.name == ls.KEYFRAME_COUNT:
            checked, wrong = entry.requests, entry.failures
        elif entry.name in LATENCY_NAMES:
            latency[entry.name] = entry
    missing = extra = 0
    kinds: dict[str, int] = {}
    for error in stats.errors:
        kinds[f"{error.method} {error.name}: {error.error}"] = error.occurrences
        if error.name == ls.KEYFRAME_COUNT:
            short, over = ls.parse_keyframe_count_error(error.error)
            missing += short * error.occurrences
            extra += over * error.occurrences
    return Summary(stats.requests, stats.failures, latency, checked, wrong, missing, extra, kinds, locust_exit)


def verdict(summary: Summary) -> list[str]:
    """Why the run fails; empty when it passes.

    It passes only with requests made, no failure of any kind, and at least one req_id drained
    and checked, every one with the keyframe count of the server's rule.
    """
    problems = []
    if summary.locust_exit:
        problems.append(f"locust exited with status {summary.locust_exit}")
    if summary.requests == 0:
        problems.append("no request was made")
    if summary.failures:
        problems.append(f"{summary.failures} failures")
    if summary.req_ids_checked == 0:
        problems.append("no req_id drained, so no keyframe count was checked")
    if summary.req_ids_wrong:
        problems.append(f"{summary.req_ids_wrong} req_ids with a wrong keyframe count {_keyframes_off(summary)}")
    return problems


def _keyframes_off(summary: Summary) -> str:
    return f"({summary.keyframes_missing} keyframes missing, {summary.keyframes_extra} extra)"


def report(summary: Summary, problems: list[str]) -> str:
    """The runner's own block, printed after locust's summary."""
    lines = ["", "spatius load test", f"{'latency (ms)':<20} {'count':>8} {'p50':>7} {'p90':>7} {'p99':>7}"]
    for name in LATENCY_NAMES:
        found = summary.latency.get(name)
        if found is None:
            lines.append(f"{name:<20} {0:>8} {'-':>7} {'-':>7} {'-':>7}")
        else:
            lines.append(f"{name:<20} {found.requests:>8} {found.p50_ms:>7g} {found.p90_ms:>7g} {found.p99_ms:>7g}")
    lines.append(f"requests {summary.requests}, failures {summary.failures}")
    lines.append(
        f"keyframe count: {summary.req_ids_checked} req_ids checked, {summary.req_ids_wrong} wrong "
        + _keyframes_off(summary)
    )
    for kind, occurrences in sorted(summary.failure_kinds.items()):
        lines.append(f"  {occurrences} x {kind}")
    lines.append("PASS" if not problems else "FAIL: " + "; ".join(problems))
    return "\n".join(lines)


# --- bounds and targets ----------------------------------------------------------------------------
def check_bounds(users: int, spawn_rate: float, duration_s: int) -> None:
    """Raises ``ValueError`` for a run outside 1..MAX_USERS users, 1..MAX_DURATION_S seconds."""
    if not 1 <= users <= MAX_USERS:
        raise ValueError(f"--users must be 1..{MAX_USERS}, not {users}")
    if not 1 <= duration_s <= MAX_DURATION_S:
        raise ValueError(f"--duration must be 1..{MAX_DURATION_S} s, not {duration_s}")
    if not 0 < spawn_rate <= users:
        raise ValueError(f"--spawn-rate must be above 0 and at most --users ({users}), not {spawn_rate:g}")


def check_loopback(url: str) -> None:
    """Raises ``ValueError`` unless every address ``url``'s host resolves to is a loopback one."""
    host = urlsplit(url).hostname
    if not host:
        raise ValueError(f"{url!r} names no host")
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError as exc:
        raise ValueError(f"{host} does not resolve ({exc.strerror or exc})") from None
    outside = sorted({info[4][0] for info in infos if not ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback})
    if outside:
        raise ValueError(f"{host} resolves to {', '.join(outside)}, not loopback (--allow-remote to permit)")


def credentials_from_env(env: dict[str, str]) -> ls.Credentials | None:
    """Credentials from the ``LOCUST_*`` variables; None when none is set, ``ValueError`` when some are."""
    values = {field: env.get(name, "") for field, name in CREDENTIAL_ENV.items()}
    if not any(values.values()):
        return None
    missing = [CREDENTIAL_ENV[field] for field, value in values.items() if not value]
    if missing:
        raise ValueError(f"set {', '.join(missing)} too (or pass --credentials FILE)")
    return ls.Credentials(**values)


# --- processes -------------------------------------------------------------------------------------
def stop_group(process: subprocess.Popen, timeout_s: float) -> None:
    """Stops ``process`` and the rest of its own process group, each step bounded by ``timeout_s``.

    SIGTERM to the process first (a server drains and shuts its local Ray down), then SIGTERM
    and at last SIGKILL to whatever is left of its group.
    """
    steps = (
        (process.pid, signal.SIGTERM, os.kill),
        (process.pid, signal.SIGTERM, os.killpg),
        (process.pid, signal.SIGKILL, os.killpg),
    )
    for target, signum, send in steps:
        if process.poll() is not None and not _group_alive(process.pid):
            break
        try:
            send(target, signum)
        except ProcessLookupError:
            pass
        _wait_group(process, timeout_s)
    process.wait(timeout_s)


def _group_alive(group: int) -> bool:
    """Whether a process other than a zombie is in process group ``group``, from ``/proc``.

    Zombies are left out: ``killpg(group, 0)`` counts them, and where PID 1 does not reap
    orphans (as in this sandbox) a killed group would look alive for ever.
    """
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        if fields[0] != "Z" and int(fields[2]) == group:
            return True
    return False


def _wait_group(process: subprocess.Popen, timeout_s: float) -> None:
    """Polls until ``process`` has exited and its group is empty, or ``timeout_s`` has passed."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None and not _group_alive(process.pid):
            return
        time.sleep(0.05)


class ServerProcess:
    """``spatius-motion serve`` on a free loopback port, in its own process group."""

    def __init__(self, workdir: Path, users: int) -> None:
        self.credentials_file = workdir / "server-credentials.json"
        self.env = dict(os.environ)
        self.env.setdefault("SPATIUS_LOG_LEVEL", "WARNING")
        self.env.setdefault("SPATIUS_DEFAULT_MAX_SESSIONS", str(max(100, 2 * users)))
        self.process: subprocess.Popen | None = None
        self._ready = threading.Event()

    def __enter__(self) -> ls.Credentials:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "spatius_motion.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--dev-credentials",
                str(self.credentials_file),
            ],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=self.env,
            start_new_session=True,
        )
        threading.Thread(target=self._read_stdout, name="server-stdout", daemon=True).start()
        try:
            if not self._ready.wait(READY_TIMEOUT_S) or self.process.poll() is not None:
                raise RuntimeError(
                    f"the server did not start within {READY_TIMEOUT_S:g} s (exit status {self.process.poll()})"
                )
            return ls.load_credentials(self.credentials_file)
        except BaseException:
            self.__exit__()
            raise

    def _read_stdout(self) -> None:
        """Waits for the READY line, then drains (and drops: the banner holds the API key) the rest."""
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(READY_LINE):
                self._ready.set()
        self._ready.set()  # exited: the waiter sees poll() set

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            stop_group(self.process, STOP_TIMEOUT_S)


def bootstrap_url(console_url: str) -> str:
    """``POST /bootstrap`` of the gateway that serves ``console_url`` (every gateway has it)."""
    parts = urlsplit(console_url)
    return f"{parts.scheme}://{parts.netloc}/bootstrap"


def preflight_bootstrap(credentials: ls.Credentials, allow_remote: bool) -> str:
    """Asks the target's ``/bootstrap`` once, as every user will, and checks the region it answers
    is loopback too (unless ``allow_remote``); returns the bootstrap URL for locust."""
    import urllib.error
    import urllib.request

    url = bootstrap_url(credentials.console_url)
    request = urllib.request.Request(
        url, data=ls.bootstrap_request_body(credentials.app_id), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            status, body = reply.status, reply.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    except OSError as error:
        raise ValueError(f"bootstrap at {url} failed: {error}") from None
    try:
        answered = ls.bootstrapped(credentials, status, body)
    except Exception as error:
        raise ValueError(str(error)) from None
    if not allow_remote:
        check_loopback(answered.console_url)
        check_loopback(answered.ingress_url)
    return url


def run_locust(args: argparse.Namespace, credentials_file: Path, stats_file: Path, bootstrap: str = "") -> int:
    """Locust headless in its own process group; its exit status (stopped past its grace: -9)."""
    command = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--only-summary",
        "-u",
        str(args.users),
        "-r",
        f"{args.spawn_rate:g}",
        "-t",
        f"{args.duration}s",
        "--stats-json",
        str(stats_file),
        "--dev-credentials",
        str(credentials_file),
        "--session-s",
        f"{args.session_s:g}",
        "--segment-s",
        f"{args.segment_s:g}",
    ]
    if bootstrap:
        command += ["--bootstrap-url", bootstrap]
    if args.csv:
        command += ["--csv", args.csv]
    env = {k: v for k, v in os.environ.items() if k not in CREDENTIAL_ENV.values()}
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        return process.wait(args.duration + LOCUST_GRACE_S)
    except subprocess.TimeoutExpired:
        print(f"locust overran {args.duration} s by {LOCUST_GRACE_S:g} s: stopping it", file=sys.stderr)
        return -9
    finally:
        if process.poll() is None or _group_alive(process.pid):
            stop_group(process, 10.0)


def write_credentials(credentials: ls.Credentials, path: Path) -> None:
    """``credentials`` as a 0600 JSON file, the layout ``--dev-credentials`` reads."""
    path.touch(mode=0o600)
    path.write_bytes(msgspec.json.encode(credentials))


# --- command line ----------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m spatius_motion.loadtest.runner", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--users", type=int, default=DEFAULT_USERS, help=f"concurrent users (1..{MAX_USERS})")
    parser.add_argument(
        "--spawn-rate", type=float, default=None, help="users started per second (default: min(users, 10))"
    )
    parser.add_argument(
        "--duration", type=int, default=DEFAULT_DURATION_S, help=f"seconds of load (1..{MAX_DURATION_S})"
    )
    parser.add_argument("--session-s", type=float, default=DEFAULT_SESSION_S, help="seconds per WebSocket session")
    parser.add_argument("--segment-s", type=float, default=DEFAULT_SEGMENT_S, help="seconds of audio per req_id")
    parser.add_argument(
        "--credentials", metavar="FILE", help="target server's credentials (serve --dev-credentials layout)"
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="permit a target whose hosts are not loopback (an operator's own cluster)",
    )
    parser.add_argument(
        "--bootstrap",
        action="store_true",
        help="each user first asks the target's POST /bootstrap for its region's URLs (the SDKs' auto region)",
    )
    parser.add_argument("--csv", metavar="PREFIX", help="keep locust's CSV files under this prefix")
    parser.add_argument("--summary-json", metavar="FILE", help="also write the summary and verdict as JSON")
    args = parser.parse_args(argv)
    if args.spawn_rate is None:
        args.spawn_rate = float(min(args.users, 10))
    return args


def _target(args: argparse.Namespace) -> ls.Credentials | None:
    """The given target's credentials, checked for loopback; None to start a server."""
    if args.credentials:
        try:
            credentials = ls.load_credentials(args.credentials)
        except (OSError, msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise ValueError(f"cannot read {args.credentials}: {exc}") from None
    else:
        credentials = credentials_from_env(dict(os.environ))
    if credentials is not None and not args.allow_remote:
        check_loopback(credentials.console_url)
        check_loopback(credentials.ingress_url)
    return credentials


def run(args: argparse.Namespace, workdir: Path) -> tuple[Summary, list[str]]:
    """Starts a server when no target is given, runs locust against it and judges the run."""
    credentials_file = workdir / "credentials.json"
    stats_file = workdir / "stats.json"
    target = _target(args)
    if target is None:
        with ServerProcess(workdir, args.users) as started:
            write_credentials(started, credentials_file)
            bootstrap = preflight_bootstrap(started, args.allow_remote) if args.bootstrap else ""
            locust_exit = run_locust(args, credentials_file, stats_file, bootstrap)
    else:
        write_credentials(target, credentials_file)
        bootstrap = preflight_bootstrap(target, args.allow_remote) if args.bootstrap else ""
        locust_exit = run_locust(args, credentials_file, stats_file, bootstrap)
    stats = msgspec.json.decode(stats_file.read_bytes(), type=ls.RunStats) if stats_file.exists() else None
    summary = read_summary(stats, locust_exit)
    return summary, verdict(summary)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_bounds(args.users, args.spawn_rate, args.duration)
        if importlib.util.find_spec("locust") is None:
            raise ValueError("locust is not installed: pip install 'spatius-motion[load]' (make install has it)")
        with tempfile.TemporaryDirectory(prefix="spatius-loadtest-") as workdir:
            summary, problems = run(args, Path(workdir))
    except ValueError as exc:
        print(f"loadtest: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"loadtest: {exc}", file=sys.stderr)
        return 1
    print(report(summary, problems), flush=True)
    if args.summary_json:
        Path(args.summary_json).write_bytes(
            msgspec.json.encode({"summary": summary, "problems": problems, "passed": not problems})
        )
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
