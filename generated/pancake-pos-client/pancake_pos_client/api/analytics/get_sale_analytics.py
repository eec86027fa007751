from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_sale_analytics_response_200 import GetSaleAnalyticsResponse200
from ...models.get_sale_analytics_returned_record import (
    GetSaleAnalyticsReturnedRecord,
)
from ...models.get_sale_analytics_returned_status import (
    GetSaleAnalyticsReturnedStatus,
)
from ...models.get_sale_analytics_success_record import (
    GetSaleAnalyticsSuccessRecord,
)
from ...models.get_sale_analytics_success_status import (
    GetSaleAnalyticsSuccessStatus,
)
from ...models.get_sale_analytics_user_type import (
    GetSaleAnalyticsUserType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: int,
    *,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    success_status: GetSaleAnalyticsSuccessStatus | Unset = UNSET,
    success_record: GetSaleAnalyticsSuccessRecord | Unset = UNSET,
    user_type: GetSaleAnalyticsUserType | Unset = UNSET,
    returned_status: GetSaleAnalyticsReturnedStatus | Unset = UNSET,
    returned_record: GetSaleAnalyticsReturnedRecord | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["until"] = until

    json_success_status: str | Unset = UNSET
    if not isinstance(success_status, Unset):
        json_success_status = success_status

    params["success_status"] = json_success_status

    json_success_record: str | Unset = UNSET
    if not isinstance(success_record, Unset):
        json_success_record = success_record

    params["success_record"] = json_success_record

    json_user_type: str | Unset = UNSET
    if not isinstance(user_type, Unset):
        json_user_type = user_type

    params["user_type"] = json_user_type

    json_returned_status: str | Unset = UNSET
    if not isinstance(returned_status, Unset):
        json_returned_status = returned_status

    params["returned_status"] = json_returned_status

    json_returned_record: str | Unset = UNSET
    if not isinstance(returned_record, Unset):
        json_returned_record = returned_record

    params["returned_record"] = json_returned_record

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/analytics/sale".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetSaleAnalyticsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetSaleAnalyticsResponse200.from_dict(response.json())

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
) -> Response[Error | GetSaleAnalyticsResponse200]:
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
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    success_status: GetSaleAnalyticsSuccessStatus | Unset = UNSET,
    success_record: GetSaleAnalyticsSuccessRecord | Unset = UNSET,
    user_type: GetSaleAnalyticsUserType | Unset = UNSET,
    returned_status: GetSaleAnalyticsReturnedStatus | Unset = UNSET,
    returned_record: GetSaleAnalyticsReturnedRecord | Unset = UNSET,
) -> Response[Error | GetSaleAnalyticsResponse200]:
    """Sales statistics of orders

     Returns order statistics ("Thống kê đơn hàng"): for each group (by default each day) the totals of
    successful and of returned orders. Query parameters choose the period, the grouping (`split_by`), a
    filter on variations or products, and which events count an order as successful or returned and for
    which staff member.

    Args:
        shop_id (int):
        since (str | Unset):
        until (str | Unset):
        success_status (GetSaleAnalyticsSuccessStatus | Unset):
        success_record (GetSaleAnalyticsSuccessRecord | Unset):
        user_type (GetSaleAnalyticsUserType | Unset):
        returned_status (GetSaleAnalyticsReturnedStatus | Unset):
        returned_record (GetSaleAnalyticsReturnedRecord | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSaleAnalyticsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        since=since,
        until=until,
        success_status=success_status,
        success_record=success_record,
        user_type=user_type,
        returned_status=returned_status,
        returned_record=returned_record,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    success_status: GetSaleAnalyticsSuccessStatus | Unset = UNSET,
    success_record: GetSaleAnalyticsSuccessRecord | Unset = UNSET,
    user_type: GetSaleAnalyticsUserType | Unset = UNSET,
    returned_status: GetSaleAnalyticsReturnedStatus | Unset = UNSET,
    returned_record: GetSaleAnalyticsReturnedRecord | Unset = UNSET,
) -> Error | GetSaleAnalyticsResponse200 | None:
    """Sales statistics of orders

     Returns order statistics ("Thống kê đơn hàng"): for each group (by default each day) the totals of
    successful and of returned orders. Query parameters choose the period, the grouping (`split_by`), a
    filter on variations or products, and which events count an order as successful or returned and for
    which staff member.

    Args:
        shop_id (int):
        since (str | Unset):
        until (str | Unset):
        success_status (GetSaleAnalyticsSuccessStatus | Unset):
        success_record (GetSaleAnalyticsSuccessRecord | Unset):
        user_type (GetSaleAnalyticsUserType | Unset):
        returned_status (GetSaleAnalyticsReturnedStatus | Unset):
        returned_record (GetSaleAnalyticsReturnedRecord | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSaleAnalyticsResponse200
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        since=since,
        until=until,
        success_status=success_status,
        success_record=success_record,
        user_type=user_type,
        returned_status=returned_status,
        returned_record=returned_record,
    ).parsed


