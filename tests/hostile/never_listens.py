"""Starts and never listens."""

import time

from hostile import say

say("never listening")
time.sleep(3600)
