from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_response import OrderResponse
from ...models.partner_order_create_request import PartnerOrderCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PartnerOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | OrderResponse | None:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerOrderCreateRequest,
) -> Response[Error | OrderResponse]:
    """Create a new partner order

     Creates an order for a store's customer from the customer's details, the payment method, the
    preferred dates and time slots of the work, the delivery/assembly address and the partner details
    (store, items, stock, delivery type).

    Steps given by the source: get the customer's first name, last name, address and phone number;
    compose `partner_details` from your profile and "Get item list"; compose `datetime` from "Get free
    master slots" and the customer's wishes; set `payment_method` to `stripe` (credit card) or `cash`;
    upload the image of the store receipt ("Upload image") and pass the resulting id in `image_uuids`;
    then send this request. Those three helper operations have no published path and are not part of
    this description (AM-006). The path `/partner/order` is not published either (AM-001).

    Args:
        body (PartnerOrderCreateRequest): Body of "Create new partner order" (Body Parameters
            table).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderResponse]
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
    body: PartnerOrderCreateRequest,
) -> Error | OrderResponse | None:
    """Create a new partner order

     Creates an order for a store's customer from the customer's details, the payment method, the
    preferred dates and time slots of the work, the delivery/assembly address and the partner details
    (store, items, stock, delivery type).

    Steps given by the source: get the customer's first name, last name, address and phone number;
    compose `partner_details` from your profile and "Get item list"; compose `datetime` from "Get free
    master slots" and the customer's wishes; set `payment_method` to `stripe` (credit card) or `cash`;
    upload the image of the store receipt ("Upload image") and pass the resulting id in `image_uuids`;
    then send this request. Those three helper operations have no published path and are not part of
    this description (AM-006). The path `/partner/order` is not published either (AM-001).

    Args:
        body (PartnerOrderCreateRequest): Body of "Create new partner order" (Body Parameters
            table).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerOrderCreateRequest,
) -> Response[Error | OrderResponse]:
    """Create a new partner order

     Creates an order for a store's customer from the customer's details, the payment method, the
    preferred dates and time slots of the work, the delivery/assembly address and the partner details
    (store, items, stock, delivery type).

    Steps given by the source: get the customer's first name, last name, address and phone number;
    compose `partner_details` from your profile and "Get item list"; compose `datetime` from "Get free
    master slots" and the customer's wishes; set `payment_method` to `stripe` (credit card) or `cash`;
    upload the image of the store receipt ("Upload image") and pass the resulting id in `image_uuids`;
    then send this request. Those three helper operations have no published path and are not part of
    this description (AM-006). The path `/partner/order` is not published either (AM-001).

    Args:
        body (PartnerOrderCreateRequest): Body of "Create new partner order" (Body Parameters
            table).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PartnerOrderCreateRequest,
) -> Error | OrderResponse | None:
    """Create a new partner order

     Creates an order for a store's customer from the customer's details, the payment method, the
    preferred dates and time slots of the work, the delivery/assembly address and the partner details
    (store, items, stock, delivery type).

    Steps given by the source: get the customer's first name, last name, address and phone number;
    compose `partner_details` from your profile and "Get item list"; compose `datetime` from "Get free
    master slots" and the customer's wishes; set `payment_method` to `stripe` (credit card) or `cash`;
    upload the image of the store receipt ("Upload image") and pass the resulting id in `image_uuids`;
    then send this request. Those three helper operations have no published path and are not part of
    this description (AM-006). The path `/partner/order` is not published either (AM-001).

    Args:
        body (PartnerOrderCreateRequest): Body of "Create new partner order" (Body Parameters
            table).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
