# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/orm/cache/provider/constants.py
CACHE_PROVIDERS_BY_PRIORITY_KEY = 'cache_providers_by_priority_key'
