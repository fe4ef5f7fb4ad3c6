# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/domain/__init__.py
