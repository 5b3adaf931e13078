"""Bootstrap: the region a client of an app should use (the official SDKs' "auto" region).

``POST /bootstrap`` on any gateway of any region takes the SDKs' body
``{"app_id", "sdk_version", "region": "auto" | NAME, "platform"}`` and answers
``{"region": {"current", "console_url", "ingress_url"}, "time_sync": {"server_time_ms"}}``.
The SDK reads ``region.current``; the URLs are the region's console and ingress bases, which
any client can pass as ``console_endpoint_url`` / ``ingress_endpoint_url``.

The choice is a pure function of the app record, the region registry with each region's live
gateway count (``Store.region_table``) and the answering gateway's region; no I/O here:

- an explicit region that is registered is honoured, healthy or not (the client asked for it);
  an unregistered one is RegionNotFound (404);
- "auto": the app's home region when healthy, else the first healthy region of its fallback
  list, else any healthy region: the answering gateway's own, else the first by name;
- no healthy region at all: UpstreamUnavailable (503), so the SDK keeps its cached region.
"""

from __future__ import annotations

from typing import Annotated, Any, Iterable, Mapping

import msgspec

from spatius_motion import errors
from spatius_motion.gateway.store.records import App, Region

AUTO = "auto"
"""The region value asking the server to choose."""
MAX_BODY_BYTES = 4096
"""Largest bootstrap request body (bytes); the SDKs send about 100."""

_Field = Annotated[str, msgspec.Meta(max_length=128)]


class BootstrapRequest(msgspec.Struct, frozen=True):
    """The SDKs' bootstrap body; unknown members are ignored (newer SDKs may add some)."""

    app_id: Annotated[str, msgspec.Meta(min_length=1, max_length=128)]
    region: Annotated[str, msgspec.Meta(min_length=1, max_length=128)] = AUTO
    sdk_version: _Field = ""
    platform: _Field = ""


_DECODER = msgspec.json.Decoder(BootstrapRequest)


def parse_request(body: bytes) -> BootstrapRequest:
    """Decode a bootstrap body; BadBootstrapRequest (400) names what is wrong."""
    try:
        return _DECODER.decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError) as error:
        raise errors.BadBootstrapRequest(
            f'{error}; body must be {{"app_id": str, "sdk_version": str, "region": "auto" | name, "platform": str}}'
        ) from None


def choose_region(app: App, requested: str, table: Mapping[Region, int], *, local: str) -> Region:
    """The region to send a client of ``app`` to; ``table`` maps each registered region to its
    live gateway count, ``local`` is the answering gateway's region."""
    by_name = {region.name: region for region in table}
    if requested != AUTO:
        region = by_name.get(requested)
        if region is None:
            raise errors.RegionNotFound(requested)
        return region
    healthy = {region.name for region, live in table.items() if live > 0}
    for name in _preference(app, local, sorted(healthy)):
        if name in healthy:
            return by_name[name]
    raise errors.UpstreamUnavailable("no healthy region")


def _preference(app: App, local: str, others: Iterable[str]) -> Iterable[str]:
    if app.home_region:
        yield app.home_region
    yield from app.fallback_regions
    yield local
    yield from others


class RegionAnswer(msgspec.Struct, frozen=True):
    """The chosen region: its name (what the SDKs read) and the URLs any client can use."""

    current: str
    console_url: str
    ingress_url: str


class TimeSync(msgspec.Struct, frozen=True):
    server_time_ms: int


class BootstrapAnswer(msgspec.Struct, frozen=True):
    """The 200 body of ``POST /bootstrap``."""

    region: RegionAnswer
    time_sync: TimeSync


def answer(region: Region, now_s: float) -> dict[str, Any]:
    """The 200 body for ``region``; ``now_s`` is the server's unix time (s)."""
    return msgspec.to_builtins(
        BootstrapAnswer(
            region=RegionAnswer(current=region.name, console_url=region.console_url, ingress_url=region.ingress_url),
            time_sync=TimeSync(server_time_ms=int(now_s * 1000)),
        )
    )


def parse_answer(body: bytes) -> RegionAnswer:
    """The region of a 200 bootstrap reply, for this repo's clients (load test, web client)."""
    return msgspec.json.decode(body, type=BootstrapAnswer).region
