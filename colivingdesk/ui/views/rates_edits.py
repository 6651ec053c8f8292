"""Rate edits not pushed yet, per Coliving.com room type, kept in the profile so nothing typed is lost.

The Rates tab shows one room type at a time and refills its fields from the cache whenever another room type is
chosen or the cache changes. What the user typed but has not pushed is kept here instead, per room type, as the
text of each field that differs from what the cache holds (keys ``base_price``, ``currency``, or a month's
``YYYY-MM``), and laid back over the stored prices on every refill. Each room type's edits are a draft like the
listing editor's (:class:`~colivingdesk.ui.drafts.DraftStore`, one small file per room type under
``<profile>/rate-drafts/``), written as soon as a value changes, so quitting the app loses nothing.

A queued push moves the values it carries to "sent": no longer unpushed, and still shown over the stored prices
until the cache holds them (the push was accepted). A push that fails makes them unpushed edits again.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from colivingdesk.ui.drafts import DraftStore

#: Field key -> the text in that field.
Texts = dict[str, str]


def same(a: str, b: str) -> bool:
    """Whether two field texts mean the same value ("1250" and "1250.00", "eur" and "EUR")."""
    a, b = a.strip(), b.strip()
    if a.casefold() == b.casefold():
        return True
    try:
        return Decimal(a) == Decimal(b)
    except InvalidOperation:
        return False


def _differing(texts: Texts, reference: Texts) -> Texts:
    return {k: v for k, v in texts.items() if not same(v, reference.get(k, ""))}


class RateEdits:
    """Unpushed and sent field texts of each room type; ``store`` None keeps them for the session only."""

    def __init__(self, store: DraftStore | None) -> None:
        self._store = store
        self._edits: dict[str, Texts] = {}
        self._sent: dict[str, Texts] = {}

    def unpushed(self, room_id: str) -> Texts:
        """The fields of ``room_id`` typed and not pushed yet."""
        if room_id not in self._edits:
            saved = (self._store.load(room_id) if self._store else None) or {}
            values = saved.get("values")
            self._edits[room_id] = (
                {str(k): str(v) for k, v in values.items()} if isinstance(values, dict) else {}
            )
        return dict(self._edits[room_id])

    def shown(self, room_id: str, stored: Texts) -> Texts:
        """What the fields show: ``stored`` with the sent values and the unpushed edits laid over it.

        Values the cache now holds are dropped: a sent value the channel accepted, an edit typed elsewhere.
        """
        sent = _differing(self._sent.pop(room_id, {}), stored)
        if sent:
            self._sent[room_id] = sent
        reference = {**stored, **sent}
        edits = _differing(self.unpushed(room_id), reference)
        self._keep(room_id, edits)
        return {**reference, **edits}

    def update(self, room_id: str, stored: Texts, current: Texts) -> Texts:
        """Record the fields as they read now; returns the ones not pushed yet."""
        edits = _differing(current, {**stored, **self._sent.get(room_id, {})})
        self._keep(room_id, edits)
        return edits

    def sent(self, room_id: str, values: Texts) -> None:
        """A push carrying ``values`` was queued: what it carries is no longer unpushed."""
        self._sent[room_id] = {**self._sent.get(room_id, {}), **values}
        self._keep(room_id, _differing(self.unpushed(room_id), values))

    def failed(self, room_id: str) -> None:
        """The push failed: what it carried is unpushed again, unless typed over since."""
        self._keep(room_id, {**self._sent.pop(room_id, {}), **self.unpushed(room_id)})

    def _keep(self, room_id: str, edits: Texts) -> None:
        if edits == self._edits.get(room_id):
            return
        self._edits[room_id] = edits
        if self._store is None:
            return
        # A few hundred bytes written only when a value changes, so on the UI thread as the listing editor does.
        if edits:
            self._store.save(room_id, {"values": edits})
        else:
            self._store.clear(room_id)


__all__ = ["RateEdits", "Texts", "same"]
