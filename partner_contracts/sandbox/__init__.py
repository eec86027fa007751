"""Contract against reality: the validating proxy, the recorded evidence it keeps against the ledger, and the
webhook listener."""
