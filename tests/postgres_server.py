"""A throwaway PostgreSQL server for the tests of the PostgreSQL store.

``initdb`` into a temporary folder, ``postgres`` on a free loopback port with its socket in that folder, and a
fresh database per test. PostgreSQL refuses to run as root, so when the tests run as root (CI, containers) the
server runs as the ``postgres`` OS user, which owns the folder. When the binaries or the driver are missing,
``unavailable_reason`` says why in one sentence, and the tests that need the server are skipped with it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

_SEARCH_GLOB = "/usr/lib/postgresql/*/bin"
_SERVER_USER = "postgres"
_START_TIMEOUT_S = 60


def find_bin_dir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``: on PATH, else the newest Debian install."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    candidates = sorted(Path("/").glob(_SEARCH_GLOB.lstrip("/")), key=_version_key, reverse=True)
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _version_key(path: Path) -> tuple[int, ...]:
    digits = path.parent.name.split(".")
    return tuple(int(d) for d in digits if d.isdigit())


def unavailable_reason() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    if find_bin_dir() is None:
        return "PostgreSQL's binaries (initdb, pg_ctl, postgres) are not on PATH nor under /usr/lib/postgresql/*/bin"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam(_SERVER_USER)
        except KeyError:
            return f"running as root and there is no {_SERVER_USER!r} OS user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    """One running cluster; ``new_database`` hands each test its own empty database."""

    bin_dir: Path
    root: Path
    port: int
    _as_user: list[str] = field(default_factory=list)
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        """A libpq URL reaching the server over its socket folder (no password: the cluster trusts local users)."""
        return f"postgresql://{user}@/{database}?host={self.root}&port={self.port}"

    def new_database(self) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._as_user, *args], check=True, capture_output=True, text=True)

    def start(self) -> None:
        data = self.root / "data"
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c max_connections=100"
        )
        try:
            self._run(
                str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.root / "server.log"),
                "-w", "-t", str(_START_TIMEOUT_S), "start",
            )
        except subprocess.CalledProcessError as err:
            log = self.root / "server.log"
            detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {err.stderr}\n{detail}") from err

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PostgresServer:
    """initdb and start a cluster in a new temporary folder (as the ``postgres`` user when we are root)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL binaries not found")
    root = Path(tempfile.mkdtemp(prefix="colivingdesk-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, user=_SERVER_USER, group=None)
        root.chmod(0o700)
        runuser = shutil.which("runuser")
        if runuser is None:
            shutil.rmtree(root, ignore_errors=True)
            raise RuntimeError("running as root without runuser: cannot start PostgreSQL as the postgres user")
        as_user = [runuser, "-u", _SERVER_USER, "--"]
    server = PostgresServer(bin_dir=bin_dir, root=root, port=_free_port(), _as_user=as_user)
    try:
        server.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
