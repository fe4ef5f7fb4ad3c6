# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/files/enums.py
from enum import Enum

class FileUploadStrategy(Enum):
    STANDARD = "standard"
    DIRECT = "direct"

class FileUploadStorage(Enum):
    LOCAL = "local"
    S3 = "s3"
