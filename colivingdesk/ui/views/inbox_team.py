"""The inbox's team part: who is writing to which guest, who a conversation is assigned to, who sent each
reply, and each person's own read state and drafts on a team's store.

Everything here reads the store (``store.people``) and writes through the Service, which announces each
write on the change stream ("presence", "assignments", "people", "drafts"); another desktop re-reads when
those changes reach it, this window when it makes them. Presence is written while the user types in the
composer (at most every ``REFRESH``, so a long reply keeps it alive), and removed when the reply is sent,
when the user opens another conversation or closes it; a desktop that vanishes leaves a row that expires.
"""

from __future__ import annotations

import dataclasses
import functools
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton

from colivingdesk.domain import Thread
from colivingdesk.store import ThreadFilter
from colivingdesk.store.people import Assignment, Person
from colivingdesk.sync import ChangeSet
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.models.inbox_models import INBOX_FILTER, split_key
from colivingdesk.ui.reply_drafts import ReplyDraftStore
from colivingdesk.ui.seat import Seat, seat_of

if TYPE_CHECKING:
    from colivingdesk.ui.views.inbox_view import InboxView

#: How often presence is written again while the user keeps typing (it expires after ``PRESENCE_TTL``).
REFRESH = timedelta(seconds=15)
#: How often an open banner re-reads presence, so one whose writer vanished goes once it expires.
_RECHECK_MS = 30_000


def writing_text(people: list[Person]) -> str:
    """"Ana is writing to this guest", or several names."""
    names = [p.name for p in people]
    if len(names) == 1:
        return QCoreApplication.translate("InboxTeam", "{name} is writing to this guest").format(name=names[0])
    joined = QCoreApplication.translate("InboxTeam", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )
    return QCoreApplication.translate("InboxTeam", "{names} are writing to this guest").format(names=joined)


class TeamDrafts:
    """The inbox's drafts: the profile's file, as always, and on a team's store also the person's row there,
    so a half-written reply follows them to another desktop. The file keeps every keystroke's last pause
    even when the store cannot be reached; the store's text is preferred once it holds this desktop's
    latest write."""

    def __init__(self, local: ReplyDraftStore, ctx: AppContext) -> None:
        self.local = local
        self._ctx = ctx
        self._in_flight: set[str] = set()

    @property
    def _seat(self) -> Seat:
        return seat_of(self._ctx)

    def get(self, key: str) -> str:
        if self._seat.own_state and key not in self._in_flight:
            stored = self._ctx.reader.people.draft(self._seat.person.key, key)
            if stored:
                return stored
        return self.local.get(key)

    def set(self, key: str, text: str) -> None:
        self.local.set(key, text)
        if self._seat.own_state:
            self._in_flight.add(key)
            spawn(self._save(key, text), self._ctx.notifier)

    async def _save(self, key: str, text: str) -> None:
        try:
            await self._ctx.service.save_draft(self._seat.person.key, key, text)
        finally:
            self._in_flight.discard(key)

    def keys(self) -> list[str]:
        return self.local.keys()


