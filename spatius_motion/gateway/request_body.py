"""Bounded reads of HTTP request bodies, shared by every route that takes one.

A declared ``Content-Length`` over the bound is refused unread, and a streamed (chunked) body is
read no further than the bound, so no route buffers more than its limit (bytes). A malformed
``Content-Length`` never gets here: the HTTP parser refuses it first.
"""

from __future__ import annotations

from starlette.requests import Request

from spatius_motion import errors

__all__ = ["bounded_body"]


async def bounded_body(
    request: Request, limit: int, too_large: type[errors.SpatiusError] = errors.BodyTooLarge
) -> bytes:
    """The request body, or ``too_large`` (413) as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(f"more than {limit} bytes")
    body = bytearray()
    async for part in request.stream():
        body += part
        if len(body) > limit:
            raise too_large(f"more than {limit} bytes")
    return bytes(body)
