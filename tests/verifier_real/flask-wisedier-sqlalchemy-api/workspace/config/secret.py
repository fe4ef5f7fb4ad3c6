# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:config/secret.py
"""
You have to add this file in `.gitignore` and update `SECRET` value.

Example:
    >>> import binascii
    >>> import os
    >>> binascii.hexlify(os.urandom(32))
"""

SQLALCHEMY_DATABASE_URL = f'postgresql://{db_user}:{db_password}@{db_host}:{db_port}/{db_name}'

TEST_SQLALCHEMY_DATABASE_URL = (
    f'postgresql://{test_db_user}:{test_db_password}@{test_db_host}:{test_db_port}/{test_db_name}'
)
