"""One page shape and one page-walking loop for both channels.

BookMyColiving pages with ``page/limit/totalPages``, Coliving.com with ``current_page/per_page/last_page``;
each client maps its envelope into ``Page`` and hands a fetch function to ``walk_pages``, so the stopping
rules (never past the last page, stop on an empty or short page, follow a total that changes mid-walk) live in
one place.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of records.

    ``skipped`` holds raw records that could not be read (logged, not fatal): one odd record never costs the
    page. ``per_page`` is the size the server says it used (BookMyColiving calls it ``limit``).
    """

    items: list[T]
    page: int = 1
    per_page: int | None = None
    total: int | None = None
    last_page: int | None = None
    request_id: str | None = None
    skipped: tuple[Any, ...] = ()

    @property
    def limit(self) -> int | None:
        return self.per_page

    @property
    def has_more(self) -> bool:
        return self.last_page is not None and self.page < self.last_page and bool(self.items)


async def walk_pages(
    fetch: Callable[[int], Awaitable[Page[T]]], *, page_size: int | None
) -> AsyncIterator[list[T]]:
    """Yield each page's items, from page 1, until the server's last page or an empty/short page.

    The last page is re-read from every response, so a total that shrinks or grows while walking is followed;
    a page shorter than the page size ends the walk even if the server still claims more (it cannot have more
    without a full page first). A page with exactly the records of the page before it ends the walk too: a
    server that ignores ``page`` and claims a huge last page would otherwise be walked for ever.
    """
    page = 1
    previous: list[T] | None = None
    while True:
        result = await fetch(page)
        if not result.items or result.items == previous:
            return
        previous = result.items
        yield result.items
        size = result.per_page or page_size
        if size and len(result.items) < size:
            return
        if result.last_page is None or page >= result.last_page:
            return
        page += 1
