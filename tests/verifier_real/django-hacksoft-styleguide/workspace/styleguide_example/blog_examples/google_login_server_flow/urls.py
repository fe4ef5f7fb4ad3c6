# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/blog_examples/google_login_server_flow/urls.py
from django.urls import include, path

login_urlpatterns = [
    path(
        "raw/",
        include(("styleguide_example.blog_examples.google_login_server_flow.raw.urls", "login-raw")),
    ),
    path(
        "sdk/",
        include(("styleguide_example.blog_examples.google_login_server_flow.sdk.urls", "login-sdk")),
    ),
]
