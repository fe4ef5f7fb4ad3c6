# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/custom_admin/__init__.py
