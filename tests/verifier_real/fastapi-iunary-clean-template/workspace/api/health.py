# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:api/health.py
from fastapi import APIRouter, status

from fastapi.responses import Response, PlainTextResponse

routers = APIRouter()
