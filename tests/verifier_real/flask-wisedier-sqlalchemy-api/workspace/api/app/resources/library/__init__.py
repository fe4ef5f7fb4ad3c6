# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:api/app/resources/library/__init__.py
