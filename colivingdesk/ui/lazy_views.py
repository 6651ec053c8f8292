"""The window's views other than the inbox, each built the first time it is shown or reached by a link.

Only the inbox is in the first frame. Building every view up front (their modules, their widgets and their
first queries over a large cache) cost more than the rest of start-up together, so the window holds a
placeholder per section and asks :data:`FACTORIES` for the real view on first use (``MainWindow.view``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from colivingdesk.domain import Channel
from colivingdesk.ui.context import AppContext

log = logging.getLogger(__name__)


def _unavailable(title: str, text: str) -> QWidget:
    """What a section shows when its view cannot be loaded in this build."""
    w = QWidget()
    v = QVBoxLayout(w)
    label = QLabel(f"<h3>{title}</h3><p>{text}</p>")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    v.addWidget(label)
    return w


def _properties_view(ctx: AppContext) -> QWidget:
    try:
        from colivingdesk.ui.views.properties_view import PropertiesView
    except ImportError:
        log.exception("properties view unavailable")
        return _unavailable(
            QCoreApplication.translate("MainWindow", "Properties"),
            QCoreApplication.translate("MainWindow", "The properties view is not available in this build."),
        )
    return PropertiesView(ctx)


def _leads_view(ctx: AppContext) -> QWidget:
    from colivingdesk.ui.views.leads_view import LeadsView

    return LeadsView(ctx)


def _bookings_view(ctx: AppContext) -> QWidget:
    from colivingdesk.ui.views.bookings_view import BookingsView

    return BookingsView(ctx)


def _calendar_view(ctx: AppContext) -> QWidget:
    from colivingdesk.ui.views.calendar_view import CalendarView

    return CalendarView(ctx)


def _automations_view(ctx: AppContext) -> QWidget:
    from colivingdesk.ui.views.automations_view import AutomationsView

    return AutomationsView(ctx)


def _settings_view(ctx: AppContext) -> QWidget:
    if ctx.team_label is not None:  # no keys to ask for: the team's worker holds them
        from colivingdesk.ui.views.team_settings_view import TeamSettingsView

        return TeamSettingsView(ctx)
    try:
        from colivingdesk.ui.views.settings_view import SettingsView
    except ImportError:
        log.exception("settings view unavailable")
        return _unavailable(
            QCoreApplication.translate("MainWindow", "Settings"),
            QCoreApplication.translate("MainWindow", "The settings view is not available in this build."),
        )
    return SettingsView(ctx)


#: Every section but the inbox, by its sidebar key: the function that builds its view.
FACTORIES: dict[str, Callable[[AppContext], QWidget]] = {
    "leads": _leads_view, "bookings": _bookings_view, "properties": _properties_view,
    "calendar": _calendar_view, "automations": _automations_view, "settings": _settings_view,
}


def settings_at_start(ctx: AppContext) -> bool:
    """Whether the Settings page has work to do as soon as the Service exists, so the window builds it then
    rather than on first visit: restarting the webhook receiver the BookMyColiving account was saved with
    (``SettingsView`` restarts it when built; the account keeps ``webhook_receiver`` in its settings). On a
    team database the page is built then too, as it always was. Otherwise building it (some 45 ms) would only
    hold the window while it starts."""
    if ctx.team_label is not None:
        return True
    return any(
        Channel(account.channel) is Channel.BMC and bool(account.settings.get("webhook_receiver"))
        for account in ctx.reader.list_accounts()
    )
