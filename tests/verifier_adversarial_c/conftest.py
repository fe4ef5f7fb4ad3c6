"""Blind adversarial verifier corpus C: workspaces are data, never collected as tests."""

collect_ignore_glob = ["*/workspace"]
