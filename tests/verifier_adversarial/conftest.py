"""Blind-written adversarial verifier corpus: the case workspaces are data, not tests."""

collect_ignore_glob = ["*/workspace"]
