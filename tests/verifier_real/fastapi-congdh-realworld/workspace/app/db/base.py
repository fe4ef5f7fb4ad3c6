# excerpt of https://github.com/congdh/fastapi-realworld@42c8630aedf5:app/db/base.py
