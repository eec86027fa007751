"""partner-contracts: the tooling behind the partner API contracts."""

__version__ = "0.1.0"
