from django.http import JsonResponse
