"""The request stages the mock and the proxy share: the HTTP message, operations compiled from the spec,
routing, security, request validation and limits, JSON values and sample answers."""
