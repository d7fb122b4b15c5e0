"""Send reads to a PostgreSQL read replica where that is safe (DATABASE_REPLICA_URL).

Safe means: an anonymous reader's GET or HEAD of a public URL, outside a transaction, and only
until the request writes something (after a write it reads its own writes from the primary).
Editors, the admin, form posts, management commands and scheduled jobs always use the primary,
so replication lag can never show an editor an out-of-date page or lose a write.
"""

from contextvars import ContextVar

from django.db import DEFAULT_DB_ALIAS, connections

REPLICA_ALIAS = "replica"

# Set by haderslev_site.middleware.ReadReplicaMiddleware for requests that may read the replica.
use_replica: ContextVar[bool] = ContextVar("use_replica", default=False)


# Counters that must be current (the rate limits' cache table) are always read on the primary.
PRIMARY_ONLY_APP_LABELS = {"django_cache"}


class ReadReplicaRouter:
    def db_for_read(self, model, **hints):
        if model._meta.app_label in PRIMARY_ONLY_APP_LABELS:
            return DEFAULT_DB_ALIAS
        if use_replica.get() and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA_ALIAS
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        use_replica.set(False)  # read your own writes for the rest of this request
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica is a copy of the primary: same rows, same ids

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica receives the schema by replication
