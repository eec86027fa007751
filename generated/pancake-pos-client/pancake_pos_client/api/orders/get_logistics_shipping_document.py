from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_logistics_shipping_document_body import (
    GetLogisticsShippingDocumentBody,
)
from ...models.get_logistics_shipping_document_document_type import (
    GetLogisticsShippingDocumentDocumentType,
)
from ...models.get_logistics_shipping_document_response_200 import (
    GetLogisticsShippingDocumentResponse200,
)
from ...types import UNSET, Response


def _get_kwargs(
    shop_id: int,
    *,
    body: GetLogisticsShippingDocumentBody,
    document_type: GetLogisticsShippingDocumentDocumentType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_document_type: str = document_type
    params["document_type"] = json_document_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/products/get_logistics_shipping_document".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetLogisticsShippingDocumentResponse200 | None:
    if response.status_code == 200:
        response_200 = GetLogisticsShippingDocumentResponse200.from_dict(response.json())

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
) -> Response[Error | GetLogisticsShippingDocumentResponse200]:
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
    body: GetLogisticsShippingDocumentBody,
    document_type: GetLogisticsShippingDocumentDocumentType,
) -> Response[Error | GetLogisticsShippingDocumentResponse200]:
    """Get marketplace shipping document links

     Returns links to the printable shipping documents (shipping label, pick list, or both) of
    marketplace orders. The source's table lists `order_id` flat; its example wraps the orders in a
    `params` array, which is what this body describes (ledger PP-124).

    Args:
        shop_id (int):
        document_type (GetLogisticsShippingDocumentDocumentType):
        body (GetLogisticsShippingDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLogisticsShippingDocumentResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
        document_type=document_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GetLogisticsShippingDocumentBody,
    document_type: GetLogisticsShippingDocumentDocumentType,
) -> Error | GetLogisticsShippingDocumentResponse200 | None:
    """Get marketplace shipping document links

     Returns links to the printable shipping documents (shipping label, pick list, or both) of
    marketplace orders. The source's table lists `order_id` flat; its example wraps the orders in a
    `params` array, which is what this body describes (ledger PP-124).

    Args:
        shop_id (int):
        document_type (GetLogisticsShippingDocumentDocumentType):
        body (GetLogisticsShippingDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLogisticsShippingDocumentResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        body=body,
        document_type=document_type,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GetLogisticsShippingDocumentBody,
    document_type: GetLogisticsShippingDocumentDocumentType,
) -> Response[Error | GetLogisticsShippingDocumentResponse200]:
    """Get marketplace shipping document links

     Returns links to the printable shipping documents (shipping label, pick list, or both) of
    marketplace orders. The source's table lists `order_id` flat; its example wraps the orders in a
    `params` array, which is what this body describes (ledger PP-124).

    Args:
        shop_id (int):
        document_type (GetLogisticsShippingDocumentDocumentType):
        body (GetLogisticsShippingDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetLogisticsShippingDocumentResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
        document_type=document_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: GetLogisticsShippingDocumentBody,
    document_type: GetLogisticsShippingDocumentDocumentType,
) -> Error | GetLogisticsShippingDocumentResponse200 | None:
    """Get marketplace shipping document links

     Returns links to the printable shipping documents (shipping label, pick list, or both) of
    marketplace orders. The source's table lists `order_id` flat; its example wraps the orders in a
    `params` array, which is what this body describes (ledger PP-124).

    Args:
        shop_id (int):
        document_type (GetLogisticsShippingDocumentDocumentType):
        body (GetLogisticsShippingDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetLogisticsShippingDocumentResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
            document_type=document_type,
        )
    ).parsed
