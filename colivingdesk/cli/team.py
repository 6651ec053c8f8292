"""``colivingdesk team``: set up a team's shared PostgreSQL database and keep its password in the keyring.

``team init`` creates (or brings up to date) the schema and the desktop and worker roles, connecting as the
database's owner or an administrator. ``team password`` saves the password of a ``--database`` user in the
keyring, read from the terminal without echo (or from standard input when it is not a terminal), so it never
appears on a command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from colivingdesk.team import TeamDatabase


def add_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = subparsers.add_parser("team", help="set up a team's shared PostgreSQL database")
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or update the schema and the desktop and worker roles")
    init.add_argument("--json", action="store_true", help="print what was done as JSON")
    init.set_defaults(handler=run_init)
    password = actions.add_parser("password", help="save the database user's password in the keyring")
    password.set_defaults(handler=run_password)
    for action in (init, password):
        action.add_argument(
            "--database", dest="team_database", metavar="URL",
            help="postgresql://USER@HOST/DATABASE (default: --database or COLIVINGDESK_DATABASE)",
        )


def _setting(args: argparse.Namespace) -> tuple[TeamDatabase, str | None]:
    from colivingdesk.headless_wiring import CommandError
    from colivingdesk.team import database_setting

    setting = database_setting(getattr(args, "team_database", None) or getattr(args, "database", None))
    if setting is None:
        raise CommandError("error: name the database with --database URL or COLIVINGDESK_DATABASE")
    return setting


def run_init(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import EXIT_OK, CommandError, _guarded
    from colivingdesk.team import TeamDatabaseError, init_team

    def act() -> int:
        try:
            done = init_team(_setting(args))
        except TeamDatabaseError as err:
            raise CommandError(f"error: {err}") from None
        if args.json:
            print(json.dumps(done, indent=2))
        else:
            print(f"{done['database']}: schema at step {done['schema_version']}")
            roles = done["roles"]
            print(f"roles: {roles['desktop']} (desktops), {roles['worker']} (the sync worker)")
            print(
                "give each person a login in the desktop role, e.g.\n"
                f"  CREATE ROLE ana LOGIN PASSWORD '...' IN ROLE {roles['desktop']};"
            )
        return EXIT_OK

    return _guarded(act)


def run_password(args: argparse.Namespace) -> int:
    from colivingdesk.headless_wiring import EXIT_OK, CommandError, _guarded
    from colivingdesk.secrets import SecretStore
    from colivingdesk.team import PASSWORD_SECRET, TeamDatabaseError

    def act() -> int:
        try:
            database, _ = _setting(args)
        except TeamDatabaseError as err:
            raise CommandError(f"error: {err}") from None
        if sys.stdin.isatty():
            secret = getpass.getpass(f"Password for {database.label}: ")
        else:
            secret = sys.stdin.readline().rstrip("\r\n")
        if not secret:
            raise CommandError("error: no password given; nothing saved")
        SecretStore().set(database.account, PASSWORD_SECRET, secret)
        print(f"saved the password for {database.label} in the system keyring")
        return EXIT_OK

    return _guarded(act)
