"""Reads go to the replica only where that is safe; writes always go to the primary."""

from django.db import connections, transaction
from django.test import RequestFactory

from haderslev_site.db_router import ReadReplicaRouter, use_replica
from haderslev_site.middleware import ReadReplicaMiddleware

router = ReadReplicaRouter()


def _alias_seen_by(request):
    seen = {}

    def view(request):
        seen["read"] = router.db_for_read(None)
        seen["write"] = router.db_for_write(None)
        seen["read_after_write"] = router.db_for_read(None)
        return None

    ReadReplicaMiddleware(view)(request)
    return seen


def test_anonymous_get_reads_the_replica_until_it_writes():
    seen = _alias_seen_by(RequestFactory().get("/da/"))
    assert seen == {"read": "replica", "write": "default", "read_after_write": "default"}


def test_posts_editors_and_the_admin_use_the_primary():
    factory = RequestFactory()
    post = factory.post("/da/kontakt/")
    editor = factory.get("/da/")
    editor.COOKIES["sessionid"] = "abc"
    admin = factory.get("/admin/pages/")
    for request in (post, editor, admin):
        assert _alias_seen_by(request)["read"] == "default"


def test_outside_requests_and_inside_transactions_use_the_primary(db):
    assert router.db_for_read(None) == "default"  # management commands, scheduled jobs
    token = use_replica.set(True)
    try:
        with transaction.atomic():
            assert connections["default"].in_atomic_block
            assert router.db_for_read(None) == "default"
    finally:
        use_replica.reset(token)


def test_the_replica_is_never_migrated():
    assert router.allow_migrate("default", "home")
    assert not router.allow_migrate("replica", "home")
