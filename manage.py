#!/usr/bin/env python
"""Django's command-line utility for the AI-literacy LMS."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
    try:
        from django.core.management import execute_from_command_line

        import lms  # noqa: F401  (the site/ folder, installed under the name `lms`)
    except ImportError as exc:
        raise SystemExit(
            "The project is not installed in this Python environment "
            f"({exc}).\nRun `make install` (or `make run`) and use .venv/bin/python manage.py …"
        ) from exc
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
