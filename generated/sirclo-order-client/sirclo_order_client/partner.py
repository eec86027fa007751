"""Ready-made helpers for the SIRCLO Order API (partner): connect in one line.

Placed here by partner-contracts when the client is generated (from the spec's security schemes); regenerate instead of editing.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator, Iterator
from typing import Any

import httpx

from .client import Client

DEFAULT_BASE_URL = "https://partner-api.sirclo.example/v1/partner"


class HmacBodyAuth(httpx.Auth):
    """Signs every request: header ``Secret`` = HMAC of the exact body bytes sent (empty for GET).

    The algorithm is a parameter (default ``sha256``, lowercase hex) so a changed vendor
    rule needs no edit of generated code.
    """

    requires_request_body = True

    def __init__(self, secret: str | bytes, algorithm: str = "sha256") -> None:
        self._key = secret.encode() if isinstance(secret, str) else secret
        hashlib.new(algorithm)  # fail early on an unknown algorithm
        self._algorithm = algorithm

    def sign(self, body: bytes) -> str:
        return hmac.new(self._key, body, self._algorithm).hexdigest()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Secret"] = self.sign(request.content)
        yield request


def connect(
    partner_id: str,
    secret: str,
    base_url: str = DEFAULT_BASE_URL,
    algorithm: str = "sha256",
    **kwargs: Any,
) -> Client:
    """A client that authenticates every call: header `partner_id`, hmac `Secret`.

    Extra keyword arguments go to :class:`Client` (``timeout``, ``httpx_args``, ...).
    """
    headers: dict[str, str] = dict(kwargs.pop("headers", None) or {})
    httpx_args: dict[str, Any] = dict(kwargs.pop("httpx_args", None) or {})
    headers["partner_id"] = partner_id
    httpx_args["auth"] = HmacBodyAuth(secret, algorithm)
    return Client(base_url=base_url, headers=headers, httpx_args=httpx_args, **kwargs)


def iterate_pages(
    operation: Any,
    *,
    client: Client,
    items: str = "data",
    page_param: str = "page_number",
    first_page: int = 1,
    total_pages: str = "total_pages",
    **params: Any,
) -> Iterator[Any]:
    """Yield every item of a paged list operation (an ``api`` module such as ``api.x.list_y``).

    Calls ``operation.sync(client=..., <page_param>=n, **params)`` for n = first_page, ... until a page
    is empty or the response's ``total_pages`` is reached.
    """
    page = first_page
    while True:
        response = operation.sync(client=client, **{page_param: page}, **params)
        if response is None:
            return
        data = response.to_dict() if hasattr(response, "to_dict") else response
        batch = getattr(response, items, None)
        if not isinstance(batch, list):
            batch = data.get(items) if isinstance(data, dict) else None
        if not batch:
            return
        yield from batch
        pages = data.get(total_pages) if isinstance(data, dict) else None
        if not isinstance(pages, int) or page - first_page + 1 >= pages:
            return
        page += 1
