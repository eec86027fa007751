from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_order_tracking_url_response_200 import GetOrderTrackingUrlResponse200
from ...types import Response


def _get_kwargs(
    shop_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/orders/get_tracking_url".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetOrderTrackingUrlResponse200 | None:
    if response.status_code == 200:
        response_200 = GetOrderTrackingUrlResponse200.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetOrderTrackingUrlResponse200]:
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
) -> Response[Error | GetOrderTrackingUrlResponse200]:
    """Get an order confirmation link

     Returns a short link the customer opens to confirm an order ("Liên kết xác nhận đơn hàng"). The
    source documents no request parameters or body, so which order the link is for is not stated; no
    body is described here (ledger PP-125).

    Args:
        shop_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetOrderTrackingUrlResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetOrderTrackingUrlResponse200 | None:
    """Get an order confirmation link

     Returns a short link the customer opens to confirm an order ("Liên kết xác nhận đơn hàng"). The
    source documents no request parameters or body, so which order the link is for is not stated; no
    body is described here (ledger PP-125).

    Args:
        shop_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetOrderTrackingUrlResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | GetOrderTrackingUrlResponse200]:
    """Get an order confirmation link

     Returns a short link the customer opens to confirm an order ("Liên kết xác nhận đơn hàng"). The
    source documents no request parameters or body, so which order the link is for is not stated; no
    body is described here (ledger PP-125).

    Args:
        shop_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetOrderTrackingUrlResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | GetOrderTrackingUrlResponse200 | None:
    """Get an order confirmation link

     Returns a short link the customer opens to confirm an order ("Liên kết xác nhận đơn hàng"). The
    source documents no request parameters or body, so which order the link is for is not stated; no
    body is described here (ledger PP-125).

    Args:
        shop_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetOrderTrackingUrlResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
        )
    ).parsed
