"""schemathesis fuzzing of an API (embedded mock or a sandbox), its request hooks, and the fault-injection
self-test."""
