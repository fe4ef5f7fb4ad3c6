# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/users/urls.py
from django.urls import path

from .apis import UserCreateApi, UserDetailApi, UserListApi, UserUpdateApi
