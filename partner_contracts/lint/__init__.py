"""`partner-contracts validate` and `coverage`: the rules that hold a spec to its vendor document and to our
conventions, Redocly's lint, and operation coverage of a source."""
