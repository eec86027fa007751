import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_list_response import OrderListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since = since.isoformat()
    params["since"] = json_since

    json_until = until.isoformat()
    params["until"] = json_until

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrderListResponse | None:
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
) -> Response[Error | OrderListResponse]:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime):
        until (datetime.datetime):
        limit (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderListResponse]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
) -> Error | OrderListResponse | None:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime):
        until (datetime.datetime):
        limit (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderListResponse
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
) -> Response[Error | OrderListResponse]:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime):
        until (datetime.datetime):
        limit (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderListResponse]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime,
    until: datetime.datetime,
    limit: int,
    offset: int,
) -> Error | OrderListResponse | None:
    """List orders by order-date range

     Returns the orders the partner has previously sent with Create Order whose order date lies between
    `since` and `until` (RFC 3339), at most `limit` (≤ 100) orders starting after `offset` records. All
    four query parameters are required. The source's request example: `GET
    /v1/partner/order?since=2018-10-13T13:34:52Z&until=2018-10-16T19:22:39Z&limit=100&offset=0`. The
    request has no body, so `Secret` is the HMAC of the empty body.

    Args:
        since (datetime.datetime):
        until (datetime.datetime):
        limit (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
        )
    ).parsed
