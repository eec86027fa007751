from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transaction_response_200 import CreateTransactionResponse200
from ...models.error import Error
from ...models.transaction_create_request import TransactionCreateRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: TransactionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/transactions".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTransactionResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = CreateTransactionResponse200.from_dict(response.json())

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
) -> Response[CreateTransactionResponse200 | Error]:
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
    body: TransactionCreateRequest,
) -> Response[CreateTransactionResponse200 | Error]:
    """Create a receipt/payment transaction

     Creates a cash-book transaction ("phiếu thu chi"): a receipt or a payment, optionally against a
    supplier's debt. The source documents no response body.

    Args:
        shop_id (int):
        body (TransactionCreateRequest): Body of "Tạo phiếu thu chi". The source's table (headed
            "Query Parameters") lists the fields of the `transaction` object that its example wraps
            them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTransactionResponse200 | Error]
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
    body: TransactionCreateRequest,
) -> CreateTransactionResponse200 | Error | None:
    """Create a receipt/payment transaction

     Creates a cash-book transaction ("phiếu thu chi"): a receipt or a payment, optionally against a
    supplier's debt. The source documents no response body.

    Args:
        shop_id (int):
        body (TransactionCreateRequest): Body of "Tạo phiếu thu chi". The source's table (headed
            "Query Parameters") lists the fields of the `transaction` object that its example wraps
            them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTransactionResponse200 | Error
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
    body: TransactionCreateRequest,
) -> Response[CreateTransactionResponse200 | Error]:
    """Create a receipt/payment transaction

     Creates a cash-book transaction ("phiếu thu chi"): a receipt or a payment, optionally against a
    supplier's debt. The source documents no response body.

    Args:
        shop_id (int):
        body (TransactionCreateRequest): Body of "Tạo phiếu thu chi". The source's table (headed
            "Query Parameters") lists the fields of the `transaction` object that its example wraps
            them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTransactionResponse200 | Error]
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
    body: TransactionCreateRequest,
) -> CreateTransactionResponse200 | Error | None:
    """Create a receipt/payment transaction

     Creates a cash-book transaction ("phiếu thu chi"): a receipt or a payment, optionally against a
    supplier's debt. The source documents no response body.

    Args:
        shop_id (int):
        body (TransactionCreateRequest): Body of "Tạo phiếu thu chi". The source's table (headed
            "Query Parameters") lists the fields of the `transaction` object that its example wraps
            them in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTransactionResponse200 | Error
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
