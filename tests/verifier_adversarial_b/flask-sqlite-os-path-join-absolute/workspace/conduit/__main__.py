import os
from conduit.app import build_app

build_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", "3000")), threaded=True)
