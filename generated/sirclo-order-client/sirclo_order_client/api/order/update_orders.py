from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_orders_request import UpdateOrdersRequest
from ...models.update_orders_response import UpdateOrdersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateOrdersResponse | None:
    if response.status_code == 200:
        response_200 = UpdateOrdersResponse.from_dict(response.json())

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
) -> Response[Error | UpdateOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrdersRequest,
) -> Response[Error | UpdateOrdersResponse]:
    """Change the status of orders in bulk

     Moves orders to accepted, packed, completed or cancelled in one call: the body has one optional
    array per target status, each entry naming a SIRCLO Platform order `id` (from Create Order / Get
    Order, not the partner's `order_id`) and the order's last updated timestamp; packed entries also
    carry the `airwaybill_number`, completed entries may name who received the order, cancelled entries
    may give a reason. The response lists per order what happened: `data.succeed` (new `order_status`)
    and `data.failed` (unchanged `order_status` and a `message`). A 404 is declared by convention only;
    per the example, an order that cannot be updated is reported under `failed` (ledger SO-015).

    Args:
        body (UpdateOrdersRequest): Body of Update Order: one optional array per target status.
            Each entry names a SIRCLO Platform order id (`Order.id`, not the partner's `order_id`) and
            the order's last updated timestamp. The source does not say that at least one array must
            be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrdersRequest,
) -> Error | UpdateOrdersResponse | None:
    """Change the status of orders in bulk

     Moves orders to accepted, packed, completed or cancelled in one call: the body has one optional
    array per target status, each entry naming a SIRCLO Platform order `id` (from Create Order / Get
    Order, not the partner's `order_id`) and the order's last updated timestamp; packed entries also
    carry the `airwaybill_number`, completed entries may name who received the order, cancelled entries
    may give a reason. The response lists per order what happened: `data.succeed` (new `order_status`)
    and `data.failed` (unchanged `order_status` and a `message`). A 404 is declared by convention only;
    per the example, an order that cannot be updated is reported under `failed` (ledger SO-015).

    Args:
        body (UpdateOrdersRequest): Body of Update Order: one optional array per target status.
            Each entry names a SIRCLO Platform order id (`Order.id`, not the partner's `order_id`) and
            the order's last updated timestamp. The source does not say that at least one array must
            be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrdersRequest,
) -> Response[Error | UpdateOrdersResponse]:
    """Change the status of orders in bulk

     Moves orders to accepted, packed, completed or cancelled in one call: the body has one optional
    array per target status, each entry naming a SIRCLO Platform order `id` (from Create Order / Get
    Order, not the partner's `order_id`) and the order's last updated timestamp; packed entries also
    carry the `airwaybill_number`, completed entries may name who received the order, cancelled entries
    may give a reason. The response lists per order what happened: `data.succeed` (new `order_status`)
    and `data.failed` (unchanged `order_status` and a `message`). A 404 is declared by convention only;
    per the example, an order that cannot be updated is reported under `failed` (ledger SO-015).

    Args:
        body (UpdateOrdersRequest): Body of Update Order: one optional array per target status.
            Each entry names a SIRCLO Platform order id (`Order.id`, not the partner's `order_id`) and
            the order's last updated timestamp. The source does not say that at least one array must
            be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrdersRequest,
) -> Error | UpdateOrdersResponse | None:
    """Change the status of orders in bulk

     Moves orders to accepted, packed, completed or cancelled in one call: the body has one optional
    array per target status, each entry naming a SIRCLO Platform order `id` (from Create Order / Get
    Order, not the partner's `order_id`) and the order's last updated timestamp; packed entries also
    carry the `airwaybill_number`, completed entries may name who received the order, cancelled entries
    may give a reason. The response lists per order what happened: `data.succeed` (new `order_status`)
    and `data.failed` (unchanged `order_status` and a `message`). A 404 is declared by convention only;
    per the example, an order that cannot be updated is reported under `failed` (ledger SO-015).

    Args:
        body (UpdateOrdersRequest): Body of Update Order: one optional array per target status.
            Each entry names a SIRCLO Platform order id (`Order.id`, not the partner's `order_id`) and
            the order's last updated timestamp. The source does not say that at least one array must
            be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
