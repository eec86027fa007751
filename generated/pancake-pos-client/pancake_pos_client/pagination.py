"""Every item of a paged list operation of the Pancake POS API, page after page.

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
iter_list_call_laters = _iterate(_list_call_laters_sync, _list_call_laters_paging)
"""Every CallLater of ``api.call_laters.list_call_laters``, page after page (page_number from 1)."""
aiter_list_call_laters = _aiterate(_list_call_laters_async, _list_call_laters_paging)
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
iter_list_combo_products = _iterate(_list_combo_products_sync, _list_combo_products_paging)
"""Every ComboProduct of ``api.combos.list_combo_products``, page after page (page from 1)."""
aiter_list_combo_products = _aiterate(_list_combo_products_async, _list_combo_products_paging)
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
iter_list_crm_records = _iterate(_list_crm_records_sync, _list_crm_records_paging)
"""Every CrmRecord of ``api.crm.list_crm_records``, page after page (page from 1)."""
aiter_list_crm_records = _aiterate(_list_crm_records_async, _list_crm_records_paging)
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
iter_list_customer_point_logs = _iterate(_list_customer_point_logs_sync, _list_customer_point_logs_paging)
"""Every PointLog of ``api.customers.list_customer_point_logs``, page after page (page_number from 1)."""
aiter_list_customer_point_logs = _aiterate(_list_customer_point_logs_async, _list_customer_point_logs_paging)
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
iter_list_customers = _iterate(_list_customers_sync, _list_customers_paging)
"""Every Customer of ``api.customers.list_customers``, page after page (page_number from 1)."""
aiter_list_customers = _aiterate(_list_customers_async, _list_customers_paging)
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
iter_list_exports = _iterate(_list_exports_sync, _list_exports_paging)
"""Every Export of ``api.exports.list_exports``, page after page (page from 1)."""
aiter_list_exports = _aiterate(_list_exports_async, _list_exports_paging)
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
iter_list_inventory_histories = _iterate(_list_inventory_histories_sync, _list_inventory_histories_paging)
"""Every InventoryHistory of ``api.inventory_histories.list_inventory_histories``, page after page (page from 1)."""
aiter_list_inventory_histories = _aiterate(_list_inventory_histories_async, _list_inventory_histories_paging)
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
iter_list_orders = _iterate(_list_orders_sync, _list_orders_paging)
"""Every Order of ``api.orders.list_orders``, page after page (page_number from 1)."""
aiter_list_orders = _aiterate(_list_orders_async, _list_orders_paging)
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
iter_list_product_variations = _iterate(_list_product_variations_sync, _list_product_variations_paging)
"""Every Variation of ``api.products.list_product_variations``, page after page (page_number from 1)."""
aiter_list_product_variations = _aiterate(_list_product_variations_async, _list_product_variations_paging)
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
iter_list_promotion_advances = _iterate(_list_promotion_advances_sync, _list_promotion_advances_paging)
"""Every PromotionAdvance of ``api.promotions.list_promotion_advances``, page after page (page from 1)."""
aiter_list_promotion_advances = _aiterate(_list_promotion_advances_async, _list_promotion_advances_paging)
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
iter_list_purchases = _iterate(_list_purchases_sync, _list_purchases_paging)
"""Every Purchase of ``api.purchases.list_purchases``, page after page (page from 1)."""
aiter_list_purchases = _aiterate(_list_purchases_async, _list_purchases_paging)
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
iter_list_returned_orders = _iterate(_list_returned_orders_sync, _list_returned_orders_paging)
"""Every ReturnedOrder of ``api.returned_orders.list_returned_orders``, page after page (page from 1)."""
aiter_list_returned_orders = _aiterate(_list_returned_orders_async, _list_returned_orders_paging)
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
iter_list_stocktakings = _iterate(_list_stocktakings_sync, _list_stocktakings_paging)
"""Every Stocktaking of ``api.stocktakings.list_stocktakings``, page after page (page from 1)."""
aiter_list_stocktakings = _aiterate(_list_stocktakings_async, _list_stocktakings_paging)
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
iter_list_transactions = _iterate(_list_transactions_sync, _list_transactions_paging)
"""Every Transaction of ``api.transactions.list_transactions``, page after page (page from 1)."""
aiter_list_transactions = _aiterate(_list_transactions_async, _list_transactions_paging)
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
iter_list_transfers = _iterate(_list_transfers_sync, _list_transfers_paging)
"""Every Transfer of ``api.transfers.list_transfers``, page after page (page from 1)."""
aiter_list_transfers = _aiterate(_list_transfers_async, _list_transfers_paging)
"""``async for`` every Transfer of ``api.transfers.list_transfers``, page after page."""

__all__ = [
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
]
