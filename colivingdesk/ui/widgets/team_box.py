"""Settings' Team section: the name this person's colleagues see, and the team database to work on
(``ui.widgets.team_join``).

The name is kept in the profile (``colivingdesk.people``), not in the team's store, because it says who sits
at this computer; the store learns it (``Service.note_person``) so colleagues can assign conversations to
this person and see it on their replies. Renaming keeps the person's key, so nothing they did is lost.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from colivingdesk.people import PERSON_VARIABLE, account_name, chosen_name, save_name
from colivingdesk.store.people import Person
from colivingdesk.ui import theme
from colivingdesk.ui.asyncslots import spawn
from colivingdesk.ui.context import AppContext
from colivingdesk.ui.seat import rename, seat_of
from colivingdesk.ui.widgets.team_join import TeamJoinWidget


class TeamBoxWidget(QGroupBox):
    """"Your name" with Save, and what it is used for; then the "Team database" form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Team"), parent)
        self.setObjectName("teamBox")
        self.ctx = ctx
        self.name = QLineEdit(chosen_name(ctx.profile))
        self.name.setObjectName("yourName")
        self.name.setPlaceholderText(account_name())
        self.save_button = QPushButton(self.tr("Save name"))
        self.save_button.setObjectName("saveYourName")
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        label = QLabel(self.tr("Your name"))
        label.setBuddy(self.name)
        form = QFormLayout(self)
        form.addRow(label, row)
        about = QLabel(self.tr(
            "Your colleagues see this name when you are writing to a guest, when a conversation is assigned to "
            "you and under the replies you send. On a team's database, what you have read, your drafts and "
            "your favourite saved replies are your own."
        ))
        about.setWordWrap(True)
        theme.tint(about, "muted")
        form.addRow(about)
        self.result = QLabel()
        self.result.setObjectName("yourNameResult")
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self.join = TeamJoinWidget(ctx, self)
        form.addRow(self.join)
        self.save_button.setAccessibleName(self.tr("Save your name"))
        if os.environ.get(PERSON_VARIABLE, "").strip():
            self.name.setText(seat_of(ctx).person.name)
            self.name.setEnabled(False)
            self.save_button.setEnabled(False)
            self.result.setText(self.tr("Set by {variable} for this session.").format(variable=PERSON_VARIABLE))

    def save(self) -> Person:
        """Keep the name in the profile and tell the team (announced as a "people" change)."""
        person = save_name(self.ctx.profile, self.name.text())
        rename(self.ctx, person)
        spawn(self.ctx.service.note_person(person), self.ctx.notifier, self)
        self.name.setText(chosen_name(self.ctx.profile))
        theme.tint(self.result, "ok")
        self.result.setText(self.tr("Saved: your colleagues see you as {name}.").format(name=person.name))
        return person
