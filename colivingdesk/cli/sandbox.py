"""``colivingdesk sandbox``: both fake channels on a local port.

The arguments come from :mod:`colivingdesk.sandbox.cli`, which imports only the sandbox's configuration; the
server (Starlette, uvicorn) is imported by its ``run`` when the command runs.
"""

from __future__ import annotations

import argparse


def add_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from colivingdesk.sandbox.cli import add_arguments

    sandbox = subparsers.add_parser("sandbox", help="serve both channels locally with demo or scale data")
    add_arguments(sandbox)
    sandbox.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from colivingdesk.sandbox.cli import run as run_sandbox

    return run_sandbox(args)
