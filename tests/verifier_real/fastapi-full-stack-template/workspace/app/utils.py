# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/utils.py
import logging

from dataclasses import dataclass

from datetime import UTC, datetime, timedelta

from pathlib import Path

from typing import Any

import emails

import jwt

from jinja2 import Template

from jwt.exceptions import InvalidTokenError

from app.core import security

from app.core.config import settings

class EmailData:
    html_content: str
    subject: str

def render_email_template(*, template_name: str, context: dict[str, Any]) -> str:
    template_str = (
        Path(__file__).parent / "email-templates" / template_name
    ).read_text()
    html_content = Template(template_str).render(context)
    return html_content

def verify_password_reset_token(token: str) -> str | None:
    try:
        decoded_token = jwt.decode(
            token, settings.SECRET_KEY, algorithms=[security.ALGORITHM]
        )
        return str(decoded_token["sub"])
    except InvalidTokenError:
        return None
