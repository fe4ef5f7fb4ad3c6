# excerpt of https://github.com/coder-contrib/realworld-django-rest-framework-angular@00a0d315d49e:backend/users/admin.py
from django.contrib import admin

from .models import User

class UserAdmin(admin.ModelAdmin):
    list_display = ["username", "email", "is_staff"]
