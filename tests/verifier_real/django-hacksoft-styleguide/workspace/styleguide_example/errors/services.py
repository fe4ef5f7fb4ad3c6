# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/errors/services.py
import inspect

import sys

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied

from django.core.exceptions import ValidationError as DjangoValidationError

from django.http import Http404

from rest_framework import exceptions, serializers

from rest_framework.exceptions import ValidationError as RestValidationError

from styleguide_example.core.exceptions import ApplicationError

from styleguide_example.users.models import BaseUser

class NestedSerializer(serializers.Serializer):
    bar = serializers.CharField()

class PlainSerializer(serializers.Serializer):
    foo = serializers.CharField()
    email = serializers.EmailField(min_length=200)

    nested = NestedSerializer()

def trigger_django_validation():
    raise DjangoValidationError("Some error message")

def trigger_rest_validation_plain():
    raise RestValidationError("Some error message")

def trigger_rest_validation_detail():
    raise RestValidationError(detail={"error": "Some error message"})

def trigger_rest_parse_error():
    raise exceptions.ParseError()

def trigger_application_error():
    raise ApplicationError(message="Something is not correct", extra={"type": "RANDOM"})

def trigger_errors(exception_handler):
    result = {}

    for name, member in inspect.getmembers(sys.modules[__name__]):
        if inspect.isfunction(member) and name.startswith("trigger") and name != "trigger_errors":
            try:
                member()
            except Exception as exc:
                response = exception_handler(exc, {})

                if response is None:
                    result[name] = "500 SERVER ERROR"
                    continue

                result[name] = response.data

    return result
