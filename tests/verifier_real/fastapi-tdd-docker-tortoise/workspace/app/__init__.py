# excerpt of testdrivenio/fastapi-tdd-docker@13cff4273ad9:project/app/__init__.py
