from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transfers_response_200 import CreateTransfersResponse200
from ...models.error import Error
from ...models.transfer_create_request import TransferCreateRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: TransferCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/transfers/multi".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTransfersResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = CreateTransfersResponse200.from_dict(response.json())

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
) -> Response[CreateTransfersResponse200 | Error]:
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
    body: TransferCreateRequest,
) -> Response[CreateTransfersResponse200 | Error]:
    """Create warehouse transfers

     Creates warehouse transfers ("phiếu chuyển kho") of variations from one warehouse to each of
    `to_warehouse_ids`. The source documents no response body.

    Args:
        shop_id (int):
        body (TransferCreateRequest): Body of "Tạo phiếu chuyển kho": the fields of the `transfer`
            object its example wraps them in. One transfer is created from `from_warehouse_id` to each
            warehouse of `to_warehouse_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTransfersResponse200 | Error]
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
    body: TransferCreateRequest,
) -> CreateTransfersResponse200 | Error | None:
    """Create warehouse transfers

     Creates warehouse transfers ("phiếu chuyển kho") of variations from one warehouse to each of
    `to_warehouse_ids`. The source documents no response body.

    Args:
        shop_id (int):
        body (TransferCreateRequest): Body of "Tạo phiếu chuyển kho": the fields of the `transfer`
            object its example wraps them in. One transfer is created from `from_warehouse_id` to each
            warehouse of `to_warehouse_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTransfersResponse200 | Error
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
    body: TransferCreateRequest,
) -> Response[CreateTransfersResponse200 | Error]:
    """Create warehouse transfers

     Creates warehouse transfers ("phiếu chuyển kho") of variations from one warehouse to each of
    `to_warehouse_ids`. The source documents no response body.

    Args:
        shop_id (int):
        body (TransferCreateRequest): Body of "Tạo phiếu chuyển kho": the fields of the `transfer`
            object its example wraps them in. One transfer is created from `from_warehouse_id` to each
            warehouse of `to_warehouse_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTransfersResponse200 | Error]
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
    body: TransferCreateRequest,
) -> CreateTransfersResponse200 | Error | None:
    """Create warehouse transfers

     Creates warehouse transfers ("phiếu chuyển kho") of variations from one warehouse to each of
    `to_warehouse_ids`. The source documents no response body.

    Args:
        shop_id (int):
        body (TransferCreateRequest): Body of "Tạo phiếu chuyển kho": the fields of the `transfer`
            object its example wraps them in. One transfer is created from `from_warehouse_id` to each
            warehouse of `to_warehouse_ids`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTransfersResponse200 | Error
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
