"""Forks children that sleep forever until forking fails, then dies of the error."""

import os
import time

from hostile import say

say("forking until the process limit stops me")
children = 0
while True:
    if os.fork() == 0:
        time.sleep(3600)
        os._exit(0)
    children += 1
    if children % 16 == 0:
        say(f"{children} children")
