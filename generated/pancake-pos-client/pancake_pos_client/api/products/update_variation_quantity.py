from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_variation_quantity_response_200 import (
    UpdateVariationQuantityResponse200,
)
from ...models.variation_quantity_update_request import VariationQuantityUpdateRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    variation_id: UUID,
    *,
    body: VariationQuantityUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/variations/{variation_id}/update_quantity".format(
            shop_id=quote(str(shop_id), safe=""),
            variation_id=quote(str(variation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateVariationQuantityResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateVariationQuantityResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateVariationQuantityResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    variation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: VariationQuantityUpdateRequest,
) -> Response[Error | UpdateVariationQuantityResponse200]:
    """Set the stock of one variation

     Sets the quantity of one variation in one or more warehouses (“Cập nhật tồn kho”). Each entry of
    `variations_warehouses` gives a warehouse and its new quantity. With `is_actual_remain_quantity:
    true` the quantity is the physical stock (`actual_remain_quantity`); with false it is the quantity
    available to sell (`remain_quantity`). The response is not documented; it is assumed to be
    `{success}`, optionally with the updated variation (ledger PP-201).

    Args:
        shop_id (int):
        variation_id (UUID):
        body (VariationQuantityUpdateRequest): Body of “Cập nhật tồn kho” (`POST
            /shops/{shop_id}/variations/{variation_id}/update_quantity`): sets the stock of one
            variation in one or more warehouses. With `is_actual_remain_quantity: true` each
            `remain_quantity` sets the physical stock (`actual_remain_quantity` of the variation's
            `variations_warehouses`); with false it sets the quantity available to sell
            (`remain_quantity`). The example omits the flag; its default is not documented. The table
            has no Required column, so no field is required (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateVariationQuantityResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        variation_id=variation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    variation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: VariationQuantityUpdateRequest,
) -> Error | UpdateVariationQuantityResponse200 | None:
    """Set the stock of one variation

     Sets the quantity of one variation in one or more warehouses (“Cập nhật tồn kho”). Each entry of
    `variations_warehouses` gives a warehouse and its new quantity. With `is_actual_remain_quantity:
    true` the quantity is the physical stock (`actual_remain_quantity`); with false it is the quantity
    available to sell (`remain_quantity`). The response is not documented; it is assumed to be
    `{success}`, optionally with the updated variation (ledger PP-201).

    Args:
        shop_id (int):
        variation_id (UUID):
        body (VariationQuantityUpdateRequest): Body of “Cập nhật tồn kho” (`POST
            /shops/{shop_id}/variations/{variation_id}/update_quantity`): sets the stock of one
            variation in one or more warehouses. With `is_actual_remain_quantity: true` each
            `remain_quantity` sets the physical stock (`actual_remain_quantity` of the variation's
            `variations_warehouses`); with false it sets the quantity available to sell
            (`remain_quantity`). The example omits the flag; its default is not documented. The table
            has no Required column, so no field is required (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateVariationQuantityResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        variation_id=variation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    variation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: VariationQuantityUpdateRequest,
) -> Response[Error | UpdateVariationQuantityResponse200]:
    """Set the stock of one variation

     Sets the quantity of one variation in one or more warehouses (“Cập nhật tồn kho”). Each entry of
    `variations_warehouses` gives a warehouse and its new quantity. With `is_actual_remain_quantity:
    true` the quantity is the physical stock (`actual_remain_quantity`); with false it is the quantity
    available to sell (`remain_quantity`). The response is not documented; it is assumed to be
    `{success}`, optionally with the updated variation (ledger PP-201).

    Args:
        shop_id (int):
        variation_id (UUID):
        body (VariationQuantityUpdateRequest): Body of “Cập nhật tồn kho” (`POST
            /shops/{shop_id}/variations/{variation_id}/update_quantity`): sets the stock of one
            variation in one or more warehouses. With `is_actual_remain_quantity: true` each
            `remain_quantity` sets the physical stock (`actual_remain_quantity` of the variation's
            `variations_warehouses`); with false it sets the quantity available to sell
            (`remain_quantity`). The example omits the flag; its default is not documented. The table
            has no Required column, so no field is required (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateVariationQuantityResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        variation_id=variation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    variation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: VariationQuantityUpdateRequest,
) -> Error | UpdateVariationQuantityResponse200 | None:
    """Set the stock of one variation

     Sets the quantity of one variation in one or more warehouses (“Cập nhật tồn kho”). Each entry of
    `variations_warehouses` gives a warehouse and its new quantity. With `is_actual_remain_quantity:
    true` the quantity is the physical stock (`actual_remain_quantity`); with false it is the quantity
    available to sell (`remain_quantity`). The response is not documented; it is assumed to be
    `{success}`, optionally with the updated variation (ledger PP-201).

    Args:
        shop_id (int):
        variation_id (UUID):
        body (VariationQuantityUpdateRequest): Body of “Cập nhật tồn kho” (`POST
            /shops/{shop_id}/variations/{variation_id}/update_quantity`): sets the stock of one
            variation in one or more warehouses. With `is_actual_remain_quantity: true` each
            `remain_quantity` sets the physical stock (`actual_remain_quantity` of the variation's
            `variations_warehouses`); with false it sets the quantity available to sell
            (`remain_quantity`). The example omits the flag; its default is not documented. The table
            has no Required column, so no field is required (ledger PP-214).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateVariationQuantityResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            variation_id=variation_id,
            client=client,
            body=body,
        )
    ).parsed
