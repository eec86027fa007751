from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_crm_records_response_200 import ListCrmRecordsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    table_name: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/crm/{table_name}/records".format(
            shop_id=quote(str(shop_id), safe=""),
            table_name=quote(str(table_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListCrmRecordsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListCrmRecordsResponse200.from_dict(response.json())

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
) -> Response[Error | ListCrmRecordsResponse200]:
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
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[Error | ListCrmRecordsResponse200]:
    """List records of a CRM table

     Lists the records (data) of a CRM table, paged. Record keys are the table's field names.

    Args:
        shop_id (int):
        table_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCrmRecordsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        table_name=table_name,
        page=page,
        page_size=page_size,
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
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Error | ListCrmRecordsResponse200 | None:
    """List records of a CRM table

     Lists the records (data) of a CRM table, paged. Record keys are the table's field names.

    Args:
        shop_id (int):
        table_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCrmRecordsResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        table_name=table_name,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[Error | ListCrmRecordsResponse200]:
    """List records of a CRM table

     Lists the records (data) of a CRM table, paged. Record keys are the table's field names.

    Args:
        shop_id (int):
        table_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListCrmRecordsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        table_name=table_name,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Error | ListCrmRecordsResponse200 | None:
    """List records of a CRM table

     Lists the records (data) of a CRM table, paged. Record keys are the table's field names.

    Args:
        shop_id (int):
        table_name (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListCrmRecordsResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            table_name=table_name,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
