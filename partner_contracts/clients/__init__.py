"""The generated Python clients: generation through openapi-python-client with our templates, its cache, the
version and release gates with each client's CHANGELOG, and ``dist`` (wheels and sdists, ``make dist``)."""
