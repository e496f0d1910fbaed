"""``manage.py update_catalogs``: extract every translatable string into the catalog of
each configured language (the project's ``locale/`` and each app's own), fill the
message-id language's catalog, and compile them all. What ``make messages`` runs."""

import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from languages import codes

IGNORED = [".venv", "staticfiles", "media", "node_modules", "admin_locale", "tests"]


class Command(BaseCommand):
    help = "Update and compile the message catalogs of every configured language."

    def handle(self, *args, **options):
        root = Path(settings.BASE_DIR)
        call_command(
            "makemessages",
            locale=codes(),
            ignore_patterns=IGNORED,
            no_obsolete=True,
            no_location=True,
            verbosity=0,
        )
        if settings.MESSAGE_ID_LANGUAGE in codes() and shutil.which("msgen"):
            catalogs = [root / "locale", *root.glob("*/locale")]
            for catalog in catalogs:
                po = catalog / settings.MESSAGE_ID_LANGUAGE / "LC_MESSAGES" / "django.po"
                if po.exists():
                    subprocess.run(["msgen", "-o", str(po), str(po)], check=True)
        call_command("compilemessages", ignore_patterns=IGNORED, verbosity=0)
        self.stdout.write("Catalogs updated: translate what `msgfmt --statistics` shows missing.")
