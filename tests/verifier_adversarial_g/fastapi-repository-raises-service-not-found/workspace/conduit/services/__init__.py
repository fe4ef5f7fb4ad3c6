"""Use cases of the Conduit API. Nothing in this package knows about HTTP."""
