"""``colivingdesk sandbox``: run both fake channels until Ctrl+C.

``add_arguments`` and ``run`` let the main ``colivingdesk`` command mount this as a sub-command;
``python -m colivingdesk.sandbox`` uses :func:`main`. Only :mod:`.config` is imported up front.
"""

from __future__ import annotations

import argparse
import sys
import threading

from .config import SandboxConfig


def add_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = SandboxConfig()
    parser.add_argument("--port", type=int, default=8765, help="TCP port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--bmc-key", default=defaults.bmc_key, help="BookMyColiving x-api-key")
    parser.add_argument("--coliving-key", default=defaults.coliving_key, help="Coliving.com API key")
    parser.add_argument("--webhook-url", default=None, help="where BookMyColiving webhooks are POSTed")
    parser.add_argument("--webhook-secret", default=defaults.webhook_secret, help="HMAC secret for webhooks")
    parser.add_argument("--seed", choices=("demo", "scale"), default="demo", help="data set")
    parser.add_argument("--bookings", type=int, default=defaults.bookings, help="scale: bookings")
    parser.add_argument("--leads", type=int, default=defaults.leads, help="scale: leads")
    parser.add_argument("--threads", type=int, default=defaults.threads, help="scale: conversations")
    parser.add_argument(
        "--messages-per-thread",
        type=int,
        default=defaults.messages_per_thread,
        help="scale: messages per conversation",
    )
    parser.add_argument("--faults", default="", help="fault rules, see colivingdesk/sandbox/faults.py")
    parser.add_argument("--no-limits", action="store_true", help="disable rate limits")
    parser.add_argument(
        "--demo-ticker",
        type=float,
        default=None,
        metavar="SECONDS",
        help="every SECONDS a tenant writes, a lead arrives or a booking changes",
    )


def config_from(args: argparse.Namespace) -> SandboxConfig:
    return SandboxConfig(
        bmc_key=args.bmc_key,
        coliving_key=args.coliving_key,
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret,
        seed=args.seed,
        bookings=args.bookings,
        leads=args.leads,
        threads=args.threads,
        messages_per_thread=args.messages_per_thread,
        faults=args.faults,
        limits_enabled=not args.no_limits,
        demo_ticker_seconds=args.demo_ticker,
    )


def run(args: argparse.Namespace) -> int:
    # The server and its ASGI app are imported here, not at the top, so mounting these arguments on the main
    # command costs nothing until the sandbox really runs.
    from .faults import FaultSpecError, parse_spec
    from .seed_data import OTHER_BMC_KEY, OTHER_COLIVING_KEY
    from .server import SandboxServer

    try:
        parse_spec(args.faults)
    except FaultSpecError as exc:
        print(f"error: --faults: {exc}", file=sys.stderr)
        return 2
    server = SandboxServer(config_from(args), port=args.port, log_level="info")
    server.start()
    config = server.config
    print(
        f"BookMyColiving  {server.bmc_base_url}   x-api-key: {config.bmc_key}"
        f"  (second operator: {OTHER_BMC_KEY})"
    )
    print(
        f"Coliving.com    {server.coliving_base_url}   X-API-Key: {config.coliving_key}"
        f"  (second host: {OTHER_COLIVING_KEY})"
    )
    print(f"Back office     {server.base_url}/_admin   control: {server.base_url}/_control")
    print(f"Webhooks        {config.webhook_url or '(none)'}   secret: {config.webhook_secret}")
    print("Ctrl+C to stop.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="colivingdesk sandbox", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))
