"""``spatius-motion``: run the server, administer apps, manage shards, evaluate and infer.

spatius-motion serve [--host H] [--port P] [--redis-url URL] [--global-redis-url URL] [--shards N]
                     [--region NAME --public-console-url URL --public-ingress-url URL] [--dev-credentials FILE]
spatius-motion admin --redis-url URL create-app|create-key|revoke-key|register-avatar|add-credits|show-app ...
spatius-motion admin --redis-url URL set-region|list-regions|set-plan|list-keys|rotate-key ...
spatius-motion shards scale --region R --count N [--ray-address ADDR] [--no-wait]
spatius-motion shards list --region R [--ray-address ADDR]
spatius-motion shards autoscale --region R [--ray-address ADDR]   (runs until SIGTERM)
spatius-motion eval ...      (training.evaluate)
spatius-motion infer IN.wav --out OUT.json               (training.infer)
spatius-motion render IN.wav --out OUT.mp4|OUT.gif       (avatar.render: the head, offline)
spatius-motion --version                                 (the installed distribution's version)

Size (over ~400 lines): the program's one parser and the thin handlers of its subcommands;
the work each does lives in the modules it calls.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from pathlib import Path
from typing import Any, Sequence

import msgspec

import spatius_motion
from spatius_motion.settings import Settings

SNIPPET = """\
import asyncio, spatius

spatius.configure_telemetry("")  # keep the SDK's telemetry off a self-hosted setup

async def main():
    done = asyncio.Event()
    def on_frame(frame: bytes, last: bool):
        print(f"animation message: {{len(frame)}} bytes, end={{last}}")
        if last:
            done.set()
    session = spatius.new_avatar_session(
        app_id="{app_id}", api_key="{api_key}", avatar_id="{avatar_id}",
        console_endpoint_url="{console_url}",
        ingress_endpoint_url="{ingress_url}",
        sample_rate=16000, transport_frames=on_frame,
        extra_params={{"arkit": "1"}},  # optional: ARKit-52 weights in every keyframe
    )
    await session.init()
    print("connection", await session.start())
    await session.send_audio(b"\\x00\\x00" * 16000, end=True)  # 1 s of 16 kHz PCM
    await asyncio.wait_for(done.wait(), 10)
    await session.close()

asyncio.run(main())
"""


READY_LINE = "spatius-motion serving on"
"""First words of the line ``serve`` prints once it accepts connections (scripts wait for it)."""
DRAINING_LINE = "spatius-motion draining"
"""First words of the line ``serve`` prints when a signal starts the drain."""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.load(
        redis_url=getattr(args, "redis_url", None),
        global_redis_url=getattr(args, "global_redis_url", None),
        host=getattr(args, "host", None),
        port=getattr(args, "port", None),
        shards=getattr(args, "shards", None) or getattr(args, "count", None),
        model_path=getattr(args, "model", None),
        ray_address=getattr(args, "ray_address", None),
        region=getattr(args, "region", None),
        public_console_url=getattr(args, "public_console_url", None),
        public_ingress_url=getattr(args, "public_ingress_url", None),
    )


# --- serve ------------------------------------------------------------------------------
async def _serve(args: argparse.Namespace) -> None:
    from spatius_motion import server
    from spatius_motion.cluster import runtime
    from spatius_motion.gateway import admin

    settings = _settings(args)
    development = not settings.redis_url or bool(args.dev_credentials)
    if development:  # the demo page and its token helper come with development credentials
        settings = msgspec.structs.replace(settings, demo_enabled=True)
    runtime.connect(settings)  # in the main thread, so Ray installs its signal handlers
    running = await server.start(settings)
    try:
        if development:
            previous = _previous_api_key(Path(args.dev_credentials)) if args.dev_credentials else None
            credentials = await admin.ensure_dev_app(running.gateway.store, settings, previous)
            running.gateway.dev_credentials = credentials
            facts = {
                "app_id": credentials.app_id,
                "api_key": credentials.api_key,
                "avatar_id": credentials.avatar_id,
                "console_url": running.console_url,
                "ingress_url": running.ingress_url,
            }
            if args.dev_credentials:
                path = Path(args.dev_credentials)
                path.write_text(json.dumps(facts, indent=2) + "\n")
                path.chmod(0o600)
            if not settings.redis_url:
                print(_banner(facts, demo_url=f"{running.console_url.removesuffix('/v1/console')}/demo/"), flush=True)
        print(f"{READY_LINE} {running.console_url} and {running.ingress_url}", flush=True)
        await _until_stopped(running)
    finally:
        await running.stop()


def _previous_api_key(path: Path) -> str | None:
    """The API key a credentials file from an earlier start holds; None when there is none."""
    try:
        facts = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    key = facts.get("api_key") if isinstance(facts, dict) else None
    return key if isinstance(key, str) else None


async def _until_stopped(running: Any) -> None:
    """Serve until SIGTERM or SIGINT or until the server ends by itself.

    The first signal starts the drain (``RunningServer.stop``, after this returns); the handlers
    are then removed, so a second signal ends the process at once.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT)
    for signum in signals:
        loop.add_signal_handler(signum, stop.set)
    stopped = asyncio.create_task(stop.wait(), name="signal-wait")
    closed = asyncio.create_task(running.wait_closed(), name="server-wait")
    await asyncio.wait({stopped, closed}, return_when=asyncio.FIRST_COMPLETED)
    for signum in signals:
        loop.remove_signal_handler(signum)
    for task in (stopped, closed):
        task.cancel()
    if stop.is_set():
        print(f"{DRAINING_LINE} {len(running.gateway.connections)} open sessions", flush=True)


