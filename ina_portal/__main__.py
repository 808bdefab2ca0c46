"""manage.py for an installed portal: `ina-portal <command>` or `python -m ina_portal <command>`."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ina_portal.config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["ina-portal", *sys.argv[1:]])


if __name__ == "__main__":
    main()
