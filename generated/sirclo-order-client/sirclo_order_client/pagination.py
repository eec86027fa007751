"""Every item of a paged list operation of the SIRCLO Order API (partner), page after page.

Placed here by partner-contracts from the spec's paged operations (a GET with a page or offset query
parameter whose answer holds an array of models); regenerate instead of editing.

``iter_<operation>(...)`` takes the operation's own arguments (the page argument, if given, is where to
start) and yields typed items; ``aiter_<operation>(...)`` is the ``async for`` twin. ``<operation>_page(...)``
(``a<operation>_page`` async) returns the first page: ``.items``, ``.raw`` (the page model),
``has_next_page()``, ``next_page()``, ``iter_pages()``; iterating a page yields its items and every
following page's.

The end is where the API says it is: the total number of pages or of items it reports; a page shorter
than the page size asked for is not taken as the end (a server may cap the size). Without a total, pages
are read until one comes back empty. A page that fails raises the operation's error
(``errors.APIStatusError``, ``errors.APIConnectionError``, ...): no page is skipped silently.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, ParamSpec, TypeVar, cast

from .api.order.list_orders import asyncio as _list_orders_async
from .api.order.list_orders import sync as _list_orders_sync
from .models.order import Order
from .types import Unset

P = ParamSpec("P")
T = TypeVar("T")


def _dig(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if value is None or isinstance(value, Unset):
            return None
        value = getattr(value, name, None)
    return None if isinstance(value, Unset) else value


class _Paging(Generic[T]):
    """Where a paged operation keeps its page number (or offset), page size, items and totals."""

    def __init__(
        self,
        *,
        style: str,
        page_param: str,
        first: int,
        size_param: str | None,
        size_default: int | None,
        items: tuple[str, ...],
        total_pages: tuple[str, ...] | None,
        total_items: tuple[str, ...] | None,
    ) -> None:
        self.style = style
        self.page_param = page_param
        self.first = first
        self.size_param = size_param
        self.size_default = size_default
        self.items = items
        self.total_pages = total_pages
        self.total_items = total_items

    def start(self, params: dict[str, Any]) -> int:
        index = params.get(self.page_param)
        return index if isinstance(index, int) else self.first

    def batch(self, page: Any) -> list[T]:
        found = _dig(page, self.items)
        return cast(list[T], found) if isinstance(found, list) else []

    def following(self, page: Any, index: int, count: int, seen: int) -> int | None:
        """The next page number (or offset) after a page of ``count`` items (``seen`` so far), or None at the end."""
        if count == 0:
            return None
        if self.style == "offset":
            total = _dig(page, self.total_items) if self.total_items else None
            return None if isinstance(total, int) and index + count >= total else index + count
        pages = _dig(page, self.total_pages) if self.total_pages else None
        if isinstance(pages, int):
            return None if index - self.first + 1 >= pages else index + 1
        total = _dig(page, self.total_items) if self.total_items else None
        if isinstance(total, int) and seen >= total:
            return None
        return index + 1


class Page(Generic[T]):
    """One page of a paged operation: ``items``, ``raw`` (the page model), the way to the next one."""

    def __init__(self, fetch: Callable[[int], Any], paging: _Paging[T], index: int, seen: int, raw: Any) -> None:
        self._fetch, self._paging, self.index, self.raw = fetch, paging, index, raw
        self.items: list[T] = paging.batch(raw)
        self.seen = seen + len(self.items)
        self._next = paging.following(raw, index, len(self.items), self.seen)

    def has_next_page(self) -> bool:
        return self._next is not None

    def next_page(self) -> Page[T]:
        """The next page (``RuntimeError`` after the last one: check ``has_next_page()``)."""
        if self._next is None:
            raise RuntimeError("no next page: this is the last one")
        return Page(self._fetch, self._paging, self._next, self.seen, self._fetch(self._next))

    def iter_pages(self) -> Iterator[Page[T]]:
        page: Page[T] = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(Generic[T]):
    """The ``async`` twin of :class:`Page` (``await next_page()``, ``async for``)."""

    def __init__(
        self, fetch: Callable[[int], Awaitable[Any]], paging: _Paging[T], index: int, seen: int, raw: Any
    ) -> None:
        self._fetch, self._paging, self.index, self.raw = fetch, paging, index, raw
        self.items: list[T] = paging.batch(raw)
        self.seen = seen + len(self.items)
        self._next = paging.following(raw, index, len(self.items), self.seen)

    def has_next_page(self) -> bool:
        return self._next is not None

    async def next_page(self) -> AsyncPage[T]:
        """The next page (``RuntimeError`` after the last one: check ``has_next_page()``)."""
        if self._next is None:
            raise RuntimeError("no next page: this is the last one")
        return AsyncPage(self._fetch, self._paging, self._next, self.seen, await self._fetch(self._next))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def _first_page(operation: Callable[P, Any], paging: _Paging[T]) -> Callable[P, Page[T]]:
    def first_page(*args: P.args, **kwargs: P.kwargs) -> Page[T]:
        call = cast(Callable[..., Any], operation)
        params: dict[str, Any] = dict(kwargs)

        def fetch(index: int) -> Any:
            return call(*args, **{**params, paging.page_param: index})

        index = paging.start(params)
        return Page(fetch, paging, index, 0, fetch(index))

    first_page.__doc__ = f"The first page of ``{operation.__module__}`` (arguments as its ``sync``)."
    return first_page


def _afirst_page(operation: Callable[P, Awaitable[Any]], paging: _Paging[T]) -> Callable[P, Awaitable[AsyncPage[T]]]:
    async def afirst_page(*args: P.args, **kwargs: P.kwargs) -> AsyncPage[T]:
        call = cast(Callable[..., Awaitable[Any]], operation)
        params: dict[str, Any] = dict(kwargs)

        async def fetch(index: int) -> Any:
            return await call(*args, **{**params, paging.page_param: index})

        index = paging.start(params)
        return AsyncPage(fetch, paging, index, 0, await fetch(index))

    afirst_page.__doc__ = f"The first page of ``{operation.__module__}`` (arguments as its ``asyncio``)."
    return afirst_page


def _iterate(first_page: Callable[P, Page[T]]) -> Callable[P, Iterator[T]]:
    def iterate(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        yield from first_page(*args, **kwargs)

    iterate.__doc__ = "Every item, page after page (arguments as the operation's ``sync``)."
    return iterate


def _aiterate(first_page: Callable[P, Awaitable[AsyncPage[T]]]) -> Callable[P, AsyncIterator[T]]:
    async def aiterate(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        page = await first_page(*args, **kwargs)
        async for item in page:
            yield item

    aiterate.__doc__ = "``async for`` every item, page after page (arguments as the operation's ``asyncio``)."
    return aiterate


_list_orders_paging = _Paging[Order](
    style="offset",
    page_param="offset",
    first=0,
    size_param="limit",
    size_default=None,
    items=("data",),
    total_pages=None,
    total_items=("total_record",),
)
list_orders_page = _first_page(_list_orders_sync, _list_orders_paging)
"""The first page of ``api.order.list_orders`` (offset from 0): items, has_next_page(), next_page()."""
alist_orders_page = _afirst_page(_list_orders_async, _list_orders_paging)
"""``await`` the first page of ``api.order.list_orders`` (an :class:`AsyncPage`)."""
iter_list_orders = _iterate(list_orders_page)
"""Every Order of ``api.order.list_orders``, page after page (offset from 0)."""
aiter_list_orders = _aiterate(alist_orders_page)
"""``async for`` every Order of ``api.order.list_orders``, page after page."""

__all__ = [
    "AsyncPage",
    "Page",
    "aiter_list_orders",
    "alist_orders_page",
    "iter_list_orders",
    "list_orders_page",
]
