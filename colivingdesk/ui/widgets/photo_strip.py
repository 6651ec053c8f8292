"""A listing's photos as a strip of thumbnails: add by URL, remove, reorder; thumbnails load in background.

Photos already on the channel are *locked*: BookMyColiving's only photo endpoint appends, and the document
offers no way to remove or reorder a photo, so the strip keeps them first, in the channel's order, and offers
Remove and Move only for photos added here (saying why next to the buttons). What the strip would let the
user do is then exactly what saving can do.

Thumbnails come through ``QNetworkAccessManager`` rather than the Service. The Service's HTTP clients belong
to channel accounts and send their API key with every request; photos live on third-party image hosts, need no
credentials and must never receive one. They are pixels for this screen only (nothing is cached, synced or
written), and ``QNetworkAccessManager`` delivers them as signals on the Qt event loop without a thread or a
blocking call. Channel API traffic stays in ``api/``; this module only ever fetches image URLs the user can
see.

The photos are rows of :class:`PhotoListModel` shown by a ``QListView`` in icon mode, so order, selection and
keyboard movement come from Qt's model/view code and the model can be checked by ``QAbstractItemModelTester``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from colivingdesk.ui.dialogs.listing_fields import photo_problem

THUMB_SIZE = QSize(144, 96)
COVER_HINT = str(QT_TRANSLATE_NOOP("PhotoStripWidget", "The first photo is the cover."))
LOCKED_NOTE = str(QT_TRANSLATE_NOOP(
    "PhotoStripWidget", "Already on BookMyColiving: it cannot be removed or moved from here.",
))
LOCKED_HINT = str(QT_TRANSLATE_NOOP(
    "PhotoStripWidget",
    "Photos already on BookMyColiving cannot be removed or reordered from here (the channel offers no way to); "
    "new photos are added after them.",
))
MAX_PARALLEL = 4
TIMEOUT_MS = 15_000
MAX_IMAGE_BYTES = 15 * 1024 * 1024

ModelIndex = QModelIndex | QPersistentModelIndex


class ThumbnailLoader(QObject):
    """Fetches and scales images by URL, a few at a time, and remembers the result for this session.

    ``thumbnailReady(url)`` fires once per URL, after which :meth:`pixmap` returns the thumbnail, or ``None``
    with :meth:`failed` true when the host could not be reached or the bytes were not an image.
    """

    thumbnailReady = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._manager = QNetworkAccessManager(self)
        # Qt deletes each reply after ``finished`` is handled, and with the manager if it goes first: no reply
        # outlives its manager and none is deleted twice.
        self._manager.setAutoDeleteReplies(True)
        self._manager.finished.connect(self._on_finished)
        self._pixmaps: dict[str, QPixmap] = {}
        self._failed: dict[str, str] = {}
        self._waiting: list[str] = []
        self._running: dict[QNetworkReply, str] = {}

    def pixmap(self, url: str) -> QPixmap | None:
        return self._pixmaps.get(url)

    def failed(self, url: str) -> str | None:
        return self._failed.get(url)

    def pending(self) -> int:
        return len(self._waiting) + len(self._running)

    def request(self, url: str) -> None:
        """Ask for ``url``; a URL already loaded, failed, queued or running is not fetched twice."""
        known = url in self._pixmaps or url in self._failed or url in self._waiting
        if known or url in self._running.values():
            return
        self._waiting.append(url)
        self._start_more()

    def _start_more(self) -> None:
        while self._waiting and len(self._running) < MAX_PARALLEL:
            url = self._waiting.pop(0)
            request = QNetworkRequest(QUrl(url))
            request.setTransferTimeout(TIMEOUT_MS)
            request.setAttribute(
                QNetworkRequest.Attribute.RedirectPolicyAttribute,
                QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
            )
            reply = self._manager.get(request)
            self._running[reply] = url

    def _on_finished(self, reply: QNetworkReply) -> None:
        url = self._running.pop(reply, None)
        try:
            if url is None:
                return
            if reply.error() != QNetworkReply.NetworkError.NoError:
                self._failed[url] = reply.errorString() or self.tr("The photo could not be downloaded.")
            else:
                data = reply.read(MAX_IMAGE_BYTES)
                image = QImage()
                if image.loadFromData(bytes(data.data())) and not image.isNull():
                    scaled = image.scaled(
                        THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                    self._pixmaps[url] = QPixmap.fromImage(scaled)
                else:
                    self._failed[url] = self.tr("The address did not return an image.")
            self.thumbnailReady.emit(url)
        finally:
            self._start_more()


def _placeholder(text: str, color: str) -> QPixmap:
    pixmap = QPixmap(THUMB_SIZE)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#5f6b7a"))
    font = QFont(painter.font())
    font.setPointSize(8)
    painter.setFont(font)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(pixmap.rect().adjusted(6, 6, -6, -6), flags, text)
    painter.end()
    return pixmap


class PhotoListModel(QAbstractListModel):
    """Photo URLs in listing order; the decoration is the thumbnail once loaded, a labelled tile before."""

    UrlRole = Qt.ItemDataRole.UserRole + 1
    StateRole = Qt.ItemDataRole.UserRole + 2  # "loading" | "loaded" | "failed"
    LockedRole = Qt.ItemDataRole.UserRole + 3  # True for a photo already on the channel

    def __init__(self, loader: ThumbnailLoader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._urls: list[str] = []
        self._locked: frozenset[str] = frozenset()
        self._loader = loader or ThumbnailLoader(self)
        self._loader.thumbnailReady.connect(self._on_thumbnail)
        self._loading = _placeholder(self.tr("Loading photo…"), "#eef1f5")
        self._broken = _placeholder(self.tr("Photo unavailable"), "#f7e9e9")

    @property
    def loader(self) -> ThumbnailLoader:
        return self._loader

    def urls(self) -> list[str]:
        return list(self._urls)

    def set_urls(self, urls: Sequence[str], locked: Sequence[str] = ()) -> None:
        """Show ``urls``; ``locked`` are the channel's photos, which stay first, in their order, whatever
        ``urls`` says (a draft cannot have removed or moved them: saving could not do it)."""
        self.beginResetModel()
        self._locked = frozenset(locked)
        self._urls = list(dict.fromkeys([*locked, *urls]))
        self.endResetModel()
        for url in self._urls:
            self._loader.request(url)

    def is_locked(self, row: int) -> bool:
        return 0 <= row < len(self._urls) and self._urls[row] in self._locked

    def locked_count(self) -> int:
        return sum(1 for url in self._urls if url in self._locked)

    def append(self, url: str) -> bool:
        """Add ``url`` at the end; a URL the listing already has is refused (it would show twice)."""
        if url in self._urls:
            return False
        row = len(self._urls)
        self.beginInsertRows(QModelIndex(), row, row)
        self._urls.append(url)
        self.endInsertRows()
        self._loader.request(url)
        return True

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._urls)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._urls):
            return None
        url = self._urls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {url.rsplit('/', 1)[-1] or url}"
        if role == self.LockedRole:
            return url in self._locked
        if role in (Qt.ItemDataRole.ToolTipRole, self.UrlRole):
            if role == self.UrlRole:
                return url
            lines = [url]
            if self._loader.failed(url):
                lines.append(str(self._loader.failed(url)))
            if url in self._locked:
                lines.append(QCoreApplication.translate("PhotoStripWidget", LOCKED_NOTE))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._loader.pixmap(url)
            if pixmap is not None:
                return pixmap
            return self._broken if self._loader.failed(url) else self._loading
        if role == self.StateRole:
            if self._loader.pixmap(url) is not None:
                return "loaded"
            return "failed" if self._loader.failed(url) else "loading"
        return None

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count <= 0 or row < 0 or row + count > len(self._urls):
            return False
        if any(self.is_locked(r) for r in range(row, row + count)):
            return False  # the channel has no way to remove a photo
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._urls[row:row + count]
        self.endRemoveRows()
        return True

    def moveRows(
        self, source_parent: ModelIndex, source_row: int, count: int, destination_parent: ModelIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count <= 0:
            return False
        if source_row < 0 or source_row + count > len(self._urls):
            return False
        if not 0 <= destination_child <= len(self._urls):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # a move onto itself; Qt asserts on it
        if any(self.is_locked(r) for r in range(source_row, source_row + count)):
            return False  # the channel has no way to reorder its photos
        if destination_child < self.locked_count():
            return False  # nor to put a new photo before them
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(),
                                  destination_child):
            return False
        moving = self._urls[source_row:source_row + count]
        del self._urls[source_row:source_row + count]
        insert_at = destination_child - count if destination_child > source_row else destination_child
        self._urls[insert_at:insert_at] = moving
        self.endMoveRows()
        return True

    def _on_thumbnail(self, url: str) -> None:
        for row, candidate in enumerate(self._urls):
            if candidate == url:
                index = self.index(row, 0)
                roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, self.StateRole]
                self.dataChanged.emit(index, index, roles)


class PhotoStripWidget(QWidget):
    """Thumbnails with Add (by URL), Remove, and Move earlier/later; ``changed`` fires on every edit.

    An address that cannot be a photo is refused when added: it stays in the field to be corrected and
    :meth:`problem` says why until the text is corrected or emptied (``problemChanged`` each time that changes),
    so the page can say it next to the field at once rather than at the next save.
    """

    changed = Signal()
    problemChanged = Signal()

    def __init__(self, loader: ThumbnailLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PhotoListModel(loader, self)
        self.view = QListView(self)
        self.view.setObjectName("photoList")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setIconSize(THUMB_SIZE)
        self.view.setGridSize(QSize(THUMB_SIZE.width() + 16, THUMB_SIZE.height() + 34))
        self.view.setFixedHeight(THUMB_SIZE.height() + 46)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setAccessibleName(self.tr("Photos"))

        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("photoUrl")
        self.url_edit.setPlaceholderText(self.tr("https://… photo address"))
        self.add_button = QPushButton(self.tr("Add photo"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.earlier_button = QPushButton(self.tr("◀ Earlier"), self)
        self.later_button = QPushButton(self.tr("Later ▶"), self)
        self.hint = QLabel(self.tr(COVER_HINT), self)
        self.hint.setObjectName("photoHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        row = QHBoxLayout()
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.add_button)
        row.addSpacing(12)
        row.addWidget(self.earlier_button)
        row.addWidget(self.later_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addWidget(self.hint)

        self._problem = ""
        self.add_button.clicked.connect(self._add)
        self.url_edit.returnPressed.connect(self._add)
        self.url_edit.textChanged.connect(self._recheck)
        self.remove_button.clicked.connect(self._remove)
        self.earlier_button.clicked.connect(lambda: self._move(-1))
        self.later_button.clicked.connect(lambda: self._move(+1))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self._name_controls()

    def _name_controls(self) -> None:
        self.url_edit.setAccessibleName(self.tr("Photo address"))
        self.add_button.setAccessibleDescription(self.tr("Add the photo at this address"))
        self.remove_button.setAccessibleName(self.tr("Remove photo"))
        self.earlier_button.setAccessibleName(self.tr("Move photo earlier"))
        self.later_button.setAccessibleName(self.tr("Move photo later"))

    def urls(self) -> list[str]:
        return self.model.urls()

    def problem(self) -> str:
        """Why the address in the field was refused; "" when it was not, or once corrected or emptied."""
        return self._problem

    def _set_problem(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.problemChanged.emit()

    def _recheck(self, text: str) -> None:
        """A refused address is checked again as it is corrected; one never refused is not checked while typed."""
        if self._problem:
            url = text.strip()
            self._set_problem((photo_problem(url) or "") if url else "")

    def set_urls(self, urls: Sequence[str], locked: Sequence[str] = ()) -> None:
        """Show ``urls``; ``locked`` are the photos the channel already has (see the module docstring)."""
        self.model.set_urls(urls, locked)
        self.hint.setText(self.tr(LOCKED_HINT) if self.model.locked_count() else self.tr(COVER_HINT))

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and self.view.selectionModel().isSelected(index) else -1

    def _update_buttons(self, *_args: object) -> None:
        row = self._current_row()
        count = self.model.rowCount()
        movable = row >= 0 and not self.model.is_locked(row)
        self.remove_button.setEnabled(movable)
        self.earlier_button.setEnabled(movable and row > self.model.locked_count())
        self.later_button.setEnabled(movable and row < count - 1)
        tip = self.tr(LOCKED_NOTE) if row >= 0 and not movable else ""
        for button in (self.remove_button, self.earlier_button, self.later_button):
            button.setToolTip(tip)

    def _add(self) -> None:
        url = self.url_edit.text().strip()
        if not url:
            return
        problem = photo_problem(url)
        if problem:
            self._set_problem(problem)
            self.url_edit.setFocus()  # the text stays there, to be corrected
            return
        if self.model.append(url):
            self.url_edit.clear()
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
            self.changed.emit()
        else:
            self.url_edit.selectAll()

    def _remove(self) -> None:
        row = self._current_row()
        if row >= 0 and self.model.removeRow(row):
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self._current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        destination = target + 1 if step > 0 else target
        if self.model.moveRow(QModelIndex(), row, QModelIndex(), destination):
            self.view.setCurrentIndex(self.model.index(target, 0))
            self.changed.emit()
