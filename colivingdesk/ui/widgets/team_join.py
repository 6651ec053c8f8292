"""Settings → Team → "Team database": open this window on a team's shared store without the command line.

The URL is checked at the field (a URL carrying a password is refused: the password goes in its own field and
from there only to the keyring, under the database's account, as ``colivingdesk team password`` saves it).
"Test connection" connects off the UI thread and says whether ``team init`` has set the schema up; "Use this
team database" tests the same way, keeps the password in the keyring and the URL in the profile (see
``colivingdesk.team_choice``), then offers to restart the window on it. :class:`RestartOffer` is shared with
the team Settings page, whose "Leave team mode" restarts on this computer's cache.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.domain import OutboxState
from colivingdesk.secrets import SecretStore, SecretStoreError
from colivingdesk.team import (
    PASSWORD_SECRET,
    PASSWORD_VARIABLE,
    DatabaseCheck,
    TeamDatabase,
    TeamDatabaseError,
    check_team_database,
    parse_database,
    password_for,
)
from colivingdesk.team_choice import forget_database, restart_command, save_database_url, saved_database_url
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext


class RestartOffer(QWidget):
    """"Restart now": starts the window again with the same options, then closes this one (which stops its
    Service cleanly, as quitting does). Hidden until :meth:`offer` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restartOffer")
        #: Starts the new process; tests replace it to see the command without starting anything.
        self.launch: Callable[[str, list[str]], bool] = lambda program, args: bool(
            QProcess.startDetached(program, args)
        )
        self.text = QLabel()
        self.text.setObjectName("restartText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Restart now"))
        self.button.setObjectName("restartNow")
        self.button.setAccessibleName(self.tr("Restart the window now"))
        self.button.clicked.connect(self.restart)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.button.setEnabled(True)
        self.show()

    def restart(self) -> bool:
        """Start the same executable with the same arguments; close this window only once that started."""
        program, args = restart_command()
        if not self.launch(program, args):
            self.text.setText(self.tr("The window could not be restarted: quit and start colivingdesk again."))
            return False
        self.button.setEnabled(False)
        self.window().close()
        return True


