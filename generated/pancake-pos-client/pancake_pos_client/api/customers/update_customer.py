from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_update_request import CustomerUpdateRequest
from ...models.error import Error
from ...models.update_customer_response_200 import UpdateCustomerResponse200
from ...types import Response


def _get_kwargs(
    shop_id: int,
    customer_id: UUID,
    *,
    body: CustomerUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/customers/{customer_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateCustomerResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateCustomerResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateCustomerResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdateRequest,
) -> Response[Error | UpdateCustomerResponse200]:
    """Update a customer

     Updates a customer (“Cập nhật khách hàng”): contact data, points, tags, block flag, assigned staff,
    level, notes and addresses. The fields are wrapped in `customer` as in the source's example. The
    response is not documented; it is assumed to be `{success, data: Customer}` (ledger PP-201).

    Args:
        shop_id (int):
        customer_id (UUID):
        body (CustomerUpdateRequest): Body of “Cập nhật khách hàng” (`PUT
            /shops/{shop_id}/customers/{customer_id}`). The table (headed “Query Parameters”) lists
            the fields flat; the example wraps them in `customer`, which is the shape taken here
            (ledger PP-207, PP-210). No field is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateCustomerResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        customer_id=customer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdateRequest,
) -> Error | UpdateCustomerResponse200 | None:
    """Update a customer

     Updates a customer (“Cập nhật khách hàng”): contact data, points, tags, block flag, assigned staff,
    level, notes and addresses. The fields are wrapped in `customer` as in the source's example. The
    response is not documented; it is assumed to be `{success, data: Customer}` (ledger PP-201).

    Args:
        shop_id (int):
        customer_id (UUID):
        body (CustomerUpdateRequest): Body of “Cập nhật khách hàng” (`PUT
            /shops/{shop_id}/customers/{customer_id}`). The table (headed “Query Parameters”) lists
            the fields flat; the example wraps them in `customer`, which is the shape taken here
            (ledger PP-207, PP-210). No field is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateCustomerResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        customer_id=customer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdateRequest,
) -> Response[Error | UpdateCustomerResponse200]:
    """Update a customer

     Updates a customer (“Cập nhật khách hàng”): contact data, points, tags, block flag, assigned staff,
    level, notes and addresses. The fields are wrapped in `customer` as in the source's example. The
    response is not documented; it is assumed to be `{success, data: Customer}` (ledger PP-201).

    Args:
        shop_id (int):
        customer_id (UUID):
        body (CustomerUpdateRequest): Body of “Cập nhật khách hàng” (`PUT
            /shops/{shop_id}/customers/{customer_id}`). The table (headed “Query Parameters”) lists
            the fields flat; the example wraps them in `customer`, which is the shape taken here
            (ledger PP-207, PP-210). No field is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateCustomerResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        customer_id=customer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    customer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerUpdateRequest,
) -> Error | UpdateCustomerResponse200 | None:
    """Update a customer

     Updates a customer (“Cập nhật khách hàng”): contact data, points, tags, block flag, assigned staff,
    level, notes and addresses. The fields are wrapped in `customer` as in the source's example. The
    response is not documented; it is assumed to be `{success, data: Customer}` (ledger PP-201).

    Args:
        shop_id (int):
        customer_id (UUID):
        body (CustomerUpdateRequest): Body of “Cập nhật khách hàng” (`PUT
            /shops/{shop_id}/customers/{customer_id}`). The table (headed “Query Parameters”) lists
            the fields flat; the example wraps them in `customer`, which is the shape taken here
            (ledger PP-207, PP-210). No field is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateCustomerResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            customer_id=customer_id,
            client=client,
            body=body,
        )
    ).parsed
