"""One channel's connection settings: API key (masked), where to reach the channel, Verify, Save and Remove.

The key is never read back into the field; a "Key" line says where the key in use comes from (the system
keyring, this session only, an environment variable, or nowhere), asked of the SecretStore rather than assumed
from what was clicked. Verify and Save accept a typed key or fall back to the saved one, so checking a working
setup does not mean pasting the key again. Without a secure keyring the primary action is "Use for this
session", and Enter in the key field takes the key the same way, rather than a Save that can only fail.
Keyring calls block (some backends prompt or talk over D-Bus), so every one runs in the executor; the
account row (base URL, provider, auth style, never a secret) goes to the store's ``accounts`` table the same
way, and the running Service is reconfigured in place.

Results and errors appear directly under the key field, because that is what the user is looking at when they
press Verify; the window banner is only for problems nobody asked about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.accounts import DEFAULT_BASE_URLS, DEFAULT_PROVIDER, AccountSettings
from colivingdesk.domain import Channel
from colivingdesk.secrets import KeyringStatus, KeySource, SecretStoreError
from colivingdesk.store.records import Account
from colivingdesk.sync.status import VerifyResult
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import async_slot, in_executor
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.errors import describe

AUTH_STYLES = (
    (str(QT_TRANSLATE_NOOP("AccountBoxWidget", "X-API-Key header")), "x-api-key"),
    (str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Authorization: Bearer")), "bearer"),
)
STATE_WORDS = {
    "not_configured": str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Not connected")),
    # The status bar's words for the same state ("waiting to sync"): the two must never disagree.
    "idle": str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Connected, waiting to sync")),
    "syncing": str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Syncing…")),
    "up_to_date": str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Up to date")),
    "offline": str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Offline")),
    "key_rejected": str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Key refused")),
    "rate_limited": str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Rate limited")),
}
#: Translated with the ``AccountBoxWidget`` context where it is shown (here and on the webhook secret's button).
SESSION_ACTION = str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Use for this session"))
KEY_HINT = {
    Channel.BMC: str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Your BookMyColiving partner key (starts with bmc_)")),
    Channel.COLIVING: str(QT_TRANSLATE_NOOP("AccountBoxWidget", "Your Coliving.com integrations API key")),
}


class SecretFieldWidget(QWidget):
    """A masked line edit with a Show toggle; the text is only ever what the user typed in this session."""

    def __init__(self, object_name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        # Secrets must not end up in the input method's learning dictionary or history.
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"{object_name}-show")
        self.toggle.setText(self.tr("Show"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show or hide what you typed"))
        self.toggle.toggled.connect(self._on_toggle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        # The form's label is this widget's buddy: clicking it (or its mnemonic) lands in the text field.
        self.setFocusProxy(self.edit)

    def set_accessible_name(self, name: str) -> None:
        """Name the field and say which field Show/Hide reveals (a bare "Show" says nothing)."""
        self.edit.setAccessibleName(name)
        self.toggle.setAccessibleDescription(self.tr("Show or hide the text of {field}").format(field=name))

    def _on_toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text().strip()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)


class FieldResultWidget(QLabel):
    """One line under a field: green for success, red for a problem, muted for progress."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ok: bool | None = None
        self.hide()

    def show_result(self, text: str, ok: bool | None) -> None:
        accent = "muted" if ok is None else ("ok" if ok else "error")
        prefix = "" if ok is None else ("✓ " if ok else "✗ ")
        self.ok = ok
        theme.tint(self, accent)
        self.setText(prefix + text)
        self.setVisible(bool(text))

    def clear_result(self) -> None:
        self.ok = None
        self.clear()
        self.hide()

    def clear_error(self) -> None:
        """Drop a red result once the situation it described changed (the field was edited, the key taken)."""
        if self.ok is False:
            self.clear_result()


def source_text(source: KeySource) -> str:
    """The "Key" line of an account: where the key in use comes from, and what that means for the user."""
    if source.kind == "keyring":
        return QCoreApplication.translate("AccountBoxWidget", "In the system keyring")
    if source.kind == "session":
        return QCoreApplication.translate("AccountBoxWidget", "This session only: forgotten when you quit")
    if source.kind == "environment":
        return QCoreApplication.translate("AccountBoxWidget", "From {variable} (environment variable)").format(
            variable=source.variable,
        )
    return QCoreApplication.translate("AccountBoxWidget", "Missing: paste the API key to connect")


