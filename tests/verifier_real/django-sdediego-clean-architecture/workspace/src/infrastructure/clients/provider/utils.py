# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/utils.py
import datetime

from datetime import datetime as dt

from importlib import import_module

import numpy as np

import pandas as pd

def get_available_drivers() -> dict:
    try:
        module = import_module('src.infrastructure.clients.provider')
    except ImportError:
        raise ImportError('Unable to import providers module')
    drivers = {
        name: item for name, item in module.__dict__.items() \
            if name.endswith('Driver') and callable(item)
    }
    return drivers
