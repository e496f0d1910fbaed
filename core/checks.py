"""A database made before the migrations were reset cannot be migrated forward.

The site had not launched when its migrations were reset to one clean initial set per app
(December 2026). A database made earlier has the old history (``pages.0002_site_settings``
and so on) and none of the new apps': ``migrate`` would try to create tables that exist.
This check, run by ``migrate`` itself, stops it with what to do instead of a traceback.
"""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connections

# Migrations that exist only in the history before the reset.
OLD_MIGRATIONS = [("pages", "0002_site_settings"), ("impact", "0002_help_texts")]


@register(Tags.database)
def database_predates_migration_reset(app_configs, databases=None, **kwargs):
    errors = []
    for alias in databases or []:
        connection = connections[alias]
        try:
            if "django_migrations" not in connection.introspection.table_names():
                continue
            with connection.cursor() as cursor:
                cursor.execute("SELECT app, name FROM django_migrations")
                applied = set(cursor.fetchall())
        except DatabaseError:
            continue  # no database to look at: migrate will say so itself
        if applied & set(OLD_MIGRATIONS) and ("core", "0001_initial") not in applied:
            errors.append(
                Error(
                    "This database was made before the migrations were reset and cannot be "
                    "migrated forward.",
                    hint=(
                        "Nothing on it was lost. For a development database, delete it and "
                        "let `make run` build a new one: `rm db.sqlite3` (SQLite) or drop and "
                        "recreate the PostgreSQL database, then `make run`. To keep its "
                        "content, see README, 'Databases made before the migration reset'."
                    ),
                    id="core.E001",
                )
            )
    return errors
