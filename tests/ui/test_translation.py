"""The window in the user's language: the shipped Spanish catalogue, Qt's own, and English plural forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from colivingdesk.domain import Lead
from colivingdesk.labels import lead_label
from colivingdesk.sync import Service


def test_the_inbox_is_in_spanish_under_a_spanish_locale(
    language: Callable[[str], None], synced_service: Service, make_window: Callable[..., Any]
) -> None:
    language("es_ES")
    window = make_window(synced_service)
    inbox = window.inbox
    assert inbox.booking_button.text() == "Abrir reserva"
    assert inbox.unread_button.text() == "Marcar como no leída"
    assert inbox.archive_button.text() == "Hecho"
    assert inbox.replies.retry_button.text() == "Reintentar"
    assert inbox.composer.send_button.text() == "Enviar"
    assert inbox.search.placeholderText() == "Filtrar conversaciones"
    shows = [inbox.filters.show_filter.itemText(i) for i in range(inbox.filters.show_filter.count())]
    assert shows == ["Bandeja de entrada", "No leídas", "Por responder", "Archivadas"]
    assert inbox.count_label.text().split(" · ")[0].endswith("conversaciones")
    bookings = window.bookings.count_label.text()
    assert bookings.endswith(" reservas") or bookings == "1 reserva"
    # A text of the shared table base, shown by a subclass: found under the base's context.
    assert window.leads.export_button.text() == "Exportar CSV…"


def test_qt_standard_buttons_follow_the_language(language: Callable[[str], None]) -> None:
    """Qt's own catalogue is installed too, so OK/Cancel in message boxes are not left in English."""
    language("es_ES")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_qt_words_are_european_portuguese_where_qt_ships_no_catalogue(language: Callable[[str], None]) -> None:
    """Qt has qtbase_pt_BR but no qtbase_pt: ours gives the standard buttons and context menus in Portugal's
    Portuguese ("Guardar", not Brazil's "Salvar")."""
    language("pt_PT")
    translate = QCoreApplication.translate
    assert [translate("QPlatformTheme", t) for t in ("Cancel", "Save", "&Yes", "&No", "Close")] == [
        "Cancelar", "Guardar", "&Sim", "&Não", "Fechar"]
    assert [translate("QLineEdit", t) for t in ("&Undo", "Cu&t", "&Copy", "&Paste", "Select All")] == [
        "&Anular", "Cor&tar", "&Copiar", "Co&lar", "Selecionar tudo"]
    assert translate("QFileDialog", "File &name:") == "&Nome do ficheiro:"


def test_qt_words_match_the_variant_of_our_own(language: Callable[[str], None]) -> None:
    """``LANGUAGE=pt`` lists Brazil's Portuguese first; our words are Portugal's, so Qt's must be too."""
    language("pt_BR")
    assert QCoreApplication.translate("SidebarModel", "Settings") == "Definições"
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Guardar"
    assert QCoreApplication.translate("QLineEdit", "Delete") == "Eliminar"


def test_a_language_without_a_catalogue_stays_english_with_correct_plurals(
    language: Callable[[str], None], synced_service: Service, make_window: Callable[..., Any]
) -> None:
    language("fi_FI")  # no colivingdesk_fi.qm: English texts, with "1 booking" rather than "1 bookings"
    window = make_window(synced_service)
    assert window.inbox.booking_button.text() == "Open booking"
    from colivingdesk.ui.views.bookings_view import BookingsView

    assert BookingsView.tr("%Ln bookings", "", 1) == "1 booking"
    assert BookingsView.tr("%Ln bookings", "", 3) == "3 bookings"


def test_words_made_outside_the_window_follow_its_language_only_once_installed(
    language: Callable[[str], None],
) -> None:
    """``labels`` is shared with the command line: English until the window installs a translator."""
    nameless = Lead(id="l1", property_id=None, guest_name="")
    assert lead_label(nameless) == "Unknown guest"
    language("es_ES")
    assert lead_label(nameless) == "Huésped desconocido"


def test_the_status_bar_budgets_are_in_the_users_language(language: Callable[[str], None]) -> None:
    """The budget's name and period are made by the sync layer in English; the status bar says them in German."""
    from colivingdesk.domain import Channel
    from colivingdesk.sync.status import BudgetView
    from colivingdesk.ui.widgets.account_status import budget_text

    language("de_DE")
    text = budget_text(Channel.BMC, BudgetView("replies", 60, 41, None, per="hour"))
    assert text == "BookMyColiving Antworten übrig: 41/60 in dieser Stunde"
    # A budget the window has no word for (an endpoint group) keeps the channel's own name.
    assert "properties" in budget_text(Channel.BMC, BudgetView("properties", 600, 599, None, per="hour"))
