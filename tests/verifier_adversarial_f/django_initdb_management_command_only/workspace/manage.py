#!/usr/bin/env python
import sys

import app.server  # noqa: F401  (configures Django)
from django.core.management import execute_from_command_line

if __name__ == "__main__":
    execute_from_command_line(sys.argv)
