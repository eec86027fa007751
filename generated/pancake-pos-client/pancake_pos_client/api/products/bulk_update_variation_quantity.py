from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_update_variation_quantity_response_200 import (
    BulkUpdateVariationQuantityResponse200,
)
from ...models.error import Error
from ...models.variation_quantity_bulk_update_request import (
    VariationQuantityBulkUpdateRequest,
)
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: VariationQuantityBulkUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/variations/update_quantity".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUpdateVariationQuantityResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = BulkUpdateVariationQuantityResponse200.from_dict(response.json())

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
) -> Response[BulkUpdateVariationQuantityResponse200 | Error]:
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
    body: VariationQuantityBulkUpdateRequest,
) -> Response[BulkUpdateVariationQuantityResponse200 | Error]:
    """Set the stock of several variations

     Sets the quantity of several variations at once (“Cập nhật tồn kho nhiều mẫu mã”); each entry names
    the variation, the warehouse and the new quantity. `is_actual_remain_quantity` chooses between
    physical stock (true) and quantity available to sell (false), as for a single variation. The
    response is not documented; it is assumed to be `{success}`, optionally with the updated variations
    (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationQuantityBulkUpdateRequest): Body of “Cập nhật tồn kho nhiều mẫu mã” (`POST
            /shops/{shop_id}/variations/update_quantity`): sets the stock of several variations, each
            entry naming its variation and warehouse. `is_actual_remain_quantity` has the same meaning
            as for a single variation. The table has no Required column, so no field is required
            (ledger PP-214). `variation_id` is typed string, not uid, and the example's third id
            ("5f0cfb8d-aee9-4ec0-9ff0-b5668d31fhl3") is not a valid UUID, so no format is asserted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateVariationQuantityResponse200 | Error]
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
    body: VariationQuantityBulkUpdateRequest,
) -> BulkUpdateVariationQuantityResponse200 | Error | None:
    """Set the stock of several variations

     Sets the quantity of several variations at once (“Cập nhật tồn kho nhiều mẫu mã”); each entry names
    the variation, the warehouse and the new quantity. `is_actual_remain_quantity` chooses between
    physical stock (true) and quantity available to sell (false), as for a single variation. The
    response is not documented; it is assumed to be `{success}`, optionally with the updated variations
    (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationQuantityBulkUpdateRequest): Body of “Cập nhật tồn kho nhiều mẫu mã” (`POST
            /shops/{shop_id}/variations/update_quantity`): sets the stock of several variations, each
            entry naming its variation and warehouse. `is_actual_remain_quantity` has the same meaning
            as for a single variation. The table has no Required column, so no field is required
            (ledger PP-214). `variation_id` is typed string, not uid, and the example's third id
            ("5f0cfb8d-aee9-4ec0-9ff0-b5668d31fhl3") is not a valid UUID, so no format is asserted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateVariationQuantityResponse200 | Error
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
    body: VariationQuantityBulkUpdateRequest,
) -> Response[BulkUpdateVariationQuantityResponse200 | Error]:
    """Set the stock of several variations

     Sets the quantity of several variations at once (“Cập nhật tồn kho nhiều mẫu mã”); each entry names
    the variation, the warehouse and the new quantity. `is_actual_remain_quantity` chooses between
    physical stock (true) and quantity available to sell (false), as for a single variation. The
    response is not documented; it is assumed to be `{success}`, optionally with the updated variations
    (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationQuantityBulkUpdateRequest): Body of “Cập nhật tồn kho nhiều mẫu mã” (`POST
            /shops/{shop_id}/variations/update_quantity`): sets the stock of several variations, each
            entry naming its variation and warehouse. `is_actual_remain_quantity` has the same meaning
            as for a single variation. The table has no Required column, so no field is required
            (ledger PP-214). `variation_id` is typed string, not uid, and the example's third id
            ("5f0cfb8d-aee9-4ec0-9ff0-b5668d31fhl3") is not a valid UUID, so no format is asserted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateVariationQuantityResponse200 | Error]
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
    body: VariationQuantityBulkUpdateRequest,
) -> BulkUpdateVariationQuantityResponse200 | Error | None:
    """Set the stock of several variations

     Sets the quantity of several variations at once (“Cập nhật tồn kho nhiều mẫu mã”); each entry names
    the variation, the warehouse and the new quantity. `is_actual_remain_quantity` chooses between
    physical stock (true) and quantity available to sell (false), as for a single variation. The
    response is not documented; it is assumed to be `{success}`, optionally with the updated variations
    (ledger PP-201).

    Args:
        shop_id (int):
        body (VariationQuantityBulkUpdateRequest): Body of “Cập nhật tồn kho nhiều mẫu mã” (`POST
            /shops/{shop_id}/variations/update_quantity`): sets the stock of several variations, each
            entry naming its variation and warehouse. `is_actual_remain_quantity` has the same meaning
            as for a single variation. The table has no Required column, so no field is required
            (ledger PP-214). `variation_id` is typed string, not uid, and the example's third id
            ("5f0cfb8d-aee9-4ec0-9ff0-b5668d31fhl3") is not a valid UUID, so no format is asserted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateVariationQuantityResponse200 | Error
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
