# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/emails/enums.py
from enum import Enum

class EmailSendingStrategy(Enum):
    LOCAL = "local"
    MAILTRAP = "mailtrap"
