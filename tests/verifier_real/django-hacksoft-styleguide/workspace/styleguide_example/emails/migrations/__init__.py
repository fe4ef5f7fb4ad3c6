# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/emails/migrations/__init__.py
