# excerpt of https://github.com/coder-contrib/realworld-django-rest-framework-angular@00a0d315d49e:backend/config/exceptions.py
from rest_framework import status

from rest_framework.views import exception_handler
