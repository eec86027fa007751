"""Stage 4 — respond: the status and body of an answer, in the API's own terms.

A rejection's status is one the operation documents, chosen by kind (``PREFERENCES``); its body is the
API's error envelope (``mock.errors`` in api.yaml), kept when it depends on its inputs alone. A result
without behaviour is the response's example: the one ``Prefer: example=<name>`` names, else the body
``operations`` chose at start (the spec's first example, else a sample of its schema).
"""

from __future__ import annotations

from typing import Any

from partner_contracts.mock.behaviour.engine import reads_only, render
from partner_contracts.mock.behaviour.vocabulary import ERROR_VARIABLES
from partner_contracts.runtime.http import Reply, json_response, reason
from partner_contracts.runtime.operations import Operation
from partner_contracts.runtime.values import MISSING, kept_json

# Which documented status to use for each kind of rejection, in order of preference.
PREFERENCES: dict[str, tuple[int, ...]] = {
    "malformed": (400, 422),
    "invalid": (422, 400),
    "media": (415, 400, 422),
    "auth": (401, 403),
    "missing": (404, 400, 422),
    "conflict": (409, 422, 400),
    "too_large": (413, 400, 422),
}


# Rejections about the HTTP message itself keep their own status even where the operation does not
# document it: 405 + Allow, 413 for a body over the limit, 414 for an over-long query string, 503 + Retry-After
# past the memory budget.
TRANSPORT_KINDS = frozenset({"method", "options", "too_large", "too_long", "busy"})

ERRORS_KEPT = 1024  # envelopes remembered per API, for messages up to ERROR_KEPT_LENGTH characters
ERROR_KEPT_LENGTH = 512


def status_for(op: Operation | None, kind: str, status: int | None) -> int:
    """The status to answer a rejection of ``kind`` with: ``status`` where the operation documents it (or
    where it is about the HTTP message itself), else the first documented status of ``PREFERENCES[kind]``."""
    documented = op.documented if op else frozenset()
    if status in documented or (status is not None and (op is None or kind in TRANSPORT_KINDS)):
        return status
    for candidate in PREFERENCES.get(kind, ()):
        if candidate in documented:
            return candidate
    if status is not None:
        return status
    return PREFERENCES.get(kind, (400,))[0]


class Responder:
    """The answers of one API: its error envelope (``errors`` in api.yaml's ``mock`` section)."""

    def __init__(self, conf: dict[str, Any]) -> None:
        self.error_template = conf.get("body") or {"message": "$message"}
        self.error_by_status = {str(k): v for k, v in (conf.get("by_status") or {}).items()}
        # An envelope made of its inputs alone (no $uuid, $now …) is the same each time: it is kept.
        self.errors_made: dict[tuple[int, str, str, str | None], Reply] | None = {} if all(
            reads_only(t, ERROR_VARIABLES) for t in (self.error_template, *self.error_by_status.values())) else None

    def error(self, status: int, message: str, headers: dict[str, str] | None = None, field: str = "",
              code: str | None = None) -> Reply:
        """The API's error envelope (``mock.errors`` in api.yaml: a template over $status, $message,
        $reason, $field — the offending JSON pointer — and $code, a code a behaviour guard names)."""
        made = self.errors_made
        if made is not None and not headers and len(message) <= ERROR_KEPT_LENGTH:
            reply = made.get((status, message, field, code))
            if reply is None:
                reply = made[(status, message, field, code)] = self._error(status, message, None, field, code)
                reply.body = kept_json(reply.body)  # kept: its own length, not orjson's buffer (4 KiB at least)
                if len(made) > ERRORS_KEPT:
                    made.clear()
            return reply
        return self._error(status, message, headers, field, code)

    def _error(self, status: int, message: str, headers: dict[str, str] | None, field: str,
               code: str | None) -> Reply:
        template = self.error_by_status.get(str(status), self.error_template)
        context: dict[str, Any] = {"status": status, "message": message, "reason": reason(status), "field": field,
                   "code": code if code else MISSING, "__seq__": {}}
        body = render(template, context)
        return json_response(body, status, headers)

    @staticmethod
    def example(op: Operation, status: str, wanted: str | None) -> tuple[str | None, Any]:
        """(media type, body) of the documented response ``status`` (or its ``NXX``): the example named
        ``wanted`` when there is one, else the one chosen at start; (None, MISSING) when it has no body."""
        response = op.responses.get(status) or op.responses.get(status[0] + "XX")
        if response is None or response.media is None:
            return None, MISSING
        if wanted and wanted in response.examples:
            return response.media, response.examples[wanted]
        return response.media, response.served

    @staticmethod
    def media_of(op: Operation, status: str) -> str | None:
        """The media type of the documented response ``status``, None when it has no body."""
        response = op.responses.get(status)
        return response.media if response is not None else None
