"""Every item of a paged list operation of the SIRCLO Order API (partner), page after page.

Placed here by partner-contracts from the spec's paged operations (a GET with a page or offset query
parameter whose answer holds an array of models); regenerate instead of editing.

``iter_<operation>(...)`` takes the operation's own arguments (the page argument, if given, is where to
start) and yields typed items; ``aiter_<operation>(...)`` is the ``async for`` twin. A page that fails
raises the operation's error (``errors.APIStatusError``, ``errors.APIConnectionError``, ...): no page
is skipped silently.
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

    def start(self, params: dict[str, Any]) -> tuple[int, int | None]:
        index = params.get(self.page_param)
        size = params.get(self.size_param) if self.size_param else None
        return (
            index if isinstance(index, int) else self.first,
            size if isinstance(size, int) else self.size_default,
        )

    def batch(self, page: Any) -> list[T]:
        found = _dig(page, self.items)
        return cast(list[T], found) if isinstance(found, list) else []

    def following(self, page: Any, index: int, count: int, size: int | None) -> int | None:
        """The next page number (or offset), or None after the last page."""
        if count == 0 or (size is not None and count < size):
            return None
        if self.style == "offset":
            total = _dig(page, self.total_items) if self.total_items else None
            return None if isinstance(total, int) and index + count >= total else index + count
        pages = _dig(page, self.total_pages) if self.total_pages else None
        if isinstance(pages, int) and index - self.first + 1 >= pages:
            return None
        total = _dig(page, self.total_items) if self.total_items else None
        if isinstance(total, int) and size is not None and (index - self.first + 1) * size >= total:
            return None
        return index + 1


def _iterate(operation: Callable[P, Any], paging: _Paging[T]) -> Callable[P, Iterator[T]]:
    def iterate(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        call = cast(Callable[..., Any], operation)
        params: dict[str, Any] = dict(kwargs)
        index, size = paging.start(params)
        next_index: int | None = index
        while next_index is not None:
            params[paging.page_param] = next_index
            page = call(*args, **params)
            batch = paging.batch(page)
            yield from batch
            next_index = paging.following(page, next_index, len(batch), size)

    iterate.__doc__ = f"Every item of ``{operation.__module__}``, page after page (arguments as its ``sync``)."
    return iterate


def _aiterate(operation: Callable[P, Awaitable[Any]], paging: _Paging[T]) -> Callable[P, AsyncIterator[T]]:
    async def aiterate(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        call = cast(Callable[..., Awaitable[Any]], operation)
        params: dict[str, Any] = dict(kwargs)
        index, size = paging.start(params)
        next_index: int | None = index
        while next_index is not None:
            params[paging.page_param] = next_index
            page = await call(*args, **params)
            batch = paging.batch(page)
            for item in batch:
                yield item
            next_index = paging.following(page, next_index, len(batch), size)

    aiterate.__doc__ = f"Every item of ``{operation.__module__}``, page after page (arguments as its ``asyncio``)."
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
iter_list_orders = _iterate(_list_orders_sync, _list_orders_paging)
"""Every Order of ``api.order.list_orders``, page after page (offset from 0)."""
aiter_list_orders = _aiterate(_list_orders_async, _list_orders_paging)
"""``async for`` every Order of ``api.order.list_orders``, page after page."""

__all__ = [
    "aiter_list_orders",
    "iter_list_orders",
]
