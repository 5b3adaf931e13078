"""Log redaction rules, and the record factory applying them to every logger."""

from __future__ import annotations

import logging

from spatius_motion.gateway import redaction
from spatius_motion.gateway.redaction import REDACTED, redact

TOKEN = "st_us-west.a4j-90kXyz26gH2mExl_iNPIherxA_9KUKpmzd77sWA"
KEY = "sk_p-CVhNq1GFUudivOdWWxic9_pNSMxu7G67WxPU08yz8"


def test_secrets_query_parameters_headers_and_frame_payloads_are_replaced():
    cases = {
        f'127.0.0.1:6 - "WebSocket /ws?id=a&appId=b&sessionKey={TOKEN}" [accepted]': (
            f'127.0.0.1:6 - "WebSocket /ws?id=a&appId=b&sessionKey={REDACTED}" [accepted]'
        ),
        "?sessionKey=not-even-a-token&x=1": f"?sessionKey={REDACTED}&x=1",
        f"< x-session-key: {TOKEN}": f"< x-session-key: {REDACTED}",
        "< Authorization: Bearer abc.def": f"< Authorization: {REDACTED}",
        f"< X-Api-Key:{KEY}": f"< X-Api-Key:{REDACTED}",
        f"revoked {KEY} and {TOKEN}.": f"revoked sk_{REDACTED} and st_{REDACTED}",
        "< BINARY 08 03 22 a0 ... 64 06 93 07 [3237 bytes]": f"< BINARY {REDACTED} [3237 bytes]",
        "> BINARY 08 02 1a [3 bytes]": f"> BINARY {REDACTED} [3 bytes]",
    }
    for text, expected in cases.items():
        assert redact(text) == expected, text
    for harmless in ("created app app-a", "disk_usage_total 5", "key_0a1b2c3d revoked", "< TEXT 'hello' [5 bytes]"):
        assert redact(harmless) == harmless


def test_installed_factory_redacts_records_of_every_logger(caplog):
    redaction.install()
    redaction.install()  # idempotent: one wrapper
    with caplog.at_level(logging.DEBUG):
        # uvicorn's own loggers stop propagating once any test has run a server, so the
        # accepted-WebSocket line is logged here through a logger that reaches caplog.
        logging.getLogger("some.server").info(
            '%s - "WebSocket %s" [accepted]', "127.0.0.1:5", f"/ws?sessionKey={TOKEN}"
        )
        logging.getLogger("some.library").debug("key %s", KEY)
        logging.getLogger("some.library").info("nothing secret %d", 7)
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        f'127.0.0.1:5 - "WebSocket /ws?sessionKey={REDACTED}" [accepted]',
        f"key sk_{REDACTED}",
        "nothing secret 7",
    ]
