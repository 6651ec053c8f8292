"""The ``colivingdesk`` command: the window by default, plus headless commands for scripts and cron.

Building the parser imports nothing heavy: each command group registers its arguments from a light module and
imports its real work (Qt, the sandbox's Starlette, sync, HTTP) only in its handler, when that command runs. So
``colivingdesk --version`` and ``colivingdesk export`` start without Qt or the sandbox, and the window never pays
for the sandbox unless ``--demo`` asks for it.

Command groups: :mod:`colivingdesk.cli.gui` (the window), :mod:`colivingdesk.cli.sandbox`,
:mod:`colivingdesk.cli.team` (a team's shared database), and the headless commands registered by
:func:`colivingdesk.headless.add_commands`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from colivingdesk import __version__
from colivingdesk.cli import gui


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; every subcommand carries its ``handler(args) -> int`` in its defaults."""
    from colivingdesk.cli import sandbox, team
    from colivingdesk.headless import add_commands

    parser = argparse.ArgumentParser(
        prog="colivingdesk",
        description="BookMyColiving and Coliving.com in one desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"colivingdesk {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: per-user data folder)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=(
            "open the window on the built-in sandbox with demo data (no keys needed), on a throwaway profile"
            " unless --profile DIR keeps it"
        ),
    )
    parser.add_argument(
        "--self-check", action="store_true",
        help="open the window on a throwaway profile (offscreen without a display), check it painted, exit 0 if it did",
    )
    parser.add_argument("--database", metavar="URL", help=_DATABASE_HELP)
    parser.set_defaults(handler=gui.run_gui)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui.add_command(commands)
    sandbox.add_command(commands)
    team.add_command(commands)
    add_commands(commands)
    for name, command in commands.choices.items():
        if name not in ("sandbox", "team"):  # team has its own; sandbox has none
            _accept_database(command)
    return parser


_DATABASE_HELP = (
    "a team's shared PostgreSQL store instead of the profile's cache, e.g. postgresql://ana@db.example/desk"
    " (default: COLIVINGDESK_DATABASE; the password comes from the keyring, see 'team password')"
)


def _accept_database(parser: argparse.ArgumentParser) -> None:
    """Let a headless command (and each of its subcommands) take ``--database`` after its name too, as in
    ``colivingdesk sync --watch --database URL``, with the top-level option's meaning. Not given there, it
    leaves the top-level value (or its absence) as it was."""
    if "--database" not in parser._option_string_actions:
        parser.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=_DATABASE_HELP)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _accept_database(sub)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """``argv`` (default: the process's arguments) read as :func:`build_parser` reads it; a plain window launch
    without building the parser (see :mod:`colivingdesk.cli.window_args`)."""
    from colivingdesk.cli.window_args import window_args

    args = window_args(sys.argv[1:] if argv is None else argv)
    return args if args is not None else build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_check:
        from colivingdesk.ui.selfcheck import run_self_check

        return run_self_check()
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
