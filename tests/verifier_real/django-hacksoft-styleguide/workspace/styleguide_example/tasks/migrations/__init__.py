# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/tasks/migrations/__init__.py
