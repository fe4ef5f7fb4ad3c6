# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/adminsite/exchange_rate/__init__.py
