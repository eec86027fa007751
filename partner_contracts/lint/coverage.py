"""``partner-contracts coverage``: what the vendor document documents against what the spec describes.

The documented operations are read from the source itself (``coverage`` in api.yaml: a request pattern
and how sections are headed; or, for a source that writes no paths, the list of its sections that
document an operation). Each must be matched by a spec operation of the same method and path template
whose ``x-source`` cites the section it stands in. Webhook sections (``coverage.webhooks``) must be
cited by a webhook's ``x-source``. Exit status 1 when anything is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from partner_contracts.spec import sources
from partner_contracts.spec.api import Api, _relative, iter_operations, missing_sources, select


@dataclass
class Covered:
    method: str
    path: str
    operation_id: str
    sections: list[str]


@dataclass
class CoverageReport:
    api: str
    source: str
    documented: int = 0
    covered: list[Covered] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)
    webhooks_documented: int = 0
    webhooks_covered: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing


def _cited(operation: dict[str, Any]) -> list[str]:
    source = operation.get("x-source") or {}
    sections = source.get("section") or []
    return [sources.normalise(str(s)) for s in (sections if isinstance(sections, list) else [sections])]


def _segments_match(spec_path: str, mentioned: str) -> bool:
    spec_parts = spec_path.strip("/").split("/")
    parts = mentioned.strip("/").split("/")
    if len(spec_parts) != len(parts):
        return False
    for want, got in zip(spec_parts, parts):
        if want.startswith("{"):
            continue  # a template segment takes a placeholder or a concrete id
        if want != got:
            return False
    return True


def check(api: Api) -> CoverageReport:
    doc = api.bundled.document
    conf = api.config.coverage
    source_file = api.source_file
    report = CoverageReport(api.key, source_file.name)
    operations = [(name, method.upper(), op) for kind, name, method, op, _ in iter_operations(doc) if kind == "paths"]
    found: dict[tuple[str, str], Covered] = {}
    if not source_file.is_file():
        why = missing_sources() or (f"{_relative(api.dir / 'api.yaml')}: `source: {api.config.source}` "
                                    f"names no file in {source_file.parent}")
        report.missing.append(f"cannot read the vendor document: {why}")
        return report
    if not conf.request and not conf.sections:
        report.missing.append("api.yaml has no `coverage:` (a `request` pattern or the list of `sections`)")
    if conf.request is not None:
        for mention in sources.mentions(source_file, conf.request, conf.heading, conf.strip_prefix):
            matches = [(n, m, op) for n, m, op in operations if m == mention.method and _segments_match(n, mention.path)]
            # a literal path beats a template: /order/cancel is not /order/{orderId}
            matches.sort(key=lambda t: sum("{" in s for s in t[0].split("/")))
            if not matches:
                report.missing.append(f"{mention.method} {mention.path} (line {mention.line}, § {mention.section}): "
                                      "no spec operation has this method and path")
                continue
            name, method, op = matches[0]
            report.sections.add(mention.section)
            if mention.section not in _cited(op):
                report.missing.append(f"{method} {name} (line {mention.line}): x-source of "
                                      f"{op.get('operationId')} does not cite § {mention.section}")
            found.setdefault((method, name), Covered(method, name, str(op.get("operationId")), _cited(op)))
    for section in conf.sections:
        heading = sources.normalise(str(section))
        report.sections.add(heading)
        citing = [(n, m, op) for n, m, op in operations if heading in _cited(op)]
        if not citing:
            report.missing.append(f"§ {heading}: no spec operation cites this section")
        for name, method, op in citing:
            found.setdefault((method, name), Covered(method, name, str(op.get("operationId")), _cited(op)))
    report.covered = sorted(found.values(), key=lambda c: (c.path, c.method))
    report.documented = len(report.covered) + sum(1 for m in report.missing if "no spec operation" in m)
    webhooks = [op for kind, _n, _m, op, _p in iter_operations(doc) if kind == "webhooks"]
    for section in conf.webhooks:
        heading = sources.normalise(str(section))
        report.webhooks_documented += 1
        hooks = [str(op.get("operationId")) for op in webhooks if heading in _cited(op)]
        if hooks:
            report.webhooks_covered.extend(hooks)
        else:
            report.missing.append(f"webhook § {heading}: no webhook cites this section")
    return report


def coverage_cli(keys: list[str] | None, verbose: bool = True) -> int:
    failed = 0
    if missing_sources():
        print(f"coverage: {missing_sources()}")
        return 1
    for api in select(keys):
        report = check(api)
        hooks = f", {len(report.webhooks_covered)}/{report.webhooks_documented} webhooks" \
            if report.webhooks_documented else ""
        print(f"{api.key}: {len(report.covered)}/{report.documented} documented operations covered "
              f"in {len(report.sections)} sections{hooks} ({report.source})")
        if verbose:
            for c in report.covered:
                print(f"  {c.method:6} {c.path:55} {c.operation_id}")
            for name in report.webhooks_covered:
                print(f"  {'HOOK':6} {'(webhook)':55} {name}")
        for line in report.missing:
            print(f"  MISSING {line}")
        from partner_contracts.lint.drift import check as drift

        for found in drift(api, api.bundled.document):
            if found.kind == "new-heading":  # since the last `sources accept`: validate reports them too
                print(f"  NEW     § {found.heading} ({found.file}:{found.line}): possibly a new operation")
        failed += not report.ok
    return 1 if failed else 0
