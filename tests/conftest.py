"""Shared test setup: offscreen Qt, a keyring that lives in memory, and no secret leaks between tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import postgres_server
import pytest
from keyring.backend import KeyringBackend


class DictKeyring(KeyringBackend):
    """A recommended (priority 1) backend that keeps secrets in a dict, standing in for the OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def test_keyring() -> Iterator[DictKeyring]:
    backend = DictKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


# The throwaway PostgreSQL server: started once per session by the first test that asks for a database, stopped
# at the end. Where it cannot run, every such test is skipped with the same single reason.

_POSTGRES_UNAVAILABLE = postgres_server.unavailable_reason()
_POSTGRES_SKIP = "no PostgreSQL server for the tests"


def pytest_report_header() -> str | None:
    if _POSTGRES_UNAVAILABLE is None:
        return f"postgresql: throwaway server from {postgres_server.find_bin_dir()}"
    return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The one line that says why the PostgreSQL tests did not run (each is only counted as skipped)."""
    if _POSTGRES_UNAVAILABLE is None:
        return
    skipped = terminalreporter.stats.get("skipped", [])
    count = sum(1 for report in skipped if _POSTGRES_SKIP in str(report.longrepr))
    if count:
        terminalreporter.write_line(f"{count} PostgreSQL tests skipped: {_POSTGRES_UNAVAILABLE}", yellow=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[postgres_server.PostgresServer]:
    if _POSTGRES_UNAVAILABLE is not None:
        pytest.skip(f"{_POSTGRES_SKIP}: {_POSTGRES_UNAVAILABLE}")
    server = postgres_server.start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres: postgres_server.PostgresServer) -> str:
    """The URL of a new, empty database on the throwaway server."""
    return postgres.new_database()