async def asyncio_detailed(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    success_status: GetSaleAnalyticsSuccessStatus | Unset = UNSET,
    success_record: GetSaleAnalyticsSuccessRecord | Unset = UNSET,
    user_type: GetSaleAnalyticsUserType | Unset = UNSET,
    returned_status: GetSaleAnalyticsReturnedStatus | Unset = UNSET,
    returned_record: GetSaleAnalyticsReturnedRecord | Unset = UNSET,
) -> Response[Error | GetSaleAnalyticsResponse200]:
    """Sales statistics of orders

     Returns order statistics ("Thống kê đơn hàng"): for each group (by default each day) the totals of
    successful and of returned orders. Query parameters choose the period, the grouping (`split_by`), a
    filter on variations or products, and which events count an order as successful or returned and for
    which staff member.

    Args:
        shop_id (int):
        since (str | Unset):
        until (str | Unset):
        success_status (GetSaleAnalyticsSuccessStatus | Unset):
        success_record (GetSaleAnalyticsSuccessRecord | Unset):
        user_type (GetSaleAnalyticsUserType | Unset):
        returned_status (GetSaleAnalyticsReturnedStatus | Unset):
        returned_record (GetSaleAnalyticsReturnedRecord | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSaleAnalyticsResponse200]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        since=since,
        until=until,
        success_status=success_status,
        success_record=success_record,
        user_type=user_type,
        returned_status=returned_status,
        returned_record=returned_record,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: int,
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    success_status: GetSaleAnalyticsSuccessStatus | Unset = UNSET,
    success_record: GetSaleAnalyticsSuccessRecord | Unset = UNSET,
    user_type: GetSaleAnalyticsUserType | Unset = UNSET,
    returned_status: GetSaleAnalyticsReturnedStatus | Unset = UNSET,
    returned_record: GetSaleAnalyticsReturnedRecord | Unset = UNSET,
) -> Error | GetSaleAnalyticsResponse200 | None:
    """Sales statistics of orders

     Returns order statistics ("Thống kê đơn hàng"): for each group (by default each day) the totals of
    successful and of returned orders. Query parameters choose the period, the grouping (`split_by`), a
    filter on variations or products, and which events count an order as successful or returned and for
    which staff member.

    Args:
        shop_id (int):
        since (str | Unset):
        until (str | Unset):
        success_status (GetSaleAnalyticsSuccessStatus | Unset):
        success_record (GetSaleAnalyticsSuccessRecord | Unset):
        user_type (GetSaleAnalyticsUserType | Unset):
        returned_status (GetSaleAnalyticsReturnedStatus | Unset):
        returned_record (GetSaleAnalyticsReturnedRecord | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSaleAnalyticsResponse200
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            since=since,
            until=until,
            success_status=success_status,
            success_record=success_record,
            user_type=user_type,
            returned_status=returned_status,
            returned_record=returned_record,
        )
    ).parsed
