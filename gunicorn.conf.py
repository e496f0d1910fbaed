"""gunicorn settings, all from the environment (README "Configuration").

gunicorn -c gunicorn.conf.py acopagro_site.wsgi

Behind nginx (deploy/nginx/acopagro.conf) only: gunicorn's threads must never wait for a
slow client (README "Deployment").
"""

import os

bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Load the application once in the master, before forking: a worker (re)starts in
# milliseconds instead of importing Django and Wagtail again (seconds on a busy machine).
preload_app = True
# Recycle workers now and then so a slow leak never grows unbounded, spread out: each worker
# restarts after max_requests plus a random 0 to 50 %, so two workers almost never restart
# together (with 10 % they did, and no request was answered for 33 s). 0: never recycle.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 2
# Trust X-Forwarded-* only from the reverse proxy in front (loopback by default).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
wsgi_app = "acopagro_site.wsgi:application"
# No runtime control socket: one fixed path would clash between several servers on a host.
control_socket_disable = True

# Logs: one JSON object per line on stdout (serving/logging.py), access log optional.
access_log_enabled = os.environ.get("GUNICORN_ACCESS_LOG", "true").lower() in {
    "1",
    "true",
    "yes",
    "on",
}
accesslog = "-" if access_log_enabled else None
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "serving.logging.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stdout",
        }
    },
    "loggers": {
        "gunicorn.error": {
            "handlers": ["console"],
            "level": os.environ.get("LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        "gunicorn.access": {
            "handlers": ["console"],
            "level": "INFO" if access_log_enabled else "WARNING",
            "propagate": False,
        },
    },
}
