import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
    category_id: list[int] | Unset = UNSET,
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

    json_category_id: list[int] | Unset = UNSET
    if not isinstance(category_id, Unset):
        json_category_id = category_id

    params["category_id"] = json_category_id

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListProductVariationsResponse200 | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListProductVariationsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    category_id: list[int] | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
) -> Response[Error | ListProductVariationsResponse200]:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        selling_status (ListProductVariationsSellingStatus | Unset):
        product_status (ListProductVariationsProductStatus | Unset):
        category_id (list[int] | Unset):
        is_filter_categories_by_or (bool | Unset):  Default: True.
        filter_exclude_categories (bool | Unset):  Default: False.
        warehouse_until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        category_id=category_id,
        is_filter_categories_by_or=is_filter_categories_by_or,
        filter_exclude_categories=filter_exclude_categories,
        warehouse_until=warehouse_until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    category_id: list[int] | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
) -> Error | ListProductVariationsResponse200 | None:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        selling_status (ListProductVariationsSellingStatus | Unset):
        product_status (ListProductVariationsProductStatus | Unset):
        category_id (list[int] | Unset):
        is_filter_categories_by_or (bool | Unset):  Default: True.
        filter_exclude_categories (bool | Unset):  Default: False.
        warehouse_until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListProductVariationsResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
        search=search,
        selling_status=selling_status,
        product_status=product_status,
        category_id=category_id,
        is_filter_categories_by_or=is_filter_categories_by_or,
        filter_exclude_categories=filter_exclude_categories,
        warehouse_until=warehouse_until,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    category_id: list[int] | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
) -> Response[Error | ListProductVariationsResponse200]:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        selling_status (ListProductVariationsSellingStatus | Unset):
        product_status (ListProductVariationsProductStatus | Unset):
        category_id (list[int] | Unset):
        is_filter_categories_by_or (bool | Unset):  Default: True.
        filter_exclude_categories (bool | Unset):  Default: False.
        warehouse_until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        category_id=category_id,
        is_filter_categories_by_or=is_filter_categories_by_or,
        filter_exclude_categories=filter_exclude_categories,
        warehouse_until=warehouse_until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    selling_status: ListProductVariationsSellingStatus | Unset = UNSET,
    product_status: ListProductVariationsProductStatus | Unset = UNSET,
    category_id: list[int] | Unset = UNSET,
    is_filter_categories_by_or: bool | Unset = True,
    filter_exclude_categories: bool | Unset = False,
    warehouse_until: datetime.datetime | Unset = UNSET,
) -> Error | ListProductVariationsResponse200 | None:
    """List products (by variation)

     Lists the shop's products one variation per row (“Danh sách sản phẩm”), 30 per page by default, each
    with its product and its stock per warehouse (`variations_warehouses`). Filters: free-text `search`,
    selling speed, product status, categories, and `warehouse_until` to read the stock as it was at a
    given time.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        selling_status (ListProductVariationsSellingStatus | Unset):
        product_status (ListProductVariationsProductStatus | Unset):
        category_id (list[int] | Unset):
        is_filter_categories_by_or (bool | Unset):  Default: True.
        filter_exclude_categories (bool | Unset):  Default: False.
        warehouse_until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListProductVariationsResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
            search=search,
            selling_status=selling_status,
            product_status=product_status,
            category_id=category_id,
            is_filter_categories_by_or=is_filter_categories_by_or,
            filter_exclude_categories=filter_exclude_categories,
            warehouse_until=warehouse_until,
        )
    ).parsed
