from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.locker_detail_response import LockerDetailResponse
from ...types import Response


def _get_kwargs(
    locker_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/locker/{locker_id}".format(
            locker_id=quote(str(locker_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LockerDetailResponse | None:
    if response.status_code == 200:
        response_200 = LockerDetailResponse.from_dict(response.json())

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
) -> Response[Error | LockerDetailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    locker_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | LockerDetailResponse]:
    """Get a locker's (device's) detail

     Returns one locker (device) with its name, address, location and boxes. The source lists the
    parameter as `lockerIdId` (typo, ledger PL-014); its example answers a different locker than the one
    requested (ledger PL-016) and gives coordinates as strings (ledger PL-015).

    Args:
        locker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockerDetailResponse]
    """

    kwargs = _get_kwargs(
        locker_id=locker_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    locker_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | LockerDetailResponse | None:
    """Get a locker's (device's) detail

     Returns one locker (device) with its name, address, location and boxes. The source lists the
    parameter as `lockerIdId` (typo, ledger PL-014); its example answers a different locker than the one
    requested (ledger PL-016) and gives coordinates as strings (ledger PL-015).

    Args:
        locker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockerDetailResponse
    """

    return sync_detailed(
        locker_id=locker_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    locker_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | LockerDetailResponse]:
    """Get a locker's (device's) detail

     Returns one locker (device) with its name, address, location and boxes. The source lists the
    parameter as `lockerIdId` (typo, ledger PL-014); its example answers a different locker than the one
    requested (ledger PL-016) and gives coordinates as strings (ledger PL-015).

    Args:
        locker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockerDetailResponse]
    """

    kwargs = _get_kwargs(
        locker_id=locker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    locker_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | LockerDetailResponse | None:
    """Get a locker's (device's) detail

     Returns one locker (device) with its name, address, location and boxes. The source lists the
    parameter as `lockerIdId` (typo, ledger PL-014); its example answers a different locker than the one
    requested (ledger PL-016) and gives coordinates as strings (ledger PL-015).

    Args:
        locker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockerDetailResponse
    """

    return (
        await asyncio_detailed(
            locker_id=locker_id,
            client=client,
        )
    ).parsed
