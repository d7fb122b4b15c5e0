"""The full-text document of an index entry as a function that tells PostgreSQL what it costs,
with the GIN index the search reads; and each entry's body vector kept in its row.

Wagtail's database backend matches ``(title || body) @@ query``. PostgreSQL costs ``||`` on two
tsvectors like adding two numbers, so for a common word (one that matches 40 % of the entries)
the planner reads the whole table and merges 10,000 pairs of vectors - some 100 ms - instead of
the GIN index, which finds the same rows in about 2 ms (the index of migration 0002 was built for
exactly this expression and was not used for such words). ``search_document(title, body)`` is
the same ``title || body``, declared with its real cost, so the planner always reads the index.
It is ``IMMUTABLE`` (it may be indexed) and carries a ``SET`` clause, which keeps PostgreSQL from
inlining it back into a bare ``||`` and losing the cost. It is ``PARALLEL RESTRICTED``: with its
real cost the planner would otherwise hand a search to parallel workers and join them by sorting
text keys, which costs more CPU in total than the plain plan (a hash join in one process) - and
on a small, busy server the CPU is what is scarce. The search backend
(``search.backends.MultilingualPostgresSearchBackend``) matches against it.

Ranking reads every matching entry's ``body`` vector. Entries also hold their plain text
(``body_text``), and PostgreSQL's default storage moved whichever column was larger out of the row
into the TOAST table, often ``body``: ranking 4,000 entries then took 5,000 extra page reads and
ten times as long. ``STORAGE MAIN`` keeps ``body`` in the row (compressed if need be), so the
plain text, which is read only for the ten excerpts of a page of results, is the one moved out.
Existing entries are rewritten once to take the new storage.

PostgreSQL only: other databases are left untouched.
"""

from django.db import migrations

FUNCTION = "search_document"
INDEX = "search_indexentry_document_gin"
OLD_INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) "
        "RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL RESTRICTED COST 1000 "
        "SET search_path = pg_catalog AS 'SELECT title || body'"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING GIN ({FUNCTION}(title, body))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")
    schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN body SET STORAGE MAIN")
    # `|| ''` makes a new value, which is stored by the new rule (an unchanged one would not be).
    schema_editor.execute(f"UPDATE {table} SET body = body || ''::tsvector")
    # Statistics for the new index expression: without them the planner guesses how many rows
    # a word matches (autovacuum would gather them later).
    schema_editor.execute(f"ANALYZE {table}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN body SET STORAGE EXTENDED")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {table} USING GIN ((title || body))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexentry_title_body_gin"),
    ]

    operations = [migrations.RunPython(create, drop)]
