# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:db/__init__.py
