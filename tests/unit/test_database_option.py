"""``--database URL`` names the team's store before or after a headless command's name, with one meaning."""

from __future__ import annotations

import pytest

from colivingdesk.cli import build_parser

URL = "postgresql://ana@db.example/desk"
COMMANDS = [
    ["sync", "--watch"],
    ["sync", "--once", "--json"],
    ["export", "leads"],
    ["reply", "bmc", "usr_1", "--property", "prop_1", "Hello"],
    ["reply", "coliving", "42", "Hello"],
    ["outbox"],
    ["saved-replies", "export", "-"],
    ["calendar"],
    ["automations"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_database_is_read_before_and_after_the_command(command: list[str]) -> None:
    parser = build_parser()
    assert parser.parse_args(["--database", URL, *command]).database == URL
    assert parser.parse_args([*command, "--database", URL]).database == URL
    assert parser.parse_args(command).database is None
    other = "postgresql://ben@db.example/desk"
    assert parser.parse_args(["--database", URL, *command, "--database", other]).database == other
