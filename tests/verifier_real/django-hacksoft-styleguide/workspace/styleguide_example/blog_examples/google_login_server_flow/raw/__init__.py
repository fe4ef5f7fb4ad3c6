# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/blog_examples/google_login_server_flow/raw/__init__.py
