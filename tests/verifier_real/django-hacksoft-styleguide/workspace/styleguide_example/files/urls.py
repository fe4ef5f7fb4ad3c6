# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/files/urls.py
from django.urls import include, path

from styleguide_example.files.apis import (
    FileDirectUploadFinishApi,
    FileDirectUploadLocalApi,
    FileDirectUploadStartApi,
    FileStandardUploadApi,
)
