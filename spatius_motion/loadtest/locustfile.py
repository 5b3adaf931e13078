"""Locust load test: real avatar sessions against a Spatius Motion Server.

Each simulated user fetches a session token (``POST {console}/session-tokens`` with
``X-Api-Key``), opens the WebSocket with header auth, configures 16 kHz PCM and streams
``--chunk-ms`` chunks at real-time pace (10 chunks/s at 100 ms), ending a req_id after
``--segment-s`` seconds and one chunk more, alternately (``session.segment_chunks``), for
``--session-s`` seconds per connection. It reports to locust:

    HTTP  POST session-tokens      token request time
    WS    connect                  upgrade until ServerConfirmSession
    WS    chunk->keyframes         send of a chunk until its last completed keyframe arrives
    WS    first keyframe           first chunk of a req_id until its first keyframe
    WS    end->drained             end=true sent until the end=true animation arrives
    WS    keyframe count           one per drained req_id; a failure ("N keyframes missing" or
                                   "N keyframes extra") when its count breaks the server's rule
    WS    server error <code>      failure per ServerError frame

``make loadtest`` (``python -m spatius_motion.loadtest.runner``) runs it headless with a verdict;
by hand, with the package installed:

    .venv/bin/locust -f spatius_motion/loadtest/locustfile.py --headless -u 100 -r 10 -t 5m \\
        --dev-credentials /tmp/spatius-dev.json

Credentials come from ``--dev-credentials FILE`` (written by ``spatius-motion serve
--dev-credentials FILE``) or from ``--api-key/--app-id/--avatar-id/--console-url/--ingress-url``
(also ``LOCUST_API_KEY`` ... environment variables). Locust patches sockets and threads with
gevent; the ``websockets`` sync client runs on them cooperatively (one greenlet per reader).
"""

from __future__ import annotations

import functools
import random
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import gevent
import gevent.event
import msgspec
import requests
from locust import User, between, events, task
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from spatius_motion import errors
from spatius_motion.loadtest import session as ls
from spatius_motion.settings import Settings

TOKEN_TTL_S = 3600
TOKEN_REFRESH_MARGIN_S = 60
HANDSHAKE_TIMEOUT_S = 10.0
HTTP_TIMEOUT_S = 10.0
SPEECH_LOOP_S = 30.0
REPORTED_PERCENTILES = (0.5, 0.9, 0.99)


@events.init_command_line_parser.add_listener
def _add_arguments(parser: Any) -> None:
    group = parser.add_argument_group("spatius", "Spatius Motion session load")
    group.add_argument(
        "--dev-credentials",
        env_var="LOCUST_DEV_CREDENTIALS",
        default="",
        help="JSON file from `spatius-motion serve --dev-credentials FILE`",
    )
    group.add_argument("--api-key", env_var="LOCUST_API_KEY", default="", help="API key (X-Api-Key)")
    group.add_argument("--app-id", env_var="LOCUST_APP_ID", default="", help="App id (X-App-ID)")
    group.add_argument("--avatar-id", env_var="LOCUST_AVATAR_ID", default="", help="Avatar id")
    group.add_argument(
        "--console-url",
        env_var="LOCUST_CONSOLE_URL",
        default="",
        help="Console base URL, e.g. http://127.0.0.1:8080/v1/console",
    )
    group.add_argument(
        "--ingress-url",
        env_var="LOCUST_INGRESS_URL",
        default="",
        help="Ingress base URL, e.g. ws://127.0.0.1:8080/v2/driveningress",
    )
    group.add_argument(
        "--bootstrap-url",
        env_var="LOCUST_BOOTSTRAP_URL",
        default="",
        help="POST /bootstrap of any gateway, e.g. http://127.0.0.1:8080/bootstrap: each user "
        "takes its console and ingress URLs from the region it answers",
    )
    group.add_argument(
        "--region",
        env_var="LOCUST_REGION",
        default="auto",
        help="Region asked of --bootstrap-url: auto (the app's home or a healthy fallback) or a name",
    )
    group.add_argument("--sample-rate", type=int, env_var="LOCUST_SAMPLE_RATE", default=16000, help="PCM rate (Hz)")
    group.add_argument("--chunk-ms", type=int, env_var="LOCUST_CHUNK_MS", default=100, help="Audio per message (ms)")
    group.add_argument(
        "--segment-s",
        type=float,
        env_var="LOCUST_SEGMENT_S",
        default=5.0,
        help="Seconds of audio per req_id before end=true",
    )
    group.add_argument(
        "--session-s",
        type=float,
        env_var="LOCUST_SESSION_S",
        default=60.0,
        help="Seconds each WebSocket session streams before closing",
    )
    group.add_argument(
        "--drain-timeout-s",
        type=float,
        env_var="LOCUST_DRAIN_TIMEOUT_S",
        default=15.0,
        help="Wait for end=true animations before closing",
    )
    group.add_argument(
        "--stats-json",
        env_var="LOCUST_STATS_JSON",
        default="",
        help="Write the final counts, percentiles and failures here when locust quits",
    )


