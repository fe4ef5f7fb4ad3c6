"""Allocates until something stops it, before listening."""

from hostile import say

say("allocating until the memory limit stops me")
blocks = []
while True:
    blocks.append(bytearray(16 << 20))
    if len(blocks) % 8 == 0:
        say(f"{len(blocks) * 16} MB allocated")
