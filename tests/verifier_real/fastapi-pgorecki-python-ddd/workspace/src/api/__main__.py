# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/api/__main__.py
import uvicorn

from api.main import app
