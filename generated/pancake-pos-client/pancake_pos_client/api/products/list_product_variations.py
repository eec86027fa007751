import datetime
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors, types
from ...client import Client
from ...models.error import Error
from ...models.list_product_variations_product_status import (
    ListProductVariationsProductStatus,
)
from ...models.list_product_variations_response_200 import (
    ListProductVariationsResponse200,
)
from ...models.list_product_variations_selling_status import (
    ListProductVariationsSellingStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_number"] = page_number

    params["page_size"] = page_size

    params["search"] = search

    json_selling_status: str | Unset = UNSET
    if not isinstance(selling_status, Unset):
        json_selling_status = selling_status

    params["selling_status"] = json_selling_status

    json_product_status: str | Unset = UNSET
    if not isinstance(product_status, Unset):
        json_product_status = product_status

    params["product_status"] = json_product_status

    params["is_filter_categories_by_or"] = is_filter_categories_by_or

    params["filter_exclude_categories"] = filter_exclude_categories

    json_warehouse_until: str | Unset = UNSET
    if not isinstance(warehouse_until, Unset):
        json_warehouse_until = warehouse_until.isoformat()
    params["warehouse_until"] = json_warehouse_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/products/variations".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | ListProductVariationsResponse200 | None:
    """A documented answer decoded; any other 2xx by the documented success schema; any other status: None."""
    if response.status_code == 200:
        response_200 = ListProductVariationsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.is_success:
        return _decode_success(response)
    return None  # an undocumented status: the Response still has it, and .content


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | ListProductVariationsResponse200]:
    try:
        if client.strict:
            parsed = types.strictly(_parse_response, client=client, response=response)
        else:
            parsed = _parse_response(client=client, response=response)
    except errors.APIStatusError:
        raise
    except Exception as exc:
        if response.is_success:
            raise errors.APIResponseValidationError(response, exc) from exc
        parsed = None  # an error answer that is not the documented envelope: see .content
    return Response(
        status_code=types.status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _error_body(response: httpx.Response) -> Any:
    """The vendor's error envelope as its model when it parses, else the response text."""
    if response.status_code == 400:
        try:
            response_400 = Error.from_dict(response.json())

            return response_400

        except Exception:
            return response.text
    if response.status_code == 401:
        try:
            response_401 = Error.from_dict(response.json())

            return response_401

        except Exception:
            return response.text
    if response.status_code == 404:
        try:
            response_404 = Error.from_dict(response.json())

            return response_404

        except Exception:
            return response.text
    if response.status_code == 422:
        try:
            response_422 = Error.from_dict(response.json())

            return response_422

        except Exception:
            return response.text
    try:  # an undocumented status: the vendor's envelope is usually the same
        response_400 = Error.from_dict(response.json())

        parsed = response_400

        if parsed is not None:
            return parsed
    except Exception:
        pass
    return response.text


def _decode_success(response: httpx.Response) -> ListProductVariationsResponse200:
    """A 2xx answer decoded: by its documented schema, else (an undocumented 2xx) by the first documented one."""
    if response.status_code == 200:
        response_200 = ListProductVariationsResponse200.from_dict(response.json())

        return response_200

    response_200 = ListProductVariationsResponse200.from_dict(response.json())

    return response_200


def _parse_success(response: httpx.Response, client: Client | None = None) -> ListProductVariationsResponse200:
    if not response.is_success:
        raise errors.status_error(response, _error_body(response) or response.text)
    try:
        if client is not None and client.strict:
            return types.strictly(_decode_success, response)
        return _decode_success(response)
    except Exception as exc:
        raise errors.APIResponseValidationError(response, exc) from exc


_IDEMPOTENT = True


def _options(
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    return {
        "idempotent": _IDEMPOTENT,
        "timeout": timeout,
        "max_retries": max_retries,
        "extra_headers": extra_headers,
        "extra_query": extra_query,
        "extra_body": extra_body,
    }


def sync_detailed(
    shop_id: int,
    *,
    client: Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | ListProductVariationsResponse200]:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        page_number (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Variations per page. Default: 30.
        search (str | Unset): Free-text search (no default).
        selling_status (ListProductVariationsSellingStatus | Unset): Selling speed (“Tốc độ bán”).
            The labels printed for `normal` and `star` are order-status labels (“Đã gửi hàng”, “Đã
            nhận”), apparently copied by mistake (ledger PP-225).
        product_status (ListProductVariationsProductStatus | Unset): Product status (“Trạng thái
            sản phẩm”).
        is_filter_categories_by_or (bool | Unset): Match any of the categories (true, default)
            instead of all of them (“Lọc danh mục theo điều kiện or”). Default: True.
        filter_exclude_categories (bool | Unset): Exclude the given categories instead of
            including them (“Lọc loại trừ danh mục”). Default: False.
        warehouse_until (datetime.datetime | Unset): Report stock as it was at this time (“Lấy
            thông tin tồn kho tại 1 thời điểm”), ISO 8601, e.g. "2024-06-10T17:00:00.000Z".
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | ListProductVariationsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        search=search,
        selling_status=selling_status,
        product_status=product_status,
        is_filter_categories_by_or=is_filter_categories_by_or,
        filter_exclude_categories=filter_exclude_categories,
        warehouse_until=warehouse_until,
    )

    response = client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListProductVariationsResponse200:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        page_number (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Variations per page. Default: 30.
        search (str | Unset): Free-text search (no default).
        selling_status (ListProductVariationsSellingStatus | Unset): Selling speed (“Tốc độ bán”).
            The labels printed for `normal` and `star` are order-status labels (“Đã gửi hàng”, “Đã
            nhận”), apparently copied by mistake (ledger PP-225).
        product_status (ListProductVariationsProductStatus | Unset): Product status (“Trạng thái
            sản phẩm”).
        is_filter_categories_by_or (bool | Unset): Match any of the categories (true, default)
            instead of all of them (“Lọc danh mục theo điều kiện or”). Default: True.
        filter_exclude_categories (bool | Unset): Exclude the given categories instead of
            including them (“Lọc loại trừ danh mục”). Default: False.
        warehouse_until (datetime.datetime | Unset): Report stock as it was at this time (“Lấy
            thông tin tồn kho tại 1 thời điểm”), ISO 8601, e.g. "2024-06-10T17:00:00.000Z".
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        ListProductVariationsResponse200
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        search=search,
        selling_status=selling_status,
        product_status=product_status,
        is_filter_categories_by_or=is_filter_categories_by_or,
        filter_exclude_categories=filter_exclude_categories,
        warehouse_until=warehouse_until,
    )

    return _parse_success(
        client.request(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )


async def asyncio_detailed(
    shop_id: int,
    *,
    client: Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[Error | ListProductVariationsResponse200]:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        page_number (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Variations per page. Default: 30.
        search (str | Unset): Free-text search (no default).
        selling_status (ListProductVariationsSellingStatus | Unset): Selling speed (“Tốc độ bán”).
            The labels printed for `normal` and `star` are order-status labels (“Đã gửi hàng”, “Đã
            nhận”), apparently copied by mistake (ledger PP-225).
        product_status (ListProductVariationsProductStatus | Unset): Product status (“Trạng thái
            sản phẩm”).
        is_filter_categories_by_or (bool | Unset): Match any of the categories (true, default)
            instead of all of them (“Lọc danh mục theo điều kiện or”). Default: True.
        filter_exclude_categories (bool | Unset): Exclude the given categories instead of
            including them (“Lọc loại trừ danh mục”). Default: False.
        warehouse_until (datetime.datetime | Unset): Report stock as it was at this time (“Lấy
            thông tin tồn kho tại 1 thời điểm”), ISO 8601, e.g. "2024-06-10T17:00:00.000Z".
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[Error | ListProductVariationsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        search=search,
        selling_status=selling_status,
        product_status=product_status,
        is_filter_categories_by_or=is_filter_categories_by_or,
        filter_exclude_categories=filter_exclude_categories,
        warehouse_until=warehouse_until,
    )

    response = await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body))

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListProductVariationsResponse200:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int): Shop id (`<SHOP_ID>` in the source), from `GET /shops`.
        page_number (int | Unset): Page number, from 1. Default: 1.
        page_size (int | Unset): Variations per page. Default: 30.
        search (str | Unset): Free-text search (no default).
        selling_status (ListProductVariationsSellingStatus | Unset): Selling speed (“Tốc độ bán”).
            The labels printed for `normal` and `star` are order-status labels (“Đã gửi hàng”, “Đã
            nhận”), apparently copied by mistake (ledger PP-225).
        product_status (ListProductVariationsProductStatus | Unset): Product status (“Trạng thái
            sản phẩm”).
        is_filter_categories_by_or (bool | Unset): Match any of the categories (true, default)
            instead of all of them (“Lọc danh mục theo điều kiện or”). Default: True.
        filter_exclude_categories (bool | Unset): Exclude the given categories instead of
            including them (“Lọc loại trừ danh mục”). Default: False.
        warehouse_until (datetime.datetime | Unset): Report stock as it was at this time (“Lấy
            thông tin tồn kho tại 1 thời điểm”), ISO 8601, e.g. "2024-06-10T17:00:00.000Z".
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (retried by
            default).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.
        extra_query (Mapping[str, Any] | None): Query parameters added to this call only.
        extra_body (Mapping[str, Any] | None): Keys added to this call's JSON body only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        ListProductVariationsResponse200
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        search=search,
        selling_status=selling_status,
        product_status=product_status,
        is_filter_categories_by_or=is_filter_categories_by_or,
        filter_exclude_categories=filter_exclude_categories,
        warehouse_until=warehouse_until,
    )

    return _parse_success(
        await client.arequest(kwargs, **_options(timeout, max_retries, extra_headers, extra_query, extra_body)), client
    )
