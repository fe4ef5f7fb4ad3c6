# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:api/app/status.py
def is_client_error(code):
    return 499 >= code >= 400
