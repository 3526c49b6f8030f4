"""Issue #18 finding 6 (ledger side): two imports of one document at the same moment store it once — on
PostgreSQL (advisory lock per document) and on SQLite (IMMEDIATE transactions), with real threads."""

from __future__ import annotations

import threading

import pytest


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_imports_of_one_document_store_one_plan(registry):
    from django.db import connection

    from qingshan.ledger import services
    from qingshan.ledger.models import Plan

    seed = next(services.SEEDS_DIR.glob("003_*.txt"))
    barrier = threading.Barrier(2)
    results: list = []

    def run():
        try:
            barrier.wait()
            results.append(services.import_plan(seed).pk)
        except Exception as exc:  # the test reports any refusal or traceback below
            results.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert all(isinstance(r, int) for r in results), results
    assert Plan.objects.count() == 1 and set(results) == {Plan.objects.get().pk}
