from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_transactions_response_200 import ListTransactionsResponse200
from ...models.list_transactions_status import (
    ListTransactionsStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: ListTransactionsStatus | Unset = -1,
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["startDateTime"] = start_date_time

    params["endDateTime"] = end_date_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/transactions".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListTransactionsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListTransactionsResponse200.from_dict(response.json())

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
) -> Response[Error | ListTransactionsResponse200]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: ListTransactionsStatus | Unset = -1,
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
) -> Response[Error | ListTransactionsResponse200]:
    """List receipt/payment transactions

     Lists the shop's cash-book transactions (receipts and payments, "thu chi"), newest first, page by
    page, optionally filtered by status and by the time they were created.

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (ListTransactionsStatus | Unset):  Default: -1.
        start_date_time (int | Unset):
        end_date_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTransactionsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: ListTransactionsStatus | Unset = -1,
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
) -> Error | ListTransactionsResponse200 | None:
    """List receipt/payment transactions

     Lists the shop's cash-book transactions (receipts and payments, "thu chi"), newest first, page by
    page, optionally filtered by status and by the time they were created.

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (ListTransactionsStatus | Unset):  Default: -1.
        start_date_time (int | Unset):
        end_date_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTransactionsResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: ListTransactionsStatus | Unset = -1,
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
) -> Response[Error | ListTransactionsResponse200]:
    """List receipt/payment transactions

     Lists the shop's cash-book transactions (receipts and payments, "thu chi"), newest first, page by
    page, optionally filtered by status and by the time they were created.

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (ListTransactionsStatus | Unset):  Default: -1.
        start_date_time (int | Unset):
        end_date_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTransactionsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page=page,
        page_size=page_size,
        status=status,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    status: ListTransactionsStatus | Unset = -1,
    start_date_time: int | Unset = UNSET,
    end_date_time: int | Unset = UNSET,
) -> Error | ListTransactionsResponse200 | None:
    """List receipt/payment transactions

     Lists the shop's cash-book transactions (receipts and payments, "thu chi"), newest first, page by
    page, optionally filtered by status and by the time they were created.

    Args:
        shop_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        status (ListTransactionsStatus | Unset):  Default: -1.
        start_date_time (int | Unset):
        end_date_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTransactionsResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page=page,
            page_size=page_size,
            status=status,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
        )
    ).parsed
