from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_export_response_200 import CreateExportResponse200
from ...models.error import Error
from ...models.export_create_defective_request import ExportCreateDefectiveRequest
from ...models.export_create_normal_request import ExportCreateNormalRequest
from ...types import Response


def _get_kwargs(
    shop_id: int,
    *,
    body: ExportCreateDefectiveRequest | ExportCreateNormalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/export".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
    }

    if isinstance(body, ExportCreateNormalRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateExportResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = CreateExportResponse200.from_dict(response.json())

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
) -> Response[CreateExportResponse200 | Error]:
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
    body: ExportCreateDefectiveRequest | ExportCreateNormalRequest,
) -> Response[CreateExportResponse200 | Error]:
    """Create an export (normal or of defective goods)

     Creates an export ("phiếu xuất kho"). The source documents this method and path twice: for a normal
    export ("Tạo phiếu xuất kho", `type` 0 or absent) and for an export of defective goods ("Tạo phiếu
    xuất hàng lỗi", `type` 1). The body is one of the two; `export_list.type` tells them apart. The
    source documents no response body.

    Args:
        shop_id (int):
        body (ExportCreateDefectiveRequest | ExportCreateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateExportResponse200 | Error]
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
    body: ExportCreateDefectiveRequest | ExportCreateNormalRequest,
) -> CreateExportResponse200 | Error | None:
    """Create an export (normal or of defective goods)

     Creates an export ("phiếu xuất kho"). The source documents this method and path twice: for a normal
    export ("Tạo phiếu xuất kho", `type` 0 or absent) and for an export of defective goods ("Tạo phiếu
    xuất hàng lỗi", `type` 1). The body is one of the two; `export_list.type` tells them apart. The
    source documents no response body.

    Args:
        shop_id (int):
        body (ExportCreateDefectiveRequest | ExportCreateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateExportResponse200 | Error
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
    body: ExportCreateDefectiveRequest | ExportCreateNormalRequest,
) -> Response[CreateExportResponse200 | Error]:
    """Create an export (normal or of defective goods)

     Creates an export ("phiếu xuất kho"). The source documents this method and path twice: for a normal
    export ("Tạo phiếu xuất kho", `type` 0 or absent) and for an export of defective goods ("Tạo phiếu
    xuất hàng lỗi", `type` 1). The body is one of the two; `export_list.type` tells them apart. The
    source documents no response body.

    Args:
        shop_id (int):
        body (ExportCreateDefectiveRequest | ExportCreateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateExportResponse200 | Error]
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
    body: ExportCreateDefectiveRequest | ExportCreateNormalRequest,
) -> CreateExportResponse200 | Error | None:
    """Create an export (normal or of defective goods)

     Creates an export ("phiếu xuất kho"). The source documents this method and path twice: for a normal
    export ("Tạo phiếu xuất kho", `type` 0 or absent) and for an export of defective goods ("Tạo phiếu
    xuất hàng lỗi", `type` 1). The body is one of the two; `export_list.type` tells them apart. The
    source documents no response body.

    Args:
        shop_id (int):
        body (ExportCreateDefectiveRequest | ExportCreateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateExportResponse200 | Error
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
        )
    ).parsed
