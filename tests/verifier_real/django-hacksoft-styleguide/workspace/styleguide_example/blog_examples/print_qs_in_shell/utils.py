# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/blog_examples/print_qs_in_shell/utils.py
from tabulate import tabulate
