from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_response_200 import CreateCustomerResponse200
from ...models.customer_create_request import CustomerCreateRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: CustomerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/customers".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCustomerResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = CreateCustomerResponse200.from_dict(response.json())

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
) -> Response[CreateCustomerResponse200 | Error]:
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
    body: CustomerCreateRequest,
) -> Response[CreateCustomerResponse200 | Error]:
    """Create a customer

     Creates a customer (“Tạo khách hàng”) from a name and a phone number. `createType` decides what
    happens when the phone number already belongs to a customer: `ignore` skips, `update` updates the
    existing customers, `force` creates another one. The source prints no request example; the body is
    taken to be the table's fields, flat (ledger PP-221). Answers the created customer.

    Args:
        shop_id (int):
        body (CustomerCreateRequest): Body of “Tạo khách hàng” (`POST
            /shops/{shop_id}/customers`). The source prints no request example, only a table (headed
            “Query Parameters”) with flat camelCase fields; they are taken as flat fields of the JSON
            body (ledger PP-207, PP-221). `createType` says what to do when a customer with the same
            phone number already exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomerResponse200 | Error]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> CreateCustomerResponse200 | Error | None:
    """Create a customer

     Creates a customer (“Tạo khách hàng”) from a name and a phone number. `createType` decides what
    happens when the phone number already belongs to a customer: `ignore` skips, `update` updates the
    existing customers, `force` creates another one. The source prints no request example; the body is
    taken to be the table's fields, flat (ledger PP-221). Answers the created customer.

    Args:
        shop_id (int):
        body (CustomerCreateRequest): Body of “Tạo khách hàng” (`POST
            /shops/{shop_id}/customers`). The source prints no request example, only a table (headed
            “Query Parameters”) with flat camelCase fields; they are taken as flat fields of the JSON
            body (ledger PP-207, PP-221). `createType` says what to do when a customer with the same
            phone number already exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomerResponse200 | Error
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> Response[CreateCustomerResponse200 | Error]:
    """Create a customer

     Creates a customer (“Tạo khách hàng”) from a name and a phone number. `createType` decides what
    happens when the phone number already belongs to a customer: `ignore` skips, `update` updates the
    existing customers, `force` creates another one. The source prints no request example; the body is
    taken to be the table's fields, flat (ledger PP-221). Answers the created customer.

    Args:
        shop_id (int):
        body (CustomerCreateRequest): Body of “Tạo khách hàng” (`POST
            /shops/{shop_id}/customers`). The source prints no request example, only a table (headed
            “Query Parameters”) with flat camelCase fields; they are taken as flat fields of the JSON
            body (ledger PP-207, PP-221). `createType` says what to do when a customer with the same
            phone number already exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomerResponse200 | Error]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> CreateCustomerResponse200 | Error | None:
    """Create a customer

     Creates a customer (“Tạo khách hàng”) from a name and a phone number. `createType` decides what
    happens when the phone number already belongs to a customer: `ignore` skips, `update` updates the
    existing customers, `force` creates another one. The source prints no request example; the body is
    taken to be the table's fields, flat (ledger PP-221). Answers the created customer.

    Args:
        shop_id (int):
        body (CustomerCreateRequest): Body of “Tạo khách hàng” (`POST
            /shops/{shop_id}/customers`). The source prints no request example, only a table (headed
            “Query Parameters”) with flat camelCase fields; they are taken as flat fields of the JSON
            body (ledger PP-207, PP-221). `createType` says what to do when a customer with the same
            phone number already exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomerResponse200 | Error
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
