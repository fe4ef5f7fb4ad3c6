# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/blog_examples/google_login_server_flow/sdk/__init__.py
