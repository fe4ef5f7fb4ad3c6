# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/interface/serializers/__init__.py
