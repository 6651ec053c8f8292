"""Render the Listings page and the listing editor on demo data, offscreen, as PNGs for docs and store pages.

    python packaging/screenshots/take_editor_screenshots.py [OUTPUT_DIR]

The data is real app data: the built-in sandbox (the same demo the ``--demo`` window uses) is synced into a
throwaway profile, then the views are built over that cache exactly as the window builds them. One "Submit
for review" is queued without a network, so the table shows a write still in the outbox. Demo photo URLs
point at hosts that do not exist, so this script also serves a few generated images on localhost and points
the one listing shown in the editor at them; nothing else is staged.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from colivingdesk.domain import Channel, Photo
from colivingdesk.profile import Profile
from colivingdesk.sandbox import SandboxConfig, SandboxServer
from colivingdesk.secrets import SecretStore
from colivingdesk.store import PropertyFilter, open_store
from colivingdesk.sync import Service
from colivingdesk.ui import theme
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.views.properties_view import PropertiesView

EDITOR_LISTING = "Sunny Coliving Lisbon"
PHOTO_COLOURS = (
    ("#f6c26b", "#e07b39"),
    ("#8fc9e8", "#3c7bb5"),
    ("#b5dba0", "#4f9a59"),
    ("#e3b7d8", "#9b5c96"),
)


def make_photos(folder: Path) -> list[str]:
    """A few warm gradient images standing in for room photos (names only; nothing pretends to be a room)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for number, (top, bottom) in enumerate(PHOTO_COLOURS, start=1):
        image = QImage(480, 320, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, 480, 320)
        gradient.setColorAt(0, QColor(top))
        gradient.setColorAt(1, QColor(bottom))
        painter.fillRect(image.rect(), gradient)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setPointSize(28)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, f"Photo {number}")
        painter.end()
        name = f"room-{number}.jpg"
        image.save(str(folder / name))  # format from the suffix
        names.append(name)
    return names


def serve(folder: Path) -> ThreadingHTTPServer:
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args, **kwargs: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def sync_demo(profile: Profile, secrets: SecretStore, accounts: dict[Channel, object]) -> None:
    """Fill the profile's cache from the sandbox, the way the window's first sync does."""

    async def run() -> None:
        store = open_store(profile.database)
        service = Service(store, secrets, accounts)  # type: ignore[arg-type]
        try:
            report = await service.sync_once([Channel.BMC])
            if not report.ok:
                raise SystemExit(f"demo sync failed: {report.errors}")
        finally:
            await service.aclose()
            store.close()

    asyncio.run(run())


def wait(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def wait_for_thumbnails(app: QApplication, view: PropertiesView, limit_ms: int = 10_000) -> None:
    waited = 0
    while view.thumbnails.pending() and waited < limit_ms:
        wait(app, 50)
        waited += 50


def grab(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply_theme(app)
    font = app.font()
    font.setFamily("DejaVu Sans")
    app.setFont(font)
    work = Path(tempfile.mkdtemp(prefix="colivingdesk-shots-"))
    config = SandboxConfig(demo_ticker_seconds=None)
    with SandboxServer(config) as sandbox:
        secrets = SecretStore(session_only=True, environ={})
        secrets.set("bmc", "api_key", config.bmc_key)
        from colivingdesk.accounts import AccountSettings

        accounts: dict[Channel, object] = {Channel.BMC: AccountSettings(Channel.BMC, sandbox.bmc_base_url)}
        profile = Profile(work / "profile").ensure()
        sync_demo(profile, secrets, accounts)

    photos = work / "photos"
    names = make_photos(photos)
    server = serve(photos)
    store = open_store(profile.database)
    matches = store.page_properties(PropertyFilter(text=EDITOR_LISTING))
    listing = next(p for p in matches if p.name == EDITOR_LISTING)
    listing.photos = [Photo(f"http://127.0.0.1:{server.server_address[1]}/{name}") for name in names]
    store.upsert_properties([listing])
    reader = open_store(profile.database, read_only=True)
    service = Service(store, secrets, {})
    ctx = AppContext(profile=profile, store=store, reader=reader, service=service, secrets=secrets)

    # One write waiting for the channel, as right after pressing "Submit for review" while offline.
    draft = next(p for p in store.page_properties(PropertyFilter(status="DRAFT")))
    service.property_action(draft.id, "submit")

    view = PropertiesView(ctx)
    view.resize(1180, 640)
    view.show()
    wait(app, 100)
    view.select(listing.id)
    wait(app, 100)
    grab(view, out / "properties.png")

    editor = view.open_editor(listing.id)
    assert editor is not None
    editor.resize(820, 920)
    editor.name_edit.setText(f"{listing.name} (rooftop terrace)")
    editor.flush_draft()  # what a pause in typing does
    wait(app, 100)
    wait_for_thumbnails(app, view)
    wait(app, 100)
    grab(editor, out / "editor.png")
    editor.discard_draft()
    editor.close()
    server.shutdown()
    reader.close()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
