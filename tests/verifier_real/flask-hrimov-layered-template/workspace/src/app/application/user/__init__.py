# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/user/__init__.py
