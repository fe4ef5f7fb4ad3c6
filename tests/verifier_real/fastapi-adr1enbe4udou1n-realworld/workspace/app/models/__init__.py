# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/models/__init__.py
