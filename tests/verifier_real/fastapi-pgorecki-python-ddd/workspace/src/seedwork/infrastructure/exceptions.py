# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/infrastructure/exceptions.py
class InfrastructureException(Exception):
    pass
