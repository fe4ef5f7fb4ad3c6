"""The behavioural suite: ``run_suite(base_url)`` drives the Conduit end-to-end flow."""

__all__ = ["assertion_ids", "run_suite"]


def __getattr__(name: str):
    # Loaded on first use, so the command line starts fast for commands that never run the suite.
    if name in __all__:
        from decaybench.suite import runner

        return getattr(runner, name)
    raise AttributeError(name)
