from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_shop_webhook_body import UpdateShopWebhookBody
from ...models.update_shop_webhook_response_200 import UpdateShopWebhookResponse200
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: UpdateShopWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateShopWebhookResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateShopWebhookResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateShopWebhookResponse200]:
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
    body: UpdateShopWebhookBody,
) -> Response[Error | UpdateShopWebhookResponse200]:
    """Configure the shop webhook

     Sets the shop's webhook: on/off, target URL, error-notification email, the kinds of data to deliver
    (orders, CRM table data, customers, inventory) and request headers sent with every call. (In the
    app: Cấu hình → Cấu hình ứng dụng → WEBHOOK URL.) The source shows one JSON block, labelled
    "Response"; the request body is assumed to have the same `{"shop": {...}}` shape.

    Args:
        shop_id (int):
        body (UpdateShopWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateShopWebhookResponse200]
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
    body: UpdateShopWebhookBody,
) -> Error | UpdateShopWebhookResponse200 | None:
    """Configure the shop webhook

     Sets the shop's webhook: on/off, target URL, error-notification email, the kinds of data to deliver
    (orders, CRM table data, customers, inventory) and request headers sent with every call. (In the
    app: Cấu hình → Cấu hình ứng dụng → WEBHOOK URL.) The source shows one JSON block, labelled
    "Response"; the request body is assumed to have the same `{"shop": {...}}` shape.

    Args:
        shop_id (int):
        body (UpdateShopWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateShopWebhookResponse200
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
    body: UpdateShopWebhookBody,
) -> Response[Error | UpdateShopWebhookResponse200]:
    """Configure the shop webhook

     Sets the shop's webhook: on/off, target URL, error-notification email, the kinds of data to deliver
    (orders, CRM table data, customers, inventory) and request headers sent with every call. (In the
    app: Cấu hình → Cấu hình ứng dụng → WEBHOOK URL.) The source shows one JSON block, labelled
    "Response"; the request body is assumed to have the same `{"shop": {...}}` shape.

    Args:
        shop_id (int):
        body (UpdateShopWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateShopWebhookResponse200]
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
    body: UpdateShopWebhookBody,
) -> Error | UpdateShopWebhookResponse200 | None:
    """Configure the shop webhook

     Sets the shop's webhook: on/off, target URL, error-notification email, the kinds of data to deliver
    (orders, CRM table data, customers, inventory) and request headers sent with every call. (In the
    app: Cấu hình → Cấu hình ứng dụng → WEBHOOK URL.) The source shows one JSON block, labelled
    "Response"; the request body is assumed to have the same `{"shop": {...}}` shape.

    Args:
        shop_id (int):
        body (UpdateShopWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateShopWebhookResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
