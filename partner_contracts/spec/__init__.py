"""The contract as data: discovering the APIs under specs/, loading YAML with line numbers, bundling, JSON
pointers and the one $ref follower, the JSON Schema set, and the vendor documents (sources). Imports nothing
else from the package."""
