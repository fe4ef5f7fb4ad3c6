"""The cases' workspaces are data (agents' outputs), not tests of decaybench: never collect them."""

collect_ignore_glob = ["*/workspace"]
