from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_product_response_200 import CreateProductResponse200
from ...models.error import Error
from ...models.product_create_request import ProductCreateRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: ProductCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/products".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateProductResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = CreateProductResponse200.from_dict(response.json())

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
) -> Response[CreateProductResponse200 | Error]:
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
    body: ProductCreateRequest,
) -> Response[CreateProductResponse200 | Error]:
    """Create a product

     Creates a product with its attributes, variations and initial stock per warehouse (“Tạo sản phẩm”).
    The fields are wrapped in `product` as in the source's example; `name`, `weight` and, for each
    variation, `retail_price` and `weight` are required. The response is not documented; it is assumed
    to be `{success, data: Product}` with the product's id and variations (ledger PP-201).

    Args:
        shop_id (int):
        body (ProductCreateRequest): Body of “Tạo sản phẩm” (`POST /shops/{shop_id}/products`).
            The table (headed “Query Parameters”) lists the product fields flat and the variation
            fields as `variation.*`; the request example wraps them in `product` and lists the
            variations in `product.variations`, which is the shape taken here (ledger PP-207, PP-210).
            The example puts `variations_warehouses` on the product while the table puts it on each
            variation: both places are accepted (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProductResponse200 | Error]
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
    body: ProductCreateRequest,
) -> CreateProductResponse200 | Error | None:
    """Create a product

     Creates a product with its attributes, variations and initial stock per warehouse (“Tạo sản phẩm”).
    The fields are wrapped in `product` as in the source's example; `name`, `weight` and, for each
    variation, `retail_price` and `weight` are required. The response is not documented; it is assumed
    to be `{success, data: Product}` with the product's id and variations (ledger PP-201).

    Args:
        shop_id (int):
        body (ProductCreateRequest): Body of “Tạo sản phẩm” (`POST /shops/{shop_id}/products`).
            The table (headed “Query Parameters”) lists the product fields flat and the variation
            fields as `variation.*`; the request example wraps them in `product` and lists the
            variations in `product.variations`, which is the shape taken here (ledger PP-207, PP-210).
            The example puts `variations_warehouses` on the product while the table puts it on each
            variation: both places are accepted (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProductResponse200 | Error
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
    body: ProductCreateRequest,
) -> Response[CreateProductResponse200 | Error]:
    """Create a product

     Creates a product with its attributes, variations and initial stock per warehouse (“Tạo sản phẩm”).
    The fields are wrapped in `product` as in the source's example; `name`, `weight` and, for each
    variation, `retail_price` and `weight` are required. The response is not documented; it is assumed
    to be `{success, data: Product}` with the product's id and variations (ledger PP-201).

    Args:
        shop_id (int):
        body (ProductCreateRequest): Body of “Tạo sản phẩm” (`POST /shops/{shop_id}/products`).
            The table (headed “Query Parameters”) lists the product fields flat and the variation
            fields as `variation.*`; the request example wraps them in `product` and lists the
            variations in `product.variations`, which is the shape taken here (ledger PP-207, PP-210).
            The example puts `variations_warehouses` on the product while the table puts it on each
            variation: both places are accepted (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateProductResponse200 | Error]
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
    body: ProductCreateRequest,
) -> CreateProductResponse200 | Error | None:
    """Create a product

     Creates a product with its attributes, variations and initial stock per warehouse (“Tạo sản phẩm”).
    The fields are wrapped in `product` as in the source's example; `name`, `weight` and, for each
    variation, `retail_price` and `weight` are required. The response is not documented; it is assumed
    to be `{success, data: Product}` with the product's id and variations (ledger PP-201).

    Args:
        shop_id (int):
        body (ProductCreateRequest): Body of “Tạo sản phẩm” (`POST /shops/{shop_id}/products`).
            The table (headed “Query Parameters”) lists the product fields flat and the variation
            fields as `variation.*`; the request example wraps them in `product` and lists the
            variations in `product.variations`, which is the shape taken here (ledger PP-207, PP-210).
            The example puts `variations_warehouses` on the product while the table puts it on each
            variation: both places are accepted (ledger PP-212).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateProductResponse200 | Error
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
