from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import Client
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


def _parse_response(*, client: Client, response: httpx.Response) -> EstimateError | list[EstimateResult] | None:
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


def _build_response(*, client: Client, response: httpx.Response) -> Response[EstimateError | list[EstimateResult]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception as exc:
        if response.is_success:
            raise errors.APIResponseValidationError(response, exc) from exc
        parsed = None  # an error answer that is not the documented envelope: see .content
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _error_body(response: httpx.Response) -> Any:
    """The vendor's error envelope as its model when it parses, else the response text."""
    if response.status_code == 400:
        try:
            response_400 = EstimateError.from_dict(response.json())

            return response_400

        except Exception:
            return response.text
    if response.status_code == 401:
        try:
            response_401 = EstimateError.from_dict(response.json())

            return response_401

        except Exception:
            return response.text
    if response.status_code == 406:
        try:
            response_406 = EstimateError.from_dict(response.json())

            return response_406

        except Exception:
            return response.text
    try:  # an undocumented status: the vendor's envelope is usually the same
        response_400 = EstimateError.from_dict(response.json())

        parsed = response_400

        if parsed is not None:
            return parsed
    except Exception:
        pass
    return response.text


def _parse_success(response: httpx.Response) -> list[EstimateResult]:
    if not response.is_success:
        raise errors.status_error(response, _error_body(response) or response.text)
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = EstimateResult.from_dict(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

    except Exception as exc:
        raise errors.APIResponseValidationError(response, exc) from exc
    raise errors.APIResponseValidationError(response, "undocumented status")


def sync_detailed(
    *,
    client: Client,
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[EstimateError | list[EstimateResult]]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried only when this is given).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[EstimateError | list[EstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.request(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> list[EstimateResult]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried only when this is given).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        list[EstimateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return _parse_success(client.request(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers))


async def asyncio_detailed(
    *,
    client: Client,
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Response[EstimateError | list[EstimateResult]]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried only when this is given).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        Response[EstimateError | list[EstimateResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.arequest(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
    body: EstimateOrderRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> list[EstimateResult]:
    """Estimate the fee of an order for several services

     Prices one order (stop points, payment method, special requests, items, packages) for every service
    listed in `services`. The answer is an array with one entry per service: `data` holds the estimate
    when the service can carry the order, otherwise `error` holds the reason. The HTTP 406 codes of the
    error table can arrive either way: inside a 200 answer as one service's `error` (as the response
    example shows), or as a whole-request 406 answer with the same error body (the table's HTTP status);
    when the API chooses which is not documented (ledger AH-007). Request-level failures
    (`MISSING_PATH_INFO`, `BAD_REQUEST`) answer HTTP 400.

    Args:
        body (EstimateOrderRequest): The order to price (source table "path | payment_method |
            services | …"), plus `remarks` and `package_detail` from the public request example
            (FACTS.md).
        timeout (float | httpx.Timeout | None): This call's timeout instead of the client's.
        max_retries (int | None): This call's retry budget instead of the client's (POST is retried only when this is given).
        extra_headers (Mapping[str, str] | None): Headers added to this call only.

    Raises:
        errors.APIStatusError: The server answered with a non-2xx status (a subclass per status; ``.body``
            is the vendor's error envelope when it parses, else the text).
        errors.APIConnectionError: The server could not be reached (APITimeoutError: it took too long).
        errors.APIResponseValidationError: A 2xx answer does not decode.

    Returns:
        list[EstimateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return _parse_success(
        await client.arequest(kwargs, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
    )
