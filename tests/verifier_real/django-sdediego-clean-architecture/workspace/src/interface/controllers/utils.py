# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/interface/controllers/utils.py
import operator

from functools import reduce

from typing import List

from src.domain.exchange_rate import (
    CurrencyEntity, CurrencyExchangeAmountEntity, CurrencyExchangeRateEntity,
    TimeWeightedRateEntity)
