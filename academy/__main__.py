"""`python -m academy …` and the `academy-portal` command: manage.py for a
copy of the portal installed as a package."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
