"""Which store the window opens: ``--database``, else ``COLIVINGDESK_DATABASE``, else the team database saved
in the profile (Settings → Team → "Use this team database"), else the profile's own cache.

The saved setting is ``team.json`` in the profile folder, beside ``person.json``: it says where this computer's
window works, so it belongs to the profile, not to the team's store (which the window could not read before
knowing where it is). It holds the URL without a password; the password stays in the keyring under the
database's account (see ``colivingdesk.team``). Headless commands do not read it: a script names its store
with ``--database`` or the environment, so clicking in the window never changes what cron syncs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from colivingdesk.profile import Profile
from colivingdesk.team import DATABASE_VARIABLE, TeamDatabase, TeamDatabaseError, parse_database

log = logging.getLogger(__name__)

_FILE = "team.json"

Source = Literal["option", "environment", "profile"]


@dataclass(frozen=True, slots=True)
class TeamChoice:
    """The team database the window opens and what chose it (only a profile's choice can be left from the
    window: the others are the command line's or the environment's)."""

    setting: tuple[TeamDatabase, str | None]
    source: Source


def saved_database_url(profile: Profile) -> str | None:
    """The URL saved by "Use this team database", or None."""
    try:
        data = json.loads((profile.root / _FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        log.warning("the saved team database setting cannot be read: %s", type(err).__name__)
        return None
    url = data.get("database") if isinstance(data, dict) else None
    return url.strip() if isinstance(url, str) and url.strip() else None


def save_database_url(profile: Profile, url: str) -> TeamDatabase:
    """Save ``url`` as this profile's team database; refused (``TeamDatabaseError``) when it cannot be read or
    carries a password, which belongs in the keyring, not in a file."""
    url = url.strip()
    database, password = parse_database(url, from_command_line=False)
    if password is not None:
        raise TeamDatabaseError("the URL carries a password; it is kept in the keyring, not in the profile")
    path = profile.root / _FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"database": url}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return database


def forget_database(profile: Profile) -> None:
    """Back to this computer's own cache at the next start."""
    with contextlib.suppress(FileNotFoundError):
        (profile.root / _FILE).unlink()


def choose_database(
    option: str | None, profile: Profile, environ: Mapping[str, str] | None = None
) -> TeamChoice | None:
    """The window's store, in the order of the module docstring; None for the profile's own cache. A saved
    URL that no longer reads is ignored (logged), so a broken file cannot keep the window from opening."""
    env = os.environ if environ is None else environ
    if option:
        return TeamChoice(parse_database(option, from_command_line=True), "option")
    if env.get(DATABASE_VARIABLE):
        return TeamChoice(parse_database(env[DATABASE_VARIABLE], from_command_line=False), "environment")
    url = saved_database_url(profile)
    if url is None:
        return None
    try:
        database, password = parse_database(url, from_command_line=False)
    except TeamDatabaseError as err:
        log.warning("the saved team database is ignored: %s", err)
        return None
    return TeamChoice((database, password), "profile")


def restart_command(
    argv: Sequence[str] | None = None, executable: str | None = None, *, frozen: bool | None = None
) -> tuple[str, list[str]]:
    """The program and arguments that start this window again with the same options.

    ``python -m colivingdesk`` rather than ``argv[0]``: that works whether the window was started by the
    ``colivingdesk`` script, ``python -m colivingdesk`` or an IDE; a bundled build is its own executable."""
    args = list(sys.argv if argv is None else argv)[1:]
    program = sys.executable if executable is None else executable
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return program, args
    return program, ["-m", "colivingdesk", *args]
