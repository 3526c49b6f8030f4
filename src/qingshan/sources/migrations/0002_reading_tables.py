"""The receiver's tables: one row per stored packet and one per packet and factor.

PostgreSQL: declarative partitioning by month on ``data_time`` (``PARTITION BY RANGE``); a month's partitions are
made by ``sources_ensure_month(timestamptz)`` — the receiver calls it the first time a batch holds a month it has
not seen (there is no default partition, so a row never lands where a later partition could not take it).
The primary keys include the partition key, as PostgreSQL requires: (mn, cn, data_time, pno) for packets — the
"same MN, CN, DataTime" duplicate rule, per part of a multi-packet message — and (mn, cn, data_time, code) for
readings, which is also the index every query by device and time uses. No surrogate id: one index per table, no
sequence — each reading costs one heap row and one index entry (the models declare the same composite keys).
SQLite: the same columns in plain tables.
"""

from django.db import migrations

COLUMNS_PACKET = """
    mn varchar(64) NOT NULL,
    cn integer NOT NULL,
    data_time {ts} NOT NULL,
    pno integer NOT NULL DEFAULT 0,
    st varchar(3) NOT NULL,
    qn varchar(20) NOT NULL DEFAULT '',
    flag integer NULL,
    device_id bigint NOT NULL,
    received_at {ts} NOT NULL,
    crc_kind varchar(8) NOT NULL,
    raw text NOT NULL"""
COLUMNS_READING = """
    mn varchar(64) NOT NULL,
    cn integer NOT NULL,
    data_time {ts} NOT NULL,
    code varchar(16) NOT NULL,
    rtd double precision NULL,
    avg double precision NULL,
    min double precision NULL,
    max double precision NULL,
    cou double precision NULL,
    zs_rtd double precision NULL,
    zs_avg double precision NULL,
    flag varchar(4) NOT NULL DEFAULT ''"""

POSTGRES = [
    f"""CREATE TABLE sources_packet ({COLUMNS_PACKET.format(ts="timestamptz")},
        CONSTRAINT sources_packet_key PRIMARY KEY (mn, cn, data_time, pno)
    ) PARTITION BY RANGE (data_time)""",
    f"""CREATE TABLE sources_reading ({COLUMNS_READING.format(ts="timestamptz")},
        CONSTRAINT sources_reading_key PRIMARY KEY (mn, cn, data_time, code)
    ) PARTITION BY RANGE (data_time)""",
    """CREATE FUNCTION sources_ensure_month(t timestamptz) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        s timestamptz := date_trunc('month', t AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
        e timestamptz := (date_trunc('month', t AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC';
        suffix text := to_char(t AT TIME ZONE 'UTC', '"y"YYYY"m"MM');
        parent text;
    BEGIN
        FOREACH parent IN ARRAY ARRAY['sources_packet', 'sources_reading'] LOOP
            BEGIN
                EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                               parent || '_' || suffix, parent, s, e);
            EXCEPTION WHEN duplicate_table OR unique_violation THEN
                NULL;  -- another writer made it first
            END;
        END LOOP;
    END $$""",
    "SELECT sources_ensure_month(now())",
]
POSTGRES_DROP = [
    "DROP TABLE IF EXISTS sources_reading",
    "DROP TABLE IF EXISTS sources_packet",
    "DROP FUNCTION IF EXISTS sources_ensure_month(timestamptz)",
]
SQLITE = [
    f"""CREATE TABLE sources_packet ({COLUMNS_PACKET.format(ts="datetime")},
        CONSTRAINT sources_packet_key PRIMARY KEY (mn, cn, data_time, pno))""",
    f"""CREATE TABLE sources_reading ({COLUMNS_READING.format(ts="datetime")},
        CONSTRAINT sources_reading_key PRIMARY KEY (mn, cn, data_time, code))""",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS sources_reading", "DROP TABLE IF EXISTS sources_packet"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        statements = statements_by_vendor.get(vendor)
        if statements is None:
            raise RuntimeError(f"sources: no reading tables for database {vendor}")
        with schema_editor.connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sources", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_DROP, "sqlite": SQLITE_DROP}),
        )
    ]
