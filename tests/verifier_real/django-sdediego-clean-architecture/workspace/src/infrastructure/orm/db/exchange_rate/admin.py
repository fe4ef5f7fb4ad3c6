# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/db/exchange_rate/admin.py
from django.contrib import admin

from src.infrastructure.adminsite.exchange_rate.admin import (
    CurrencyAdmin, CurrencyExchangeRateAdmin)

from src.infrastructure.orm.db.exchange_rate.models import (
    Currency, CurrencyExchangeRate)
