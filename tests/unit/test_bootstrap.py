"""gateway.bootstrap without sockets: parsing the SDKs' body and choosing the region."""

from __future__ import annotations

import json

import pytest

from spatius_motion import errors
from spatius_motion.gateway import bootstrap
from spatius_motion.gateway.store import App, Plan, Region

PLAN = Plan(max_sessions=1, credits_s=10.0, max_session_duration_s=60.0)


def region(name: str) -> Region:
    return Region(name=name, console_url=f"https://{name}/v1/console", ingress_url=f"wss://{name}/v2/driveningress")


A, B, C, D = (region(n) for n in "abcd")


def app(home: str = "", fallback: tuple[str, ...] = ()) -> App:
    return App(app_id="app", plan=PLAN, created_at=0.0, home_region=home, fallback_regions=fallback)


def choose(app_: App, table: dict[Region, int], requested: str = "auto", local: str = "a") -> str:
    return bootstrap.choose_region(app_, requested, table, local=local).name


def test_home_region_when_healthy():
    assert choose(app("b", ("c",)), {A: 1, B: 2, C: 1}) == "b"


def test_first_healthy_fallback_when_home_is_down():
    assert choose(app("b", ("c", "d")), {A: 1, B: 0, C: 0, D: 1}) == "d"


def test_fallbacks_that_are_not_registered_are_skipped():
    assert choose(app("b", ("gone", "c")), {A: 1, B: 0, C: 1}) == "c"


def test_any_healthy_region_prefers_the_answering_one_then_by_name():
    assert choose(app("b", ("c",)), {A: 1, B: 0, C: 0, D: 1}, local="d") == "d"
    assert choose(app("b", ("c",)), {A: 0, B: 0, C: 0, D: 1}, local="a") == "d"
    assert choose(app(), {A: 0, B: 1, C: 1}, local="x") == "b"


def test_no_home_region_means_the_answering_region():
    assert choose(app(), {A: 1, B: 1}, local="b") == "b"


def test_no_healthy_region_is_unavailable():
    with pytest.raises(errors.UpstreamUnavailable):
        choose(app("a"), {A: 0, B: 0})
    with pytest.raises(errors.UpstreamUnavailable):
        choose(app("a"), {})


def test_an_explicit_registered_region_is_honoured_even_when_down():
    assert choose(app("b"), {A: 1, B: 1, C: 0}, requested="c") == "c"


def test_an_explicit_unknown_region_is_404():
    with pytest.raises(errors.RegionNotFound) as refused:
        choose(app("b"), {A: 1, B: 1}, requested="mars")
    assert refused.value.http_status == 404 and "mars" in refused.value.message


def test_answer_shape():
    assert bootstrap.answer(B, 1_700_000_000.25) == {
        "region": {"current": "b", "console_url": "https://b/v1/console", "ingress_url": "wss://b/v2/driveningress"},
        "time_sync": {"server_time_ms": 1_700_000_000_250},
    }


def test_parse_the_sdk_body():
    body = {"app_id": "app-1", "sdk_version": "1.1.1", "region": "auto", "platform": "python", "extra": 1}
    assert bootstrap.parse_request(json.dumps(body).encode()) == bootstrap.BootstrapRequest(
        app_id="app-1", region="auto", sdk_version="1.1.1", platform="python"
    )
    assert bootstrap.parse_request(b'{"app_id": "x"}').region == "auto"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        b'{"region": "auto"}',
        b'{"app_id": ""}',
        b'{"app_id": 7}',
        b'{"app_id": "a", "region": ""}',
        b'{"app_id": "a", "region": null}',
        b'{"app_id": "a", "platform": 3}',
        json.dumps({"app_id": "a" * 129}).encode(),
    ],
)
def test_malformed_bodies_are_400(body):
    with pytest.raises(errors.BadBootstrapRequest) as refused:
        bootstrap.parse_request(body)
    assert refused.value.http_status == 400
