# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/api/__init__.py
