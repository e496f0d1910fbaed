"""Email the contact-request notifications that are due (contact/notifications.py).

Run it every minute from cron, like ``publish_scheduled``::

    * * * * * cd /srv/acopagro && .venv/bin/python manage.py send_contact_notifications

or as a long-running service with ``--every 30``. Several runs at once never send one
notification twice.
"""

import time

from django.core.management.base import BaseCommand

from contact.notifications import send_due_notifications


class Command(BaseCommand):
    help = "Send the contact-request notification emails that are due, with retries."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=float,
            default=0,
            metavar="SECONDS",
            help="Keep running, looking for due notifications every SECONDS.",
        )
        parser.add_argument(
            "--limit", type=int, default=100, help="At most this many emails per round."
        )

    def handle(self, *args, every, limit, **options):
        while True:
            counts = send_due_notifications(limit=limit)
            if counts and options["verbosity"] > 0:
                summary = ", ".join(f"{state}: {count}" for state, count in sorted(counts.items()))
                self.stdout.write(f"Contact notifications – {summary}")
            if not every:
                return
            time.sleep(every)
