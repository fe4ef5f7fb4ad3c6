# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:markdown_tools/toc.py
import re

from subprocess import check_output
