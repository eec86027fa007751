"""The generated Python clients: generation through openapi-python-client with our templates, its cache, and
the version gate with each client's CHANGELOG."""
