# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/common/usecases.py
from dataclasses import dataclass

class RequestParameters:
    query: dict
    path: dict

class UseCaseData:
    params: RequestParameters
    body: dict
