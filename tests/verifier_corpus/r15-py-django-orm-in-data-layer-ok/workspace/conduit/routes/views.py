import json

from django.http import JsonResponse

from conduit.services.articles import create


def articles(request):
    return JsonResponse({'article': create(json.loads(request.body)['article'])}, status=201)
