import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")
    from django.core.management import execute_from_command_line

    port = os.environ.get("PORT", "8000")
    execute_from_command_line([sys.argv[0], "runserver", f"0.0.0.0:{port}", "--noreload"])


if __name__ == "__main__":
    main()
