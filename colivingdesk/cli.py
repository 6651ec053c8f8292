"""The ``colivingdesk`` command: the window by default, plus headless commands for scripts and cron.

Heavy modules (Qt, the sandbox, sync) are imported only by the command that needs them, so ``colivingdesk export``
starts fast on a server without a display and the window never pays for the sandbox unless ``--demo`` asks for it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence

from colivingdesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="colivingdesk",
        description="BookMyColiving and Coliving.com in one desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"colivingdesk {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: per-user data folder)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in sandbox with demo data and a throwaway profile (no keys needed)",
    )
    parser.add_argument(
        "--self-check", action="store_true",
        help="open the window on a throwaway profile (offscreen without a display), check it painted, exit 0 if it did",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the window (the default)")

    sandbox = commands.add_parser("sandbox", help="serve both channels locally with demo or scale data")
    from colivingdesk.sandbox.cli import add_arguments as add_sandbox_arguments

    add_sandbox_arguments(sandbox)

    from colivingdesk.headless import add_commands

    add_commands(commands)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from colivingdesk.profile import resolve_profile
    from colivingdesk.secrets import SecretStore

    if not args.demo:
        from colivingdesk.ui.app import run_app

        return run_app(resolve_profile(args.profile).ensure(), SecretStore())

    from colivingdesk.demo import start_demo
    from colivingdesk.ui.app import run_app

    with tempfile.TemporaryDirectory(prefix="colivingdesk-demo-") as tmp, start_demo(tmp) as demo:
        return run_app(demo.profile, demo.secrets, demo=demo.info)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:
        from colivingdesk.ui.selfcheck import run_self_check

        return run_self_check()
    if args.command in (None, "gui"):
        return run_gui(args)
    if args.command == "sandbox":
        from colivingdesk.sandbox.cli import run as run_sandbox

        return run_sandbox(args)
    handler = args.handler
    return int(handler(args))


if __name__ == "__main__":
    sys.exit(main())
