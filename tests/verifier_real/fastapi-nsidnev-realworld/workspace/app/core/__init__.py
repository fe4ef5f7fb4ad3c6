# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/core/__init__.py
