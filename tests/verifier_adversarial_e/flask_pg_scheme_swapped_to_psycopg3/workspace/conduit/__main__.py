import os
from waitress import serve
from .factory import create_app

serve(create_app(), listen=f"0.0.0.0:{os.environ.get('PORT', '8000')}")
