# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/exc.py
from sqlalchemy.exc import SQLAlchemyError

class DBError(SQLAlchemyError):

    def __init__(self, code=None, description=''):
        code = self.__class__.__name__ if not code else code
        super(DBError, self).__init__(description)
        self.description = description
        self.code = code
