# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/car/cqrs/command.py
from dataclasses import dataclass

class CreateCarCommand:
    owner_id: int
    make: str
    model: str
    year: int
    color: str
    license_plate: str
