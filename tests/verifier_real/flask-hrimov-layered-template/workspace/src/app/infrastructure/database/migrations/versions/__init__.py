# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/database/migrations/versions/__init__.py
