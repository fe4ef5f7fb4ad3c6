# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/api/routes/articles/__init__.py
