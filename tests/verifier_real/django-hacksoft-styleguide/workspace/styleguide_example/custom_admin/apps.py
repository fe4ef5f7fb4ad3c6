# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/custom_admin/apps.py
from django.contrib.admin.apps import AdminConfig as BaseAdminConfig

class CustomAdminConfig(BaseAdminConfig):
    default_site = "styleguide_example.custom_admin.sites.AdminSite"
