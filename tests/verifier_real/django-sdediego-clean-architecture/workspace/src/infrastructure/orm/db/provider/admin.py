# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/db/provider/admin.py
from django.contrib import admin

from src.infrastructure.adminsite.provider.admin import ProviderAdmin

from src.infrastructure.orm.db.provider.models import Provider
