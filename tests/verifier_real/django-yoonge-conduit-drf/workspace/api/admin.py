# excerpt of yoonge/conduit-drf@bcba78764216:api/admin.py
from django.contrib import admin
