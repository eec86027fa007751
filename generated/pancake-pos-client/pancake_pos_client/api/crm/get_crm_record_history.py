from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_crm_record_history_response_200 import GetCrmRecordHistoryResponse200
from ...types import UNSET, Response


def _get_kwargs(
    shop_id: int,
    table_name: str,
    *,
    record_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["record_id"] = record_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/crm/{table_name}/history".format(
            shop_id=quote(str(shop_id), safe=""),
            table_name=quote(str(table_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetCrmRecordHistoryResponse200 | None:
    if response.status_code == 200:
        response_200 = GetCrmRecordHistoryResponse200.from_dict(response.json())

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
) -> Response[Error | GetCrmRecordHistoryResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    record_id: str,
) -> Response[Error | GetCrmRecordHistoryResponse200]:
    """Get the change history of a CRM record

     Lists the changes made to one record of a CRM table.

    Args:
        shop_id (int):
        table_name (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetCrmRecordHistoryResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        table_name=table_name,
        record_id=record_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    record_id: str,
) -> Error | GetCrmRecordHistoryResponse200 | None:
    """Get the change history of a CRM record

     Lists the changes made to one record of a CRM table.

    Args:
        shop_id (int):
        table_name (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetCrmRecordHistoryResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        table_name=table_name,
        client=client,
        record_id=record_id,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    record_id: str,
) -> Response[Error | GetCrmRecordHistoryResponse200]:
    """Get the change history of a CRM record

     Lists the changes made to one record of a CRM table.

    Args:
        shop_id (int):
        table_name (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetCrmRecordHistoryResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        table_name=table_name,
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    record_id: str,
) -> Error | GetCrmRecordHistoryResponse200 | None:
    """Get the change history of a CRM record

     Lists the changes made to one record of a CRM table.

    Args:
        shop_id (int):
        table_name (str):
        record_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetCrmRecordHistoryResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            table_name=table_name,
            client=client,
            record_id=record_id,
        )
    ).parsed
