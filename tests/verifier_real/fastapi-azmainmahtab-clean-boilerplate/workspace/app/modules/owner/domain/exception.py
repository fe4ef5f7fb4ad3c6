# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/modules/owner/domain/exception.py
class OwnerNotFoundError(Exception):
    """Owner with the given identifier was not found."""

    pass

class OwnerAlreadyExistsError(Exception):
    """Owner for the given user already exists."""

    pass
