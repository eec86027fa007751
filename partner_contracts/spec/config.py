"""``specs/<key>/api.yaml`` as typed data, read once per API (``Api.config``).

The fields mirror ``specs/api.schema.json``, which checks the file (``partner-contracts validate`` and the
mock's start, with file:line); ``tests/test_specs.py`` keeps the two in step. Free-form parts stay
mappings: the mock's error templates, openapi-python-client's extra configuration, fuzz dictionaries and
parameter bindings.

The environment is read here and nowhere else for a credential: :meth:`Setting.read` (``{value, env}``:
the variable wins when set) and :meth:`FuzzConfig.sandbox_values`. ``spec/auth.py`` turns what these
return into a request's headers and query.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def _mapping(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


@dataclass(frozen=True)
class Setting:
    """A value, or ``{value, env}``: the environment variable wins when it is set (and not empty)."""

    value: str = ""
    env: str = ""

    @classmethod
    def parse(cls, conf: Any) -> Setting:
        if isinstance(conf, Mapping):
            return cls(str(conf.get("value", "")), str(conf.get("env", "")))
        return cls(str(conf))

    def read(self) -> str:
        return os.environ.get(self.env, "") or self.value


@dataclass(frozen=True)
class CoverageConfig:
    """``coverage:`` how ``partner-contracts coverage`` finds the operations the vendor document names."""

    request: str | None = None
    heading: str = "markdown"
    strip_prefix: str = ""
    sections: tuple[str, ...] = ()
    webhooks: tuple[str, ...] = ()

    @classmethod
    def parse(cls, conf: Mapping[str, Any]) -> CoverageConfig:
        request = conf.get("request")
        return cls(
            request=str(request) if request is not None else None,
            heading=str(conf.get("heading", "markdown")),
            strip_prefix=str(conf.get("strip_prefix", "")),
            sections=tuple(str(s) for s in conf.get("sections") or []),
            webhooks=tuple(str(s) for s in conf.get("webhooks") or []),
        )


@dataclass(frozen=True)
class MockConfig:
    """``mock:`` the credentials the mock accepts, its webhook secret and its error envelope templates."""

    credentials: dict[str, Setting] = field(default_factory=dict)
    webhook_secret: Setting = Setting()
    errors: dict[str, Any] = field(default_factory=dict)  # {body: template, by_status: {"404": template}}

    @classmethod
    def parse(cls, conf: Mapping[str, Any]) -> MockConfig:
        return cls(
            credentials={
                str(name): Setting.parse(c) for name, c in _mapping(conf.get("credentials")).items()
            },
            webhook_secret=Setting.parse(conf.get("webhook_secret", "")),
            errors=_mapping(conf.get("errors")),
        )

    def credential_values(self) -> dict[str, str]:
        """securityScheme name -> the credential the mock accepts (environment variables read now)."""
        return {name: setting.read() for name, setting in self.credentials.items()}


@dataclass(frozen=True)
class FuzzConfig:
    """``fuzz:`` how schemathesis runs against the mock or, when its variables are set, a sandbox."""

    base_url_env: str = ""
    credential_env: str = ""
    sandbox_credentials: dict[str, str] = field(default_factory=dict)  # scheme -> environment variable
    max_examples: int | None = None
    reuse_response_values: bool | None = None
    split_operations: int = 1
    stateful_apart: bool = False
    allow_no_success: dict[str, str] = field(default_factory=dict)  # operationId -> why (fuzz/reach.py)
    dictionaries: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> {from | values, field}
    parameters: dict[str, Any] = field(default_factory=dict)  # "body.x" -> {dictionary, probability}

    @classmethod
    def parse(cls, conf: Mapping[str, Any]) -> FuzzConfig:
        reuse = conf.get("reuse_response_values")
        return cls(
            base_url_env=str(conf.get("base_url_env", "")),
            credential_env=str(conf.get("credential_env", "")),
            sandbox_credentials={
                str(k): str(v) for k, v in _mapping(conf.get("sandbox_credentials")).items()
            },
            max_examples=int(conf["max_examples"]) if conf.get("max_examples") else None,
            reuse_response_values=None if reuse is None else bool(reuse),
            split_operations=int(conf.get("split_operations") or 1),
            stateful_apart=bool(conf.get("stateful_apart")),
            allow_no_success={str(k): str(v) for k, v in _mapping(conf.get("allow_no_success")).items()},
            dictionaries={str(k): _mapping(v) for k, v in _mapping(conf.get("dictionaries")).items()},
            parameters=_mapping(conf.get("parameters")),
        )

    def sandbox(self) -> tuple[str, str] | None:
        """(base URL, credential) when both sandbox variables are set."""
        base = os.environ.get(self.base_url_env, "") if self.base_url_env else ""
        credential = os.environ.get(self.credential_env, "") if self.credential_env else ""
        return (base.rstrip("/"), credential) if base and credential else None

    def sandbox_values(self) -> dict[str, str]:
        """securityScheme name -> the sandbox's credential, for each variable that is set."""
        return {
            name: os.environ[env] for name, env in self.sandbox_credentials.items() if os.environ.get(env)
        }


@dataclass(frozen=True)
class Paging:
    """``client.paging``: where a paged answer keeps its items and page count."""

    items: str | None = None
    page_param: str | None = None
    first_page: int | None = None
    total_pages: str | None = None


@dataclass(frozen=True)
class ClientConfig:
    """``client:`` the package's own version, extra openapi-python-client configuration and paging hints."""

    version: str | None = None  # the client package's semver; None: derived from the spec's info.version
    opc: dict[str, Any] = field(default_factory=dict)
    paging: Paging | None = None

    @classmethod
    def parse(cls, conf: Mapping[str, Any]) -> ClientConfig:
        paging = conf.get("paging")
        version = conf.get("version")
        return cls(
            version=str(version) if version is not None else None,
            opc=_mapping(conf.get("opc")),
            paging=Paging(**{k: v for k, v in paging.items() if k in Paging.__dataclass_fields__})
            if isinstance(paging, Mapping)
            else None,
        )

    @property
    def class_overrides(self) -> dict[str, Any]:
        return _mapping(self.opc.get("class_overrides"))


@dataclass(frozen=True)
class ApiConfig:
    """One ``api.yaml``: the vendor document it holds the spec to, and how each tool treats the API."""

    source: str = ""
    coverage: CoverageConfig = CoverageConfig()
    mock: MockConfig = MockConfig()
    fuzz: FuzzConfig = FuzzConfig()
    client: ClientConfig = ClientConfig()
    raw: Mapping[str, Any] = field(
        default_factory=dict, compare=False, repr=False
    )  # as read (a digest input)

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> ApiConfig:
        """The typed view of a parsed api.yaml. Lenient (a missing or mistyped part is its default): the
        schema check reports what is wrong, with its line, before a tool relies on it."""
        return cls(
            source=str(raw.get("source", "")),
            coverage=CoverageConfig.parse(_mapping(raw.get("coverage"))),
            mock=MockConfig.parse(_mapping(raw.get("mock"))),
            fuzz=FuzzConfig.parse(_mapping(raw.get("fuzz"))),
            client=ClientConfig.parse(_mapping(raw.get("client"))),
            raw=raw,
        )
