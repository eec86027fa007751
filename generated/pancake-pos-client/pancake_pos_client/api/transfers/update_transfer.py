from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.transfer_update_request import TransferUpdateRequest
from ...models.update_transfer_response_200 import UpdateTransferResponse200
from ...types import Response


def _get_kwargs(
    shop_id: int,
    transfer_id: str,
    *,
    body: TransferUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/transfers/{transfer_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateTransferResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateTransferResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateTransferResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransferUpdateRequest,
) -> Response[Error | UpdateTransferResponse200]:
    """Update a warehouse transfer

     Updates a warehouse transfer ("phiếu chuyển kho"): its status (waiting, in transit, completed,
    cancelled), source warehouse, shipping fee, note, images, date and lines. The source documents no
    response body.

    Args:
        shop_id (int):
        transfer_id (str):
        body (TransferUpdateRequest): Body of "Cập nhật phiếu chuyển kho": the fields of the
            `transfer` object its example wraps them in. `change_inserted_at` is required when
            `inserted_at` is sent ("true nếu có params inserted_at").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateTransferResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        transfer_id=transfer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransferUpdateRequest,
) -> Error | UpdateTransferResponse200 | None:
    """Update a warehouse transfer

     Updates a warehouse transfer ("phiếu chuyển kho"): its status (waiting, in transit, completed,
    cancelled), source warehouse, shipping fee, note, images, date and lines. The source documents no
    response body.

    Args:
        shop_id (int):
        transfer_id (str):
        body (TransferUpdateRequest): Body of "Cập nhật phiếu chuyển kho": the fields of the
            `transfer` object its example wraps them in. `change_inserted_at` is required when
            `inserted_at` is sent ("true nếu có params inserted_at").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateTransferResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        transfer_id=transfer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransferUpdateRequest,
) -> Response[Error | UpdateTransferResponse200]:
    """Update a warehouse transfer

     Updates a warehouse transfer ("phiếu chuyển kho"): its status (waiting, in transit, completed,
    cancelled), source warehouse, shipping fee, note, images, date and lines. The source documents no
    response body.

    Args:
        shop_id (int):
        transfer_id (str):
        body (TransferUpdateRequest): Body of "Cập nhật phiếu chuyển kho": the fields of the
            `transfer` object its example wraps them in. `change_inserted_at` is required when
            `inserted_at` is sent ("true nếu có params inserted_at").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateTransferResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        transfer_id=transfer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    transfer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TransferUpdateRequest,
) -> Error | UpdateTransferResponse200 | None:
    """Update a warehouse transfer

     Updates a warehouse transfer ("phiếu chuyển kho"): its status (waiting, in transit, completed,
    cancelled), source warehouse, shipping fee, note, images, date and lines. The source documents no
    response body.

    Args:
        shop_id (int):
        transfer_id (str):
        body (TransferUpdateRequest): Body of "Cập nhật phiếu chuyển kho": the fields of the
            `transfer` object its example wraps them in. `change_inserted_at` is required when
            `inserted_at` is sent ("true nếu có params inserted_at").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateTransferResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            transfer_id=transfer_id,
            client=client,
            body=body,
        )
    ).parsed
