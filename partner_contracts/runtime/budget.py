"""One memory budget, in bytes, for everything a process holds on clients' behalf (``--memory-budget``).

Every buffer that grows with what clients send or fail to read draws from it:

- ``body``: a request body being read (``http.read_body`` takes each chunk as it arrives);
- ``held``: pipelined requests the protocol has not parsed yet (``mock.guard``: at most one read chunk
  per connection, held while that connection has ``max_pipelined`` requests waiting);
- ``answer``: an answer waiting to be written to a client that does not read it (the transport's write
  buffer past its high-water mark, until it drains or the write deadline closes the connection);
- ``records``: the records of every collection (``behaviour.records``), at most ``RECORDS_SHARE`` of the
  budget: past it, the oldest records of the collection being written go first, as past its own cap.

Past the budget new work is refused (``over()``: a 503 with ``Retry-After`` in the API's envelope)
and a body that would cross it is refused mid-read. Each check is an addition and a comparison.

The bound this gives (docs/mock.md, "Memory"): what the process holds for clients is at most
``limit`` plus, per open connection, what is in flight before it can be counted (one read chunk of
256 KiB, the request head up to ``max_header_bytes``, and the transport's 64 KiB write high-water
mark).
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIB = 1024 * 1024
DEFAULT_BUDGET = 512 * MIB
RECORDS_SHARE = 0.5  # of the budget, at most, for the records of every collection together
RETRY_AFTER = "1"  # seconds a client refused for memory is asked to wait


@dataclass
class Budget:
    limit: int = DEFAULT_BUDGET
    used: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: {"body": 0, "held": 0, "answer": 0, "records": 0})
    refused: int = 0

    def over(self) -> bool:
        """Whether new work must wait (a 503 with Retry-After)."""
        return self.used >= self.limit

    def take(self, size: int, kind: str) -> bool:
        """Draw ``size`` bytes for ``kind``; False (nothing drawn) when that would cross the budget."""
        if self.used + size > self.limit:
            self.refused += 1
            return False
        self.used += size
        self.by_kind[kind] += size
        return True

    def force(self, size: int, kind: str) -> None:
        """Count bytes already held (an answer in a write buffer): they count, whatever the total."""
        self.used += size
        self.by_kind[kind] += size

    def give(self, size: int, kind: str) -> None:
        self.used -= size
        self.by_kind[kind] -= size

    def records_limit(self) -> int:
        return int(self.limit * RECORDS_SHARE)

    def report(self) -> dict[str, int]:
        return {"limit": self.limit, "used": self.used, "refused": self.refused, **self.by_kind}


BUDGET = Budget()  # the process's budget (set from --memory-budget before the server starts)


READ_CHUNK = 256 * 1024  # what one read of a socket may bring before anything can count it (asyncio, uvloop)
BODY_HIGH_WATER = 64 * 1024  # uvicorn's request body buffer, past which it stops reading
WRITE_HIGH_WATER = 64 * 1024  # asyncio's write buffer high-water mark, past which an answer is counted


def per_connection(max_header_bytes: int) -> int:
    """What one open connection may hold before the budget can count it."""
    return READ_CHUNK + max_header_bytes + BODY_HIGH_WATER + WRITE_HIGH_WATER


def bound(budget: int, max_connections: int, max_header_bytes: int) -> int:
    """The most the process holds for clients: B + C × (R + H + W_body + W_write) (docs/mock.md, Memory)."""
    return budget + max_connections * per_connection(max_header_bytes)


def bound_line(budget: int, max_connections: int, max_header_bytes: int) -> str:
    each = per_connection(max_header_bytes)
    return (f"memory held for clients ≤ budget {budget / MIB:.0f} MiB + {max_connections} connections × "
            f"{each // 1024} KiB = {bound(budget, max_connections, max_header_bytes) / MIB:.0f} MiB")


def parse_size(text: str) -> int:
    """``512MiB``, ``64m``, ``1GiB``, ``1048576`` → bytes (binary units)."""
    value = text.strip().lower().replace(" ", "")
    for suffix, factor in (("gib", 1 << 30), ("mib", MIB), ("kib", 1024), ("gb", 1 << 30), ("mb", MIB),
                           ("kb", 1024), ("g", 1 << 30), ("m", MIB), ("k", 1024), ("b", 1)):
        if value.endswith(suffix):
            number = value[: -len(suffix)]
            break
    else:
        number, factor = value, 1
    try:
        size = int(float(number) * factor)
    except ValueError:
        raise ValueError(f"{text!r} is not a size (use e.g. 512MiB, 64MiB, 1GiB)") from None
    if size < MIB:
        raise ValueError(f"{text!r}: a memory budget under 1 MiB leaves nothing to serve with")
    return size