def _banner(facts: dict[str, str], demo_url: str) -> str:
    lines = [
        "",
        "Development server (in-process Redis stand-in, local Ray, shipped model).",
        f"  app id      {facts['app_id']}",
        f"  api key     {facts['api_key']}",
        f"  avatar id   {facts['avatar_id']}",
        f"  console     {facts['console_url']}",
        f"  ingress     {facts['ingress_url']}",
        f"  demo page   {demo_url}  (browser client, docs/direct-mode.md)",
        "",
        "Try it with the official SDK (pip install spatius==1.1.1):",
        "",
        SNIPPET.format(**facts),
    ]
    return "\n".join(lines)


# --- admin ------------------------------------------------------------------------------
async def _admin(args: argparse.Namespace) -> dict[str, Any]:
    from spatius_motion.gateway import admin
    from spatius_motion.gateway.store import Store, open_global_redis, open_redis

    settings = _settings(args)
    if not settings.redis_url:
        raise SystemExit("admin needs a real Redis: --redis-url or SPATIUS_REDIS_URL")
    client = open_redis(settings)
    global_client = open_global_redis(settings, client)
    store = Store.from_settings(client, settings, global_redis=global_client)
    try:
        if args.action in ADMIN_KEY_AND_REGION_ACTIONS:
            return await _admin_keys_and_regions(args, store, settings)
        if args.action == "create-key":
            return await admin.create_key(store, args.app_id)
        if args.action == "register-avatar":
            return await admin.register_avatar(store, args.app_id, args.avatar_id, args.settings)
        if args.action == "add-credits":
            return await admin.add_credits(store, args.app_id, args.seconds)
        if args.action == "show-app":
            return await admin.show_app(store, args.app_id)
        if args.action == "delete-app":
            return await admin.delete_app(store, args.app_id)
        raise SystemExit(f"unknown admin action {args.action}")
    finally:
        await client.aclose()
        if global_client is not client:
            await global_client.aclose()


# --- admin: regions, apps with regions, plans, keys by id ------------------------------------
ADMIN_KEY_AND_REGION_ACTIONS = (
    "set-region",
    "list-regions",
    "create-app",
    "set-plan",
    "list-keys",
    "rotate-key",
    "revoke-key",
)


