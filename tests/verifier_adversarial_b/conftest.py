"""Blind adversarial verifier corpus B (database-heavy): data only, no tests here."""

collect_ignore_glob = ["*/workspace"]
