# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/decorators.py
import asyncio

from functools import wraps