async def _admin_keys_and_regions(args: argparse.Namespace, store: Any, settings: Settings) -> dict[str, Any]:
    from spatius_motion.gateway import admin

    if args.action == "set-region":
        return await admin.set_region(store, args.name, args.console_url, args.ingress_url)
    if args.action == "list-regions":
        return await admin.list_regions(store)
    if args.action == "create-app":
        return await admin.create_app(
            store,
            args.app_id,
            admin.plan_from(settings, _plan_changes(args)),
            home_region=args.home_region or "",
            fallback_regions=[r.strip() for r in (args.fallback_regions or "").split(",") if r.strip()],
        )
    if args.action == "set-plan":
        return await admin.set_plan(store, args.app_id, _plan_changes(args))
    if args.action == "list-keys":
        return await admin.list_keys(store, args.app_id)
    if args.action == "rotate-key":
        grace_s = settings.api_key_rotation_grace_s if args.grace_s is None else args.grace_s
        return await admin.rotate_key(store, args.app_id, args.key_id, grace_s)
    if args.key_id is not None:  # revoke-key APP KEY_ID
        return await admin.revoke_key_id(store, args.app_id, args.key_id)
    if args.app_id is not None:
        raise ValueError("revoke-key takes APP KEY_ID, or no argument and the raw API key on stdin")
    return await admin.revoke_key(store, sys.stdin.readline().strip())


def _add_plan_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-sessions", type=int, help="concurrent sessions across all regions")
    parser.add_argument("--credits-s", type=float, help="audio seconds the plan grants (create-app: the balance)")
    parser.add_argument("--max-session-duration-s", type=float, help="longest session (s)")
    parser.add_argument("--idle-timeout-s", type=float, help="silence before a session closes (s, 0 = off)")


def _plan_changes(args: argparse.Namespace) -> dict[str, Any]:
    from spatius_motion.gateway.admin import PLAN_FIELDS

    return {name: getattr(args, name) for name in PLAN_FIELDS if getattr(args, name) is not None}


def _add_admin_key_and_region_actions(actions: Any) -> None:
    region = actions.add_parser("set-region", help="register a region and its public URLs")
    region.add_argument("name")
    region.add_argument("--console-url", required=True, help="http(s)://.../v1/console")
    region.add_argument("--ingress-url", required=True, help="ws(s)://.../v2/driveningress")
    actions.add_parser("list-regions", help="registered regions and their URLs")
    create = actions.add_parser("create-app", help="create an app; prints its API key once")
    create.add_argument("--app-id")
    _add_plan_options(create)
    create.add_argument("--home-region", help="a registered region; default any healthy one")
    create.add_argument("--fallback-regions", metavar="A,B", help="registered regions to try, in order")
    plan = actions.add_parser("set-plan", help="change some limits of an app's plan")
    plan.add_argument("app_id")
    _add_plan_options(plan)
    actions.add_parser("list-keys", help="key ids and creation times (never the keys)").add_argument("app_id")
    rotate = actions.add_parser("rotate-key", help="replace a key; prints the new one once")
    rotate.add_argument("app_id")
    rotate.add_argument("key_id")
    rotate.add_argument(
        "--grace-s",
        type=float,
        help="how long the old key keeps working (s; default SPATIUS_API_KEY_ROTATION_GRACE_S, 86400)",
    )
    revoke = actions.add_parser("revoke-key", help="revoke APP KEY_ID at once, or the raw key read from stdin")
    revoke.add_argument("app_id", nargs="?")
    revoke.add_argument("key_id", nargs="?")


def _shards(args: argparse.Namespace) -> dict[str, Any]:
    """``shards scale``: reach ``--count`` serving shards (create or drain); ``shards list``:
    every shard of the region with its ping reply (null: no answer)."""
    from spatius_motion.cluster import runtime, shards

    settings = _settings(args)
    runtime.connect(settings)
    if args.action == "scale":
        return asyncio.run(shards.scale(settings, args.count, wait=not args.no_wait))
    if args.action == "autoscale":
        asyncio.run(_autoscale(settings))
    return asyncio.run(shards.status(settings))


async def _autoscale(settings: Settings) -> None:
    """Sample the region's shard load every ``autoscale_interval_s`` and scale on it, printing
    one JSON line per change, until a signal stops it."""
    from spatius_motion.cluster import shards

    policy = shards.autoscaler(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    while not stop.is_set():
        change = await shards.autoscale_step(settings, policy)
        if change is not None:
            print(json.dumps(change), flush=True)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), settings.autoscale_interval_s)


