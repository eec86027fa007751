"""Schemathesis hooks used by ``partner-contracts fuzz`` (loaded through ``SCHEMATHESIS_HOOKS``).

Signs requests for security schemes that declare ``x-hmac`` (SIRCLO's ``Secret``): the HMAC is computed
over the exact bytes schemathesis is about to send.
"""
