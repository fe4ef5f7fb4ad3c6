from django.http import JsonResponse
from services import tag_service


def list_tags(request):
    return JsonResponse({"tags": tag_service.all_tags()})
