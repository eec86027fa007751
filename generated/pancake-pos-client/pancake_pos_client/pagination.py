"""Every item of a paged list operation of the Pancake POS API, page after page.

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

from .api.call_laters.list_call_laters import asyncio as _list_call_laters_async
from .api.call_laters.list_call_laters import sync as _list_call_laters_sync
from .api.combos.list_combo_products import asyncio as _list_combo_products_async
from .api.combos.list_combo_products import sync as _list_combo_products_sync
from .api.crm.list_crm_records import asyncio as _list_crm_records_async
from .api.crm.list_crm_records import sync as _list_crm_records_sync
from .api.customers.list_customer_point_logs import (
    asyncio as _list_customer_point_logs_async,
)
from .api.customers.list_customer_point_logs import (
    sync as _list_customer_point_logs_sync,
)
from .api.customers.list_customers import asyncio as _list_customers_async
from .api.customers.list_customers import sync as _list_customers_sync
from .api.exports.list_exports import asyncio as _list_exports_async
from .api.exports.list_exports import sync as _list_exports_sync
from .api.inventory_histories.list_inventory_histories import (
    asyncio as _list_inventory_histories_async,
)
from .api.inventory_histories.list_inventory_histories import (
    sync as _list_inventory_histories_sync,
)
from .api.orders.list_orders import asyncio as _list_orders_async
from .api.orders.list_orders import sync as _list_orders_sync
from .api.products.list_product_variations import (
    asyncio as _list_product_variations_async,
)
from .api.products.list_product_variations import sync as _list_product_variations_sync
from .api.promotions.list_promotion_advances import (
    asyncio as _list_promotion_advances_async,
)
from .api.promotions.list_promotion_advances import (
    sync as _list_promotion_advances_sync,
)
from .api.purchases.list_purchases import asyncio as _list_purchases_async
from .api.purchases.list_purchases import sync as _list_purchases_sync
from .api.returned_orders.list_returned_orders import (
    asyncio as _list_returned_orders_async,
)
from .api.returned_orders.list_returned_orders import sync as _list_returned_orders_sync
from .api.stocktakings.list_stocktakings import asyncio as _list_stocktakings_async
from .api.stocktakings.list_stocktakings import sync as _list_stocktakings_sync
from .api.transactions.list_transactions import asyncio as _list_transactions_async
from .api.transactions.list_transactions import sync as _list_transactions_sync
from .api.transfers.list_transfers import asyncio as _list_transfers_async
from .api.transfers.list_transfers import sync as _list_transfers_sync
from .models.call_later import CallLater
from .models.combo_product import ComboProduct
from .models.crm_record import CrmRecord
from .models.customer import Customer
from .models.export import Export
from .models.inventory_history import InventoryHistory
from .models.order import Order
from .models.point_log import PointLog
from .models.promotion_advance import PromotionAdvance
from .models.purchase import Purchase
from .models.returned_order import ReturnedOrder
from .models.stocktaking import Stocktaking
from .models.transaction import Transaction
from .models.transfer import Transfer
from .models.variation import Variation
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


_list_call_laters_paging = _Paging[CallLater](
    style="page",
    page_param="page_number",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_call_laters_page = _first_page(_list_call_laters_sync, _list_call_laters_paging)
"""The first page of ``api.call_laters.list_call_laters`` (page_number from 1): items, has_next_page(), next_page()."""
alist_call_laters_page = _afirst_page(_list_call_laters_async, _list_call_laters_paging)
"""``await`` the first page of ``api.call_laters.list_call_laters`` (an :class:`AsyncPage`)."""
iter_list_call_laters = _iterate(list_call_laters_page)
"""Every CallLater of ``api.call_laters.list_call_laters``, page after page (page_number from 1)."""
aiter_list_call_laters = _aiterate(alist_call_laters_page)
"""``async for`` every CallLater of ``api.call_laters.list_call_laters``, page after page."""


_list_combo_products_paging = _Paging[ComboProduct](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_combo_products_page = _first_page(_list_combo_products_sync, _list_combo_products_paging)
"""The first page of ``api.combos.list_combo_products`` (page from 1): items, has_next_page(), next_page()."""
alist_combo_products_page = _afirst_page(_list_combo_products_async, _list_combo_products_paging)
"""``await`` the first page of ``api.combos.list_combo_products`` (an :class:`AsyncPage`)."""
iter_list_combo_products = _iterate(list_combo_products_page)
"""Every ComboProduct of ``api.combos.list_combo_products``, page after page (page from 1)."""
aiter_list_combo_products = _aiterate(alist_combo_products_page)
"""``async for`` every ComboProduct of ``api.combos.list_combo_products``, page after page."""


_list_crm_records_paging = _Paging[CrmRecord](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=30,
    items=(
        "data",
        "entries",
    ),
    total_pages=None,
    total_items=None,
)
list_crm_records_page = _first_page(_list_crm_records_sync, _list_crm_records_paging)
"""The first page of ``api.crm.list_crm_records`` (page from 1): items, has_next_page(), next_page()."""
alist_crm_records_page = _afirst_page(_list_crm_records_async, _list_crm_records_paging)
"""``await`` the first page of ``api.crm.list_crm_records`` (an :class:`AsyncPage`)."""
iter_list_crm_records = _iterate(list_crm_records_page)
"""Every CrmRecord of ``api.crm.list_crm_records``, page after page (page from 1)."""
aiter_list_crm_records = _aiterate(alist_crm_records_page)
"""``async for`` every CrmRecord of ``api.crm.list_crm_records``, page after page."""


_list_customer_point_logs_paging = _Paging[PointLog](
    style="page",
    page_param="page_number",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_customer_point_logs_page = _first_page(_list_customer_point_logs_sync, _list_customer_point_logs_paging)
"""The first page of ``api.customers.list_customer_point_logs`` (page_number from 1): items, has_next_page(), next_page()."""
alist_customer_point_logs_page = _afirst_page(_list_customer_point_logs_async, _list_customer_point_logs_paging)
"""``await`` the first page of ``api.customers.list_customer_point_logs`` (an :class:`AsyncPage`)."""
iter_list_customer_point_logs = _iterate(list_customer_point_logs_page)
"""Every PointLog of ``api.customers.list_customer_point_logs``, page after page (page_number from 1)."""
aiter_list_customer_point_logs = _aiterate(alist_customer_point_logs_page)
"""``async for`` every PointLog of ``api.customers.list_customer_point_logs``, page after page."""


_list_customers_paging = _Paging[Customer](
    style="page",
    page_param="page_number",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_customers_page = _first_page(_list_customers_sync, _list_customers_paging)
"""The first page of ``api.customers.list_customers`` (page_number from 1): items, has_next_page(), next_page()."""
alist_customers_page = _afirst_page(_list_customers_async, _list_customers_paging)
"""``await`` the first page of ``api.customers.list_customers`` (an :class:`AsyncPage`)."""
iter_list_customers = _iterate(list_customers_page)
"""Every Customer of ``api.customers.list_customers``, page after page (page_number from 1)."""
aiter_list_customers = _aiterate(alist_customers_page)
"""``async for`` every Customer of ``api.customers.list_customers``, page after page."""


_list_exports_paging = _Paging[Export](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=None,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_exports_page = _first_page(_list_exports_sync, _list_exports_paging)
"""The first page of ``api.exports.list_exports`` (page from 1): items, has_next_page(), next_page()."""
alist_exports_page = _afirst_page(_list_exports_async, _list_exports_paging)
"""``await`` the first page of ``api.exports.list_exports`` (an :class:`AsyncPage`)."""
iter_list_exports = _iterate(list_exports_page)
"""Every Export of ``api.exports.list_exports``, page after page (page from 1)."""
aiter_list_exports = _aiterate(alist_exports_page)
"""``async for`` every Export of ``api.exports.list_exports``, page after page."""


_list_inventory_histories_paging = _Paging[InventoryHistory](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=None,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_inventory_histories_page = _first_page(_list_inventory_histories_sync, _list_inventory_histories_paging)
"""The first page of ``api.inventory_histories.list_inventory_histories`` (page from 1): items, has_next_page(), next_page()."""
alist_inventory_histories_page = _afirst_page(_list_inventory_histories_async, _list_inventory_histories_paging)
"""``await`` the first page of ``api.inventory_histories.list_inventory_histories`` (an :class:`AsyncPage`)."""
iter_list_inventory_histories = _iterate(list_inventory_histories_page)
"""Every InventoryHistory of ``api.inventory_histories.list_inventory_histories``, page after page (page from 1)."""
aiter_list_inventory_histories = _aiterate(alist_inventory_histories_page)
"""``async for`` every InventoryHistory of ``api.inventory_histories.list_inventory_histories``, page after page."""


_list_orders_paging = _Paging[Order](
    style="page",
    page_param="page_number",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_orders_page = _first_page(_list_orders_sync, _list_orders_paging)
"""The first page of ``api.orders.list_orders`` (page_number from 1): items, has_next_page(), next_page()."""
alist_orders_page = _afirst_page(_list_orders_async, _list_orders_paging)
"""``await`` the first page of ``api.orders.list_orders`` (an :class:`AsyncPage`)."""
iter_list_orders = _iterate(list_orders_page)
"""Every Order of ``api.orders.list_orders``, page after page (page_number from 1)."""
aiter_list_orders = _aiterate(alist_orders_page)
"""``async for`` every Order of ``api.orders.list_orders``, page after page."""


_list_product_variations_paging = _Paging[Variation](
    style="page",
    page_param="page_number",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_product_variations_page = _first_page(_list_product_variations_sync, _list_product_variations_paging)
"""The first page of ``api.products.list_product_variations`` (page_number from 1): items, has_next_page(), next_page()."""
alist_product_variations_page = _afirst_page(_list_product_variations_async, _list_product_variations_paging)
"""``await`` the first page of ``api.products.list_product_variations`` (an :class:`AsyncPage`)."""
iter_list_product_variations = _iterate(list_product_variations_page)
"""Every Variation of ``api.products.list_product_variations``, page after page (page_number from 1)."""
aiter_list_product_variations = _aiterate(alist_product_variations_page)
"""``async for`` every Variation of ``api.products.list_product_variations``, page after page."""


_list_promotion_advances_paging = _Paging[PromotionAdvance](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=10,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_promotion_advances_page = _first_page(_list_promotion_advances_sync, _list_promotion_advances_paging)
"""The first page of ``api.promotions.list_promotion_advances`` (page from 1): items, has_next_page(), next_page()."""
alist_promotion_advances_page = _afirst_page(_list_promotion_advances_async, _list_promotion_advances_paging)
"""``await`` the first page of ``api.promotions.list_promotion_advances`` (an :class:`AsyncPage`)."""
iter_list_promotion_advances = _iterate(list_promotion_advances_page)
"""Every PromotionAdvance of ``api.promotions.list_promotion_advances``, page after page (page from 1)."""
aiter_list_promotion_advances = _aiterate(alist_promotion_advances_page)
"""``async for`` every PromotionAdvance of ``api.promotions.list_promotion_advances``, page after page."""


_list_purchases_paging = _Paging[Purchase](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=None,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_purchases_page = _first_page(_list_purchases_sync, _list_purchases_paging)
"""The first page of ``api.purchases.list_purchases`` (page from 1): items, has_next_page(), next_page()."""
alist_purchases_page = _afirst_page(_list_purchases_async, _list_purchases_paging)
"""``await`` the first page of ``api.purchases.list_purchases`` (an :class:`AsyncPage`)."""
iter_list_purchases = _iterate(list_purchases_page)
"""Every Purchase of ``api.purchases.list_purchases``, page after page (page from 1)."""
aiter_list_purchases = _aiterate(alist_purchases_page)
"""``async for`` every Purchase of ``api.purchases.list_purchases``, page after page."""


_list_returned_orders_paging = _Paging[ReturnedOrder](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=None,
    total_items=("total_entries",),
)
list_returned_orders_page = _first_page(_list_returned_orders_sync, _list_returned_orders_paging)
"""The first page of ``api.returned_orders.list_returned_orders`` (page from 1): items, has_next_page(), next_page()."""
alist_returned_orders_page = _afirst_page(_list_returned_orders_async, _list_returned_orders_paging)
"""``await`` the first page of ``api.returned_orders.list_returned_orders`` (an :class:`AsyncPage`)."""
iter_list_returned_orders = _iterate(list_returned_orders_page)
"""Every ReturnedOrder of ``api.returned_orders.list_returned_orders``, page after page (page from 1)."""
aiter_list_returned_orders = _aiterate(alist_returned_orders_page)
"""``async for`` every ReturnedOrder of ``api.returned_orders.list_returned_orders``, page after page."""


_list_stocktakings_paging = _Paging[Stocktaking](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=None,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_stocktakings_page = _first_page(_list_stocktakings_sync, _list_stocktakings_paging)
"""The first page of ``api.stocktakings.list_stocktakings`` (page from 1): items, has_next_page(), next_page()."""
alist_stocktakings_page = _afirst_page(_list_stocktakings_async, _list_stocktakings_paging)
"""``await`` the first page of ``api.stocktakings.list_stocktakings`` (an :class:`AsyncPage`)."""
iter_list_stocktakings = _iterate(list_stocktakings_page)
"""Every Stocktaking of ``api.stocktakings.list_stocktakings``, page after page (page from 1)."""
aiter_list_stocktakings = _aiterate(alist_stocktakings_page)
"""``async for`` every Stocktaking of ``api.stocktakings.list_stocktakings``, page after page."""


_list_transactions_paging = _Paging[Transaction](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=30,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_transactions_page = _first_page(_list_transactions_sync, _list_transactions_paging)
"""The first page of ``api.transactions.list_transactions`` (page from 1): items, has_next_page(), next_page()."""
alist_transactions_page = _afirst_page(_list_transactions_async, _list_transactions_paging)
"""``await`` the first page of ``api.transactions.list_transactions`` (an :class:`AsyncPage`)."""
iter_list_transactions = _iterate(list_transactions_page)
"""Every Transaction of ``api.transactions.list_transactions``, page after page (page from 1)."""
aiter_list_transactions = _aiterate(alist_transactions_page)
"""``async for`` every Transaction of ``api.transactions.list_transactions``, page after page."""


_list_transfers_paging = _Paging[Transfer](
    style="page",
    page_param="page",
    first=1,
    size_param="page_size",
    size_default=None,
    items=("data",),
    total_pages=("total_pages",),
    total_items=("total_entries",),
)
list_transfers_page = _first_page(_list_transfers_sync, _list_transfers_paging)
"""The first page of ``api.transfers.list_transfers`` (page from 1): items, has_next_page(), next_page()."""
alist_transfers_page = _afirst_page(_list_transfers_async, _list_transfers_paging)
"""``await`` the first page of ``api.transfers.list_transfers`` (an :class:`AsyncPage`)."""
iter_list_transfers = _iterate(list_transfers_page)
"""Every Transfer of ``api.transfers.list_transfers``, page after page (page from 1)."""
aiter_list_transfers = _aiterate(alist_transfers_page)
"""``async for`` every Transfer of ``api.transfers.list_transfers``, page after page."""

__all__ = [
    "AsyncPage",
    "Page",
    "aiter_list_call_laters",
    "aiter_list_combo_products",
    "aiter_list_crm_records",
    "aiter_list_customer_point_logs",
    "aiter_list_customers",
    "aiter_list_exports",
    "aiter_list_inventory_histories",
    "aiter_list_orders",
    "aiter_list_product_variations",
    "aiter_list_promotion_advances",
    "aiter_list_purchases",
    "aiter_list_returned_orders",
    "aiter_list_stocktakings",
    "aiter_list_transactions",
    "aiter_list_transfers",
    "alist_call_laters_page",
    "alist_combo_products_page",
    "alist_crm_records_page",
    "alist_customer_point_logs_page",
    "alist_customers_page",
    "alist_exports_page",
    "alist_inventory_histories_page",
    "alist_orders_page",
    "alist_product_variations_page",
    "alist_promotion_advances_page",
    "alist_purchases_page",
    "alist_returned_orders_page",
    "alist_stocktakings_page",
    "alist_transactions_page",
    "alist_transfers_page",
    "iter_list_call_laters",
    "iter_list_combo_products",
    "iter_list_crm_records",
    "iter_list_customer_point_logs",
    "iter_list_customers",
    "iter_list_exports",
    "iter_list_inventory_histories",
    "iter_list_orders",
    "iter_list_product_variations",
    "iter_list_promotion_advances",
    "iter_list_purchases",
    "iter_list_returned_orders",
    "iter_list_stocktakings",
    "iter_list_transactions",
    "iter_list_transfers",
    "list_call_laters_page",
    "list_combo_products_page",
    "list_crm_records_page",
    "list_customer_point_logs_page",
    "list_customers_page",
    "list_exports_page",
    "list_inventory_histories_page",
    "list_orders_page",
    "list_product_variations_page",
    "list_promotion_advances_page",
    "list_purchases_page",
    "list_returned_orders_page",
    "list_stocktakings_page",
    "list_transactions_page",
    "list_transfers_page",
]