# --- parser -----------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spatius-motion", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {spatius_motion.__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run a gateway (embedded defaults when no options are set)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--redis-url", help="regional Redis; default is an in-process stand-in")
    serve.add_argument("--global-redis-url", help="global Redis shared by every region; default --redis-url")
    serve.add_argument("--ray-address", help="existing Ray cluster; default starts a local one")
    serve.add_argument("--shards", type=int, help="shard actors in this region")
    serve.add_argument("--model", help="ONNX model following docs/model-contract.md")
    serve.add_argument("--region", help="the region this gateway serves and registers (default local)")
    serve.add_argument(
        "--public-console-url",
        help="console base clients of this region use (ends in /v1/console); default from host and port",
    )
    serve.add_argument(
        "--public-ingress-url",
        help="ingress base clients of this region use (ends in /v2/driveningress); default from host and port",
    )
    serve.add_argument(
        "--dev-credentials",
        metavar="FILE",
        help="write the development app id, api key, avatar id and URLs as JSON",
    )

    adm = sub.add_parser("admin", help="apps, API keys, avatars and credits in a real Redis")
    adm.add_argument("--redis-url")
    adm.add_argument("--global-redis-url", help="the global store, when it is not --redis-url")
    actions = adm.add_subparsers(dest="action", required=True)
    _add_admin_key_and_region_actions(actions)
    actions.add_parser("create-key", help="add an API key to an app; prints it once").add_argument("app_id")
    avatar = actions.add_parser("register-avatar")
    avatar.add_argument("app_id")
    avatar.add_argument("avatar_id")
    avatar.add_argument("--settings", help="JSON file of avatar settings (e.g. expression_map)")
    credits = actions.add_parser("add-credits")
    credits.add_argument("app_id")
    credits.add_argument("seconds", type=float)
    actions.add_parser("show-app").add_argument("app_id")
    actions.add_parser("delete-app").add_argument("app_id")

    shards = sub.add_parser("shards", help="scale or list the region's shard actors on a Ray cluster")
    shard_actions = shards.add_subparsers(dest="action", required=True)
    scale = shard_actions.add_parser(
        "scale", help="create shards up to --count, or drain the surplus (exit 2 when the count cannot run)"
    )
    scale.add_argument("--count", type=int, required=True)
    scale.add_argument("--no-wait", action="store_true", help="return once surplus shards are marked draining")
    listing = shard_actions.add_parser("list", help="every shard of the region with its health and load")
    autoscale = shard_actions.add_parser(
        "autoscale", help="scale the region's shards on their measured utilization (SPATIUS_AUTOSCALE_*) until stopped"
    )
    for action in (scale, listing, autoscale):
        action.add_argument("--ray-address")
        action.add_argument("--region")
        action.add_argument("--model")

    sub.add_parser("eval", help="evaluate models (training.evaluate)", add_help=False)
    sub.add_parser("infer", help="offline inference of a WAV file (training.infer)", add_help=False)
    sub.add_parser("render", help="render the head speaking a WAV file to .mp4/.gif (avatar.render)", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    tools = {
        "eval": "spatius_motion.training.evaluate",
        "infer": "spatius_motion.training.infer",
        "render": "spatius_motion.avatar.render",
    }
    if argv and argv[0] in tools:
        return int(__import__(tools[argv[0]], fromlist=["main"]).main(argv[1:]) or 0)
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=Settings.load().log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.command == "serve":
        try:
            import uvloop

            uvloop.install()
        except ImportError:
            pass
        try:
            asyncio.run(_serve(args))
        except KeyboardInterrupt:
            pass
        except ConnectionError as error:  # Ray unreachable at start: one line, no traceback
            print(f"spatius-motion serve: {error}", file=sys.stderr)
            return 1
        return 0
    if args.command == "admin":
        try:
            print(json.dumps(asyncio.run(_admin(args)), indent=2))
        except ValueError as error:  # an operator mistake: say what, without a traceback
            print(f"spatius-motion admin: {error}", file=sys.stderr)
            return 2
        return 0
    if args.command == "shards":
        try:
            print(json.dumps(_shards(args), indent=2))
        except ValueError as error:  # a count the cluster cannot run: nothing changed
            print(f"spatius-motion shards: {error}", file=sys.stderr)
            return 2
        except ConnectionError as error:
            print(f"spatius-motion shards: {error}", file=sys.stderr)
            return 1
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
