"""Open the window on a team's shared PostgreSQL store (``colivingdesk --database URL``).

Everything the window shows is read from the team database, and every write it makes goes there, to the shared
outbox the team's sync worker sends (see ``sync.team_desktop``). The window never reads an API key in this
mode; the database's password comes from the keyring, ``COLIVINGDESK_DATABASE_PASSWORD`` or libpq's own
``PGPASSWORD`` and ``~/.pgpass`` (see ``colivingdesk.team``). Only the database's label (user, server, database)
is ever shown.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from colivingdesk.profile import Profile
from colivingdesk.secrets import SecretStore
from colivingdesk.store import Store
from colivingdesk.team import TeamDatabase, TeamDatabaseError, conninfo_for, open_team_store
from colivingdesk.ui.app import make_application, paint_window, run_app, run_window
from colivingdesk.ui.loop_share import favour_event_loop
from colivingdesk.ui.theme import ThemeFollower

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TeamLogin:
    """How the window's extra connections (its notifications) reach the team database: ``url`` carries the
    password and is never shown (kept out of the repr); ``label`` is what the window shows."""

    label: str
    url: str = field(repr=False)
    #: Opens another read-only connection to the team database (quick search runs on one of its own).
    open_reader: Callable[[], Store] = field(repr=False, compare=False)
    #: Chosen in Settings (saved in the profile) rather than by ``--database`` or the environment, so the
    #: window may offer to leave it.
    from_profile: bool = False


def run_team_app(
    profile: Profile, secrets: SecretStore, setting: tuple[TeamDatabase, str | None], *, from_profile: bool = False,
) -> int:
    """The window on the team database; exit status 2 when it cannot be opened (the reason on stderr). One
    saved in the profile (``from_profile``) that cannot be opened is said in a message, then the window opens
    on this computer's cache, where Settings can change or forget it."""
    app = make_application()
    favour_event_loop()
    ThemeFollower(app)
    try:
        store = open_team_store(setting)
        try:
            reader = open_team_store(setting, read_only=True)
        except BaseException:
            store.close()
            raise
    except TeamDatabaseError as err:
        print(f"error: {err}", file=sys.stderr)
        if not from_profile:
            return 2
        _say_cache_instead(str(err))
        return run_app(profile, secrets)
    reader_opener = functools.partial(open_team_store, setting, read_only=True)
    login = TeamLogin(setting[0].label, conninfo_for(setting), reader_opener, from_profile=from_profile)
    try:
        wake = QTimer()  # lets Python signal handlers (Ctrl+C) run under Qt, as in ``ui.app.run_app``
        wake.start(500)
        wake.timeout.connect(lambda: None)
        window, ctx = paint_window(profile, secrets, None, {}, store, reader, team=login)
        return run_window(app, window, ctx)
    finally:
        reader.close()
        store.close()


def _say_cache_instead(reason: str) -> None:
    """Before the loop runs, so a modal box is safe here (see ``asyncslots`` for why not later)."""
    QMessageBox.warning(
        None,
        QCoreApplication.translate("TeamApp", "Team database"),
        QCoreApplication.translate(
            "TeamApp",
            "The team database saved in Settings could not be opened: {reason}\n\nThis computer's own cache "
            "opens instead. Settings → Team can test the connection again, or stop using the team database.",
        ).format(reason=reason),
    )
