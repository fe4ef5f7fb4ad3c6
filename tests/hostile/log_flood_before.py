"""Floods stdout without end before it ever listens."""

import os

from hostile import say

say("flooding stdout before listening")
chunk = b"flood before listening " * 2800 + b"\n"
while True:
    os.write(1, chunk)
