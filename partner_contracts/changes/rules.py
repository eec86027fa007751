"""The rule catalogue of ``partner-contracts diff``: every finding has a rule id, a level and a semver bump.

Levels are oasdiff's: ``error`` (breaks a client written against the old contract), ``warning`` (may break
one: look), ``info``. Where a rule is one of oasdiff's (:data:`OASDIFF_IDS`) its id and level are oasdiff's;
the others are ours (webhooks, our extensions, the ledger, keywords oasdiff does not read).

Schema rules are named ``<side>-<where>-<aspect>``: side ``request`` (what the client sends: narrowing it
breaks), ``response`` (what the client reads: widening it breaks) or ``webhook`` (a webhook payload, read by
the partner: compared like a response); where ``body`` (a media type's schema), ``property`` (inside one),
``parameter`` (a parameter's schema) or ``header`` (a response header's schema).
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"
LEVELS = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Rule:
    id: str
    level: str  # error | warning | info
    bump: str  # major | minor | patch
    summary: str
    oasdiff: bool  # the id (and level) is oasdiff's


RULES: dict[str, Rule] = {}

# The ids below are oasdiff's (github.com/oasdiff/oasdiff, checker/): a rule of ours with one of these ids
# means what oasdiff's means, at oasdiff's default level.
OASDIFF_IDS = frozenset(["api-deprecated-sunset-parse", "api-global-security-added", "api-global-security-removed", "api-invalid-stability-level", "api-operation-id-added", "api-operation-id-removed", "api-path-removed-before-sunset", "api-path-removed-with-deprecation", "api-path-removed-without-deprecation", "api-path-sunset-parse", "api-removed-before-sunset", "api-removed-with-deprecation", "api-removed-without-deprecation", "api-security-added", "api-security-component-added", "api-security-component-oauth-scope-added", "api-security-component-oauth-scope-removed", "api-security-component-removed", "api-security-component-type-changed", "api-security-removed", "api-security-scope-added", "api-security-scope-removed", "api-stability-decreased", "api-stability-increased", "api-tag-added", "api-tag-removed", "endpoint-added", "endpoint-deprecated", "endpoint-deprecated-with-sunset", "endpoint-reactivated", "new-optional-request-parameter", "new-optional-request-property", "new-request-path-parameter", "new-required-request-parameter", "new-required-request-property", "optional-response-header-removed", "request-body-added-optional", "request-body-added-required", "request-body-all-of-added", "request-body-all-of-added-annotation-only", "request-body-all-of-removed", "request-body-all-of-removed-annotation-only", "request-body-any-of-added", "request-body-any-of-removed", "request-body-became-enum", "request-body-became-not-nullable", "request-body-became-nullable", "request-body-became-optional", "request-body-became-required", "request-body-const-added", "request-body-const-changed", "request-body-const-removed", "request-body-contains-added", "request-body-contains-removed", "request-body-content-encoding-changed", "request-body-content-media-type-changed", "request-body-content-schema-added", "request-body-content-schema-removed", "request-body-default-value-added", "request-body-default-value-changed", "request-body-default-value-removed", "request-body-dependent-required-added", "request-body-dependent-required-changed", "request-body-dependent-required-removed", "request-body-dependent-schema-added", "request-body-dependent-schema-removed", "request-body-discriminator-added", "request-body-discriminator-mapping-added", "request-body-discriminator-mapping-changed", "request-body-discriminator-mapping-deleted", "request-body-discriminator-property-name-changed", "request-body-discriminator-removed", "request-body-else-added", "request-body-else-removed", "request-body-enum-value-removed", "request-body-exclusive-max-decreased", "request-body-exclusive-max-increased", "request-body-exclusive-max-set", "request-body-exclusive-min-decreased", "request-body-exclusive-min-increased", "request-body-exclusive-min-set", "request-body-if-added", "request-body-if-removed", "request-body-max-contains-decreased", "request-body-max-contains-increased", "request-body-max-decreased", "request-body-max-increased", "request-body-max-length-decreased", "request-body-max-length-increased", "request-body-max-length-set", "request-body-max-set", "request-body-media-type-added", "request-body-media-type-removed", "request-body-media-type-schema-added", "request-body-media-type-schema-removed", "request-body-min-contains-decreased", "request-body-min-contains-increased", "request-body-min-decreased", "request-body-min-increased", "request-body-min-items-increased", "request-body-min-items-set", "request-body-min-length-decreased", "request-body-min-length-increased", "request-body-min-set", "request-body-one-of-added", "request-body-one-of-removed", "request-body-pattern-property-added", "request-body-pattern-property-removed", "request-body-prefix-items-added", "request-body-prefix-items-removed", "request-body-property-names-added", "request-body-property-names-removed", "request-body-removed", "request-body-then-added", "request-body-then-removed", "request-body-type-changed", "request-body-type-compatible", "request-body-type-generalized", "request-body-unevaluated-items-added", "request-body-unevaluated-items-removed", "request-body-unevaluated-properties-added", "request-body-unevaluated-properties-removed", "request-body-wrapped-in-one-of", "request-parameter-became-enum", "request-parameter-became-not-nullable", "request-parameter-became-nullable", "request-parameter-became-optional", "request-parameter-became-required", "request-parameter-default-value-added", "request-parameter-default-value-changed", "request-parameter-default-value-removed", "request-parameter-deprecated", "request-parameter-enum-value-added", "request-parameter-enum-value-removed", "request-parameter-exclusive-max-decreased", "request-parameter-exclusive-max-increased", "request-parameter-exclusive-max-set", "request-parameter-exclusive-min-decreased", "request-parameter-exclusive-min-increased", "request-parameter-exclusive-min-set", "request-parameter-max-decreased", "request-parameter-max-increased", "request-parameter-max-items-decreased", "request-parameter-max-items-increased", "request-parameter-max-length-decreased", "request-parameter-max-length-increased", "request-parameter-max-length-set", "request-parameter-max-set", "request-parameter-min-decreased", "request-parameter-min-increased", "request-parameter-min-items-decreased", "request-parameter-min-items-increased", "request-parameter-min-items-set", "request-parameter-min-length-decreased", "request-parameter-min-length-increased", "request-parameter-min-set", "request-parameter-pattern-added", "request-parameter-pattern-changed", "request-parameter-pattern-generalized", "request-parameter-pattern-removed", "request-parameter-reactivated", "request-parameter-removed", "request-parameter-removed-before-sunset", "request-parameter-removed-with-deprecation", "request-parameter-sunset-deleted", "request-parameter-sunset-parse", "request-parameter-type-changed", "request-parameter-type-generalized", "request-parameter-x-extensible-enum-value-removed", "request-property-all-of-added", "request-property-all-of-added-annotation-only", "request-property-all-of-removed", "request-property-all-of-removed-annotation-only", "request-property-any-of-added", "request-property-any-of-removed", "request-property-became-enum", "request-property-became-not-nullable", "request-property-became-nullable", "request-property-became-optional", "request-property-became-required", "request-property-became-required-with-default", "request-property-const-added", "request-property-const-changed", "request-property-const-removed", "request-property-contains-added", "request-property-contains-removed", "request-property-content-encoding-changed", "request-property-content-media-type-changed", "request-property-content-schema-added", "request-property-content-schema-removed", "request-property-default-value-added", "request-property-default-value-changed", "request-property-default-value-removed", "request-property-dependent-required-added", "request-property-dependent-required-changed", "request-property-dependent-required-removed", "request-property-dependent-schema-added", "request-property-dependent-schema-removed", "request-property-discriminator-added", "request-property-discriminator-mapping-added", "request-property-discriminator-mapping-changed", "request-property-discriminator-mapping-deleted", "request-property-discriminator-property-name-changed", "request-property-discriminator-removed", "request-property-else-added", "request-property-else-removed", "request-property-enum-value-added", "request-property-enum-value-removed", "request-property-exclusive-max-decreased", "request-property-exclusive-max-increased", "request-property-exclusive-max-set", "request-property-exclusive-min-decreased", "request-property-exclusive-min-increased", "request-property-exclusive-min-set", "request-property-if-added", "request-property-if-removed", "request-property-max-contains-decreased", "request-property-max-contains-increased", "request-property-max-decreased", "request-property-max-increased", "request-property-max-length-decreased", "request-property-max-length-increased", "request-property-max-length-set", "request-property-max-set", "request-property-min-contains-decreased", "request-property-min-contains-increased", "request-property-min-decreased", "request-property-min-increased", "request-property-min-items-increased", "request-property-min-items-set", "request-property-min-length-decreased", "request-property-min-length-increased", "request-property-min-set", "request-property-one-of-added", "request-property-one-of-removed", "request-property-pattern-added", "request-property-pattern-changed", "request-property-pattern-generalized", "request-property-pattern-property-added", "request-property-pattern-property-removed", "request-property-pattern-removed", "request-property-prefix-items-added", "request-property-prefix-items-removed", "request-property-property-names-added", "request-property-property-names-removed", "request-property-removed", "request-property-then-added", "request-property-then-removed", "request-property-type-changed", "request-property-type-compatible", "request-property-type-generalized", "request-property-unevaluated-items-added", "request-property-unevaluated-items-removed", "request-property-unevaluated-properties-added", "request-property-unevaluated-properties-removed", "request-property-x-extensible-enum-value-removed", "required-response-header-removed", "response-body-all-of-added", "response-body-all-of-added-annotation-only", "response-body-all-of-removed", "response-body-all-of-removed-annotation-only", "response-body-any-of-added", "response-body-any-of-removed", "response-body-became-not-nullable", "response-body-became-nullable", "response-body-const-added", "response-body-const-changed", "response-body-const-removed", "response-body-contains-added", "response-body-contains-removed", "response-body-content-encoding-changed", "response-body-content-media-type-changed", "response-body-content-schema-added", "response-body-content-schema-removed", "response-body-default-value-added", "response-body-default-value-changed", "response-body-default-value-removed", "response-body-dependent-required-added", "response-body-dependent-required-changed", "response-body-dependent-required-removed", "response-body-dependent-schema-added", "response-body-dependent-schema-removed", "response-body-discriminator-added", "response-body-discriminator-mapping-added", "response-body-discriminator-mapping-changed", "response-body-discriminator-mapping-deleted", "response-body-discriminator-property-name-changed", "response-body-discriminator-removed", "response-body-else-added", "response-body-else-removed", "response-body-exclusive-max-increased", "response-body-exclusive-min-decreased", "response-body-if-added", "response-body-if-removed", "response-body-max-contains-decreased", "response-body-max-contains-increased", "response-body-max-increased", "response-body-max-length-increased", "response-body-max-length-unset", "response-body-media-type-schema-added", "response-body-media-type-schema-removed", "response-body-min-contains-decreased", "response-body-min-contains-increased", "response-body-min-decreased", "response-body-min-items-decreased", "response-body-min-items-unset", "response-body-min-length-decreased", "response-body-one-of-added", "response-body-one-of-removed", "response-body-pattern-property-added", "response-body-pattern-property-removed", "response-body-prefix-items-added", "response-body-prefix-items-removed", "response-body-property-names-added", "response-body-property-names-removed", "response-body-then-added", "response-body-then-removed", "response-body-type-changed", "response-body-type-compatible", "response-body-type-generalized", "response-body-type-specialized", "response-body-unevaluated-items-added", "response-body-unevaluated-items-removed", "response-body-unevaluated-properties-added", "response-body-unevaluated-properties-removed", "response-body-wrapped-in-one-of", "response-header-added", "response-header-became-not-nullable", "response-header-became-nullable", "response-header-became-optional", "response-header-type-changed", "response-header-type-compatible", "response-header-type-generalized", "response-header-type-specialized", "response-media-type-added", "response-media-type-removed", "response-non-success-status-added", "response-non-success-status-removed", "response-optional-property-added", "response-optional-property-removed", "response-property-all-of-added", "response-property-all-of-added-annotation-only", "response-property-all-of-removed", "response-property-all-of-removed-annotation-only", "response-property-any-of-added", "response-property-any-of-removed", "response-property-became-not-nullable", "response-property-became-nullable", "response-property-became-optional", "response-property-became-required", "response-property-const-added", "response-property-const-changed", "response-property-const-removed", "response-property-contains-added", "response-property-contains-removed", "response-property-content-encoding-changed", "response-property-content-media-type-changed", "response-property-content-schema-added", "response-property-content-schema-removed", "response-property-default-value-added", "response-property-default-value-changed", "response-property-default-value-removed", "response-property-dependent-required-added", "response-property-dependent-required-changed", "response-property-dependent-required-removed", "response-property-dependent-schema-added", "response-property-dependent-schema-removed", "response-property-discriminator-added", "response-property-discriminator-mapping-added", "response-property-discriminator-mapping-changed", "response-property-discriminator-mapping-deleted", "response-property-discriminator-property-name-changed", "response-property-discriminator-removed", "response-property-else-added", "response-property-else-removed", "response-property-enum-value-added", "response-property-enum-value-removed", "response-property-exclusive-max-increased", "response-property-exclusive-min-decreased", "response-property-if-added", "response-property-if-removed", "response-property-max-contains-decreased", "response-property-max-contains-increased", "response-property-max-increased", "response-property-max-length-increased", "response-property-max-length-unset", "response-property-min-contains-decreased", "response-property-min-contains-increased", "response-property-min-decreased", "response-property-min-items-decreased", "response-property-min-items-unset", "response-property-min-length-decreased", "response-property-one-of-added", "response-property-one-of-removed", "response-property-pattern-added", "response-property-pattern-changed", "response-property-pattern-property-added", "response-property-pattern-property-removed", "response-property-pattern-removed", "response-property-prefix-items-added", "response-property-prefix-items-removed", "response-property-property-names-added", "response-property-property-names-removed", "response-property-then-added", "response-property-then-removed", "response-property-type-changed", "response-property-type-compatible", "response-property-type-generalized", "response-property-type-specialized", "response-property-unevaluated-items-added", "response-property-unevaluated-items-removed", "response-property-unevaluated-properties-added", "response-property-unevaluated-properties-removed", "response-required-property-added", "response-required-property-removed", "response-success-status-added", "response-success-status-removed", "sunset-deleted", "webhook-added", "webhook-removed"])

# Schema aspects: (level in a request, level in a response or webhook payload, summary). The response level is
# the mirror of the request one: what narrows what a client may send breaks it; what widens what it reads does.
_E, _W, _I = ERROR, WARNING, INFO
ASPECTS: dict[str, tuple[str, str, str]] = {
    "type-changed": (_E, _E, "type (or format) changed"),
    "type-generalized": (_I, _E, "type widened (accepts more values)"),
    "type-specialized": (_E, _I, "type narrowed (a subset of before)"),
    "type-compatible": (_I, _I, "type changed in a loosely typed media type (XML, form, text)"),
    "became-nullable": (_I, _E, "null is now a value"),
    "became-not-nullable": (_E, _I, "null is no longer a value"),
    "enum-value-added": (_I, _W, "an enum value added"),
    "enum-value-removed": (_E, _I, "an enum value removed"),
    "became-enum": (_E, _I, "any value was allowed; now an enum"),
    "enum-opened": (_I, _W, "the enum was dropped: any value of the type now"),
    "x-extensible-enum-value-removed": (_E, _I, "an x-extensible-enum value removed"),
    "x-extensible-enum-value-added": (_I, _I, "an x-extensible-enum value added"),
    "const-added": (_E, _I, "const added"),
    "const-removed": (_I, _E, "const removed"),
    "const-changed": (_E, _E, "const changed"),
    "default-value-added": (_I, _I, "a default added"),
    "default-value-removed": (_I, _I, "the default removed"),
    "default-value-changed": (_I, _I, "the default changed"),
    "multiple-of-changed": (_E, _E, "multipleOf changed (no longer a divisor of the old one)"),
    "multiple-of-generalized": (_I, _E, "multipleOf relaxed (a divisor of the old one) or removed"),
    "unique-items-added": (_E, _I, "uniqueItems: true added"),
    "unique-items-removed": (_I, _W, "uniqueItems: true removed"),
    "pattern-added": (_E, _I, "a pattern added"),
    "pattern-changed": (_W, _I, "the pattern changed"),
    "pattern-generalized": (_I, _I, "the pattern became one that takes any string"),
    "pattern-removed": (_I, _I, "the pattern removed"),
    "any-of-added": (_I, _I, "an anyOf alternative added"),
    "any-of-removed": (_E, _I, "an anyOf alternative removed"),
    "one-of-added": (_I, _E, "a oneOf alternative added"),
    "one-of-removed": (_E, _I, "a oneOf alternative removed"),
    "all-of-added": (_E, _I, "an allOf part added"),
    "all-of-removed": (_W, _I, "an allOf part removed"),
    "all-of-added-annotation-only": (_I, _I, "an allOf part with only annotations added"),
    "all-of-removed-annotation-only": (_I, _I, "an allOf part with only annotations removed"),
    "not-added": (_E, _I, "`not` added"),
    "not-removed": (_I, _E, "`not` removed"),
    "not-changed": (_E, _E, "`not` changed (values it let through may be rejected, or the reverse)"),
    "wrapped-in-one-of": (_E, _E, "the schema became oneOf alternatives (a value may match several now)"),
    "discriminator-added": (_I, _I, "a discriminator added"),
    "discriminator-removed": (_I, _I, "the discriminator removed"),
    "discriminator-property-name-changed": (_I, _I, "the discriminator's propertyName changed"),
    "discriminator-mapping-added": (_I, _I, "a discriminator mapping added"),
    "discriminator-mapping-deleted": (_I, _I, "a discriminator mapping removed"),
    "discriminator-mapping-changed": (_I, _I, "a discriminator mapping changed"),
    "additional-properties-closed": (_E, _I, "additional properties no longer allowed"),
    "additional-properties-opened": (_I, _W, "additional properties now allowed"),
    "prefix-items-added": (_I, _E, "prefixItems added"),
    "prefix-items-removed": (_E, _I, "prefixItems removed"),
    "content-encoding-changed": (_E, _E, "contentEncoding changed"),
    "content-media-type-changed": (_E, _E, "contentMediaType changed"),
    "dependent-required-changed": (_E, _E, "a dependentRequired entry changed"),
    "read-only-added": (_I, _I, "became readOnly"),
    "read-only-removed": (_I, _I, "no longer readOnly"),
    "write-only-added": (_I, _I, "became writeOnly"),
    "write-only-removed": (_I, _I, "no longer writeOnly"),
}
# Keywords whose presence narrows what is valid: adding one narrows (breaks a request), removing it widens
# (breaks a response). oasdiff names them "<keyword>-added" / "-removed".
NARROWING_KEYWORDS = {
    "contains": "contains", "if": "if", "then": "then", "else": "else",
    "dependentRequired": "dependent-required", "dependentSchemas": "dependent-schema",
    "patternProperties": "pattern-property", "propertyNames": "property-names",
    "unevaluatedProperties": "unevaluated-properties", "unevaluatedItems": "unevaluated-items",
    "contentSchema": "content-schema",
}
for _name in NARROWING_KEYWORDS.values():
    ASPECTS[f"{_name}-added"] = (_E, _I, f"{_name} added (narrower)")
    ASPECTS[f"{_name}-removed"] = (_I, _E, f"{_name} removed (wider)")
# Limits: (keyword, rule name, upper bound?)
LIMITS = (("maximum", "max", True), ("minimum", "min", False), ("exclusiveMaximum", "exclusive-max", True),
          ("exclusiveMinimum", "exclusive-min", False), ("maxLength", "max-length", True),
          ("minLength", "min-length", False), ("maxItems", "max-items", True), ("minItems", "min-items", False),
          ("maxProperties", "max-properties", True), ("minProperties", "min-properties", False),
          ("maxContains", "max-contains", True), ("minContains", "min-contains", False))
for _key, _name, _upper in LIMITS:
    narrow, wide = ("decreased", "increased") if _upper else ("increased", "decreased")
    ASPECTS[f"{_name}-{narrow}"] = (_E, _I, f"{_key} {narrow} (narrower)")
    ASPECTS[f"{_name}-{wide}"] = (_I, _E, f"{_key} {wide} (wider)")
    ASPECTS[f"{_name}-set"] = (_W, _I, f"{_key} set where there was none (narrower)")
    ASPECTS[f"{_name}-unset"] = (_I, _E, f"{_key} removed (wider)")

SIDES = ("request", "response", "webhook")
WHERES = {"request": ("body", "property", "parameter"), "response": ("body", "property", "header"),
          "webhook": ("body", "property")}


# the semver bump a change needs by default: an error breaks clients (major), anything else is a minor
DEFAULT_BUMP = {ERROR: "major", WARNING: "minor", INFO: "minor"}
# which level of an aspect applies on a side: a request's (what narrows breaks), or a response's (what widens
# breaks) for responses and webhook payloads alike
COLUMN = {"request": 0, "response": 1, "webhook": 1}


def rule(rule_id: str, level: str, summary: str, bump: str | None = None) -> None:
    RULES[rule_id] = Rule(rule_id, level, bump or DEFAULT_BUMP[level], summary, rule_id in OASDIFF_IDS)


for _side in SIDES:
    for _where in WHERES[_side]:
        for _aspect, _levels in ASPECTS.items():
            _level = _levels[COLUMN[_side]]
            if (_side, _where) == ("request", "parameter") and _aspect.startswith("default-value"):
                _level = ERROR  # the server fills in another value for every client that omits it
            rule(f"{_side}-{_where}-{_aspect}", _level, _levels[2])

# operations, paths, webhooks
rule("api-path-removed-without-deprecation", ERROR, "a path and all its operations removed, not deprecated first")
rule("api-removed-without-deprecation", ERROR, "an operation removed, not deprecated first")
rule("api-path-removed-with-deprecation", INFO, "a deprecated path removed (its sunset, if any, has passed)")
rule("api-removed-with-deprecation", INFO, "a deprecated operation removed (its sunset, if any, has passed)")
rule("api-path-removed-before-sunset", ERROR, "a deprecated path removed before its sunset date")
rule("api-removed-before-sunset", ERROR, "a deprecated operation removed before its sunset date")
rule("api-path-sunset-parse", ERROR, "a removed operation's x-sunset is not a date")
rule("api-deprecated-sunset-parse", ERROR, "a deprecated operation's x-sunset is not a date")
rule("api-invalid-stability-level", ERROR, "x-stability-level is not one of draft, alpha, beta, stable")
rule("api-stability-decreased", ERROR, "x-stability-level lowered (e.g. stable → beta)")
rule("api-stability-increased", INFO, "x-stability-level raised")
rule("sunset-deleted", ERROR, "a deprecated operation's x-sunset removed")
rule("api-path-changed", ERROR, "an operation (same operationId) moved to another path or method")
rule("endpoint-added", INFO, "a new operation")
rule("endpoint-deprecated", INFO, "an operation deprecated")
rule("endpoint-deprecated-with-sunset", INFO, "an operation deprecated, with a sunset date")
rule("endpoint-reactivated", INFO, "an operation no longer deprecated")
rule("api-operation-id-removed", INFO, "operationId removed")
rule("api-operation-id-added", INFO, "operationId added")
rule("api-operation-id-changed", WARNING, "operationId changed (a generated client's function is renamed)")
rule("api-tag-added", INFO, "a tag added to an operation")
rule("api-tag-removed", INFO, "a tag removed from an operation")
rule("webhook-removed", ERROR, "a webhook removed")
rule("webhook-added", INFO, "a new webhook")
rule("callback-removed", WARNING, "a callback removed")
rule("callback-added", INFO, "a callback added")
rule("api-servers-changed", WARNING, "the servers (base URLs) changed")
# parameters
rule("new-required-request-parameter", ERROR, "a required parameter added")
rule("new-optional-request-parameter", INFO, "an optional parameter added")
rule("new-request-path-parameter", ERROR, "a path parameter added")
rule("request-parameter-removed", WARNING, "a parameter removed (the server ignores it now; a client sends it)")
rule("request-parameter-removed-with-deprecation", INFO, "a deprecated parameter removed")
rule("request-parameter-removed-before-sunset", ERROR, "a deprecated parameter removed before its sunset date")
rule("request-parameter-became-required", ERROR, "an optional parameter became required")
rule("request-parameter-became-optional", INFO, "a required parameter became optional")
rule("request-parameter-sunset-deleted", ERROR, "a deprecated parameter's x-sunset removed")
rule("request-parameter-sunset-parse", ERROR, "a deprecated parameter's x-sunset is not a date")
rule("request-parameter-deprecated", INFO, "a parameter deprecated")
rule("request-parameter-reactivated", INFO, "a parameter no longer deprecated")
rule("request-parameter-serialization-changed", ERROR, "a parameter's style, explode or allowReserved changed "
     "(it is written differently on the wire)")
# request bodies
rule("request-body-added-required", ERROR, "a required request body added")
rule("request-body-added-optional", INFO, "an optional request body added")
rule("request-body-removed", ERROR, "the request body removed")
rule("request-body-became-required", ERROR, "the request body became required")
rule("request-body-became-optional", INFO, "the request body became optional")
rule("request-body-media-type-removed", ERROR, "a request media type removed")
rule("request-body-media-type-added", INFO, "a request media type added")
rule("request-body-media-type-schema-added", ERROR, "a schema added to a request media type that had none")
rule("request-body-media-type-schema-removed", INFO, "a request media type's schema removed")
rule("new-required-request-property", ERROR, "a required request field added")
rule("new-optional-request-property", INFO, "an optional request field added")
rule("request-property-removed", WARNING, "a request field removed (the server ignores it now)")
rule("request-property-became-required", ERROR, "an optional request field became required")
rule("request-property-became-required-with-default", ERROR, "an optional request field with a default became "
     "required")
rule("request-property-became-optional", INFO, "a required request field became optional")
# responses
rule("response-success-status-removed", ERROR, "a success status removed")
rule("response-non-success-status-removed", INFO, "an error status removed")
rule("response-success-status-added", INFO, "a success status added")
rule("response-non-success-status-added", INFO, "an error status added")
rule("response-media-type-removed", ERROR, "a response media type removed")
rule("response-media-type-added", INFO, "a response media type added")
rule("response-body-media-type-schema-added", INFO, "a schema added to a response media type that had none")
rule("response-body-media-type-schema-removed", WARNING, "a response media type's schema removed")
rule("required-response-header-removed", ERROR, "a required response header removed")
rule("optional-response-header-removed", WARNING, "an optional response header removed")
rule("response-header-added", INFO, "a response header added")
rule("response-header-became-optional", ERROR, "a required response header became optional")
rule("response-header-became-required", INFO, "an optional response header became required")
rule("response-link-removed", WARNING, "a response link removed")
rule("response-link-added", INFO, "a response link added")
for _side in ("response", "webhook"):
    rule(f"{_side}-required-property-removed", ERROR, "a required field removed")
    rule(f"{_side}-optional-property-removed", WARNING, "an optional field removed (the model loses it)")
    rule(f"{_side}-property-became-optional", ERROR, "a required field became optional (may be absent now)")
    rule(f"{_side}-property-became-required", INFO, "an optional field became required")
    rule(f"{_side}-required-property-added", INFO, "a required field added")
    rule(f"{_side}-optional-property-added", INFO, "an optional field added")
# security
rule("api-security-added", INFO, "an operation requires another security scheme")
rule("api-security-removed", INFO, "an operation no longer requires a security scheme")
rule("api-global-security-added", INFO, "the document requires another security scheme")
rule("api-global-security-removed", INFO, "the document no longer requires a security scheme")
rule("api-security-scope-added", INFO, "a scope added to an operation's security requirement")
rule("api-security-scope-removed", INFO, "a scope removed from an operation's security requirement")
rule("api-security-component-added", INFO, "a security scheme added to components")
rule("api-security-component-removed", INFO, "a security scheme removed from components")
rule("api-security-component-type-changed", INFO, "a security scheme's type changed")
rule("api-security-component-changed", ERROR,
     "a security scheme's location, name or HTTP scheme changed (the credential goes elsewhere)")
rule("api-security-component-oauth-scope-added", INFO, "an OAuth scope added to a security scheme")
rule("api-security-component-oauth-scope-removed", INFO, "an OAuth scope removed from a security scheme")
# documentation and our extensions
rule("api-documentation-updated", INFO, "summaries, descriptions or x-enum-descriptions changed", "patch")
rule("api-examples-updated", INFO, "named examples changed", "patch")
rule("x-source-changed", INFO, "the operation cites another section of the vendor document", "patch")
rule("x-unverified-removed", INFO, "an assumption was verified (x-unverified removed)", "patch")
rule("x-unverified-added", WARNING, "a new assumption (x-unverified added)", "patch")
rule("ledger-entry-added", INFO, "a new ledger entry", "patch")
rule("ledger-entry-removed", WARNING, "a ledger entry removed", "patch")
rule("ledger-decision-changed", WARNING, "a ledger decision revised", "patch")
rule("ledger-entry-verified", INFO, "a ledger entry verified (unverified: true → false)", "patch")
rule("ledger-entry-unverified", WARNING, "a ledger entry marked unverified", "patch")
