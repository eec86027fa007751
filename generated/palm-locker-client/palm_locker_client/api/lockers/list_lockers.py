from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_lockers_format import ListLockersFormat
from ...models.locker_list_response import LockerListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    size: int | Unset = 10,
    page: int | Unset = 0,
    longtitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    distance: float | Unset = 5.0,
    city: str | Unset = UNSET,
    dist: str | Unset = UNSET,
    ward: str | Unset = UNSET,
    format_: ListLockersFormat | Unset = "compact",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["size"] = size

    params["page"] = page

    params["longtitude"] = longtitude

    params["latitude"] = latitude

    params["distance"] = distance

    params["city"] = city

    params["dist"] = dist

    params["ward"] = ward

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locker",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LockerListResponse | None:
    if response.status_code == 200:
        response_200 = LockerListResponse.from_dict(response.json())

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
) -> Response[Error | LockerListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = 10,
    page: int | Unset = 0,
    longtitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    distance: float | Unset = 5.0,
    city: str | Unset = UNSET,
    dist: str | Unset = UNSET,
    ward: str | Unset = UNSET,
    format_: ListLockersFormat | Unset = "compact",
) -> Response[Error | LockerListResponse]:
    """List lockers (devices)

     Lists lockers ("devices") page by page, searched either around a point (`longtitude`, `latitude`,
    `distance`) or by address (`city`, `dist`, `ward`). When both groups are sent the coordinates win;
    when a coordinate search finds nothing, retry with a larger `distance`. The one-group-or-the-other
    rule cannot be written for query parameters in OpenAPI and is not enforced by the schema (ledger
    PL-031). `format=compact` (default) answers LockerCompact items, `format=full` answers LockerFull
    items (ledger PL-033).

    Args:
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        longtitude (float | Unset):
        latitude (float | Unset):
        distance (float | Unset):  Default: 5.0.
        city (str | Unset):
        dist (str | Unset):
        ward (str | Unset):
        format_ (ListLockersFormat | Unset):  Default: 'compact'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockerListResponse]
    """

    kwargs = _get_kwargs(
        size=size,
        page=page,
        longtitude=longtitude,
        latitude=latitude,
        distance=distance,
        city=city,
        dist=dist,
        ward=ward,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = 10,
    page: int | Unset = 0,
    longtitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    distance: float | Unset = 5.0,
    city: str | Unset = UNSET,
    dist: str | Unset = UNSET,
    ward: str | Unset = UNSET,
    format_: ListLockersFormat | Unset = "compact",
) -> Error | LockerListResponse | None:
    """List lockers (devices)

     Lists lockers ("devices") page by page, searched either around a point (`longtitude`, `latitude`,
    `distance`) or by address (`city`, `dist`, `ward`). When both groups are sent the coordinates win;
    when a coordinate search finds nothing, retry with a larger `distance`. The one-group-or-the-other
    rule cannot be written for query parameters in OpenAPI and is not enforced by the schema (ledger
    PL-031). `format=compact` (default) answers LockerCompact items, `format=full` answers LockerFull
    items (ledger PL-033).

    Args:
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        longtitude (float | Unset):
        latitude (float | Unset):
        distance (float | Unset):  Default: 5.0.
        city (str | Unset):
        dist (str | Unset):
        ward (str | Unset):
        format_ (ListLockersFormat | Unset):  Default: 'compact'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockerListResponse
    """

    return sync_detailed(
        client=client,
        size=size,
        page=page,
        longtitude=longtitude,
        latitude=latitude,
        distance=distance,
        city=city,
        dist=dist,
        ward=ward,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = 10,
    page: int | Unset = 0,
    longtitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    distance: float | Unset = 5.0,
    city: str | Unset = UNSET,
    dist: str | Unset = UNSET,
    ward: str | Unset = UNSET,
    format_: ListLockersFormat | Unset = "compact",
) -> Response[Error | LockerListResponse]:
    """List lockers (devices)

     Lists lockers ("devices") page by page, searched either around a point (`longtitude`, `latitude`,
    `distance`) or by address (`city`, `dist`, `ward`). When both groups are sent the coordinates win;
    when a coordinate search finds nothing, retry with a larger `distance`. The one-group-or-the-other
    rule cannot be written for query parameters in OpenAPI and is not enforced by the schema (ledger
    PL-031). `format=compact` (default) answers LockerCompact items, `format=full` answers LockerFull
    items (ledger PL-033).

    Args:
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        longtitude (float | Unset):
        latitude (float | Unset):
        distance (float | Unset):  Default: 5.0.
        city (str | Unset):
        dist (str | Unset):
        ward (str | Unset):
        format_ (ListLockersFormat | Unset):  Default: 'compact'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockerListResponse]
    """

    kwargs = _get_kwargs(
        size=size,
        page=page,
        longtitude=longtitude,
        latitude=latitude,
        distance=distance,
        city=city,
        dist=dist,
        ward=ward,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    size: int | Unset = 10,
    page: int | Unset = 0,
    longtitude: float | Unset = UNSET,
    latitude: float | Unset = UNSET,
    distance: float | Unset = 5.0,
    city: str | Unset = UNSET,
    dist: str | Unset = UNSET,
    ward: str | Unset = UNSET,
    format_: ListLockersFormat | Unset = "compact",
) -> Error | LockerListResponse | None:
    """List lockers (devices)

     Lists lockers ("devices") page by page, searched either around a point (`longtitude`, `latitude`,
    `distance`) or by address (`city`, `dist`, `ward`). When both groups are sent the coordinates win;
    when a coordinate search finds nothing, retry with a larger `distance`. The one-group-or-the-other
    rule cannot be written for query parameters in OpenAPI and is not enforced by the schema (ledger
    PL-031). `format=compact` (default) answers LockerCompact items, `format=full` answers LockerFull
    items (ledger PL-033).

    Args:
        size (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.
        longtitude (float | Unset):
        latitude (float | Unset):
        distance (float | Unset):  Default: 5.0.
        city (str | Unset):
        dist (str | Unset):
        ward (str | Unset):
        format_ (ListLockersFormat | Unset):  Default: 'compact'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockerListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            size=size,
            page=page,
            longtitude=longtitude,
            latitude=latitude,
            distance=distance,
            city=city,
            dist=dist,
            ward=ward,
            format_=format_,
        )
    ).parsed
