# excerpt of yoonge/conduit-drf@bcba78764216:api/urls.py
from django.urls import path, re_path

from api import views
