"""Data access: every read and write of stored data goes through these classes."""
