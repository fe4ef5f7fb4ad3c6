# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/db/apps.py
from django.apps import AppConfig

class ExchangeRateConfig(AppConfig):
    label = 'exchange_rate'
    name = 'src.infrastructure.orm.db.exchange_rate'
    verbose_name = 'Exchange rate'

class ProviderConfig(AppConfig):
    label = 'provider'
    name = 'src.infrastructure.orm.db.provider'
    verbose_name = 'Provider'
