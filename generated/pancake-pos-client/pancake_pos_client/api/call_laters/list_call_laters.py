from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_call_laters_response_200 import ListCallLatersResponse200
from ...models.list_call_laters_status import (
    ListCallLatersStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    key: str | Unset = "today",
    status: ListCallLatersStatus | Unset = -1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_number"] = page_number

    params["page_size"] = page_size

    params["key"] = key

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/order_call_laters".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListCallLatersResponse200 | None:
    if response.status_code == 200:
        response_200 = ListCallLatersResponse200.from_dict(response.json())

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
) -> Response[Error | ListCallLatersResponse200]:
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
    key: str | Unset = "today",
    status: ListCallLatersStatus | Unset = -1,
) -> Response[Error | ListCallLatersResponse200]:
    """List call-backs and reminders

     Lists the shop's call-back appointments and reminders on orders (“Danh sách hẹn gọi & nhắc nhở”), 30
    per page by default, filtered by period (`key`, default `today`) and status.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        key (str | Unset):  Default: 'today'.
        status (ListCallLatersStatus | Unset):  Default: -1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCallLatersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        key=key,
        status=status,
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
    key: str | Unset = "today",
    status: ListCallLatersStatus | Unset = -1,
) -> Error | ListCallLatersResponse200 | None:
    """List call-backs and reminders

     Lists the shop's call-back appointments and reminders on orders (“Danh sách hẹn gọi & nhắc nhở”), 30
    per page by default, filtered by period (`key`, default `today`) and status.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        key (str | Unset):  Default: 'today'.
        status (ListCallLatersStatus | Unset):  Default: -1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCallLatersResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
        key=key,
        status=status,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    key: str | Unset = "today",
    status: ListCallLatersStatus | Unset = -1,
) -> Response[Error | ListCallLatersResponse200]:
    """List call-backs and reminders

     Lists the shop's call-back appointments and reminders on orders (“Danh sách hẹn gọi & nhắc nhở”), 30
    per page by default, filtered by period (`key`, default `today`) and status.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        key (str | Unset):  Default: 'today'.
        status (ListCallLatersStatus | Unset):  Default: -1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCallLatersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_number=page_number,
        page_size=page_size,
        key=key,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
    key: str | Unset = "today",
    status: ListCallLatersStatus | Unset = -1,
) -> Error | ListCallLatersResponse200 | None:
    """List call-backs and reminders

     Lists the shop's call-back appointments and reminders on orders (“Danh sách hẹn gọi & nhắc nhở”), 30
    per page by default, filtered by period (`key`, default `today`) and status.

    Args:
        shop_id (int):
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        key (str | Unset):  Default: 'today'.
        status (ListCallLatersStatus | Unset):  Default: -1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCallLatersResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
            key=key,
            status=status,
        )
    ).parsed
