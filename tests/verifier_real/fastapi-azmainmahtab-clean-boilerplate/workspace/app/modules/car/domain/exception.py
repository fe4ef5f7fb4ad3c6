# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/car/domain/exception.py
class CarNotFoundError(Exception):
    """Car with the given identifier was not found."""

    pass
