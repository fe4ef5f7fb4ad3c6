# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/django/base.py
import os

from config.env import APPS_DIR, BASE_DIR, env

LOCAL_APPS = [
    "styleguide_example.core.apps.CoreConfig",
    "styleguide_example.common.apps.CommonConfig",
    "styleguide_example.tasks.apps.TasksConfig",
    "styleguide_example.api.apps.ApiConfig",
    "styleguide_example.users.apps.UsersConfig",
    "styleguide_example.errors.apps.ErrorsConfig",
    "styleguide_example.testing_examples.apps.TestingExamplesConfig",
    "styleguide_example.integrations.apps.IntegrationsConfig",
    "styleguide_example.files.apps.FilesConfig",
    "styleguide_example.emails.apps.EmailsConfig",
    "styleguide_example.blog_examples.apps.BlogExamplesConfig",
]

INSTALLED_APPS = [
    "django.contrib.admin",
    # If you want to have required 2FA for the Django admin
    # Uncomment the line below and comment out the default admin
    # "styleguide_example.custom_admin.apps.CustomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # http://whitenoise.evans.io/en/stable/django.html#using-whitenoise-in-development
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    *THIRD_PARTY_APPS,
    *LOCAL_APPS,
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres:///styleguide_example"),
}

if os.environ.get("GITHUB_WORKFLOW"):
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "github_actions",
            "USER": "postgres",
            "PASSWORD": "postgres",
            "HOST": "127.0.0.1",
            "PORT": "5432",
        }
    }

DATABASES["default"]["ATOMIC_REQUESTS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

from config.settings.loggers.settings import *  # noqa

from config.settings.loggers.setup import LoggersSetup  # noqa

from config.settings.celery import *  # noqa

from config.settings.cors import *  # noqa

from config.settings.email_sending import *  # noqa

from config.settings.files_and_storages import *  # noqa

from config.settings.google_oauth2 import *  # noqa

from config.settings.jwt import *  # noqa

from config.settings.sentry import *  # noqa

from config.settings.sessions import *  # noqa

from config.settings.debug_toolbar.settings import *  # noqa

from config.settings.debug_toolbar.setup import DebugToolbarSetup  # noqa

SHELL_PLUS_IMPORTS = ["from styleguide_example.blog_examples.print_qs_in_shell.utils import print_qs"]
