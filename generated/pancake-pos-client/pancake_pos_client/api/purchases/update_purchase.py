from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_update_request import PurchaseUpdateRequest
from ...models.update_purchase_response_200 import UpdatePurchaseResponse200
from ...types import Response


def _get_kwargs(
    shop_id: int,
    purchase_id: str,
    *,
    body: PurchaseUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/purchases/{purchase_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            purchase_id=quote(str(purchase_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdatePurchaseResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdatePurchaseResponse200.from_dict(response.json())

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
) -> Response[Error | UpdatePurchaseResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    purchase_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseUpdateRequest,
) -> Response[Error | UpdatePurchaseResponse200]:
    """Update a purchase (goods receipt)

     Updates a purchase ("phiếu nhập kho"): its status, supplier, warehouse, expected arrival date,
    images and lines. The source documents no response body.

    Args:
        shop_id (int):
        purchase_id (str):
        body (PurchaseUpdateRequest): Body of "Cập nhật phiếu nhập kho": the fields of the
            `purchase` object its example wraps them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatePurchaseResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        purchase_id=purchase_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    purchase_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseUpdateRequest,
) -> Error | UpdatePurchaseResponse200 | None:
    """Update a purchase (goods receipt)

     Updates a purchase ("phiếu nhập kho"): its status, supplier, warehouse, expected arrival date,
    images and lines. The source documents no response body.

    Args:
        shop_id (int):
        purchase_id (str):
        body (PurchaseUpdateRequest): Body of "Cập nhật phiếu nhập kho": the fields of the
            `purchase` object its example wraps them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatePurchaseResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        purchase_id=purchase_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    purchase_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseUpdateRequest,
) -> Response[Error | UpdatePurchaseResponse200]:
    """Update a purchase (goods receipt)

     Updates a purchase ("phiếu nhập kho"): its status, supplier, warehouse, expected arrival date,
    images and lines. The source documents no response body.

    Args:
        shop_id (int):
        purchase_id (str):
        body (PurchaseUpdateRequest): Body of "Cập nhật phiếu nhập kho": the fields of the
            `purchase` object its example wraps them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatePurchaseResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        purchase_id=purchase_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    purchase_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseUpdateRequest,
) -> Error | UpdatePurchaseResponse200 | None:
    """Update a purchase (goods receipt)

     Updates a purchase ("phiếu nhập kho"): its status, supplier, warehouse, expected arrival date,
    images and lines. The source documents no response body.

    Args:
        shop_id (int):
        purchase_id (str):
        body (PurchaseUpdateRequest): Body of "Cập nhật phiếu nhập kho": the fields of the
            `purchase` object its example wraps them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatePurchaseResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            purchase_id=purchase_id,
            client=client,
            body=body,
        )
    ).parsed
