"""Breaking-change detection between two versions of a contract (`partner-contracts diff`)."""
