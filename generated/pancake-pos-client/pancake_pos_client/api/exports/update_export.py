from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_update_defective_request import ExportUpdateDefectiveRequest
from ...models.export_update_normal_request import ExportUpdateNormalRequest
from ...models.update_export_response_200 import UpdateExportResponse200
from ...types import Response


def _get_kwargs(
    shop_id: int,
    export_id: str,
    *,
    body: ExportUpdateDefectiveRequest | ExportUpdateNormalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shops/{shop_id}/export/{export_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            export_id=quote(str(export_id), safe=""),
        ),
    }

    if isinstance(body, ExportUpdateNormalRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateExportResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateExportResponse200.from_dict(response.json())

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
) -> Response[Error | UpdateExportResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: int,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportUpdateDefectiveRequest | ExportUpdateNormalRequest,
) -> Response[Error | UpdateExportResponse200]:
    """Update an export (normal or of defective goods)

     Updates an export ("phiếu xuất kho"): status, supplier, date, images, tags and lines. The source
    documents this method and path twice: for a normal export ("Cập nhật phiếu xuất") and for an export
    of defective goods ("Cập nhật phiếu xuất hàng lỗi", whose example sends `type` 1). The body is one
    of the two; `export_list.type` tells them apart. For a defective-goods export the status codes mean
    0 defective goods issued, 1 written off, 2 cancelled. The source documents no response body.

    Args:
        shop_id (int):
        export_id (str):
        body (ExportUpdateDefectiveRequest | ExportUpdateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateExportResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        export_id=export_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportUpdateDefectiveRequest | ExportUpdateNormalRequest,
) -> Error | UpdateExportResponse200 | None:
    """Update an export (normal or of defective goods)

     Updates an export ("phiếu xuất kho"): status, supplier, date, images, tags and lines. The source
    documents this method and path twice: for a normal export ("Cập nhật phiếu xuất") and for an export
    of defective goods ("Cập nhật phiếu xuất hàng lỗi", whose example sends `type` 1). The body is one
    of the two; `export_list.type` tells them apart. For a defective-goods export the status codes mean
    0 defective goods issued, 1 written off, 2 cancelled. The source documents no response body.

    Args:
        shop_id (int):
        export_id (str):
        body (ExportUpdateDefectiveRequest | ExportUpdateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateExportResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        export_id=export_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportUpdateDefectiveRequest | ExportUpdateNormalRequest,
) -> Response[Error | UpdateExportResponse200]:
    """Update an export (normal or of defective goods)

     Updates an export ("phiếu xuất kho"): status, supplier, date, images, tags and lines. The source
    documents this method and path twice: for a normal export ("Cập nhật phiếu xuất") and for an export
    of defective goods ("Cập nhật phiếu xuất hàng lỗi", whose example sends `type` 1). The body is one
    of the two; `export_list.type` tells them apart. For a defective-goods export the status codes mean
    0 defective goods issued, 1 written off, 2 cancelled. The source documents no response body.

    Args:
        shop_id (int):
        export_id (str):
        body (ExportUpdateDefectiveRequest | ExportUpdateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateExportResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        export_id=export_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportUpdateDefectiveRequest | ExportUpdateNormalRequest,
) -> Error | UpdateExportResponse200 | None:
    """Update an export (normal or of defective goods)

     Updates an export ("phiếu xuất kho"): status, supplier, date, images, tags and lines. The source
    documents this method and path twice: for a normal export ("Cập nhật phiếu xuất") and for an export
    of defective goods ("Cập nhật phiếu xuất hàng lỗi", whose example sends `type` 1). The body is one
    of the two; `export_list.type` tells them apart. For a defective-goods export the status codes mean
    0 defective goods issued, 1 written off, 2 cancelled. The source documents no response body.

    Args:
        shop_id (int):
        export_id (str):
        body (ExportUpdateDefectiveRequest | ExportUpdateNormalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateExportResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            export_id=export_id,
            client=client,
            body=body,
        )
    ).parsed