def key_placeholder(channel: Channel, source: KeySource) -> str:
    """What the empty key field says about the key already in use (it is never shown)."""
    if source.kind == "keyring":
        return QCoreApplication.translate(
            "AccountBoxWidget", "A key is saved in the system keyring; type a new one to replace it",
        )
    if source.kind == "session":
        return QCoreApplication.translate(
            "AccountBoxWidget", "A key is in use for this session; type a new one to replace it",
        )
    if source.kind == "environment":
        return QCoreApplication.translate(
            "AccountBoxWidget", "The key comes from {variable}, which wins over a key typed here",
        ).format(variable=source.variable)
    return QCoreApplication.translate("AccountBoxWidget", KEY_HINT[channel])


def _account_for(accounts: list[Account], channel: Channel) -> Account | None:
    return next((a for a in accounts if Channel(a.channel) is channel), None)


class AccountBoxWidget(QGroupBox):
    """Connection settings of one channel, saved to the keyring (key) and the accounts table (the rest)."""

    #: The account was saved or removed (the settings page refreshes what depends on it).
    accountChanged = Signal()
    #: The user chose session-only keys here (no secure keyring); the page updates its notice and other fields.
    sessionOnlyChosen = Signal()

    def __init__(self, channel: Channel, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(channel.label, parent)
        self.channel = channel
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.setObjectName(f"account-{channel.value}")
        self._confirm: QMessageBox | None = None
        #: The red line under the key is Save's check of the key now in use (see ``refresh_state``).
        self._saved_key_problem = False
        self._key_known = False
        self._keyring: KeyringStatus | None = None
        self.source: KeySource | None = None
        account = _account_for(ctx.reader.list_accounts(), channel)
        self.account_id = account.id if account else None
        self.extra_settings: dict[str, Any] = dict(account.settings) if account else {}

        self.state_label = QLabel(self)
        self.state_label.setObjectName(f"state-{channel.value}")
        self.key_field = SecretFieldWidget(f"apiKey-{channel.value}", self.tr(KEY_HINT[channel]), self)
        self.key_result = FieldResultWidget(f"keyResult-{channel.value}", self)
        self.source_label = QLabel(self)
        self.source_label.setObjectName(f"keySource-{channel.value}")
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_field.edit.textEdited.connect(lambda _text: self.key_result.clear_error())
        self.key_field.edit.returnPressed.connect(self._submit)

        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setObjectName(f"advanced-{channel.value}")
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced = QWidget(self)
        self.advanced.setObjectName(f"advancedPanel-{channel.value}")
        self.base_url = QLineEdit(self.advanced)
        self.base_url.setObjectName(f"baseUrl-{channel.value}")
        self.base_url.setPlaceholderText(DEFAULT_BASE_URLS[channel])
        self.base_url.setText(account.base_url if account else DEFAULT_BASE_URLS[channel])
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(18, 0, 0, 0)
        advanced_form.addRow(self.tr("Base URL"), self.base_url)
        self.provider: QLineEdit | None = None
        self.auth_style: QComboBox | None = None
        if channel is Channel.COLIVING:
            self.provider = QLineEdit(self.advanced)
            self.provider.setObjectName("provider")
            self.provider.setText((account.provider if account else None) or DEFAULT_PROVIDER)
            self.auth_style = QComboBox(self.advanced)
            self.auth_style.setObjectName("authStyle")
            for label, value in AUTH_STYLES:
                self.auth_style.addItem(self.tr(label), value)
            current = (account.auth_style if account else None) or "x-api-key"
            self.auth_style.setCurrentIndex(max(self.auth_style.findData(current), 0))
            advanced_form.addRow(self.tr("Provider"), self.provider)
            advanced_form.addRow(self.tr("Send the key as"), self.auth_style)
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self._on_advanced)

        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName(f"verify-{channel.value}")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName(f"save-{channel.value}")
        self.save_button.setDefault(True)  # the primary action: Save, or "Use for this session" without keyring
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"remove-{channel.value}")
        self.verify_button.clicked.connect(self.verify)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.confirm_remove)

        key_box = QVBoxLayout()
        key_box.setSpacing(3)
        key_box.addWidget(self.key_field)
        key_box.addWidget(self.key_result)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Status"), self.state_label)
        form.addRow(self.tr("Key"), self.source_label)
        form.addRow(self.tr("API key"), key_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addLayout(buttons)
        self.refresh_state()
        self._name_controls()

    def _name_controls(self) -> None:
        """Names carry the channel: both accounts' boxes sit on one page, and "API key" alone is ambiguous."""
        channel = self.channel.label
        self.key_field.set_accessible_name(self.tr("{channel} API key").format(channel=channel))
        self.state_label.setAccessibleName(self.tr("{channel} status").format(channel=channel))
        self.base_url.setAccessibleName(self.tr("{channel} base URL").format(channel=channel))
        if self.provider is not None:
            self.provider.setAccessibleName(self.tr("{channel} provider").format(channel=channel))
        if self.auth_style is not None:
            self.auth_style.setAccessibleName(self.tr("Send the key as"))
        self.advanced_toggle.setAccessibleName(self.tr("{channel} advanced settings").format(channel=channel))
        self.verify_button.setAccessibleName(self.tr("Verify the {channel} key").format(channel=channel))
        self.save_button.setAccessibleDescription(self.tr("Save the {channel} key and connect").format(channel=channel))
        self.remove_button.setAccessibleName(self.tr("Remove the {channel} account").format(channel=channel))

    # ------------------------------------------------------------------ state
    def _on_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def refresh_state(self) -> None:
        status = self.ctx.service.status(self.channel)
        known = STATE_WORDS.get(status.state)
        words = self.tr(known) if known else status.state.replace("_", " ").capitalize()
        if status.message and status.state in ("not_configured", "key_rejected", "offline"):
            words = self.tr("{state}: {reason}").format(state=words, reason=status.message)
        self.state_label.setText(words)
        if status.state == "up_to_date" and self._saved_key_problem:
            # The channel has just answered a sync with the saved key: Save's "could not be reached" is no
            # longer so. (A Verify of a typed key says nothing about the saved one, and stays.)
            self.key_result.clear_error()
            self._saved_key_problem = False
        self.remove_button.setEnabled(self.account_id is not None or status.state != "not_configured")

    def set_key_source(self, source: KeySource, *, initial: bool = False) -> None:
        """Say where the key in use comes from, on the "Key" line and in the empty field (it is never shown).

        ``initial`` marks the startup lookup, which may finish after the user already saved or removed a key;
        what the user did wins.
        """
        if initial and self._key_known:
            return
        self._key_known = True
        self.source = source
        self.source_label.setText(source_text(source))
        theme.tint(self.source_label, "warn" if not source.present and self.account_id is not None else "muted")
        self.key_field.edit.setPlaceholderText(key_placeholder(self.channel, source))

    async def refresh_source(self, *, initial: bool = False) -> None:
        """Ask the SecretStore (in the executor: the keyring may block) where the key now comes from."""
        try:
            source = await in_executor(self.ctx.secrets.source, self.channel.value, "api_key")
        except SecretStoreError as err:
            self.source_label.setText(str(err))
            return
        self.set_key_source(source, initial=initial)

    def set_keyring(self, status: KeyringStatus) -> None:
        """Make the primary action fit the keyring: Save, or "Use for this session" when nothing can be saved."""
        self._keyring = status
        session = not status.secure
        self.save_button.setText(self.tr(SESSION_ACTION) if session else self.tr("Save"))
        self.save_button.setToolTip(
            self.tr("Keep the key in memory until you quit: this computer has no secure keyring to save it in.")
            if session else self.tr("Save the key in the system keyring and connect.")
        )
        if self.ctx.secrets.session_only and self.key_result.ok is False and "keyring" in self.key_result.text():
            self.key_result.clear_result()  # "cannot be saved" is no longer what happens on Save

    def _submit(self) -> None:
        """Enter in the key field: the primary action, unless one is already running."""
        if self.save_button.isEnabled() and self.key_field.text():
            self.save()

    def settings(self) -> AccountSettings:
        base = self.base_url.text().strip().rstrip("/") or DEFAULT_BASE_URLS[self.channel]
        provider = (self.provider.text().strip() if self.provider else "") or DEFAULT_PROVIDER
        auth = str(self.auth_style.currentData()) if self.auth_style else "x-api-key"
        return AccountSettings(self.channel, base, provider=provider, auth_style=auth)

    def set_busy(self, busy: bool) -> None:
        for button in (self.verify_button, self.save_button, self.remove_button):
            button.setEnabled(not busy)
        if not busy:
            self.refresh_state()

    async def _key_to_use(self) -> str | None:
        typed = self.key_field.text()
        if typed:
            return typed
        secrets = self.ctx.secrets
        return await in_executor(secrets.get, self.channel.value, "api_key")

    # ------------------------------------------------------------------ actions
    @async_slot()
    async def verify(self) -> None:
        """Check the typed (or saved) key against the channel without saving anything."""
        key_typed = bool(self.key_field.text())
        try:
            key = await self._key_to_use()
        except SecretStoreError as err:
            self.key_result.show_result(str(err), False)
            return
        if not key:
            self.key_result.show_result(self.tr("Paste the API key first."), False)
            return
        self._saved_key_problem = False
        self.key_result.show_result(self.tr("Checking the key…"), None)
        result = await self.ctx.service.verify(self.channel, self.settings(), key)
        text = self._result_text(result)
        if result.ok:
            text = self.tr("{result} {next_step}").format(result=text, next_step=self._after_verify(typed=key_typed))
        self.key_result.show_result(text.strip(), result.ok)
        await self._remember_host_name(result)

    def _after_verify(self, *, typed: bool) -> str:
        """What a key that works still needs: Verify saved nothing, so only Save (or "Use for this session")
        connects the account or puts the checked key in place of the one in use."""
        session = self._keyring is not None and not self._keyring.secure
        if self.channel not in self.ctx.service.channels:
            return self.tr("Use it for this session to connect.") if session else self.tr("Save it to connect.")
        if not typed:
            return ""  # the key checked is the one the account runs on
        if session:
            return self.tr("Use it for this session to replace the key in use.")
        return self.tr("Save it to use it instead of the key in use.")

    def _result_text(self, result: VerifyResult) -> str:
        text = result.message
        if result.ok and result.detail and self.channel is Channel.BMC:
            return self.tr("{message} {detail} visible to this key.").format(message=text, detail=result.detail)
        if not result.ok and result.detail and result.detail not in text:
            return self.tr("{message} ({detail})").format(message=text, detail=result.detail)
        return text

    @async_slot()
    async def save(self) -> None:
        """Key to the keyring, the rest to the accounts table, then point the running Service at it."""
        typed = self.key_field.text()
        secrets = self.ctx.secrets
        if self._keyring is None:  # Enter pressed before the page's keyring question was answered
            self.set_keyring(await in_executor(secrets.status))
        assert self._keyring is not None
        if typed and not self._keyring.secure and not secrets.session_only:
            # No secure keyring: the button read "Use for this session", so that is what the user chose.
            secrets.session_only = True
            self.sessionOnlyChosen.emit()
        try:
            if typed:
                await in_executor(secrets.set, self.channel.value, "api_key", typed)
            elif not await self._key_to_use():  # saving other settings needs a key already stored
                self.key_result.show_result(self.tr("Paste the API key first."), False)
                return
        except SecretStoreError as err:
            self.key_result.show_result(describe(err).text, False)
            return
        settings = self.settings()
        account = Account(
            channel=self.channel, label=self.channel.label, base_url=settings.base_url,
            provider=settings.provider if self.channel is Channel.COLIVING else None,
            auth_style=settings.auth_style, settings=dict(self.extra_settings), id=self.account_id,
        )
        saved = await in_executor(self.ctx.store.save_account, account)
        self.account_id = saved.id
        self.ctx.service.configure(self.channel, settings)
        self.key_field.clear()
        await self.refresh_source()
        self.accountChanged.emit()
        saved_words = self._saved_words(typed)
        # Check what was just saved, so a mistyped key shows up now rather than as a failed sync later.
        key = typed or await self._key_to_use()
        result = await self.ctx.service.verify(self.channel, settings, key) if key else None
        if result is None or result.ok:
            self.key_result.show_result(f"{saved_words} {result.message if result else ''}".strip(), True)
            if result is not None:
                await self._remember_host_name(result)
        else:
            self.key_result.show_result(
                self.tr("{saved} But: {problem}").format(saved=saved_words, problem=self._result_text(result)), False,
            )
            self._saved_key_problem = True

    def _saved_words(self, typed: str) -> str:
        """What Save did, from where the key now comes from rather than from which button was pressed."""
        kind = self.source.kind if self.source is not None else "missing"
        if kind == "keyring":
            return self.tr("Saved in the system keyring, never in files.")
        if kind == "session":
            return self.tr("Kept for this session only, never in files: paste it again after you quit.")
        if kind == "environment":
            variable = self.source.variable if self.source is not None else self.tr("an environment variable")
            if typed:
                return self.tr("Saved, but {variable} is set and its key is the one used.").format(variable=variable)
            return self.tr("Settings saved; the key comes from {variable}.").format(variable=variable)
        return self.tr("Settings saved, but no key is stored on this computer.")

    async def _remember_host_name(self, result: VerifyResult) -> None:
        """Keep the Coliving.com profile's name (``GET /me``) for saved replies' ``{host_name}``."""
        name = (result.detail or "").strip() if result.ok and self.channel is Channel.COLIVING else ""
        if name and self.extra_settings.get("host_name") != name:
            await self.save_extra({"host_name": name})

    async def save_extra(self, values: dict[str, Any]) -> None:
        """Merge non-secret per-account settings (e.g. the webhook receiver port) into the accounts row."""
        self.extra_settings.update(values)
        if self.account_id is None:
            return  # written with the account on its first Save
        settings = self.settings()
        account = Account(
            channel=self.channel, label=self.channel.label, base_url=settings.base_url,
            provider=settings.provider if self.channel is Channel.COLIVING else None,
            auth_style=settings.auth_style, settings=dict(self.extra_settings), id=self.account_id,
        )
        await in_executor(self.ctx.store.save_account, account)

    def confirm_remove(self) -> None:
        """Ask first; ``open()`` keeps the event loop running while the question is on screen."""
        question = self.tr("Remove {channel}?").format(channel=self.channel.label)
        cancel = QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Warning, question, question, cancel, self)
        label = self.channel.label
        if self.source is not None and self.source.kind == "environment":
            forget = self.tr(
                "{channel} stops syncing, but its key comes from {variable}: it connects "
                "again at the next start unless you unset that variable."
            ).format(channel=label, variable=self.source.variable)
        elif self.source is not None and self.source.kind == "session":
            forget = self.tr("This session's key is forgotten and {channel} stops syncing.").format(channel=label)
        else:
            forget = self.tr("The key is deleted from the keyring and {channel} stops syncing.").format(channel=label)
        box.setInformativeText(
            self.tr("{consequence} Cached records stay until you remove the profile.").format(consequence=forget)
        )
        box.setObjectName(f"confirmRemove-{self.channel.value}")
        remove = box.addButton(self.tr("Remove account"), QMessageBox.ButtonRole.DestructiveRole)

        def done(_result: int) -> None:
            if box.clickedButton() is remove:
                self.remove()
            self._confirm = None
            box.deleteLater()

        box.finished.connect(done)
        self._confirm = box
        box.open()

    @async_slot()
    async def remove(self) -> None:
        # The row goes first, so nothing that sees the account unconfigured takes it for one that lost its key.
        if self.account_id is not None:
            await in_executor(self.ctx.store.delete_account, self.account_id)
            self.account_id = None
        self.ctx.service.configure(self.channel, None)
        secrets = self.ctx.secrets
        names = ("api_key", "webhook_secret") if self.channel is Channel.BMC else ("api_key", "provider_key")
        try:
            for name in names:
                await in_executor(secrets.delete, self.channel.value, name)
        except SecretStoreError as err:
            self.key_result.show_result(describe(err).text, False)
        self.key_field.clear()
        await self.refresh_source()
        self.key_result.show_result(
            self.tr("{channel} was removed from this computer.").format(channel=self.channel.label), None,
        )
        self.accountChanged.emit()
