"""The change history writes values as the pages around it do."""

from __future__ import annotations

from datetime import UTC, date, datetime

from qingshan.core.history import _plain


def test_dates_read_as_the_tables_write_them(settings):
    settings.TIME_ZONE = "Asia/Shanghai"
    assert _plain(date(2026, 3, 1)) == "2026-03-01"
    assert _plain(datetime(2026, 3, 1, 1, 30, tzinfo=UTC)) == "2026-03-01 09:30"  # local time, as the tables
    assert _plain(["a"]) == '["a"]' and _plain([]) is None
