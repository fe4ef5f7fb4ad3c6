"""The web layer. ``api`` holds the framework-neutral operation table; each framework adapts it."""
