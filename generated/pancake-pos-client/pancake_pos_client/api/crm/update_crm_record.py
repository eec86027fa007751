from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crm_record_envelope import CrmRecordEnvelope
from ...models.error import Error
from ...models.update_crm_record_body import UpdateCrmRecordBody
from ...types import Response


def _get_kwargs(
    shop_id: int,
    table_name: str,
    *,
    body: UpdateCrmRecordBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/crm/{table_name}/records".format(
            shop_id=quote(str(shop_id), safe=""),
            table_name=quote(str(table_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CrmRecordEnvelope | Error | None:
    if response.status_code == 200:
        response_200 = CrmRecordEnvelope.from_dict(response.json())

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
) -> Response[CrmRecordEnvelope | Error]:
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
    body: UpdateCrmRecordBody,
) -> Response[CrmRecordEnvelope | Error]:
    """Update a CRM record

     Updates a record of a CRM table. The path carries no record id and the source does not say how the
    record is identified; presumably by the record's id inside `record`. The source shows no request
    example.

    Args:
        shop_id (int):
        table_name (str):
        body (UpdateCrmRecordBody): The source lists `record.field_name` under "Query Parameters";
            it is sent as a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrmRecordEnvelope | Error]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        table_name=table_name,
        body=body,
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
    body: UpdateCrmRecordBody,
) -> CrmRecordEnvelope | Error | None:
    """Update a CRM record

     Updates a record of a CRM table. The path carries no record id and the source does not say how the
    record is identified; presumably by the record's id inside `record`. The source shows no request
    example.

    Args:
        shop_id (int):
        table_name (str):
        body (UpdateCrmRecordBody): The source lists `record.field_name` under "Query Parameters";
            it is sent as a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrmRecordEnvelope | Error
    """

    return sync_detailed(
        shop_id=shop_id,
        table_name=table_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCrmRecordBody,
) -> Response[CrmRecordEnvelope | Error]:
    """Update a CRM record

     Updates a record of a CRM table. The path carries no record id and the source does not say how the
    record is identified; presumably by the record's id inside `record`. The source shows no request
    example.

    Args:
        shop_id (int):
        table_name (str):
        body (UpdateCrmRecordBody): The source lists `record.field_name` under "Query Parameters";
            it is sent as a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrmRecordEnvelope | Error]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        table_name=table_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCrmRecordBody,
) -> CrmRecordEnvelope | Error | None:
    """Update a CRM record

     Updates a record of a CRM table. The path carries no record id and the source does not say how the
    record is identified; presumably by the record's id inside `record`. The source shows no request
    example.

    Args:
        shop_id (int):
        table_name (str):
        body (UpdateCrmRecordBody): The source lists `record.field_name` under "Query Parameters";
            it is sent as a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrmRecordEnvelope | Error
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            table_name=table_name,
            client=client,
            body=body,
        )
    ).parsed
