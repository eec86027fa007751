from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_transfers_response_200 import ListTransfersResponse200
from ...types import UNSET, Response


def _get_kwargs(
    shop_id: int,
    *,
    page_size: int,
    page: int,
    status: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/transfers".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListTransfersResponse200 | None:
    if response.status_code == 200:
        response_200 = ListTransfersResponse200.from_dict(response.json())

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
) -> Response[Error | ListTransfersResponse200]:
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
    page_size: int,
    page: int,
    status: int,
) -> Response[Error | ListTransfersResponse200]:
    """List warehouse transfers

     Lists the shop's warehouse transfers ("chuyển kho"), page by page, filtered by status. The source
    marks every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page_size (int):
        page (int):
        status (int): Status of a warehouse transfer ("phiếu chuyển kho"). The source's status
            table lists code 2 twice (Hoàn tất and Đã hủy), so no enum is set; the code of "Đã hủy"
            (cancelled) is unknown (probably 3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTransfersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_size=page_size,
        page=page,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page: int,
    status: int,
) -> Error | ListTransfersResponse200 | None:
    """List warehouse transfers

     Lists the shop's warehouse transfers ("chuyển kho"), page by page, filtered by status. The source
    marks every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page_size (int):
        page (int):
        status (int): Status of a warehouse transfer ("phiếu chuyển kho"). The source's status
            table lists code 2 twice (Hoàn tất and Đã hủy), so no enum is set; the code of "Đã hủy"
            (cancelled) is unknown (probably 3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTransfersResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        page_size=page_size,
        page=page,
        status=status,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page: int,
    status: int,
) -> Response[Error | ListTransfersResponse200]:
    """List warehouse transfers

     Lists the shop's warehouse transfers ("chuyển kho"), page by page, filtered by status. The source
    marks every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page_size (int):
        page (int):
        status (int): Status of a warehouse transfer ("phiếu chuyển kho"). The source's status
            table lists code 2 twice (Hoàn tất and Đã hủy), so no enum is set; the code of "Đã hủy"
            (cancelled) is unknown (probably 3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListTransfersResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        page_size=page_size,
        page=page,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page: int,
    status: int,
) -> Error | ListTransfersResponse200 | None:
    """List warehouse transfers

     Lists the shop's warehouse transfers ("chuyển kho"), page by page, filtered by status. The source
    marks every query parameter required although it gives each a default; they are required here as the
    source says, with its default in the description.

    Args:
        shop_id (int):
        page_size (int):
        page (int):
        status (int): Status of a warehouse transfer ("phiếu chuyển kho"). The source's status
            table lists code 2 twice (Hoàn tất and Đã hủy), so no enum is set; the code of "Đã hủy"
            (cancelled) is unknown (probably 3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListTransfersResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            page_size=page_size,
            page=page,
            status=status,
        )
    ).parsed
