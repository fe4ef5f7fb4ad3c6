# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:app/core/slugify.py
import re
