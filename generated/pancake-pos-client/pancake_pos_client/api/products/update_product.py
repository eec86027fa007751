from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product_update_request import ProductUpdateRequest
from ...models.update_product_response_200 import UpdateProductResponse200
from ...types import Response


def _get_kwargs(
    shop_id: int,
    product_id: UUID,
    *,
    body: ProductUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/products/{product_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateProductResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateProductResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateProductResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ProductUpdateRequest,
) -> Response[Error | UpdateProductResponse200]:
    """Update a product

     Updates a product (“Cập nhật thông tin sản phẩm”): its fields, and its variations — a variation with
    `id` is updated, one without `id` is added, one with `is_removed: true` is deleted. The response is
    not documented; it is assumed to be `{success, data: Product}` (ledger PP-201).

    Args:
        shop_id (int):
        product_id (UUID):
        body (ProductUpdateRequest): Body of “Cập nhật thông tin sản phẩm” (`PUT
            /shops/{shop_id}/products/{product_id}`). The table has no Required column, so no product
            field is required; as for creation the example wraps the fields in `product` (ledger
            PP-207, PP-210). A variation with an `id` updates that variation, one without `id` is
            created (the example's comments “Cập nhật mẫu” / “Tạo mẫu mới cho Sản phẩm”), and
            `is_removed: true` deletes it. `variations_warehouses` is accepted on the product
            (example) and on each variation (table) (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateProductResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        product_id=product_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ProductUpdateRequest,
) -> Error | UpdateProductResponse200 | None:
    """Update a product

     Updates a product (“Cập nhật thông tin sản phẩm”): its fields, and its variations — a variation with
    `id` is updated, one without `id` is added, one with `is_removed: true` is deleted. The response is
    not documented; it is assumed to be `{success, data: Product}` (ledger PP-201).

    Args:
        shop_id (int):
        product_id (UUID):
        body (ProductUpdateRequest): Body of “Cập nhật thông tin sản phẩm” (`PUT
            /shops/{shop_id}/products/{product_id}`). The table has no Required column, so no product
            field is required; as for creation the example wraps the fields in `product` (ledger
            PP-207, PP-210). A variation with an `id` updates that variation, one without `id` is
            created (the example's comments “Cập nhật mẫu” / “Tạo mẫu mới cho Sản phẩm”), and
            `is_removed: true` deletes it. `variations_warehouses` is accepted on the product
            (example) and on each variation (table) (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateProductResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        product_id=product_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ProductUpdateRequest,
) -> Response[Error | UpdateProductResponse200]:
    """Update a product

     Updates a product (“Cập nhật thông tin sản phẩm”): its fields, and its variations — a variation with
    `id` is updated, one without `id` is added, one with `is_removed: true` is deleted. The response is
    not documented; it is assumed to be `{success, data: Product}` (ledger PP-201).

    Args:
        shop_id (int):
        product_id (UUID):
        body (ProductUpdateRequest): Body of “Cập nhật thông tin sản phẩm” (`PUT
            /shops/{shop_id}/products/{product_id}`). The table has no Required column, so no product
            field is required; as for creation the example wraps the fields in `product` (ledger
            PP-207, PP-210). A variation with an `id` updates that variation, one without `id` is
            created (the example's comments “Cập nhật mẫu” / “Tạo mẫu mới cho Sản phẩm”), and
            `is_removed: true` deletes it. `variations_warehouses` is accepted on the product
            (example) and on each variation (table) (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateProductResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        product_id=product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    product_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ProductUpdateRequest,
) -> Error | UpdateProductResponse200 | None:
    """Update a product

     Updates a product (“Cập nhật thông tin sản phẩm”): its fields, and its variations — a variation with
    `id` is updated, one without `id` is added, one with `is_removed: true` is deleted. The response is
    not documented; it is assumed to be `{success, data: Product}` (ledger PP-201).

    Args:
        shop_id (int):
        product_id (UUID):
        body (ProductUpdateRequest): Body of “Cập nhật thông tin sản phẩm” (`PUT
            /shops/{shop_id}/products/{product_id}`). The table has no Required column, so no product
            field is required; as for creation the example wraps the fields in `product` (ledger
            PP-207, PP-210). A variation with an `id` updates that variation, one without `id` is
            created (the example's comments “Cập nhật mẫu” / “Tạo mẫu mới cho Sản phẩm”), and
            `is_removed: true` deletes it. `variations_warehouses` is accepted on the product
            (example) and on each variation (table) (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateProductResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            product_id=product_id,
            client=client,
            body=body,
        )
    ).parsed
