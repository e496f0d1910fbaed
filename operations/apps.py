from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What an operator runs: backup and restore (manage.py backup / restore)."""

    name = "operations"
    verbose_name = "Operations"
