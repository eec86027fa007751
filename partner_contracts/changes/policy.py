"""The policy file of ``partner-contracts diff`` (``--config FILE``; ``diff-policy.yaml`` at the repository root
applies to this repository's own APIs): change a rule's level, or ignore one finding with a reason — as
oasdiff's ``--severity-levels`` and ``--err-ignore``::

    levels:                       # rule id → error | warning | info | none (none: not reported)
      request-property-removed: error
    ignore:                       # each entry needs a reason; id is required, the rest narrow it down
      - id: response-optional-property-removed
        operation: GET /orders    # optional: one of the operations the finding reaches
        location: /paths/~1orders # optional: a prefix of the finding's JSON pointer
        reason: the field was never sent (ledger PL-012)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from partner_contracts.spec.api import REPO

from .rules import LEVELS, RULES

if TYPE_CHECKING:
    from .diff import ApiDiff

REPOSITORY_POLICY = REPO / "diff-policy.yaml"


class PolicyError(Exception):
    pass


@dataclass
class Policy:
    levels: dict[str, str] = field(default_factory=dict)
    ignore: list[dict[str, str]] = field(default_factory=list)
    source: str = ""

    def apply(self, result: ApiDiff) -> ApiDiff:
        kept, ignored = [], []
        for change in result.changes:
            level = self.levels.get(change.rule)
            if level == "none":
                continue
            if level:
                change.level_override = level
            reason = self.reason(change)
            if reason:
                change.ignored = reason
                ignored.append(change)
            else:
                kept.append(change)
        result.changes[:] = kept
        result.ignored.extend(ignored)
        return result

    def reason(self, change: Any) -> str | None:
        for entry in self.ignore:
            if entry["id"] != change.rule:
                continue
            if entry.get("operation") and entry["operation"] not in (change.operations or [change.operation]):
                continue
            if entry.get("location") and not change.pointer.startswith(entry["location"]):
                continue
            return entry["reason"]
        return None


def load_policy(path: Path) -> Policy:
    """Read and check a policy file; every mistake names the file and the entry."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"{path}: YAML error: {exc}") from None
    if not isinstance(data, dict) or set(data) - {"levels", "ignore"}:
        raise PolicyError(f"{path}: expected a mapping with `levels` and/or `ignore`")
    levels = data.get("levels") or {}
    if not isinstance(levels, dict):
        raise PolicyError(f"{path}: /levels must map rule ids to a level")
    for rule, level in levels.items():
        if rule not in RULES:
            raise PolicyError(f"{path}: /levels/{rule}: no such rule (see docs/changes.md for the catalogue)")
        if level not in (*LEVELS, "none"):
            raise PolicyError(f"{path}: /levels/{rule}: {level!r} is not one of error, warning, info, none")
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list):
        raise PolicyError(f"{path}: /ignore must be a list")
    for index, entry in enumerate(ignore):
        if not isinstance(entry, dict) or entry.get("id") not in RULES:
            raise PolicyError(f"{path}: /ignore/{index}: needs `id`, one of the rule ids")
        if not str(entry.get("reason") or "").strip():
            raise PolicyError(f"{path}: /ignore/{index}: needs a `reason` (why this finding is accepted)")
        extra = set(entry) - {"id", "operation", "location", "reason"}
        if extra:
            raise PolicyError(f"{path}: /ignore/{index}: unknown key(s) {', '.join(sorted(extra))}")
    return Policy({str(k): str(v) for k, v in levels.items()},
                  [{str(k): str(v) for k, v in e.items()} for e in ignore], str(path))


_REPOSITORY: list[Policy] = []


def repository_policy() -> Policy:
    """The policy for this repository's own APIs (``diff-policy.yaml``), read once per process."""
    if not _REPOSITORY:
        _REPOSITORY.append(load_policy(REPOSITORY_POLICY) if REPOSITORY_POLICY.is_file() else Policy())
    return _REPOSITORY[0]
