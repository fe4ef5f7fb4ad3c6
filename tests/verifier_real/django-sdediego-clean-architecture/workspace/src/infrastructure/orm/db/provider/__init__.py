# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/db/provider/__init__.py
default_app_config = 'src.infrastructure.orm.db.apps.ProviderConfig'
