"""The Settings page: connect each channel, and the extras each one has (webhooks, the provider key).

What it guarantees, whatever the user clicks:

* secrets (API keys, the webhook secret, the provider key) go only to
  :class:`~colivingdesk.secrets.SecretStore`,
  in the executor, and are never read back into a field, written to QSettings, the store or the profile
  folder;
* when the computer has no secure keyring the page says so in plain words before anything is typed, and its
  primary action becomes "Use for this session" (for the notice's button, each key field and Enter in it)
  rather than a Save that can only fail;
* each secret's field says where the secret in use comes from (keyring, this session, an environment
  variable, or nowhere), as the SecretStore reports it;
* every check (Verify, Send test event, Save provider key) shows its outcome next to the field it concerns.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.api import webhooks as webhook_events
from colivingdesk.api.errors import ApiStatusError, ChannelError, Conflict
from colivingdesk.domain import Channel
from colivingdesk.secrets import KeyringStatus, KeySource, SecretStoreError
from colivingdesk.sync.changes import ChangeSet
from colivingdesk.ui.asyncslots import async_slot, in_executor, spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.errors import describe
from colivingdesk.ui.widgets.account_box import (
    SESSION_ACTION,
    AccountBoxWidget,
    FieldResultWidget,
    SecretFieldWidget,
)
from colivingdesk.ui.widgets.notice import NoticeWidget
from colivingdesk.ui.widgets.team_box import TeamBoxWidget

DEFAULT_RECEIVER_PORT = 8787
TEST_EVENTS = webhook_events.EVENTS
PROVIDER_WORDS = {
    "created": str(QT_TRANSLATE_NOOP("SettingsView", "Saved: Coliving.com stored the provider key.")),
    "updated": str(QT_TRANSLATE_NOOP("SettingsView", "Saved: Coliving.com replaced the provider key it had.")),
    "unchanged": str(QT_TRANSLATE_NOOP("SettingsView", "Coliving.com already had this provider key; nothing changed.")),
}


def describe_test_delivery(result: dict[str, Any]) -> tuple[str, bool]:
    """What a ``POST /webhooks/test`` answer says about our receiver, in the operator's words.

    The channel reports the HTTP status our receiver gave its delivery: 200 means the signature (HMAC over
    timestamp and body, with the webhook secret) verified here; 401 means it did not, which is nearly always a
    secret that differs from the dashboard's; 503 means no secret is saved on this computer.
    """
    if not result.get("delivered", False) and result.get("status") is None:
        error = result.get("error") or QCoreApplication.translate("SettingsView", "the receiver could not be reached")
        return (QCoreApplication.translate(
            "SettingsView",
            "BookMyColiving could not deliver the event: {error}. Check the webhook URL in its "
            "dashboard and that the receiver is running.",
        ).format(error=error), False)
    status = result.get("status")
    if status == 200:
        event = result.get("event", "event")
        return QCoreApplication.translate(
            "SettingsView", "Delivered and the signature verified on this computer ({event}).",
        ).format(event=event), True
    if status == 401:
        return (QCoreApplication.translate(
            "SettingsView",
            "Delivered, but the signature did not verify: the webhook secret here differs from the one "
            "in BookMyColiving's dashboard.",
        ), False)
    if status == 503:
        return QCoreApplication.translate(
            "SettingsView", "Delivered, but no webhook secret is saved here, so it could not be checked.",
        ), False
    return QCoreApplication.translate("SettingsView", "Delivered, but the receiver answered HTTP {status}.").format(
        status=status,
    ), False


def webhook_placeholder(source: KeySource) -> str:
    """What the empty webhook secret field says about the secret in use (it is never shown)."""
    if source.kind == "keyring":
        return QCoreApplication.translate(
            "SettingsView", "A secret is saved in the system keyring; type a new one to replace it",
        )
    if source.kind == "session":
        return QCoreApplication.translate(
            "SettingsView", "A secret is in use for this session; type a new one to replace it",
        )
    if source.kind == "environment":
        return QCoreApplication.translate(
            "SettingsView", "The secret comes from {variable}, which wins over one typed here",
        ).format(variable=source.variable)
    return QCoreApplication.translate("SettingsView", "The webhook secret (not the API key)")


def _row_over_result(
    result: QWidget, *items: QWidget | tuple[QWidget, int] | int, stretch: bool = False
) -> QVBoxLayout:
    """A row of controls with its result line underneath, so a field's outcome always appears next to it.

    ``items`` are widgets, ``(widget, stretch factor)`` pairs or an ``int`` of spacing; ``stretch`` pushes the row
    left.
    """
    row = QHBoxLayout()
    for item in items:
        if isinstance(item, int):
            row.addSpacing(item)
        elif isinstance(item, tuple):
            row.addWidget(*item)
        else:
            row.addWidget(item)
    if stretch:
        row.addStretch(1)
    box = QVBoxLayout()
    box.addLayout(row)
    box.addWidget(result)
    return box

class SettingsView(QWidget):
    """Accounts for both channels, BookMyColiving webhooks and the Coliving.com provider key."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notifier = ctx.notifier
        self.setObjectName("settingsView")
        self._receiver_port: int | None = None
        self._receiver_wanted: int | None = None
        self._receiver_lock = asyncio.Lock()  # start/stop requests run one after another, in order
        self._keyring: KeyringStatus | None = None  # known once the executor answered
        self.keyring_notice = NoticeWidget("keyringNotice", self.tr("Use for this session only"), self)
        assert self.keyring_notice.button is not None
        self.session_button = self.keyring_notice.button
        self.session_button.setObjectName("sessionOnly")
        self.session_button.clicked.connect(self.use_session_only)

        self.bmc = AccountBoxWidget(Channel.BMC, ctx, self)
        self._saved_receiver = bool(self.bmc.extra_settings.get("webhook_receiver"))
        self.coliving = AccountBoxWidget(Channel.COLIVING, ctx, self)
        self.webhooks = self._build_webhooks()
        self.provider_box = self._build_provider()
        self.team_box = TeamBoxWidget(ctx, self)

        title = QLabel(self.tr("Settings"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("Connect your channel accounts. Verify checks a key before you rely on it. Keys are "
                               "never written to the app's files; each account says where its key is."))
        intro.setWordWrap(True)
        intro.setObjectName("settingsIntro")
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.keyring_notice)
        column.addWidget(self.bmc)
        column.addWidget(self.webhooks)
        column.addWidget(self.coliving)
        column.addWidget(self.provider_box)
        column.addWidget(self.team_box)
        column.addStretch(1)
        # A readable line length, which grows with the user's font (at 860 px a large font cut the checkboxes).
        page.setMaximumWidth(max(860, page.fontMetrics().averageCharWidth() * 125))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self._scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.bmc.accountChanged.connect(self._update_enabled)
        self.coliving.accountChanged.connect(self._update_enabled)
        self.bmc.sessionOnlyChosen.connect(self._session_only_chosen)
        self.coliving.sessionOnlyChosen.connect(self._session_only_chosen)
        self._update_enabled()
        self._unsubscribe = ctx.service.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self._loading = spawn(self._load_saved_secrets(), ctx.notifier)
        self._name_controls()

    def _name_controls(self) -> None:
        """What a screen reader says for the page's own fields (each account box names its own)."""
        self.webhook_secret.set_accessible_name(self.tr("BookMyColiving webhook secret"))
        self.webhook_secret_button.setAccessibleDescription(self.tr("Save the webhook secret"))
        self.receiver_port.setAccessibleName(self.tr("Receiver port"))
        self.test_event.setAccessibleName(self.tr("Test event"))
        self.provider_key.set_accessible_name(self.tr("Coliving.com provider key"))

    # ------------------------------------------------------------------ construction
    def _build_webhooks(self) -> QGroupBox:
        box = QGroupBox(self.tr("BookMyColiving webhooks (optional)"))
        box.setObjectName("webhooksBox")
        explain = QLabel(self.tr("Webhooks make new leads and messages appear within seconds instead of at the "
                                 "next poll. BookMyColiving signs each delivery with the webhook secret from its "
                                 "dashboard."))
        explain.setWordWrap(True)
        self.webhook_secret = SecretFieldWidget("webhookSecret", self.tr("The webhook secret (not the API key)"), box)
        self.webhook_secret_button = QPushButton(self.tr("Save secret"), box)
        self.webhook_secret_button.setObjectName("saveWebhookSecret")
        self.webhook_secret_result = FieldResultWidget("webhookSecretResult", box)
        self.receiver_enabled = QCheckBox(self.tr("Receive deliveries on this computer"), box)
        self.receiver_enabled.setObjectName("receiverEnabled")
        self.receiver_port = QSpinBox(box)
        self.receiver_port.setObjectName("receiverPort")
        self.receiver_port.setRange(0, 65535)
        self.receiver_port.setSpecialValueText(self.tr("any free port"))
        self.receiver_port.setValue(int(self.bmc.extra_settings.get("webhook_port", DEFAULT_RECEIVER_PORT)))
        self.receiver_result = FieldResultWidget("receiverResult", box)
        self.test_event = QComboBox(box)
        self.test_event.setObjectName("testEvent")
        self.test_event.addItems(TEST_EVENTS)
        self.test_button = QPushButton(self.tr("Send test event"), box)
        self.test_button.setObjectName("sendTestEvent")
        self.test_result = FieldResultWidget("testResult", box)

        secret_box = _row_over_result(self.webhook_secret_result, (self.webhook_secret, 1), self.webhook_secret_button)
        receiver_box = _row_over_result(
            self.receiver_result, self.receiver_enabled, 12, QLabel(self.tr("Port")), self.receiver_port, stretch=True
        )
        test_box = _row_over_result(self.test_result, self.test_event, self.test_button, stretch=True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Webhook secret"), secret_box)
        form.addRow(self.tr("Receiver"), receiver_box)
        form.addRow(self.tr("Test"), test_box)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(form)

        self.webhook_secret_button.clicked.connect(self.save_webhook_secret)
        self.webhook_secret.edit.textEdited.connect(lambda _text: self.webhook_secret_result.clear_error())
        self.webhook_secret.edit.returnPressed.connect(self._submit_webhook_secret)
        self.receiver_enabled.toggled.connect(self.request_receiver)
        self.receiver_port.editingFinished.connect(self._port_edited)
        self.test_button.clicked.connect(self.send_test_event)
        return box

    def _build_provider(self) -> QGroupBox:
        box = QGroupBox(self.tr("Coliving.com provider key"))
        box.setObjectName("providerBox")
        explain = QLabel(self.tr("The key your property-management provider gave you, so Coliving.com can link "
                                 "your account to it. It is sent to Coliving.com and not kept on this computer."))
        explain.setWordWrap(True)
        self.provider_key = SecretFieldWidget("providerKey", self.tr("Provider API key, e.g. mb_…"), box)
        self.provider_button = QPushButton(self.tr("Send to Coliving.com"), box)
        self.provider_button.setObjectName("saveProviderKey")
        self.provider_result = FieldResultWidget("providerResult", box)
        field = _row_over_result(self.provider_result, (self.provider_key, 1), self.provider_button)
        form = QFormLayout()
        form.addRow(self.tr("Provider key"), field)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(form)
        self.provider_button.clicked.connect(self.save_provider_key)
        return box

    # ------------------------------------------------------------------ state
    async def _refresh_keyring_status(self) -> None:
        # Choosing a keyring backend can probe D-Bus on first use, so even the status question leaves the UI
        # thread.
        status = await in_executor(self.ctx.secrets.status)
        self._keyring = status
        for box in (self.bmc, self.coliving):
            box.set_keyring(status)
        self.webhook_secret_button.setText(
            self.tr("Save secret") if status.secure else QCoreApplication.translate("AccountBoxWidget", SESSION_ACTION)
        )
        if self.ctx.secrets.session_only and self.webhook_secret_result.ok is False:
            self.webhook_secret_result.clear_result()
        if status.secure:
            self.keyring_notice.say("")
        elif self.ctx.secrets.session_only:
            self.keyring_notice.say(status.message, "warn")
            self.session_button.hide()
        else:
            # A warning, not an error: "Use for this session" is the primary action here and cannot fail.
            self.keyring_notice.say(status.message, "warn")
            self.session_button.show()

    def _update_enabled(self) -> None:
        bmc_ready = Channel.BMC in self.ctx.service.channels
        self.test_button.setEnabled(bmc_ready)
        self.test_button.setToolTip("" if bmc_ready else self.tr("Save a working BookMyColiving key first."))
        coliving_ready = Channel.COLIVING in self.ctx.service.channels
        self.provider_button.setEnabled(coliving_ready)
        self.provider_button.setToolTip("" if coliving_ready else self.tr("Save a working Coliving.com key first."))
        self.bmc.refresh_state()
        self.coliving.refresh_state()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("status") or changes.get_ids("accounts"):
            self._update_enabled()

    async def _load_saved_secrets(self) -> None:
        """Find out which secrets exist (to say so in the fields) without ever putting them on screen."""
        secrets = self.ctx.secrets
        await self._refresh_keyring_status()
        try:
            bmc_key = await in_executor(secrets.source, "bmc", "api_key")
            coliving_key = await in_executor(secrets.source, "coliving", "api_key")
            webhook = await in_executor(secrets.source, "bmc", "webhook_secret")
        except SecretStoreError as err:
            self.keyring_notice.say(str(err), "error")
            return
        self.bmc.set_key_source(bmc_key, initial=True)
        self.coliving.set_key_source(coliving_key, initial=True)
        if not self.webhook_secret_result.text():  # a Save since the page opened already said where it went
            self.webhook_secret.edit.setPlaceholderText(webhook_placeholder(webhook))
        # Restart the receiver the account was saved with, unless the user already chose meanwhile.
        if self._saved_receiver and self._receiver_wanted is None and not self.receiver_enabled.isChecked():
            with_signals_blocked = self.receiver_enabled.blockSignals(True)
            self.receiver_enabled.setChecked(True)
            self.receiver_enabled.blockSignals(with_signals_blocked)
            self.request_receiver(True)

    def focus_channel(self, channel: Channel) -> None:
        """Bring one channel's account box into view with the cursor in its key field ("Connect …" links)."""
        box = self.bmc if channel is Channel.BMC else self.coliving
        self._scroll.ensureWidgetVisible(box)
        box.key_field.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def use_session_only(self) -> None:
        """Keep keys in memory until quit: the user's explicit choice when no secure keyring exists.

        A key already typed is what the user meant to use, so it is taken now rather than left waiting for a
        second click.
        """
        self.ctx.secrets.session_only = True
        self._session_only_chosen()
        for box in (self.bmc, self.coliving):
            if box.key_field.text() and box.save_button.isEnabled():
                box.save()
        if self.webhook_secret.text() and self.webhook_secret_button.isEnabled():
            self.save_webhook_secret()

    def _session_only_chosen(self) -> None:
        spawn(self._refresh_keyring_status(), self.notifier)
        self.notifier.info(self.tr("Keys will be kept for this session only."))

    def set_busy(self, busy: bool) -> None:
        for button in (self.webhook_secret_button, self.provider_button):
            button.setEnabled(not busy)
        self.test_button.setEnabled(not busy and Channel.BMC in self.ctx.service.channels)
        if not busy:
            self._update_enabled()

    # ------------------------------------------------------------------ webhooks
    @async_slot()
    async def save_webhook_secret(self) -> None:
        value = self.webhook_secret.text()
        if not value:
            self.webhook_secret_result.show_result(
                self.tr("Paste the webhook secret from BookMyColiving first."), False
            )
            return
        secrets = self.ctx.secrets
        if self._keyring is not None and not self._keyring.secure and not secrets.session_only:
            secrets.session_only = True
            self._session_only_chosen()
        try:
            await in_executor(secrets.set, "bmc", "webhook_secret", value)
            source = await in_executor(secrets.source, "bmc", "webhook_secret")
        except SecretStoreError as err:
            self.webhook_secret_result.show_result(describe(err).text, False)
            return
        self.webhook_secret.clear()
        self.webhook_secret.edit.setPlaceholderText(webhook_placeholder(source))
        if source.kind == "keyring":
            text, ok = self.tr("Saved in the system keyring. Deliveries are now checked against this secret."), True
        elif source.kind == "session":
            text, ok = self.tr("Kept for this session only. Deliveries are now checked against this secret."), True
        else:
            text = self.tr("Saved, but deliveries are checked against the secret {source}.").format(source=source.words)
            ok = False
        self.webhook_secret_result.show_result(text, ok)

    def _submit_webhook_secret(self) -> None:
        if self.webhook_secret_button.isEnabled() and self.webhook_secret.text():
            self.save_webhook_secret()

    def _port_edited(self) -> None:
        # Compare with what was asked for, not the port obtained: "any free port" (0) never equals the latter.
        if self.receiver_enabled.isChecked() and self.receiver_port.value() != self._receiver_wanted:
            self.request_receiver(True)

    def request_receiver(self, enabled: bool) -> None:
        """Record the wish now (so a second signal in the same instant sees it), then apply it in order."""
        self._receiver_wanted = self.receiver_port.value() if enabled else None
        self.apply_receiver(enabled)

    @async_slot(bool)
    async def apply_receiver(self, enabled: bool) -> None:
        """Start, move or stop the local receiver, and remember the choice (not a secret) with the account."""
        async with self._receiver_lock:
            await self._apply_receiver(enabled)

    async def _apply_receiver(self, enabled: bool) -> None:
        service = self.ctx.service
        wanted = self.receiver_port.value()
        await service.stop_webhooks()
        self._receiver_port = None
        if enabled:
            try:
                port = await service.start_webhooks(port=wanted)
            except OSError as err:
                self.receiver_result.show_result(
                    self.tr("Could not listen on port {port}: {reason}.").format(
                        port=wanted, reason=err.strerror or err,
                    ),
                    False,
                )
                await self.bmc.save_extra({"webhook_receiver": False})
                return
            self._receiver_port = port
            self.receiver_result.show_result(
                self.tr(
                    "Listening at {address} . Put this address (or a public address that "
                    "forwards to it) in BookMyColiving's dashboard as the webhook URL."
                ).format(address=f"http://127.0.0.1:{port}/"), True)
        else:
            self.receiver_result.show_result(self.tr("Not receiving webhooks; polling keeps everything up to date."),
                                             None)
        await self.bmc.save_extra({"webhook_receiver": enabled, "webhook_port": wanted})

    @property
    def receiver_port_in_use(self) -> int | None:
        return self._receiver_port

    @async_slot()
    async def send_test_event(self) -> None:
        self.test_result.show_result(self.tr("Asking BookMyColiving to send a signed test event…"), None)
        try:
            result = await self.ctx.service.send_test_webhook(self.test_event.currentText())
        except ChannelError as err:
            self.test_result.show_result(describe(err).text if not isinstance(err, ApiStatusError)
                                         else err.message, False)
            return
        text, ok = describe_test_delivery(result)
        self.test_result.show_result(text, ok)

    # ------------------------------------------------------------------ provider key
    @async_slot()
    async def save_provider_key(self) -> None:
        key = self.provider_key.text()
        if not key:
            self.provider_result.show_result(self.tr("Paste the provider key first."), False)
            return
        self.provider_result.show_result(self.tr("Sending…"), None)
        try:
            status = await self.ctx.service.save_provider_key(key)
        except Conflict as err:
            self.provider_result.show_result(err.message.removeprefix("Coliving.com: "), False)
            return
        except ApiStatusError as err:
            message = describe(err)
            detail = message.field_error("provider_api_key") or err.message
            self.provider_result.show_result(detail, False)
            return
        except ChannelError as err:
            self.provider_result.show_result(describe(err).text, False)
            return
        self.provider_key.clear()
        known = PROVIDER_WORDS.get(status)
        words = self.tr(known) if known else self.tr("Coliving.com answered: {status}.").format(status=status)
        self.provider_result.show_result(words, True)
