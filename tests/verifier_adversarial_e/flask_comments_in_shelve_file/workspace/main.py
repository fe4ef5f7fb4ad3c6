import os
from conduit import create_app

create_app().run(host="0.0.0.0", port=int(os.environ["PORT"]))
