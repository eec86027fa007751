from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.voucher import Voucher
from ...types import Response


def _get_kwargs(
    shop_id: int,
    voucher_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/vouchers/{voucher_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            voucher_id=quote(str(voucher_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Voucher | None:
    if response.status_code == 200:
        response_200 = Voucher.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Voucher]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    voucher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Voucher]:
    """Get a discount voucher

     Returns one discount voucher ("Lấy thông tin phiếu giảm giá"). Unlike the list, the source's example
    returns the voucher itself, not wrapped in `{data, success}`.

    Args:
        shop_id (int):
        voucher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Voucher]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        voucher_id=voucher_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    voucher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Voucher | None:
    """Get a discount voucher

     Returns one discount voucher ("Lấy thông tin phiếu giảm giá"). Unlike the list, the source's example
    returns the voucher itself, not wrapped in `{data, success}`.

    Args:
        shop_id (int):
        voucher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Voucher
    """

    return sync_detailed(
        shop_id=shop_id,
        voucher_id=voucher_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    voucher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Voucher]:
    """Get a discount voucher

     Returns one discount voucher ("Lấy thông tin phiếu giảm giá"). Unlike the list, the source's example
    returns the voucher itself, not wrapped in `{data, success}`.

    Args:
        shop_id (int):
        voucher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Voucher]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        voucher_id=voucher_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    voucher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Voucher | None:
    """Get a discount voucher

     Returns one discount voucher ("Lấy thông tin phiếu giảm giá"). Unlike the list, the source's example
    returns the voucher itself, not wrapped in `{data, success}`.

    Args:
        shop_id (int):
        voucher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Voucher
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            voucher_id=voucher_id,
            client=client,
        )
    ).parsed
