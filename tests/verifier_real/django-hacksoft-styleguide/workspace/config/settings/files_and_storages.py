# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/files_and_storages.py
import os

from config.env import BASE_DIR, env, env_to_enum

from styleguide_example.files.enums import FileUploadStorage, FileUploadStrategy
