"""The mock server: the app that runs the runtime stages and answers from behaviour, the guarded server, and
webhook dispatch."""
