# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/django/__init__.py
