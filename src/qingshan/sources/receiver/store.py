"""Writing packets and readings in batches — one transaction for the packets of many connections (group commit).

Why SQL of our own and not the ORM: a batch is a few thousand packets and five to thirty factor rows each. The ORM's
``bulk_create(ignore_conflicts=True)`` cannot tell which rows were new (it returns no ids on conflicts), but the
receiver must know exactly which packets were duplicates, so that it stores a duplicate's readings never and still
answers it; and building model instances costs more than the rest of the receiver's work together. On PostgreSQL
a batch is COPYed (binary) straight into the partitioned tables when it holds no duplicate, and otherwise through a
session-local staging table and one ``INSERT … ON CONFLICT DO NOTHING RETURNING`` that says which packets were new
(:meth:`Store._write_postgres`, with the figures measured); a handful of statements per transaction whatever the
batch size. On SQLite (development, tests) rows go one by one inside the same single transaction.

A batch is all or nothing: the caller answers a packet only after :meth:`Store.write` returned, i.e. after COMMIT.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import IntegrityError, connection, transaction


@dataclass(slots=True)
class PacketRecord:
    mn: str
    cn: int
    data_time: datetime  # aware
    pno: int
    st: str
    qn: str
    flag: int | None
    device_id: int
    received_at: datetime  # aware
    crc_kind: str
    raw: str
    #: (code, rtd, avg, min, max, cou, zs_rtd, zs_avg, flag)
    readings: list[tuple] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.mn, self.cn, self.data_time, self.pno)


@dataclass(slots=True)
class QuarantineRecord:
    mn: str
    cn: str
    received_at: datetime
    peer: str
    raw: str


STORED, DUPLICATE = "stored", "duplicate"
#: How a batch is written on PostgreSQL (:meth:`Store._write_postgres`).
DIRECT, STAGED, TOLERANT = "direct", "staged", "tolerant"
#: Duplicates come in bursts (devices sending again after a restart or a lost answer): after one, this many batches
#: are written STAGED before DIRECT is tried again.
STAGED_AFTER_DUPLICATE = 200


class Store:
    """Writes through Django's connection of the current thread (PostgreSQL or SQLite)."""

    def __init__(self) -> None:
        self.vendor = connection.vendor
        self._months: set[tuple[int, int]] = set()
        self._staged_left = 0  # batches still to write STAGED after a duplicate was met (PostgreSQL)

    def close(self) -> None:
        connection.close()

    def write(
        self,
        packets: list[PacketRecord],
        quarantine: Iterable[QuarantineRecord] = (),
        counters: dict[str, int] | None = None,
        count: bool = True,
    ) -> list[str]:
        """Store a batch in one transaction; returns STORED or DUPLICATE per packet, in order. ``count=False``
        leaves the receiver counters alone (the demo's simulated history is not traffic)."""
        counters = dict(counters or {})
        quarantine = list(quarantine)
        mode = DIRECT
        if self._staged_left > 0:
            mode = STAGED
            self._staged_left -= 1
        elif len({p.key for p in packets}) < len(packets):
            mode = STAGED  # a duplicate within the batch
        while True:
            try:
                return self._write(packets, quarantine, counters, count, mode)
            except IntegrityError as exc:
                # The batch was rolled back whole; write it again the careful way (see _write_postgres).
                table = _violated_table(exc)
                if mode == DIRECT and table.startswith("sources_packet"):
                    mode = STAGED
                    self._staged_left = STAGED_AFTER_DUPLICATE
                elif mode != TOLERANT and table.startswith("sources_reading"):
                    mode = TOLERANT
                else:
                    raise

    def _write(self, packets: list[PacketRecord], quarantine: list[QuarantineRecord], counters: dict[str, int],
               count: bool, mode: str) -> list[str]:
        counters = dict(counters)
        with transaction.atomic():
            with connection.cursor() as cur:
                if self.vendor == "postgresql":
                    with connection.wrap_database_errors:  # COPY's errors as Django's (IntegrityError …) too
                        results = self._write_postgres(cur, packets, mode)
                else:
                    results = self._write_sqlite(cur, packets)
                if quarantine:
                    self._quarantine(cur, quarantine)
                if count:
                    counters["stored"] = counters.get("stored", 0) + results.count(STORED)
                    counters["duplicates"] = counters.get("duplicates", 0) + results.count(DUPLICATE)
                    self._count(cur, counters)
        return results

    # PostgreSQL -----------------------------------------------------------------------------------------------

    def _ensure_months(self, cur, packets: list[PacketRecord]) -> None:
        """Make the month partitions this batch needs. A month is remembered only once its transaction committed
        (a rolled-back batch also rolls back the partition it made)."""
        made = set()
        for p in packets:
            t = p.data_time.astimezone(UTC)
            month = (t.year, t.month)
            if month not in self._months and month not in made:
                cur.execute("SELECT sources_ensure_month(%s)", [t])
                made.add(month)
        if made:
            transaction.on_commit(lambda: self._months.update(made))

    _TEMP = (
        """CREATE TEMP TABLE IF NOT EXISTS hj_packet (idx int, mn varchar, cn int, data_time timestamptz, pno int,
               st varchar, qn varchar, flag int, device_id bigint, received_at timestamptz, crc_kind varchar,
               raw text) ON COMMIT DELETE ROWS""",
        """CREATE TEMP TABLE IF NOT EXISTS hj_reading_new (LIKE sources_reading) ON COMMIT DELETE ROWS""",
    )
    #: The staged packets into the partitioned table; returns the staging index of those that were new.
    _INSERT_PACKETS = """
        WITH new AS (
            INSERT INTO sources_packet (mn, cn, data_time, pno, st, qn, flag, device_id, received_at, crc_kind, raw)
            SELECT mn, cn, data_time, pno, st, qn, flag, device_id, received_at, crc_kind, raw FROM hj_packet
            ON CONFLICT (mn, cn, data_time, pno) DO NOTHING
            RETURNING mn, cn, data_time, pno
        )
        SELECT p.idx FROM hj_packet p JOIN new USING (mn, cn, data_time, pno)"""
    _PACKET_COLUMNS = "mn, cn, data_time, pno, st, qn, flag, device_id, received_at, crc_kind, raw"
    _READING_COLUMNS = "mn, cn, data_time, code, rtd, avg, min, max, cou, zs_rtd, zs_avg, flag"
    #: COPY's binary format needs the column types (as the tables have them).
    _PACKET_TYPES = ("int4", "text", "int4", "timestamptz", "int4", "text", "text", "int4", "int8", "timestamptz",
                     "text", "text")
    _READING_TYPES = ("text", "int4", "timestamptz", "text", "float8", "float8", "float8", "float8", "float8",
                      "float8", "float8", "text")

    def _write_postgres(self, cur, packets: list[PacketRecord], mode: str = TOLERANT) -> list[str]:
        """Three ways, the cheapest first (:meth:`write` chooses and falls back):

        - ``DIRECT``: the packets and their readings are COPYed (binary) straight into the partitioned tables (COPY
          routes each row to its month). A duplicate packet breaks ``sources_packet``'s key and rolls the batch back.
        - ``STAGED``: the packets are COPYed into a session-local staging table (``ON COMMIT DELETE ROWS``); one
          ``INSERT … ON CONFLICT DO NOTHING RETURNING`` moves them into the partitioned table and says which were
          new; the readings of exactly those are COPYed straight into ``sources_reading``.
        - ``TOLERANT``: as STAGED, the readings through a second staging table and ``ON CONFLICT DO NOTHING``, for a
          new packet whose factor is already stored under the same MN, CN and DataTime with another PNO (a device
          sending a message both whole and split); the first reading of a key is kept.

        Measured with the bench's packets (six factors, 200 a batch), PostgreSQL's CPU a packet: TOLERANT 142 µs (the
        readings' ``ON CONFLICT`` alone 47), STAGED 82, DIRECT 67; on the receiver's side COPY's binary format
        halved psycopg's formatting (34 → 20 µs a packet: numbers and times are not written as text and parsed
        back). Passing the batch as query parameters (arrays for ``unnest``) cost four times as much in Python."""
        if not packets:
            return []
        self._ensure_months(cur, packets)
        if mode == DIRECT:
            with cur.copy(f"COPY sources_packet ({self._PACKET_COLUMNS}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(self._PACKET_TYPES[1:])
                for p in packets:
                    copy.write_row(_packet_row(p))
            self._copy_readings(cur, "sources_reading", packets)
            return [STORED] * len(packets)
        raw = connection.connection
        if getattr(raw, "_hj212_temp", False) is False:
            for sql in self._TEMP:
                cur.execute(sql)
            # Remembered once committed: a rolled-back first batch rolls the temporary tables back too.
            transaction.on_commit(lambda: setattr(raw, "_hj212_temp", True))
        first: dict[tuple, int] = {}
        for i, p in enumerate(packets):
            first.setdefault(p.key, i)
        with cur.copy(f"COPY hj_packet (idx, {self._PACKET_COLUMNS}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(self._PACKET_TYPES)
            for i in first.values():
                copy.write_row((i, *_packet_row(packets[i])))
        cur.execute(self._INSERT_PACKETS)
        new = sorted(row[0] for row in cur.fetchall())
        fresh = [packets[i] for i in new]
        if mode == TOLERANT:
            self._copy_readings(cur, "hj_reading_new", fresh)
            cur.execute(f"INSERT INTO sources_reading ({self._READING_COLUMNS}) SELECT {self._READING_COLUMNS} "
                        "FROM hj_reading_new ON CONFLICT (mn, cn, data_time, code) DO NOTHING")
        else:
            self._copy_readings(cur, "sources_reading", fresh)
        if connection.savepoint_ids:
            # Inside an outer transaction (a caller's atomic block, a test) the staging rows are not emptied by a
            # commit before the next batch: empty them now. The receiver's own batches are outermost transactions
            # and skip this.
            cur.execute("DELETE FROM hj_packet")
            cur.execute("DELETE FROM hj_reading_new")
        stored = set(new)
        return [STORED if i in stored else DUPLICATE for i in range(len(packets))]

    def _copy_readings(self, cur, table: str, packets: list[PacketRecord]) -> None:
        with cur.copy(f"COPY {table} ({self._READING_COLUMNS}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(self._READING_TYPES)
            for p in packets:
                head = (p.mn, p.cn, p.data_time)
                for r in p.readings:
                    copy.write_row((*head, *r))

    # SQLite ---------------------------------------------------------------------------------------------------

    def _write_sqlite(self, cur, packets: list[PacketRecord]) -> list[str]:
        adapt = connection.ops.adapt_datetimefield_value
        results = []
        for p in packets:
            t = adapt(p.data_time)
            cur.execute(
                """INSERT INTO sources_packet (mn, cn, data_time, pno, st, qn, flag, device_id, received_at,
                                              crc_kind, raw)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
                [p.mn, p.cn, t, p.pno, p.st, p.qn, p.flag, p.device_id, adapt(p.received_at), p.crc_kind, p.raw],
            )
            if cur.rowcount == 1:
                results.append(STORED)
                cur.executemany(
                    """INSERT INTO sources_reading (mn, cn, data_time, code, rtd, avg, min, max, cou, zs_rtd,
                                                   zs_avg, flag)
                       VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
                    [(p.mn, p.cn, t, *r) for r in p.readings],
                )
            else:
                results.append(DUPLICATE)
        return results

    # both -----------------------------------------------------------------------------------------------------

    @staticmethod
    def _quarantine(cur, records: list[QuarantineRecord]) -> None:
        adapt = connection.ops.adapt_datetimefield_value
        cur.executemany(
            "INSERT INTO sources_quarantined (mn, cn, received_at, peer, raw) VALUES (%s, %s, %s, %s, %s)",
            [(q.mn, q.cn, adapt(q.received_at), q.peer, q.raw) for q in records],
        )

    @staticmethod
    def _count(cur, counters: dict[str, int]) -> None:
        items = sorted((k, v) for k, v in counters.items() if v)
        if items:
            cur.executemany(
                """INSERT INTO sources_receivercounter (name, value) VALUES (%s, %s)
                   ON CONFLICT (name) DO UPDATE SET value = sources_receivercounter.value + excluded.value""",
                items,
            )


def _packet_row(p: PacketRecord) -> tuple:
    """A packet's values in the order of ``Store._PACKET_COLUMNS``."""
    return (p.mn, p.cn, p.data_time, p.pno, p.st, p.qn, p.flag, p.device_id, p.received_at, p.crc_kind, p.raw)


def _violated_table(exc: IntegrityError) -> str:
    """The table (on PostgreSQL the month partition, ``sources_reading_y2024m05``) whose constraint a unique violation
    broke, from psycopg's diagnostics; "" when unknown."""
    diag = getattr(exc.__cause__, "diag", None)
    return getattr(diag, "table_name", None) or ""
