# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/core/email.py
import logging

from email.mime.multipart import MIMEMultipart

from email.mime.text import MIMEText

import aiosmtplib

from app.core.settings import settings
