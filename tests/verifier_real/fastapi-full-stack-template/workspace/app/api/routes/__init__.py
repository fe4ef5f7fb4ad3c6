# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/api/routes/__init__.py
