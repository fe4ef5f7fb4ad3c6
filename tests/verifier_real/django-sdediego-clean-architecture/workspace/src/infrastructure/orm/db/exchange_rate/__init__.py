# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/db/exchange_rate/__init__.py
default_app_config = 'src.infrastructure.orm.db.apps.ExchangeRateConfig'
