"""A plain window launch is read without the full parser, into the very namespace the full parser gives;
every other command line still goes through the full parser, with its messages and errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from colivingdesk.cli import build_parser, parse_args
from colivingdesk.cli.window_args import window_args

WINDOW_LAUNCHES = [
    [],
    ["gui"],
    ["--demo"],
    ["--self-check"],
    ["--demo", "gui"],
    ["--profile", "/tmp/desk profile"],
    ["--profile=/tmp/p", "--database", "postgresql://ana@db.example/desk"],
    ["--database=postgresql://ana@db.example/desk", "--demo", "--self-check", "gui"],
    ["--profile", "a", "--profile", "b"],
    ["--profile", "gui"],
    ["--demo", "--demo"],
]

FULL_PARSER_ONLY = [
    ["--profile"],
    ["--profile", "--demo"],
    ["--profile="],
    ["--profile", "-x"],
    ["--prof", "x"],
    ["--demo=yes"],
    ["gui", "--demo"],
    ["gui", "extra"],
    ["--"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["export", "bookings"],
    ["sync", "--once"],
    ["--profile", "p", "outbox"],
]


@pytest.mark.parametrize("argv", WINDOW_LAUNCHES, ids=" ".join)
def test_a_window_launch_reads_as_the_full_parser_reads_it(argv: list[str]) -> None:
    fast = window_args(argv)
    assert fast is not None
    assert vars(fast) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", FULL_PARSER_ONLY, ids=" ".join)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert window_args(argv) is None


def test_parse_args_gives_the_full_parsers_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--profile"])
    assert exit_.value.code == 2
    assert "--profile: expected one argument" in capsys.readouterr().err


def test_parse_args_reads_commands_as_before() -> None:
    args = parse_args(["--profile", "p", "export", "bookings"])
    assert args.profile == "p"
    assert args.command == "export"


def test_a_window_launch_builds_no_headless_command() -> None:
    # The headless commands' module (and asyncio with it) is what building the whole parser costs the window.
    code = (
        "import json, sys\n"
        "from colivingdesk.cli import parse_args\n"
        "args = parse_args(['--profile', 'p'])\n"
        "print(json.dumps([args.profile, 'colivingdesk.headless' in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == ["p", False]