def run_stats(stats: Any) -> ls.RunStats:
    """Locust's final ``RequestStats`` as ``RunStats``, percentiles by locust's own rule."""
    entries = [
        ls.EntryStats(
            entry.method or "",
            entry.name,
            entry.num_requests,
            entry.num_failures,
            *(entry.get_response_time_percentile(p) for p in REPORTED_PERCENTILES),
        )
        for entry in stats.entries.values()
    ]
    errors = [
        ls.ErrorStats(found["method"] or "", found["name"], found["error"], found["occurrences"])
        for found in (error.serialize() for error in stats.errors.values())
    ]
    return ls.RunStats(entries, errors, stats.total.num_requests, stats.total.num_failures)


@events.init.add_listener
def _write_stats_on_quit(environment: Any, **_: Any) -> None:
    """With ``--stats-json``, writes ``run_stats`` once locust has stopped every user: ``quit``
    fires after the last request is recorded (its CSV files are written up to a second earlier)."""
    path = getattr(environment.parsed_options, "stats_json", "")
    if not path:
        return

    def write(**_: Any) -> None:
        Path(path).write_bytes(msgspec.json.encode(run_stats(environment.stats)))

    environment.events.quit.add_listener(write)


def credentials_from_options(options: Any) -> ls.Credentials:
    """Credentials from ``--dev-credentials`` with any explicit option overriding its field."""
    base = ls.load_credentials(options.dev_credentials) if options.dev_credentials else None
    fields = {}
    for name in ls.Credentials.__struct_fields__:
        value = getattr(options, name, "") or (getattr(base, name) if base else "")
        if not value:
            raise SystemExit(f"missing --{name.replace('_', '-')} (or --dev-credentials)")
        fields[name] = value
    return ls.Credentials(**fields)


@functools.lru_cache(maxsize=4)
def speech_chunks(sample_rate_hz: int, chunk_ms: int) -> tuple[bytes, ...]:
    """30 s of synthetic speech in chunks, made once per process: generating it per user would
    block the gevent loop (and skew every measurement in flight) for tens of ms each."""
    pcm = ls.synthetic_speech(SPEECH_LOOP_S, sample_rate_hz, seed=0)
    return tuple(ls.pcm_chunks(pcm, sample_rate_hz, chunk_ms))


class _Token:
    """A reusable session token (the server accepts reuse until expiry)."""

    def __init__(self) -> None:
        self.value = ""
        self.expires_s = 0.0


