# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/seedwork/application/exceptions.py
class ApplicationException(Exception):
    pass

class UnitOfWorkNotSetException(ApplicationException):
    pass
