# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/mock/requests.py
import json

import random

from typing import List

from src.domain.exchange_rate import CurrencyEntity, CurrencyExchangeRateEntity

from src.infrastructure.clients.provider.utils import (
    get_business_days, get_last_business_day)
