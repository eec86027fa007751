from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_warehouse_response_200 import UpdateWarehouseResponse200
from ...models.warehouse_request import WarehouseRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    warehouse_id: UUID,
    *,
    body: WarehouseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/warehouses/{warehouse_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            warehouse_id=quote(str(warehouse_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateWarehouseResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateWarehouseResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateWarehouseResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    warehouse_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Response[Error | UpdateWarehouseResponse200]:
    """Update a warehouse

     Updates a warehouse (“Cập nhật kho hàng”). The body has the same fields as creation; the source's
    table again marks `name` and `shelf_config` required. The response is not documented; it is assumed
    to be `{success, data: Warehouse}` (ledger PP-201).

    Args:
        shop_id (int):
        warehouse_id (UUID):
        body (WarehouseRequest): Body of “Tạo kho hàng” (`POST /shops/{shop_id}/warehouses`) and
            “Cập nhật kho hàng” (`PUT /shops/{shop_id}/warehouses/{warehouse_id}`); both sections
            print the same table. The table is headed “Query Parameters”, but its rows are the fields
            of the JSON body shown in the request example (ledger PP-207). The source types the four
            configuration objects only as `json`; their keys come from the examples (ledger PP-208).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateWarehouseResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        warehouse_id=warehouse_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    warehouse_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Error | UpdateWarehouseResponse200 | None:
    """Update a warehouse

     Updates a warehouse (“Cập nhật kho hàng”). The body has the same fields as creation; the source's
    table again marks `name` and `shelf_config` required. The response is not documented; it is assumed
    to be `{success, data: Warehouse}` (ledger PP-201).

    Args:
        shop_id (int):
        warehouse_id (UUID):
        body (WarehouseRequest): Body of “Tạo kho hàng” (`POST /shops/{shop_id}/warehouses`) and
            “Cập nhật kho hàng” (`PUT /shops/{shop_id}/warehouses/{warehouse_id}`); both sections
            print the same table. The table is headed “Query Parameters”, but its rows are the fields
            of the JSON body shown in the request example (ledger PP-207). The source types the four
            configuration objects only as `json`; their keys come from the examples (ledger PP-208).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateWarehouseResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        warehouse_id=warehouse_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    warehouse_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Response[Error | UpdateWarehouseResponse200]:
    """Update a warehouse

     Updates a warehouse (“Cập nhật kho hàng”). The body has the same fields as creation; the source's
    table again marks `name` and `shelf_config` required. The response is not documented; it is assumed
    to be `{success, data: Warehouse}` (ledger PP-201).

    Args:
        shop_id (int):
        warehouse_id (UUID):
        body (WarehouseRequest): Body of “Tạo kho hàng” (`POST /shops/{shop_id}/warehouses`) and
            “Cập nhật kho hàng” (`PUT /shops/{shop_id}/warehouses/{warehouse_id}`); both sections
            print the same table. The table is headed “Query Parameters”, but its rows are the fields
            of the JSON body shown in the request example (ledger PP-207). The source types the four
            configuration objects only as `json`; their keys come from the examples (ledger PP-208).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateWarehouseResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        warehouse_id=warehouse_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    warehouse_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Error | UpdateWarehouseResponse200 | None:
    """Update a warehouse

     Updates a warehouse (“Cập nhật kho hàng”). The body has the same fields as creation; the source's
    table again marks `name` and `shelf_config` required. The response is not documented; it is assumed
    to be `{success, data: Warehouse}` (ledger PP-201).

    Args:
        shop_id (int):
        warehouse_id (UUID):
        body (WarehouseRequest): Body of “Tạo kho hàng” (`POST /shops/{shop_id}/warehouses`) and
            “Cập nhật kho hàng” (`PUT /shops/{shop_id}/warehouses/{warehouse_id}`); both sections
            print the same table. The table is headed “Query Parameters”, but its rows are the fields
            of the JSON body shown in the request example (ledger PP-207). The source types the four
            configuration objects only as `json`; their keys come from the examples (ledger PP-208).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateWarehouseResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            warehouse_id=warehouse_id,
            client=client,
            body=body,
        )
    ).parsed
