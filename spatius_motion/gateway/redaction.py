"""Log redaction: no log record carries a session token, an API key, a credential header or audio.

uvicorn runs with its access log off, but it still logs each accepted WebSocket at INFO with its
query string (``"WebSocket /v2/driveningress/websocket?...&sessionKey=st_..." [accepted]``), and
at DEBUG the websockets protocol it drives logs the request line, the headers (``x-session-key``,
``x-api-key``, ``authorization``) and the first and last bytes of every binary frame (audio).
``install`` wraps the process's
log record factory once, so every record of every logger, whatever its handlers, has these
replaced by ``<redacted>`` in its message before any handler sees it. The message is formatted
once, only for records that pass their logger's level.
"""

from __future__ import annotations

import logging
import re
from typing import Any

REDACTED = "<redacted>"
SECRET = re.compile(r"\b(sk|st)_[A-Za-z0-9._-]{8,}")
"""API keys (``sk_``) and session tokens (``st_[region.]``), wherever they appear."""
QUERY_SECRET = re.compile(r"\b(sessionKey|session_key|apiKey|api_key|token)=[^&\s\"']*", re.IGNORECASE)
"""Query parameters that carry one (the SDKs' query auth uses ``sessionKey``)."""
HEADER_SECRET = re.compile(r"\b(x-session-key|x-api-key|authorization)(\s*:\s*)[^\r\n]*", re.IGNORECASE)
"""Credential headers as HTTP libraries print them, value to the end of the line."""

FRAME_PAYLOAD = re.compile(r"\b(BINARY|CONT)(?: [0-9a-f]{2})+(?: \.\.\.(?: [0-9a-f]{2})+)?")
"""The websockets library's hex dump of a frame's payload (``BINARY 08 03 ... 64 06 [3237 bytes]``)."""

_installed = False


def redact(text: str) -> str:
    """``text`` with every secret, secret query parameter, credential header value and frame
    payload dump replaced."""
    text = FRAME_PAYLOAD.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = HEADER_SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = QUERY_SECRET.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    return SECRET.sub(lambda m: f"{m.group(1)}_{REDACTED}", text)


def redact_record(record: logging.LogRecord) -> None:
    """Replace the record's message by its redacted form when that differs."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: logging reports it when a handler formats it
        return
    clean = redact(message)
    if clean != message:
        record.msg, record.args = clean, None


def install() -> None:
    """Redact every log record of this process from now on (idempotent)."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        redact_record(record)
        return record

    logging.setLogRecordFactory(factory)
    _installed = True
