from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.estimate_error import EstimateError
from ...models.estimate_order_request import EstimateOrderRequest
from ...models.estimate_result import EstimateResult
from ...types import Response


def _get_kwargs(
    *,
    body: EstimateOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/orders/estimates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EstimateError | list[EstimateResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EstimateResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = EstimateError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EstimateError.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = EstimateError.from_dict(response.json())

        return response_406

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EstimateError | list[EstimateResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateOrderRequest,
) -> Response[EstimateError | list[EstimateResult]]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason (the HTTP 406 codes of the
    error table appear here, inside a 200 answer — see ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstimateError | list[EstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateOrderRequest,
) -> EstimateError | list[EstimateResult] | None:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason (the HTTP 406 codes of the
    error table appear here, inside a 200 answer — see ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstimateError | list[EstimateResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateOrderRequest,
) -> Response[EstimateError | list[EstimateResult]]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason (the HTTP 406 codes of the
    error table appear here, inside a 200 answer — see ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstimateError | list[EstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EstimateOrderRequest,
) -> EstimateError | list[EstimateResult] | None:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason (the HTTP 406 codes of the
    error table appear here, inside a 200 answer — see ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstimateError | list[EstimateResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
