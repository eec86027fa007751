from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_customers_response_200 import ListCustomersResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    start_time_inserted_at: int | Unset = UNSET,
    end_time_inserted_at: int | Unset = UNSET,
    start_time_updated_at: int | Unset = UNSET,
    end_time_updated_at: int | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_number"] = page_number

    params["page_size"] = page_size

    params["search"] = search

    params["start_time_inserted_at"] = start_time_inserted_at

    params["end_time_inserted_at"] = end_time_inserted_at

    params["start_time_updated_at"] = start_time_updated_at

    params["end_time_updated_at"] = end_time_updated_at

    params["customer_ids"] = customer_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/customers".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListCustomersResponse200 | None:
    if response.status_code == 200:
        response_200 = ListCustomersResponse200.from_dict(response.json())

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
) -> Response[Error | ListCustomersResponse200]:
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
    start_time_inserted_at: int | Unset = UNSET,
    end_time_inserted_at: int | Unset = UNSET,
    start_time_updated_at: int | Unset = UNSET,
    end_time_updated_at: int | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> Response[Error | ListCustomersResponse200]:
    """List customers

     Lists the shop's customers (“Danh sách khách hàng”), 30 per page by default. Filters: free-text
    `search`, creation and update time windows (unix timestamps), and a comma-separated list of customer
    ids.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        start_time_inserted_at (int | Unset):
        end_time_inserted_at (int | Unset):
        start_time_updated_at (int | Unset):
        end_time_updated_at (int | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCustomersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        search=search,
        start_time_inserted_at=start_time_inserted_at,
        end_time_inserted_at=end_time_inserted_at,
        start_time_updated_at=start_time_updated_at,
        end_time_updated_at=end_time_updated_at,
        customer_ids=customer_ids,
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
    start_time_inserted_at: int | Unset = UNSET,
    end_time_inserted_at: int | Unset = UNSET,
    start_time_updated_at: int | Unset = UNSET,
    end_time_updated_at: int | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> Error | ListCustomersResponse200 | None:
    """List customers

     Lists the shop's customers (“Danh sách khách hàng”), 30 per page by default. Filters: free-text
    `search`, creation and update time windows (unix timestamps), and a comma-separated list of customer
    ids.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        start_time_inserted_at (int | Unset):
        end_time_inserted_at (int | Unset):
        start_time_updated_at (int | Unset):
        end_time_updated_at (int | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCustomersResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
        search=search,
        start_time_inserted_at=start_time_inserted_at,
        end_time_inserted_at=end_time_inserted_at,
        start_time_updated_at=start_time_updated_at,
        end_time_updated_at=end_time_updated_at,
        customer_ids=customer_ids,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    search: str | Unset = UNSET,
    start_time_inserted_at: int | Unset = UNSET,
    end_time_inserted_at: int | Unset = UNSET,
    start_time_updated_at: int | Unset = UNSET,
    end_time_updated_at: int | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> Response[Error | ListCustomersResponse200]:
    """List customers

     Lists the shop's customers (“Danh sách khách hàng”), 30 per page by default. Filters: free-text
    `search`, creation and update time windows (unix timestamps), and a comma-separated list of customer
    ids.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        start_time_inserted_at (int | Unset):
        end_time_inserted_at (int | Unset):
        start_time_updated_at (int | Unset):
        end_time_updated_at (int | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCustomersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        search=search,
        start_time_inserted_at=start_time_inserted_at,
        end_time_inserted_at=end_time_inserted_at,
        start_time_updated_at=start_time_updated_at,
        end_time_updated_at=end_time_updated_at,
        customer_ids=customer_ids,
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
    start_time_inserted_at: int | Unset = UNSET,
    end_time_inserted_at: int | Unset = UNSET,
    start_time_updated_at: int | Unset = UNSET,
    end_time_updated_at: int | Unset = UNSET,
    customer_ids: str | Unset = UNSET,
) -> Error | ListCustomersResponse200 | None:
    """List customers

     Lists the shop's customers (“Danh sách khách hàng”), 30 per page by default. Filters: free-text
    `search`, creation and update time windows (unix timestamps), and a comma-separated list of customer
    ids.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        search (str | Unset):
        start_time_inserted_at (int | Unset):
        end_time_inserted_at (int | Unset):
        start_time_updated_at (int | Unset):
        end_time_updated_at (int | Unset):
        customer_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCustomersResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
            search=search,
            start_time_inserted_at=start_time_inserted_at,
            end_time_inserted_at=end_time_inserted_at,
            start_time_updated_at=start_time_updated_at,
            end_time_updated_at=end_time_updated_at,
            customer_ids=customer_ids,
        )
    ).parsed
