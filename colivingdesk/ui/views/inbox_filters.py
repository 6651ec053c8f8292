"""The inbox's filter bar: text, channel, which threads (inbox, unread, needs reply, archived) and place.

It only turns its controls into a :class:`ThreadFilter`; the store does the filtering in SQL, so the list
stays a lazy model however many conversations there are. "Place" is a BookMyColiving property or a
Coliving.com listing: a host thinks of "the Lisbon house", not of which channel its guests came through.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from colivingdesk.domain import Channel
from colivingdesk.labels import listing_label, property_label
from colivingdesk.store import Store, ThreadFilter
from colivingdesk.translatable import QT_TRANSLATE_NOOP

#: (label, key) of the "show" choices; every one but "Archived" leaves archived threads out.
SHOW_CHOICES = (
    (QT_TRANSLATE_NOOP("InboxFilterBar", "Inbox"), "inbox"),
    (QT_TRANSLATE_NOOP("InboxFilterBar", "Unread"), "unread"),
    (QT_TRANSLATE_NOOP("InboxFilterBar", "Needs reply"), "needs_reply"),
    (QT_TRANSLATE_NOOP("InboxFilterBar", "Archived"), "archived"),
)
#: Offered only in a team (see ``set_person``): conversations assigned to the person at this window.
MINE_CHOICE = (QT_TRANSLATE_NOOP("InboxFilterBar", "Assigned to me"), "mine")
_PLACES_LIMIT = 500
_TEXT_DELAY_MS = 200


class InboxFilterBar(QWidget):
    """Emits ``changed`` when the filter the controls describe changes (text after a short pause)."""

    changed = Signal()

    def __init__(self, reader: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        #: Whose "Assigned to me" this is (a person's key, see ``colivingdesk.people``).
        self.person: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter conversations"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("inboxShowFilter")
        for label, key in SHOW_CHOICES:
            self.show_filter.addItem(self.tr(label), key)
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel_filter.addItem(channel.label, channel)
        self.place_filter = QComboBox()
        self.place_filter.setObjectName("inboxPlaceFilter")
        self.place_filter.setToolTip(self.tr("Conversations about one BookMyColiving property or Coliving.com listing"))
        row.addWidget(self.show_filter)
        row.addWidget(self.channel_filter)
        row.addWidget(self.place_filter, 1)
        layout.addLayout(row)
        self.refresh_places()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TEXT_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.show_filter, self.channel_filter, self.place_filter):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._name_controls()

    def _name_controls(self) -> None:
        """What a screen reader says for each filter (a combo box alone would only say its current choice)."""
        self.search.setAccessibleName(self.tr("Filter conversations"))
        self.search.setAccessibleDescription(self.tr("Guest name, subject or message text"))
        self.show_filter.setAccessibleName(self.tr("Show"))
        self.channel_filter.setAccessibleName(self.tr("Channel"))
        self.place_filter.setAccessibleName(self.tr("Place"))

    def current(self) -> ThreadFilter:
        # Qt hands a StrEnum back as its plain value ("coliving"), so the item data is read as text.
        value = self.channel_filter.currentData()
        channel = Channel(value) if value in {c.value for c in Channel} else None
        show = self.show_filter.currentData()
        place = str(self.place_filter.currentData() or "")
        place_channel, _, place_id = place.partition(":")
        return ThreadFilter(
            channel=channel,
            text=self.search.text().strip() or None,
            unread_only=show == "unread",
            needs_reply=show == "needs_reply",
            archived=show == "archived",
            assigned_to=self.person if show == "mine" else None,
            property_id=place_id if place_channel == Channel.BMC.value else None,
            listing_id=place_id if place_channel == Channel.COLIVING.value else None,
        )

    def set_person(self, person: str | None) -> None:
        """Whose "Assigned to me" this is; None (nobody to share with) leaves the choice out."""
        self.person = person
        index = self.show_filter.findData(MINE_CHOICE[1])
        if person is None and index >= 0:
            if self.show_filter.currentIndex() == index:
                self.show_filter.setCurrentIndex(0)
            self.show_filter.removeItem(index)
        elif person is not None and index < 0:
            with QSignalBlocker(self.show_filter):
                at = self.show_filter.findData("archived")
                self.show_filter.insertItem(at, self.tr(MINE_CHOICE[0]), MINE_CHOICE[1])

    def select_show(self, key: str) -> None:
        self.show_filter.setCurrentIndex(self.show_filter.findData(key))

    def reset(self) -> None:
        """Back to the whole inbox, announced once."""
        self._timer.stop()
        with QSignalBlocker(self.search), QSignalBlocker(self.show_filter), \
                QSignalBlocker(self.channel_filter), QSignalBlocker(self.place_filter):
            self.search.clear()
            self.show_filter.setCurrentIndex(0)
            self.channel_filter.setCurrentIndex(0)
            self.place_filter.setCurrentIndex(0)
        self.changed.emit()

    def refresh_places(self) -> None:
        """Re-list properties and listings (sync may have brought new ones), keeping the chosen one."""
        places = [(property_label(p, p.id), f"{Channel.BMC.value}:{p.id}")
                  for p in self._reader.page_properties(None, None, _PLACES_LIMIT)]
        places += [(listing_label(listing, listing.id), f"{Channel.COLIVING.value}:{listing.id}")
                   for listing in self._reader.list_listings()[:_PLACES_LIMIT]]
        wanted = [(self.tr("All properties"), None), *sorted(places, key=lambda p: p[0].casefold())]
        have = [(self.place_filter.itemText(i), self.place_filter.itemData(i))
                for i in range(self.place_filter.count())]
        if have == wanted:
            return
        chosen = self.place_filter.currentData()
        with QSignalBlocker(self.place_filter):
            self.place_filter.clear()
            for label, data in wanted:
                self.place_filter.addItem(label, data)
            index = self.place_filter.findData(chosen) if chosen is not None else 0
            self.place_filter.setCurrentIndex(max(index, 0))
        if chosen is not None and index < 0:
            self.changed.emit()  # the chosen place is gone: the list shows every place again
