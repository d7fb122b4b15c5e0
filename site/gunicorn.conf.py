"""gunicorn settings for `make serve` and `make bench` (gunicorn -c site/gunicorn.conf.py).

Every value can be overridden by environment variables, so one file serves a laptop and a
production host. Tuned on the 2-core benchmark machine (docs/performance.md): synchronous
workers, 2 x cores + 1 of them. Rendering a page is CPU work under Python's GIL, so threads in
one process do not run two renders at once; and a threaded worker keeps its keep-alive
connections, so the few long-lived connections of a load balancer (or of wrk) can all end up in
one process while another core idles (measured: home page 115 ms p50 with 3 x 4 threads against
52 ms with 5 synchronous workers, wrk -c4, page cache off). A synchronous worker accepts a
connection only when it is free, which spreads the work over the cores by itself. It answers
each request on a connection of its own, as it should behind the buffering, TLS-terminating
proxy or load balancer this server is made for (it binds the loopback address).
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", str(2 * multiprocessing.cpu_count() + 1)))
# GUNICORN_THREADS > 1 switches to threaded workers (gthread), which keep connections alive.
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))  # gthread only
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then, so a slow leak can never grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
# The app logs every request itself, as JSON without IP addresses (RequestLogMiddleware);
# gunicorn's access log would add a second line per request, with the client's address.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "haderslev_site.log.JSONFormatter"}},
    # gunicorn names the client's address in its line about a malformed request ("Invalid
    # request from ip=..."), and the URI with its query string when a request fails: neither
    # reaches the log.
    "filters": {"privacy": {"()": "haderslev_site.log.PrivacyFilter", "addresses": True}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["privacy"],
        }
    },
    "root": {"handlers": ["stdout"], "level": "WARNING"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "propagate": False},
    },
}
# No length limit on the request line (gunicorn's default is 4 KB): a search URL with 10,000
# characters (30,000 bytes percent-encoded) reaches the search page, which says that only the
# first 200 were used, rather than gunicorn's bare "414". This server listens on the loopback
# address only: the proxy in front limits what clients may send (docs/deployment.md), and a
# worker that takes longer than `timeout` is restarted.
limit_request_line = int(os.environ.get("GUNICORN_LIMIT_REQUEST_LINE", "0"))
# Honour X-Forwarded-* only from the local proxy in front of this server.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Once the worker has loaded the site: move the 200,000 objects that Django, Wagtail and the
    site's modules leave behind into the collector's permanent generation (gc.freeze), so that
    a full garbage collection scans only what requests create. Measured on a worker-like
    process: a full collection took 70-100 ms (a request that happened to trigger one took that
    much longer), frozen 7 ms; the average request's CPU time is unchanged."""
    gc.collect()
    gc.freeze()
