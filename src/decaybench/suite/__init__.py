"""The behavioural suite: ``run_suite(base_url)`` drives the Conduit end-to-end flow."""

from decaybench.suite.runner import assertion_ids, run_suite

__all__ = ["assertion_ids", "run_suite"]
