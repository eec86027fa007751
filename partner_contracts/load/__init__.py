"""Load on the mock: the harness shared by `stress` and the benchmark, the stress run and the hostile run."""
