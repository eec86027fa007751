from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_composite_product_response_200 import (
    UpdateCompositeProductResponse200,
)
from ...models.variation_composite_product_update_request import (
    VariationCompositeProductUpdateRequest,
)
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: VariationCompositeProductUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/variations/update_composite_product".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateCompositeProductResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateCompositeProductResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateCompositeProductResponse200]:
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
    body: VariationCompositeProductUpdateRequest,
) -> Response[Error | UpdateCompositeProductResponse200]:
    """Set the components of a composite variation

     Sets which variations, in which quantities, make up a composite variation (“Cập nhật sản phẩm cấu
    thành”). The response is not documented; it is assumed to be `{success}`, optionally with the
    updated variation (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationCompositeProductUpdateRequest): Body of “Cập nhật sản phẩm cấu thành”
            (`POST /shops/{shop_id}/variations/update_composite_product`): sets the components a
            (composite) variation is made of. The table lists only `composite_products.quantity` and
            `composite_products.component_id`; `composite_products` itself is the array of the
            example. No Required column (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateCompositeProductResponse200]
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
    body: VariationCompositeProductUpdateRequest,
) -> Error | UpdateCompositeProductResponse200 | None:
    """Set the components of a composite variation

     Sets which variations, in which quantities, make up a composite variation (“Cập nhật sản phẩm cấu
    thành”). The response is not documented; it is assumed to be `{success}`, optionally with the
    updated variation (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationCompositeProductUpdateRequest): Body of “Cập nhật sản phẩm cấu thành”
            (`POST /shops/{shop_id}/variations/update_composite_product`): sets the components a
            (composite) variation is made of. The table lists only `composite_products.quantity` and
            `composite_products.component_id`; `composite_products` itself is the array of the
            example. No Required column (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateCompositeProductResponse200
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
    body: VariationCompositeProductUpdateRequest,
) -> Response[Error | UpdateCompositeProductResponse200]:
    """Set the components of a composite variation

     Sets which variations, in which quantities, make up a composite variation (“Cập nhật sản phẩm cấu
    thành”). The response is not documented; it is assumed to be `{success}`, optionally with the
    updated variation (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationCompositeProductUpdateRequest): Body of “Cập nhật sản phẩm cấu thành”
            (`POST /shops/{shop_id}/variations/update_composite_product`): sets the components a
            (composite) variation is made of. The table lists only `composite_products.quantity` and
            `composite_products.component_id`; `composite_products` itself is the array of the
            example. No Required column (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateCompositeProductResponse200]
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
    body: VariationCompositeProductUpdateRequest,
) -> Error | UpdateCompositeProductResponse200 | None:
    """Set the components of a composite variation

     Sets which variations, in which quantities, make up a composite variation (“Cập nhật sản phẩm cấu
    thành”). The response is not documented; it is assumed to be `{success}`, optionally with the
    updated variation (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationCompositeProductUpdateRequest): Body of “Cập nhật sản phẩm cấu thành”
            (`POST /shops/{shop_id}/variations/update_composite_product`): sets the components a
            (composite) variation is made of. The table lists only `composite_products.quantity` and
            `composite_products.component_id`; `composite_products` itself is the array of the
            example. No Required column (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateCompositeProductResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
