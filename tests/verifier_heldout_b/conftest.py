"""Held-out verifier split B: written blind to the verifiers; the workspaces are data, never collected as tests."""

collect_ignore_glob = ["*/workspace"]
