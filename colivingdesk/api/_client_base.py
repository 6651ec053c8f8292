"""What both channel clients share around their one ``HttpCore``: lifetime and the budgets the app displays."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from ._http import HttpCore
from .ratelimit import Budgets


class ChannelClient:
    """Base of ``BmcClient`` and ``ColivingClient``; subclasses build ``self._http`` in their constructor."""

    _http: HttpCore

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def budgets(self) -> Budgets:
        return self._http.budgets

    def refuses_until(self, group: str) -> float | None:
        """Epoch seconds until which a call to ``group`` would be refused unsent (a long server wait)."""
        return self._http.refuses_until(group)