class SpatiusSessionUser(User):
    """One avatar client streaming speech in real time, session after session."""

    wait_time = between(0.5, 2.0)

    def on_start(self) -> None:
        options = self.environment.parsed_options
        self.credentials = credentials_from_options(options)
        if options.bootstrap_url:
            self.credentials = self._bootstrap(options.bootstrap_url, options.region)
        self.sample_rate_hz = int(options.sample_rate)
        self.chunk_ms = int(options.chunk_ms)
        self.chunks_per_segment = max(1, round(options.segment_s * 1000 / self.chunk_ms))
        self.session_s = float(options.session_s)
        self.drain_timeout_s = float(options.drain_timeout_s)
        defaults = Settings()
        self.max_pending_chunks = ls.max_pending_chunks(defaults.max_pending_audio_s, self.chunk_ms)
        self.max_requests_in_flight = defaults.max_requests_in_flight
        self.chunks = speech_chunks(self.sample_rate_hz, self.chunk_ms)
        self.chunk_offset = random.randrange(len(self.chunks))
        self.token = _Token()

    # --- reporting ------------------------------------------------------------------------
    def _report(
        self, request_type: str, name: str, seconds: float, length: int = 0, exception: BaseException | None = None
    ) -> None:
        self.environment.events.request.fire(
            request_type=request_type,
            name=name,
            response_time=seconds * 1000.0,
            response_length=length,
            exception=exception,
            context={},
        )

    # --- bootstrap ------------------------------------------------------------------------
    def _bootstrap(self, url: str, region: str) -> ls.Credentials:
        """The SDKs' region lookup: the console and ingress URLs of the region the server picks."""
        started = time.perf_counter()
        try:
            reply = requests.post(
                url,
                data=ls.bootstrap_request_body(self.credentials.app_id, region),
                headers={"Content-Type": "application/json"},
                timeout=HTTP_TIMEOUT_S,
            )
            credentials = ls.bootstrapped(self.credentials, reply.status_code, reply.content)
        except Exception as exc:
            self._report("HTTP", "POST bootstrap", time.perf_counter() - started, exception=exc)
            raise
        self._report("HTTP", "POST bootstrap", time.perf_counter() - started, len(reply.content))
        return credentials

    # --- token ------------------------------------------------------------------------------
    def _session_token(self) -> str:
        now = time.time()
        if self.token.value and now < self.token.expires_s - TOKEN_REFRESH_MARGIN_S:
            return self.token.value
        started = time.perf_counter()
        try:
            reply = requests.post(
                ls.token_url(self.credentials.console_url),
                data=ls.token_request_body(now, TOKEN_TTL_S),
                headers={"X-Api-Key": self.credentials.api_key, "Content-Type": "application/json"},
                timeout=HTTP_TIMEOUT_S,
            )
            token = ls.session_token_from_reply(reply.status_code, reply.content)
        except Exception as exc:
            self._report("HTTP", "POST session-tokens", time.perf_counter() - started, exception=exc)
            raise
        self._report("HTTP", "POST session-tokens", time.perf_counter() - started, len(reply.content))
        self.token.value, self.token.expires_s = token, now + TOKEN_TTL_S
        return token

    # --- one session --------------------------------------------------------------------------
    @task
    def stream_session(self) -> None:
        try:
            token = self._session_token()
        except Exception:
            return
        url = ls.websocket_url(self.credentials.ingress_url, self.credentials.avatar_id)
        started = time.perf_counter()
        connected = False
        try:
            with connect(
                url,
                additional_headers=ls.auth_headers(self.credentials.app_id, token),
                compression=None,
                open_timeout=HANDSHAKE_TIMEOUT_S,
                max_size=None,
            ) as ws:
                ws.send(ls.configure_message(self.sample_rate_hz))
                first = ls.parse_server_message(ws.recv(timeout=HANDSHAKE_TIMEOUT_S))
                if first.kind != "confirm" or not first.connection_id:
                    raise errors.UnexpectedMessage(f"handshake answered {first.kind} {first.code} {first.message}")
                self._report("WS", "connect", time.perf_counter() - started)
                connected = True
                self._stream(ws)
        except Exception as exc:
            if getattr(getattr(exc, "response", None), "status_code", None) == 401:
                self.token.value = ""  # expired: the next session fetches a new one
            self._report("WS", "session" if connected else "connect", time.perf_counter() - started, exception=exc)

    def _stream(self, ws: Any) -> None:
        """Send audio at real-time pace while a reader greenlet accounts the replies."""
        timeline = ls.SessionTimeline(self.sample_rate_hz, self.max_pending_chunks, self.max_requests_in_flight)
        drained = gevent.event.Event()
        closed = gevent.event.Event()
        reader = gevent.spawn(self._read, ws, timeline, drained, closed)
        period_s = self.chunk_ms / 1000.0
        total_chunks = max(1, round(self.session_s / period_s))
        started = time.perf_counter()
        req_id = ""
        segment = in_segment = 0
        try:
            for index in range(total_chunks):
                if closed.is_set():
                    return
                due = started + index * period_s
                gevent.sleep(max(0.0, due - time.perf_counter()))
                if not req_id:
                    req_id = ls.new_req_id(datetime.now(timezone.utc))
                pcm = self.chunks[(self.chunk_offset + index) % len(self.chunks)]
                in_segment += 1
                end = in_segment == ls.segment_chunks(segment, self.chunks_per_segment) or index + 1 == total_chunks
                timeline.on_chunk_sent(req_id, len(pcm) // ls.BYTES_PER_SAMPLE, time.perf_counter(), end)
                ws.send(ls.audio_message(req_id, pcm, end))
                if end:
                    req_id = ""
                    segment, in_segment = segment + 1, 0
            # No greenlet switch between the check and clear(): the reader sets `drained` when the
            # last req_id drains or the socket closes.
            if timeline.undrained():
                drained.clear()
            if timeline.undrained() and not drained.wait(self.drain_timeout_s):
                self._report(
                    "WS",
                    "end->drained",
                    self.drain_timeout_s,
                    exception=errors.UpstreamUnavailable(f"{timeline.undrained()} req_ids undrained"),
                )
        finally:
            closed.set()
            ws.close()
            reader.join(timeout=5)

    def _read(
        self, ws: Any, timeline: ls.SessionTimeline, drained: gevent.event.Event, closed: gevent.event.Event
    ) -> None:
        try:
            while True:
                data = ws.recv()
                now_s = time.perf_counter()
                if isinstance(data, str):
                    continue
                event = ls.parse_server_message(data)
                if event.kind == "animation":
                    samples, missing = timeline.on_animation(event.req_id, event.keyframes, event.end, now_s)
                    for sample in samples:
                        self._report("WS", sample.name, sample.seconds, len(data))
                    if missing is not None:
                        wrong = ls.keyframe_count_error(missing)
                        self._report(
                            "WS", ls.KEYFRAME_COUNT, 0.0, exception=errors.SpatiusError(wrong) if wrong else None
                        )
                    if event.end and timeline.undrained() == 0:
                        drained.set()
                elif event.kind == "error":
                    self._report("WS", f"server error {event.code}", 0.0, exception=errors.SpatiusError(event.message))
        except ConnectionClosed as exc:
            if exc.rcvd is not None and exc.rcvd.code == errors.AuthError.code:
                self.token.value = ""  # 4010: the next session fetches a new token
            if not closed.is_set():
                self._report("WS", "closed by server", 0.0, exception=exc)
        except Exception as exc:
            self._report("WS", "receive", 0.0, exception=exc)
        finally:
            closed.set()
            drained.set()
