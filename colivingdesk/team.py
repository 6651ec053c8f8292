"""Team mode's database: where it is (``--database URL`` or ``COLIVINGDESK_DATABASE``), its password (the
keyring, like an API key), and setting it up (``colivingdesk team init``).

A password never travels on the command line, where the process list and the shell history would show it: a
``--database`` URL that carries one is refused. It comes from the keyring (``colivingdesk team password``
saves it there), from ``COLIVINGDESK_DATABASE_PASSWORD`` for scripts and services, or from libpq's own
``PGPASSWORD`` and ``~/.pgpass``. What is shown or logged is ``TeamDatabase.label``, which has no password.

TLS is libpq's: put ``sslmode=verify-full`` (and ``sslrootcert=...`` when the server's certificate authority is
not the system's) in the URL.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from colivingdesk.secrets import SecretStore
    from colivingdesk.store import Store

DATABASE_VARIABLE = "COLIVINGDESK_DATABASE"
PASSWORD_VARIABLE = "COLIVINGDESK_DATABASE_PASSWORD"
#: The secret's name in the keyring, under the database's account (see ``TeamDatabase.account``).
PASSWORD_SECRET = "password"


class TeamDatabaseError(ValueError):
    """The database setting cannot be used; the message is fit to show and never contains a password."""


@dataclass(frozen=True, slots=True)
class TeamDatabase:
    """A team database's connection settings without its password."""

    params: tuple[tuple[str, str], ...]

    def get(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)

    @property
    def account(self) -> str:
        """The keyring account its password is saved under: one per user, server and database."""
        host = self.get("host", "localhost")
        return f"database:{self.get('user')}@{host}:{self.get('port', '5432')}/{self.get('dbname')}"

    @property
    def label(self) -> str:
        """What the user and the logs are shown: user, server and database, never the password."""
        return self.account.removeprefix("database:")

    def conninfo(self, password: str | None = None) -> str:
        """The libpq connection string, with ``password`` when one is given (never shown or logged)."""
        from psycopg.conninfo import make_conninfo

        extra = {} if password is None else {"password": password}
        return str(make_conninfo("", **dict(self.params), **extra))


def parse_database(url: str, *, from_command_line: bool) -> tuple[TeamDatabase, str | None]:
    """The settings of ``url`` (a ``postgresql://`` URL or a libpq ``key=value`` string) and the password it
    carries, if any. A password on the command line is refused (see the module docstring)."""
    try:
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:
        raise TeamDatabaseError(
            "team mode needs the PostgreSQL driver: pip install 'colivingdesk[team]'"
        ) from None
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    except Exception as err:  # psycopg.ProgrammingError; its message quotes the URL, so it is not repeated
        raise TeamDatabaseError(f"the database URL cannot be read ({type(err).__name__})") from None
    password = params.pop("password", None)
    if password is not None and from_command_line:
        raise TeamDatabaseError(
            "a password in --database would show in the process list and the shell history; "
            f"save it with 'colivingdesk team password' or set {PASSWORD_VARIABLE}"
        )
    if not params.get("dbname"):
        raise TeamDatabaseError("the database URL names no database (postgresql://user@host/DATABASE)")
    if not params.get("user"):
        raise TeamDatabaseError("the database URL names no user (postgresql://USER@host/database)")
    return TeamDatabase(tuple(sorted(params.items()))), password


def database_setting(
    option: str | None, environ: Mapping[str, str] | None = None
) -> tuple[TeamDatabase, str | None] | None:
    """The team database chosen by ``--database`` (``option``) or else ``COLIVINGDESK_DATABASE``; None for
    the profile's own SQLite cache."""
    env = os.environ if environ is None else environ
    if option:
        return parse_database(option, from_command_line=True)
    if env.get(DATABASE_VARIABLE):
        return parse_database(env[DATABASE_VARIABLE], from_command_line=False)
    return None


