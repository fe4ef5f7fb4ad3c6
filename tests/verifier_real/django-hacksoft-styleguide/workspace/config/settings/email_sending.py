# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/email_sending.py
from config.env import env, env_to_enum

from styleguide_example.emails.enums import EmailSendingStrategy