class InboxTeam(QObject):
    """Built with the inbox (``attach`` once its widgets exist); see the module docstring."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: InboxView | None = None
        self._assignments: dict[str, Assignment] = {}
        self._writing: dict[str, list[Person]] = {}
        self._touched: dict[str, datetime] = {}
        self._present_in: str | None = None
        self.banner = QFrame()
        self.banner.setObjectName("presenceBanner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel()
        self.banner_label.setObjectName("presenceText")
        self.banner_label.setWordWrap(True)
        theme.tint(self.banner_label, "warn", "font-weight: bold;")
        row.addWidget(self.banner_label, 1)
        self.banner.hide()
        # A push button with a menu: it makes room for the menu's arrow, so "Assigned to Ana" is never cut.
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setAccessibleName(self.tr("Assign conversation"))
        self.assign_menu = QMenu(self.assign_button)
        self.assign_menu.aboutToShow.connect(self._fill_assign_menu)
        self.assign_button.setMenu(self.assign_menu)
        self._recheck = QTimer(self)
        self._recheck.setInterval(_RECHECK_MS)
        self._recheck.timeout.connect(self._reread_presence)
        self._noted: str | None = None
        self._reread_assignments()

    def _note_me(self) -> None:
        """Make this person known to the team (a name the others can assign to and see) when they first do
        something the others see: write, assign, send. Someone who only reads adds nobody to the list."""
        if self._noted != self.me:
            self._noted = self.me
            spawn(self.ctx.service.note_person(self.seat.person), self.ctx.notifier)

    # ------------------------------------------------------------------ reading
    @property
    def seat(self) -> Seat:
        """Who sits here (read each time: a name changed in Settings shows at once)."""
        return seat_of(self.ctx)

    @property
    def me(self) -> str:
        return self.seat.person.key

    @property
    def reader(self) -> str | None:
        return self.seat.reader

    def scoped(self, f: ThreadFilter) -> ThreadFilter:
        """``f`` read as this person (their unread, "Assigned to me")."""
        mine = None if f.assigned_to is None else self.me
        return dataclasses.replace(f, reader=self.seat.reader, assigned_to=mine)

    def _now(self) -> datetime | None:
        return self.ctx.service.people_now() if self.ctx.has_service else None

    def _reread_assignments(self) -> None:
        self._assignments = self.ctx.reader.people.assignments()

    def _reread_presence(self) -> None:
        writing: dict[str, list[Person]] = {}
        for seen in self.ctx.reader.people.presence(None, self._now()):
            if seen.person.key != self.me:
                writing.setdefault(seen.thread, []).append(seen.person)
        self._writing = writing
        self._show_banner()
        if self._view is not None and self._view.thread_list.isVisible():  # a hidden list repaints when shown
            self._view.thread_list.viewport().update()

    def favourites(self) -> set[int]:
        """This person's favourite saved replies (listed first in the composer's menu)."""
        return self.ctx.reader.people.favourite_replies(self.me)

    def writing_in(self, key: str) -> list[Person]:
        """Others writing in the conversation now (as last read)."""
        return list(self._writing.get(key, []))

    def assigned(self, key: str) -> Person | None:
        found = self._assignments.get(key)
        return None if found is None else found.person

    def _name(self, person: Person) -> str:
        return self.tr("you") if person.key == self.me else person.name

    def list_note(self, thread: Thread) -> str:
        """The thread list's marker: who is writing there, else who it is assigned to."""
        writing = self._writing.get(thread.key)
        if writing:
            return self.tr("✎ {name}").format(name=writing[0].name)
        person = self.assigned(thread.key)
        if person is None:
            return ""
        return self.tr("→ {name}").format(name=self._name(person))

    def assigned_text(self, key: str | None) -> str:
        person = self.assigned(key) if key is not None else None
        if person is None:
            return self.tr("Assign…")
        if person.key == self.me:
            return self.tr("Assigned to you")
        return self.tr("Assigned to {name}").format(name=person.name)

    def sent_by(self, author: str | None) -> str | None:
        """How a reply's author is named under it: "You", "Sent by Ana"; None when not recorded."""
        if author is None:
            return None
        if author == self.me:
            return QCoreApplication.translate("ReplyState", "You")
        name = self.ctx.reader.people.name_of(author) or author
        return self.tr("Sent by {name}").format(name=name)

    # ------------------------------------------------------------------ wiring to the inbox
    def attach(self, view: InboxView) -> None:
        self._view = view
        view.filters.set_person(self.me if self.is_team() else None)
        view.composer.edited.connect(self._typing)
        self._reread_presence()
        scoped = self.scoped(INBOX_FILTER)
        if scoped != view.threads.filter:
            view.threads.set_filter(scoped)
        else:
            view.threads.refresh()

    def read_thread(self, key: str) -> Thread | None:
        """The stored thread as this person sees it (their unread count)."""
        return self.ctx.reader.get_thread(*split_key(key), self.scoped(ThreadFilter()))

    def thread_shown(self, key: str | None) -> None:
        """The inbox opened ``key`` (None: closed the conversation): who is writing there and who has it are
        read afresh, so they are right even before any change from another desktop has arrived."""
        if self._present_in is not None and self._present_in != key:
            self._leave(self._present_in)
        self._reread_assignments()
        self.update_header(key)
        self._reread_presence()

    def is_team(self) -> bool:
        """Whether there is a team to share work with: a team's store, or more than one person known.
        Someone using the app alone sees no assignment controls."""
        return self.seat.own_state or bool(self._assignments) or any(
            p.key != self.me for p in self.ctx.reader.people.people()
        )

    def update_header(self, key: str | None) -> None:
        self.assign_button.setText(self.assigned_text(key))
        self.assign_button.setEnabled(key is not None)
        self.assign_button.setVisible(self.is_team())

    def _show_banner(self) -> None:
        key = self._view.current_key if self._view is not None else None
        writing = self._writing.get(key or "", [])
        self.banner_label.setText(writing_text(writing) if writing else "")
        self.banner.setVisible(bool(writing))
        if writing:
            self._recheck.start()
        else:
            self._recheck.stop()

    def _typing(self) -> None:
        view = self._view
        if view is None or view.current_key is None:
            return
        if not view.composer.text().strip():
            return
        key = view.current_key
        now = self.ctx.service.clock.now()
        last = self._touched.get(key)
        if last is not None and now - last < REFRESH and self._present_in == key:
            return
        self._touched[key] = now
        self._present_in = key
        self._note_me()
        spawn(self.ctx.service.touch_presence(self.me, key), self.ctx.notifier)

    def _leave(self, key: str) -> None:
        self._touched.pop(key, None)
        if self._present_in == key:
            self._present_in = None
        spawn(self.ctx.service.clear_presence(self.me, key), self.ctx.notifier)

    def sent(self, key: str) -> None:
        """A reply to ``key`` was queued: this person is no longer writing there."""
        self._note_me()
        if self._present_in == key:
            self._leave(key)

    def leave_all(self) -> None:
        """The window closes: whatever this person was writing, the others stop seeing it."""
        if self._present_in is not None:
            self._leave(self._present_in)

    # ------------------------------------------------------------------ assigning
    def people(self) -> list[Person]:
        """Who a conversation can be given to: everyone the store knows, and this person."""
        known = {p.key: p for p in self.ctx.reader.people.people()}
        known[self.me] = self.seat.person
        return sorted(known.values(), key=lambda p: (p.key != self.me, p.name.casefold()))

    def add_menu_actions(self, menu: QMenu, key: str) -> None:
        """The thread context menu's "Assign to me", "Assign to" and "Unassign" (in a team)."""
        if not self.is_team():
            return
        menu.addSeparator()
        current = self.assigned(key)
        if current is None or current.key != self.me:
            menu.addAction(self.tr("Assign to me"), lambda: self.assign(key, self.me))
        others = [p for p in self.people() if p.key != self.me]
        if others:
            sub = menu.addMenu(self.tr("Assign to"))
            for person in others:
                act = sub.addAction(person.name, functools.partial(self.assign, key, person.key))
                act.setCheckable(True)
                act.setChecked(current is not None and current.key == person.key)
        if current is not None:
            menu.addAction(self.tr("Unassign"), lambda: self.assign(key, None))

    def _fill_assign_menu(self) -> None:
        self.assign_menu.clear()
        key = self._view.current_key if self._view is not None else None
        if key is not None:
            self.add_menu_actions(self.assign_menu, key)

    def assign(self, key: str, person: str | None) -> None:
        spawn(self._assign(key, person), self.ctx.notifier, self)

    async def _assign(self, key: str, person: str | None) -> None:
        self._note_me()
        await self.ctx.service.assign(key, person, self.me)

    # ------------------------------------------------------------------ change stream
    def on_changes(self, changes: ChangeSet) -> None:
        if changes.get_ids("assignments") or changes.get_ids("people"):
            self._reread_assignments()
            if self._view is not None:
                self._view.filters.set_person(self.me if self.is_team() else None)
                if self.me in changes.get_ids("people"):
                    self._view.filters.changed.emit()  # a first name may give this person their lasting key
                self.update_header(self._view.current_key)
                self._view.thread_list.viewport().update()
                if changes.get_ids("people"):
                    self._view.conversation.reload()
        if changes.get_ids("presence") or changes.get_ids("people"):
            self._reread_presence()