def password_for(
    database: TeamDatabase,
    in_url: str | None,
    secrets: SecretStore | None = None,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The password to connect with: the environment's URL's, ``COLIVINGDESK_DATABASE_PASSWORD``, then the
    keyring; None leaves it to libpq (``PGPASSWORD``, ``~/.pgpass``, or a server that needs none)."""
    env = os.environ if environ is None else environ
    if in_url:
        return in_url
    if env.get(PASSWORD_VARIABLE):
        return env[PASSWORD_VARIABLE]
    if secrets is None:
        from colivingdesk.secrets import SecretStore

        secrets = SecretStore()
    return secrets.get(database.account, PASSWORD_SECRET)


def conninfo_for(setting: tuple[TeamDatabase, str | None]) -> str:
    """The connection string with its password (see :func:`password_for`), for a process's own extra
    connections (its notifications); never shown or logged."""
    database, in_url = setting
    return database.conninfo(password_for(database, in_url))


def open_team_store(setting: tuple[TeamDatabase, str | None], *, read_only: bool = False) -> Store:
    """Open the team's store (bringing its schema up to date when the role may)."""
    import psycopg

    from colivingdesk.store import open_postgres_store

    database, in_url = setting
    try:
        return open_postgres_store(database.conninfo(password_for(database, in_url)), read_only=read_only)
    except psycopg.Error as err:
        raise TeamDatabaseError(f"the team database {database.label} cannot be opened: {_reason(err)}") from None


def init_team(setting: tuple[TeamDatabase, str | None]) -> dict[str, Any]:
    """Create or update the schema and the two roles (see ``store.pg_roles``), as the URL's user: the
    database's owner or an administrator. Returns what was done, for the command to print."""
    import psycopg

    from colivingdesk.store.pg_migrations import migrate
    from colivingdesk.store.pg_roles import DESKTOP_ROLE, WORKER_ROLE, ensure_roles

    database, in_url = setting
    try:
        with psycopg.connect(database.conninfo(password_for(database, in_url)), autocommit=True) as conn:
            version = migrate(conn)
            created = ensure_roles(conn)
    except psycopg.Error as err:
        raise TeamDatabaseError(f"the team database {database.label} cannot be set up: {_reason(err)}") from None
    return {
        "database": database.label,
        "schema_version": version,
        "roles": {"desktop": DESKTOP_ROLE, "worker": WORKER_ROLE},
        "roles_created": created,
    }


def _reason(err: Exception) -> str:
    """The server's or libpq's own words (which never include the password), first line only."""
    return (str(err).strip().splitlines() or [type(err).__name__])[0]


@dataclass(frozen=True, slots=True)
class DatabaseCheck:
    """What "Test connection" found: whether the server answered and how far its schema is set up.

    ``reason`` is the server's or libpq's words when it did not answer (never the password); ``version`` is the
    number of schema steps ``team init`` has run, ``expected`` the number this release needs."""

    connected: bool
    reason: str = ""
    version: int = 0
    expected: int = 0

    @property
    def ready(self) -> bool:
        return self.connected and self.version == self.expected


#: Seconds "Test connection" waits for a server that does not answer (libpq waits for ever by default).
CHECK_TIMEOUT = 10


def check_team_database(database: TeamDatabase, password: str | None) -> DatabaseCheck:
    """Connect as a desktop would and read how far the schema is (see ``pg_migrations.schema_version``),
    without changing anything: a desktop's role cannot create the schema, ``team init`` does. Blocks."""
    import psycopg

    from colivingdesk.store.migrations import SCHEMA_VERSION
    from colivingdesk.store.pg_migrations import schema_version

    try:
        with psycopg.connect(
            database.conninfo(password), autocommit=True, connect_timeout=CHECK_TIMEOUT,
        ) as conn:
            version = schema_version(conn)
    except psycopg.Error as err:
        return DatabaseCheck(False, _reason(err))
    return DatabaseCheck(True, version=version, expected=SCHEMA_VERSION)
