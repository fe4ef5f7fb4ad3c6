# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/car/cqrs/result.py
from dataclasses import dataclass

from app.core.pagination import Page

from app.modules.car.domain.entities import Car

class CarActionResult:
    car: Car

class ListCarsResult:
    page: Page[Car]
