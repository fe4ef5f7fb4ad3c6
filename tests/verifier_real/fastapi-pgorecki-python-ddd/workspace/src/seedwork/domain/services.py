# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/domain/services.py
from .mixins import BusinessRuleValidationMixin

class DomainService(BusinessRuleValidationMixin):
    """
    Domain services carry domain knowledge that doesn’t naturally fit entities and value objects.
    """
