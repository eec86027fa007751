"""The behaviour language: each API's declared state (behaviour.yaml, rules.py), compiled once; its records
and store (memory or Redis) and the check run by `validate` before the mock starts."""
