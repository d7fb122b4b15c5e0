"""Send reads to a PostgreSQL read replica where that is safe (DATABASE_REPLICA_URL).

Safe means: an anonymous reader's GET or HEAD of a public URL, outside a transaction, and only
until the request writes something (after a write it reads its own writes from the primary).
Editors, the admin, form posts, management commands and scheduled jobs always use the primary,
so replication lag can never show an editor an out-of-date page or lose a write.

The replica is used only while it is healthy (`replica_health`, checked at most once a second
per process): it answers, and it has replayed what it received or is at most
REPLICA_MAX_LAG_SECONDS behind. Otherwise reads go to the primary, without an error, until a
later check finds it healthy again. A page rendered from the replica is kept in the page cache
for REPLICA_PAGE_CACHE_SECONDS only (haderslev_site.middleware.PageCacheMiddleware), so what an
anonymous reader may see from a lagging replica is bounded (docs/deployment.md).
"""

import contextlib
import logging
import time
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

REPLICA_ALIAS = "replica"

logger = logging.getLogger("haderslev_site.replica")

# Set by haderslev_site.middleware.ReadReplicaMiddleware for requests that may read the replica.
use_replica: ContextVar[bool] = ContextVar("use_replica", default=False)
# Set when a request did read from the replica (the page cache keeps such pages briefly).
replica_used: ContextVar[bool] = ContextVar("replica_used", default=False)

# Counters that must be current (the rate limits' cache table) are always read on the primary.
PRIMARY_ONLY_APP_LABELS = {"django_cache"}

# 0 while the replica streams from the primary and has replayed everything it received, else the
# age of its last replayed transaction (an upper bound of how far behind it is; a replica cut off
# from the primary counts as lagging); 0 on a server that is not a standby.
LAG_SQL = """
SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming')
        AND pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
    ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 1e9)
END
"""


class ReplicaHealth:
    """Whether the replica may serve reads now: it answers and is not lagging. One check a
    second per process at most; a change of state is logged once, not per request."""

    def __init__(self):
        self.checked_at = float("-inf")
        self.healthy = True
        self.state = "ok"

    def usable(self) -> bool:
        now = time.monotonic()
        if now - self.checked_at >= settings.REPLICA_CHECK_SECONDS:
            self.checked_at = now
            self.healthy = self._check()
        return self.healthy

    def connects(self) -> bool:
        """Whether the replica connection works for this request: Django's own health check of
        a reused connection (CONN_HEALTH_CHECKS), done here so a replica that went away is
        noticed before the request reads from it, and reads go to the primary instead."""
        if REPLICA_ALIAS not in connections.settings:
            return True
        connection = connections[REPLICA_ALIAS]
        try:
            connection.close_if_health_check_failed()
            connection.ensure_connection()
        except DatabaseError:
            self.checked_at = time.monotonic()
            self.healthy = False
            self._log("unavailable", "read replica unavailable: reads go to the primary")
            return False
        return True

    def _check(self) -> bool:
        if REPLICA_ALIAS not in connections.settings:
            return True  # no replica configured: the router's answer does not depend on it
        connection = connections[REPLICA_ALIAS]
        if connection.vendor != "postgresql":
            return True
        try:
            with connection.cursor() as cursor:
                cursor.execute(LAG_SQL)
                (lag,) = cursor.fetchone()
        except DatabaseError:
            with contextlib.suppress(DatabaseError):
                connection.close()
            self._log("unavailable", "read replica unavailable: reads go to the primary")
            return False
        if float(lag) > settings.REPLICA_MAX_LAG_SECONDS:
            self._log("lagging", "read replica lagging: reads go to the primary")
            return False
        self._log("ok", "read replica healthy: anonymous reads use it again")
        return True

    def _log(self, state, message):
        if state != self.state:
            (logger.info if state == "ok" else logger.warning)(message)
            self.state = state


replica_health = ReplicaHealth()


class ContentChanges:
    """After content changes (a new page-cache generation), this process reads from the primary
    for REPLICA_FRESH_SECONDS: the replica may not have replayed the change yet, and a page
    rendered from it now would be cached under the new generation."""

    def __init__(self):
        self.generation = None
        self.seen_at = float("-inf")

    def recent(self, generation) -> bool:
        now = time.monotonic()
        if generation is not None and generation != self.generation:
            self.generation = generation
            self.seen_at = now
        return now - self.seen_at < settings.REPLICA_FRESH_SECONDS


content_changes = ContentChanges()


class ReadReplicaRouter:
    def db_for_read(self, model, **hints):
        if model is not None and model._meta.app_label in PRIMARY_ONLY_APP_LABELS:
            return DEFAULT_DB_ALIAS
        if use_replica.get() and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            replica_used.set(True)
            return REPLICA_ALIAS
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        use_replica.set(False)  # read your own writes for the rest of this request
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica is a copy of the primary: same rows, same ids

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica receives the schema by replication
