from .base import *  # noqa

DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'conduit_test', 'HOST': 'localhost'}}