class TeamJoinWidget(QWidget):
    """See the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamJoin")
        self.ctx = ctx
        self.notifier = ctx.notifier
        # The status bar's words for the same thing, so both read alike in every language.
        heading = QLabel(QCoreApplication.translate("TeamStatusWidget", "Team database"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        about = QLabel(self.tr(
            "Work on your team's shared database instead of this computer's own cache: the team's sync worker "
            "then talks to the channels, and everyone sees the same conversations."
        ))
        about.setWordWrap(True)
        theme.tint(about, "muted")
        self.url = QLineEdit(saved_database_url(ctx.profile) or "")
        self.url.setObjectName("teamDatabaseUrl")
        self.url.setPlaceholderText(self.tr("postgresql://user@host/database"))
        self.url.editingFinished.connect(self._check_field)
        self.url_result = QLabel()
        self.url_result.setObjectName("teamDatabaseUrlResult")
        self.url_result.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("teamDatabasePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty when it is saved already or not needed"))
        self.password_result = QLabel(self.tr(
            "The password is kept only in the system keyring, never in a file."
        ))
        self.password_result.setObjectName("teamDatabasePasswordResult")
        self.password_result.setWordWrap(True)
        theme.tint(self.password_result, "muted")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testTeamDatabase")
        self.test_button.setAccessibleName(self.tr("Test the connection to the team database"))
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("Use this team database"))
        self.use_button.setObjectName("useTeamDatabase")
        self.use_button.setAccessibleName(self.tr("Use this team database"))
        self.use_button.clicked.connect(self.use)
        self.forget_button = QPushButton(self.tr("Stop using it"))
        self.forget_button.setObjectName("forgetTeamDatabase")
        self.forget_button.setAccessibleName(self.tr("Stop using the saved team database"))
        self.forget_button.clicked.connect(self.forget)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.use_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setObjectName("teamDatabaseResult")
        self.result.setWordWrap(True)
        self.restart_offer = RestartOffer(self)
        url_label = QLabel(self.tr("Database URL"))
        url_label.setBuddy(self.url)
        password_label = QLabel(self.tr("Password"))
        password_label.setBuddy(self.password)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for label, field, under in (
            (url_label, self.url, self.url_result), (password_label, self.password, self.password_result),
        ):
            column = QVBoxLayout()  # what is said about a field sits under it, taking no room when empty
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(under)
            form.addRow(label, column)
        self.url_result.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for widget in (heading, about):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.restart_offer)
        saved = saved_database_url(ctx.profile) is not None
        self.forget_button.setVisible(saved)
        if saved:  # only here when it could not be opened at start-up (see ``ui.team_app``)
            self._say(self.result, self.tr(
                "This team database is saved, but it could not be opened when the window started: test the "
                "connection, or stop using it."
            ), "error")
        if ctx.demo is not None:
            self._say(self.result, self.tr(
                "The demo does not open team databases: start colivingdesk without --demo to use one."
            ), "muted")
            for control in (self.url, self.password, self.test_button, self.use_button, self.forget_button):
                control.setEnabled(False)

    def set_busy(self, busy: bool) -> None:
        for button in (self.test_button, self.use_button, self.forget_button):
            button.setEnabled(not busy)

    def _say(self, label: QLabel, text: str, accent: str) -> None:
        theme.tint(label, accent)
        label.setText(text)
        label.setVisible(bool(text))

    def _check_field(self) -> TeamDatabase | None:
        """The URL's settings, or None with the reason said under the field."""
        text = self.url.text().strip()
        if not text:
            self._say(self.url_result, self.tr(
                "Type the database URL, e.g. postgresql://ana@db.example.com/desk."), "error")
            return None
        try:
            database, password = parse_database(text, from_command_line=False)
        except TeamDatabaseError as err:
            self._say(self.url_result, self.tr("This URL cannot be used: {reason}").format(reason=str(err)), "error")
            return None
        if password is not None:
            self._say(self.url_result, self.tr(
                "This URL carries a password, which would be saved in a file. Remove it from the URL and type "
                "it in the Password field: it is kept in the system keyring."
            ), "error")
            return None
        self._say(self.url_result, self.tr("Signs in as {label}.").format(label=database.label), "muted")
        return database

    async def _check(self, database: TeamDatabase) -> DatabaseCheck | None:
        """Connect with the typed password, else the saved one; None when the keyring could not be read."""
        typed = self.password.text() or None
        secrets: SecretStore = self.ctx.secrets

        def connect() -> DatabaseCheck:
            password = typed if typed is not None else password_for(database, None, secrets)
            return check_team_database(database, password)

        self._say(self.result, self.tr("Connecting to {label}…").format(label=database.label), "muted")
        try:
            return await in_executor(connect)
        except SecretStoreError as err:
            self._say(self.result, str(err), "error")
            return None

    def _describe(self, check: DatabaseCheck) -> None:
        if not check.connected:
            self._say(self.result, self.tr("Not connected: {reason}").format(reason=check.reason), "error")
        elif check.ready:
            self._say(self.result, self.tr("Connected: schema ready"), "ok")
        elif check.version == 0:
            self._say(self.result, self.tr(
                "Connected, but the team's schema is not set up: the database's owner runs "
                "colivingdesk team init --database URL first."
            ), "error")
        elif check.version < check.expected:
            self._say(self.result, self.tr(
                "Connected, but the schema is at step {version} of {expected}: the database's owner runs "
                "colivingdesk team init --database URL to bring it up to date."
            ).format(version=check.version, expected=check.expected), "error")
        else:
            self._say(self.result, self.tr(
                "Connected, but the schema is newer than this version of colivingdesk: update colivingdesk."
            ), "error")

    @async_slot()
    async def test(self) -> None:
        """Connect without saving anything and say what was found, next to the field."""
        database = self._check_field()
        if database is None:
            return
        check = await self._check(database)
        if check is not None:
            self._describe(check)

    @async_slot()
    async def use(self) -> None:
        """Test, then save (password to the keyring, URL to the profile) and offer the restart."""
        database = self._check_field()
        if database is None:
            return
        typed = self.password.text()
        if typed:
            status = await in_executor(self.ctx.secrets.status)
            if not status.secure:
                self._say(self.password_result, self.tr(
                    "{keyring} The password can come from {variable} or ~/.pgpass instead: leave this field "
                    "empty then."
                ).format(keyring=status.message, variable=PASSWORD_VARIABLE), "error")
                return
        check = await self._check(database)
        if check is None:
            return
        self._describe(check)
        if not check.ready:
            return
        if typed:
            try:
                await in_executor(self.ctx.secrets.set, database.account, PASSWORD_SECRET, typed)
            except SecretStoreError as err:
                self._say(self.password_result, str(err), "error")
                return
            self.password.clear()
            self._say(self.password_result, self.tr("The password is saved in the system keyring."), "ok")
        save_database_url(self.ctx.profile, self.url.text())
        self.forget_button.show()
        self._say(self.result, self.tr(
            "Connected: schema ready. Saved: the window opens {label} from its next start."
        ).format(label=database.label), "ok")
        unsent = await in_executor(self._unsent_here)
        text = self.tr("Restart the window to work on the team database.")
        if unsent:
            # Said before the switch: these stay in this computer's cache, which the team's worker never reads.
            text += " " + self.tr(
                "%n write(s) queued on this computer (replies, listing changes, pushes) are not sent while the "
                "window works on the team database; they wait here until you leave team mode.", "", unsent
            )
        self.restart_offer.offer(text)

    def _unsent_here(self) -> int:
        """Writes in this computer's own outbox that no one sends while the window is on the team database."""
        waiting = (OutboxState.QUEUED, OutboxState.HELD, OutboxState.FAILED, OutboxState.SENDING)
        return len(self.ctx.reader.list_outbox(states=waiting))

    def forget(self) -> None:
        """Keep opening this computer's cache (the keyring keeps the password for a later return)."""
        forget_database(self.ctx.profile)
        self.forget_button.hide()
        self.restart_offer.hide()
        self._say(self.result, self.tr("The window keeps opening this computer's own cache."), "muted")
