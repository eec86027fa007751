from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_customer_point_logs_response_200 import (
    ListCustomerPointLogsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    shop_customer_id: UUID,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_shop_customer_id = str(shop_customer_id)
    params["shop_customer_id"] = json_shop_customer_id

    params["page_number"] = page_number

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/customers/point_logs".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListCustomerPointLogsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListCustomerPointLogsResponse200.from_dict(response.json())

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
) -> Response[Error | ListCustomerPointLogsResponse200]:
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
    shop_customer_id: UUID,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[Error | ListCustomerPointLogsResponse200]:
    """List a customer's reward-point history

     Lists the changes of one customer's reward points (“Lịch sử điểm thưởng khách hàng”), 30 per page by
    default. `shop_customer_id` is required.

    Args:
        shop_id (int):
        shop_customer_id (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCustomerPointLogsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        shop_customer_id=shop_customer_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    shop_customer_id: UUID,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Error | ListCustomerPointLogsResponse200 | None:
    """List a customer's reward-point history

     Lists the changes of one customer's reward points (“Lịch sử điểm thưởng khách hàng”), 30 per page by
    default. `shop_customer_id` is required.

    Args:
        shop_id (int):
        shop_customer_id (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCustomerPointLogsResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        shop_customer_id=shop_customer_id,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    shop_customer_id: UUID,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[Error | ListCustomerPointLogsResponse200]:
    """List a customer's reward-point history

     Lists the changes of one customer's reward points (“Lịch sử điểm thưởng khách hàng”), 30 per page by
    default. `shop_customer_id` is required.

    Args:
        shop_id (int):
        shop_customer_id (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCustomerPointLogsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        shop_customer_id=shop_customer_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    shop_customer_id: UUID,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Error | ListCustomerPointLogsResponse200 | None:
    """List a customer's reward-point history

     Lists the changes of one customer's reward points (“Lịch sử điểm thưởng khách hàng”), 30 per page by
    default. `shop_customer_id` is required.

    Args:
        shop_id (int):
        shop_customer_id (UUID):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCustomerPointLogsResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            shop_customer_id=shop_customer_id,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
