"""The arguments of a plain window launch (``colivingdesk``, ``colivingdesk --profile DIR``...), read without
building the whole command line.

Building every command's parser imports the headless commands' modules (and asyncio with them) and makes a few
hundred argparse objects: a large share of the window's start-up, spent on commands the launch does not run.
So a command line made only of the window's own options is read here, into exactly the namespace the full
parser would give; anything else (help, a command, a misspelt or abbreviated option, a value that looks like an
option, ``--``) returns ``None`` and the full parser reads it, with its usual messages and errors.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from colivingdesk.cli import gui

#: The window's options that take a value, and the flags; as :func:`colivingdesk.cli.build_parser` declares them.
_VALUED = {"--profile": "profile", "--database": "database"}
_FLAGS = {"--demo": "demo", "--self-check": "self_check"}


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The namespace ``build_parser().parse_args(argv)`` returns when ``argv`` only opens the window (options
    above, optionally followed by the ``gui`` command); ``None`` when the full parser must read it."""
    values: dict[str, object] = {"profile": None, "demo": False, "self_check": False, "database": None}
    command: str | None = None
    tokens = list(argv)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if command is not None:  # ``gui`` takes no arguments of its own: leave them to the full parser
            return None
        if token == "gui":
            command = token
        elif token in _FLAGS:
            values[_FLAGS[token]] = True
        else:
            name, equals, value = token.partition("=")
            if name not in _VALUED:
                return None
            if not equals:
                if index >= len(tokens):
                    return None
                value = tokens[index]
                index += 1
            if not value or value.startswith("-"):  # argparse's own rules for these
                return None
            values[_VALUED[name]] = value
    return argparse.Namespace(**values, command=command, handler=gui.run_gui)
