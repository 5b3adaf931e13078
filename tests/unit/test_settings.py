"""Settings: defaults need nothing, SPATIUS_* variables and a TOML file override them."""

import msgspec
import pytest

from spatius_motion.settings import Settings


def test_defaults_run_the_embedded_server():
    settings = Settings.load(env={})
    assert settings.redis_url == "" and settings.ray_address == ""
    assert settings.console_url() == "http://127.0.0.1:8080/v1/console"
    assert settings.ingress_url() == "ws://127.0.0.1:8080/v2/driveningress"
    assert settings.model_path.endswith("models/tcn-gru/model.onnx")


def test_environment_then_overrides(tmp_path):
    config = tmp_path / "spatius.toml"
    config.write_text('port = 9000\ntick_ms = 20.0\nregion = "us-west"\n')
    env = {"SPATIUS_CONFIG_FILE": str(config), "SPATIUS_TICK_MS": "15", "SPATIUS_SHARDS": "3"}
    settings = Settings.load(env=env, region="ap-northeast")
    assert settings.port == 9000  # from the file
    assert settings.tick_ms == 15.0  # the environment beats the file
    assert settings.shards == 3
    assert settings.region == "ap-northeast"  # keyword overrides beat both


def test_public_urls_are_advertised_when_set():
    settings = Settings.load(env={"SPATIUS_PUBLIC_CONSOLE_URL": "https://console.us-west.spatius.ai/v1/console"})
    assert settings.console_url() == "https://console.us-west.spatius.ai/v1/console"


def test_bad_values_are_rejected():
    with pytest.raises(msgspec.ValidationError):
        Settings.load(env={"SPATIUS_PORT": "eighty"})


def test_serve_region_flags_fill_the_region_settings():
    from spatius_motion.cli import _settings, build_parser

    args = build_parser().parse_args(
        [
            "serve",
            "--region",
            "ap-northeast",
            "--global-redis-url",
            "redis://g:6379/0",
            "--public-console-url",
            "https://console.ap-northeast.spatius.ai/v1/console",
            "--public-ingress-url",
            "wss://api.ap-northeast.spatius.ai/v2/driveningress",
        ]
    )
    settings = _settings(args)
    assert settings.region == "ap-northeast" and settings.global_redis_url == "redis://g:6379/0"
    assert settings.console_url(8080) == "https://console.ap-northeast.spatius.ai/v1/console"
    assert settings.ingress_url(8080) == "wss://api.ap-northeast.spatius.ai/v2/driveningress"


def test_shards_get_only_the_settings_they_read():
    from spatius_motion.workers.shard import SHARD_SETTINGS, shard_settings

    settings = Settings.load(
        env={},
        redis_url="redis://:secret@redis:6379/0",
        global_redis_url="redis://:secret@global:6379/0",
        admin_token="a-very-secret-admin-token",
        onnx_threads=2,
    )
    sent = shard_settings(settings)
    assert set(sent) == set(SHARD_SETTINGS) and sent["onnx_threads"] == 2
    assert "secret" not in repr(sent)
    rebuilt = Settings.load(env={}, **sent)  # what the actor builds from it
    assert all(getattr(rebuilt, name) == getattr(settings, name) for name in SHARD_SETTINGS)


def test_every_setting_has_a_docstring():
    """Each field is followed by its docstring in the class source (units are in the names:
    ``_s``, ``_ms``, ``_bytes``; the docstrings say what the number means)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(Settings))
    body = tree.body[0].body
    documented = {
        node.target.id
        for node, following in zip(body, body[1:])
        if isinstance(node, ast.AnnAssign)
        and isinstance(following, ast.Expr)
        and isinstance(following.value, ast.Constant)
        and isinstance(following.value.value, str)
    }
    missing = sorted(set(Settings.__struct_fields__) - documented)
    assert missing == [], f"Settings fields without a docstring: {missing}"
