# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/core/settings/__init__.py
