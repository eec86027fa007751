from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_promotion_product_body import UpdatePromotionProductBody
from ...models.update_promotion_product_response_200 import (
    UpdatePromotionProductResponse200,
)
from ...types import Response


def _get_kwargs(
    shop_id: int,
    id: int,
    *,
    body: UpdatePromotionProductBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/promotion_products/{id}".format(
            shop_id=quote(str(shop_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdatePromotionProductResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdatePromotionProductResponse200.from_dict(response.json())

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
) -> Response[Error | UpdatePromotionProductResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePromotionProductBody,
) -> Response[Error | UpdatePromotionProductResponse200]:
    """Update a promotion

     Updates a product promotion. The body wraps the promotion in `promotion_product`. The source shows
    no response; the response below is assumed.

    Args:
        shop_id (int):
        id (int):
        body (UpdatePromotionProductBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatePromotionProductResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePromotionProductBody,
) -> Error | UpdatePromotionProductResponse200 | None:
    """Update a promotion

     Updates a product promotion. The body wraps the promotion in `promotion_product`. The source shows
    no response; the response below is assumed.

    Args:
        shop_id (int):
        id (int):
        body (UpdatePromotionProductBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatePromotionProductResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePromotionProductBody,
) -> Response[Error | UpdatePromotionProductResponse200]:
    """Update a promotion

     Updates a product promotion. The body wraps the promotion in `promotion_product`. The source shows
    no response; the response below is assumed.

    Args:
        shop_id (int):
        id (int):
        body (UpdatePromotionProductBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdatePromotionProductResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePromotionProductBody,
) -> Error | UpdatePromotionProductResponse200 | None:
    """Update a promotion

     Updates a product promotion. The body wraps the promotion in `promotion_product`. The source shows
    no response; the response below is assumed.

    Args:
        shop_id (int):
        id (int):
        body (UpdatePromotionProductBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdatePromotionProductResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
