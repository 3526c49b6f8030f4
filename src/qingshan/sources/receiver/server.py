"""The HJ 212 receiver: an asyncio TCP server that answers a packet only once it is durable.

Per connection: reads go through a :class:`~qingshan.hj212.Framer`; the frames of one read are judged
(:func:`.ingest.judge`), the ones to keep are handed to the :class:`Committer` together, and the connection waits
for their commit before it writes their answers (in the order the packets came) and reads again. So

- **no acknowledged loss**: a 9014 is written after COMMIT returned; SIGKILL at any moment loses at most packets
  that were never answered, which the device sends again (and a restart resumes: nothing is kept in memory but
  the current batch);
- **group commit**: the committer thread takes everything waiting — the packets of many connections — into one
  transaction, so the number of commits per second does not bound the packets per second;
- **fairness**: a connection has at most one read (≤ ``read_size`` bytes, ≤ ``max_inflight`` packets) in flight,
  and the committer serves the queue first come, first served: a device that floods waits for its own commits and
  cannot push the others out;
- **timeouts**: a connection silent for ``idle_timeout`` seconds, or holding a partial frame for
  ``partial_timeout`` seconds, is closed;
- **malformed input never ends the process**: a bad frame is counted by reason and skipped; an unexpected error
  in one connection closes that connection only; a failed transaction fails its packets (unanswered) and the
  committer reconnects.

With ``QINGSHAN_HJ212_NATS`` set, :mod:`.nats` replaces the committer by a JetStream publisher (answers after the
broker's ack) and writer processes store.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import queue
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from qingshan.hj212 import Bad, Framer, Reassembler

from .ingest import Outcome, Registry, judge
from .store import PacketRecord, QuarantineRecord, Store

log = logging.getLogger("qingshan.hj212")


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 9212
    idle_timeout: float = 300.0
    partial_timeout: float = 30.0
    read_size: int = 16384
    max_inflight: int = 256
    max_batch: int = 8000
    registry_ttl: float = 5.0
    writers: int = 2  # committer threads, each with its own connection (PostgreSQL only; SQLite has one writer)
    reuse_port: bool = False  # several receiver processes on one port


@dataclass
class Counters:
    """In-memory counters not yet written; the committer adds them to the next transaction."""

    pending: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, n: int = 1) -> None:
        with self.lock:
            self.pending[name] += n
            self.total[name] += n

    def add_many(self, counts: Counter) -> None:
        """Add several counts under one lock (the receiver counts a read's packets locally first)."""
        if counts:
            with self.lock:
                self.pending.update(counts)
                self.total.update(counts)

    def take(self) -> dict[str, int]:
        with self.lock:
            out = dict(self.pending)
            self.pending.clear()
            return out


class Committer:
    """Group commit in a thread of its own (its own database connection): waits for work, takes all that waits,
    writes it in one transaction, then resolves the waiting futures on the event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, counters: Counters, max_batch: int = 8000,
                 writers: int = 1) -> None:
        self.loop = loop
        self.counters = counters
        self.max_batch = max_batch
        self._q: queue.SimpleQueue = queue.SimpleQueue()
        # Two transactions in flight let PostgreSQL use a second core while the first one commits; a packet key
        # inserted by both waits for the first and is a duplicate for the second (ON CONFLICT DO NOTHING).
        self._threads = [
            threading.Thread(target=self._run, name=f"hj212-committer-{i}", daemon=True) for i in range(writers)
        ]
        self._stop = False
        self.batches = 0
        self._stats: list = [0, 0, 0.0, time.monotonic()]
        self._stats_lock = threading.Lock()

    def start(self) -> None:
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop = True
        for _ in self._threads:
            self._q.put(None)
        for t in self._threads:
            t.join(timeout=10)

    def _log_batch(self, size: int, seconds: float) -> None:
        """Every 10 s, log the batches' count, mean size and mean transaction time (INFO)."""
        with self._stats_lock:
            st = self._stats
            st[0] += 1
            st[1] += size
            st[2] += seconds
            now = time.monotonic()
            if now - st[3] >= 10 and st[0]:
                log.info("hj212: %d batches, %.0f packets a batch, %.1f ms a transaction", st[0], st[1] / st[0],
                         1000 * st[2] / st[0])
                self._stats[:] = [0, 0, 0.0, now]

    def submit(self, records: list[PacketRecord | QuarantineRecord]) -> asyncio.Future:
        fut = self.loop.create_future()
        self._q.put((records, fut))
        return fut

    def flush_counters(self) -> None:
        self._q.put(([], None))

    def _run(self) -> None:
        store = None
        while not self._stop:
            item = self._q.get()
            if item is None:
                break
            work = [item]
            size = len(item[0])
            while size < self.max_batch:
                try:
                    nxt = self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self._stop = True
                    self._q.put(None)  # for the other committer threads
                    break
                work.append(nxt)
                size += len(nxt[0])
            packets = [r for recs, _f in work for r in recs if isinstance(r, PacketRecord)]
            quarantine = [r for recs, _f in work for r in recs if isinstance(r, QuarantineRecord)]
            counters = self.counters.take()
            started = time.perf_counter()
            try:
                if store is None:
                    store = Store()
                results = store.write(packets, quarantine, counters)
            except Exception as exc:  # a failed transaction: its packets stay unanswered; reconnect next time
                log.exception("hj212: batch of %d packets not stored", len(packets))
                with self.counters.lock:
                    self.counters.pending.update(counters)  # keep the counts for the next transaction
                if store is not None:
                    try:
                        store.close()
                    except Exception:
                        pass
                    store = None
                for _recs, fut in work:
                    if fut is not None:
                        self.loop.call_soon_threadsafe(_fail, fut, exc)
                time.sleep(0.2)
                continue
            self.batches += 1
            self._log_batch(len(packets), time.perf_counter() - started)
            it = iter(results)
            for recs, fut in work:
                mine = [next(it) if isinstance(r, PacketRecord) else "quarantined" for r in recs]
                if fut is not None:
                    self.loop.call_soon_threadsafe(_resolve, fut, mine)
        if store is not None:
            store.close()


def _resolve(fut: asyncio.Future, value) -> None:
    if not fut.done():
        fut.set_result(value)


def _fail(fut: asyncio.Future, exc: Exception) -> None:
    if not fut.done():
        fut.set_exception(exc)


class _Connection(asyncio.Protocol):
    """One device connection (asyncio's protocol interface: no coroutine per read — a third of the receiver's CPU
    went to the streams layer). Reading pauses while this connection's packets wait for their commit, and while
    the device does not read its answers; so one connection has at most one batch in flight."""

    def __init__(self, receiver: Receiver) -> None:
        self.receiver = receiver
        self.framer = Framer()
        self.messages = Reassembler(ttl=receiver.settings.idle_timeout)
        self.pending: list = []
        self.busy = False
        self.write_paused = False
        self.closed = False
        self.eof = False
        self.last = time.monotonic()
        self.partial_since: float | None = None
        self.transport: asyncio.Transport | None = None
        self.peer = ""

    def connection_made(self, transport) -> None:
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)
        self.receiver._conns.add(self)
        self.receiver.connections += 1

    def connection_lost(self, exc) -> None:
        self.closed = True
        self.receiver._conns.discard(self)
        self.receiver.connections -= 1

    def data_received(self, data: bytes) -> None:
        self.last = time.monotonic()
        try:
            items = self.framer.feed(data)
        except Exception:
            log.exception("hj212: framing failed on %s; connection closed", self.peer)
            self.transport.abort()
            return
        if self.framer.pending:
            self.partial_since = self.partial_since or self.last
        else:
            self.partial_since = None
        if items:
            self.pending.extend(items)
            self._pump()

    def eof_received(self) -> bool:
        self.eof = True
        return self.busy or bool(self.pending)  # keep the socket open to write the answers still due

    def pause_writing(self) -> None:
        self.write_paused = True
        self._set_reading()

    def resume_writing(self) -> None:
        self.write_paused = False
        self._set_reading()

    def _set_reading(self) -> None:
        if self.closed or self.transport is None or self.transport.is_closing():
            return
        try:
            if self.busy or self.write_paused:
                self.transport.pause_reading()
            else:
                self.transport.resume_reading()
        except RuntimeError:
            pass

    def _pump(self) -> None:
        r = self.receiver
        while self.pending and not self.busy and not self.closed:
            chunk = self.pending[: r.settings.max_inflight]
            del self.pending[: r.settings.max_inflight]
            try:
                outcomes = r.judge_all(chunk, self.peer, self.messages)
            except Exception:
                log.exception("hj212: connection %s closed after an unexpected error", self.peer)
                self.transport.abort()
                return
            records = [o.record for o in outcomes if o.record is not None]
            if not records:
                self._answer(outcomes, committed=False)
                continue
            self.busy = True
            self._set_reading()
            fut = r.sink.submit(records)
            fut.add_done_callback(lambda f, outcomes=outcomes: self._committed(outcomes, f))
        if self.eof and not self.busy and not self.pending and not self.closed:
            self.transport.close()  # the device closed its side and every answer is written

    def _committed(self, outcomes: list[Outcome], fut: asyncio.Future) -> None:
        self.busy = False
        if fut.cancelled() or fut.exception() is not None:
            # Not durable: answer nothing of this batch and drop the connection (the device sends again).
            if self.transport is not None:
                self.transport.abort()
            return
        self._answer(outcomes, committed=True)
        self._set_reading()
        self._pump()

    def _answer(self, outcomes: list[Outcome], committed: bool) -> None:
        out = bytearray()
        for o in outcomes:
            if o.answer_now:
                out += o.answer_now
            if committed and o.record is not None and o.answer_after_commit:
                out += o.answer_after_commit
        if out and not self.closed and self.transport is not None and not self.transport.is_closing():
            self.transport.write(bytes(out))
        self.messages.expire()


class Receiver:
    def __init__(self, settings: Settings | None = None, sink=None) -> None:
        self.settings = settings or Settings()
        self.registry = Registry(self.settings.registry_ttl)
        self.counters = Counters()
        self.sink = sink  # None: commit to the database; else an object with submit(records) -> Future
        self.committer: Committer | None = None
        self.server: asyncio.AbstractServer | None = None
        self.connections = 0
        self._conns: set[_Connection] = set()

    async def start(self) -> asyncio.AbstractServer:
        loop = asyncio.get_running_loop()
        # The committer threads need the GIL between their database round trips; with the default 5 ms switch
        # interval the event loop's parsing keeps them waiting (measured: transactions twice as long).
        sys.setswitchinterval(0.0005)
        await asyncio.to_thread(self.registry.load)
        if self.sink is None:
            from django.db import connection

            writers = self.settings.writers if connection.vendor == "postgresql" else 1
            self.committer = Committer(loop, self.counters, self.settings.max_batch, writers)
            self.committer.start()
            self.sink = self.committer
        elif hasattr(self.sink, "bind_counters"):
            self.sink.bind_counters(self.counters)
        self.server = await loop.create_server(
            lambda: _Connection(self), self.settings.host, self.settings.port, backlog=4096,
            reuse_port=self.settings.reuse_port or None,
        )
        loop.create_task(self._housekeeping())
        return self.server

    async def _housekeeping(self) -> None:
        while True:
            await asyncio.sleep(1.0 if self.settings.partial_timeout >= 5 else 0.2)
            self._sweep(time.monotonic())
            if self.registry.stale(time.monotonic()):
                try:
                    await asyncio.to_thread(self.registry.load)
                except Exception:
                    log.exception("hj212: registry not reloaded")
            if self.counters.pending and hasattr(self.sink, "flush_counters"):
                self.sink.flush_counters()

    def _sweep(self, now: float) -> None:
        """Close connections silent for ``idle_timeout`` or stuck mid-packet for ``partial_timeout`` seconds (one
        sweep a second instead of a timer per read). Time spent waiting for a commit does not count."""
        s = self.settings
        for c in list(self._conns):
            if c.busy:
                continue
            if now - c.last > s.idle_timeout or (c.partial_since and now - c.partial_since > s.partial_timeout):
                self._conns.discard(c)
                self.counters.add("timeouts")
                c.transport.abort()

    def judge_all(self, items: list, peer: str, messages: Reassembler) -> list[Outcome]:
        """Judge the frames of one read (in order), counting every outcome (locally, then added to the shared
        counters under one lock)."""
        now = datetime.now(UTC)
        counts: Counter = Counter()
        outcomes: list[Outcome] = []
        try:
            for item in items:
                if isinstance(item, Bad):
                    counts["received" if item.reason != "garbage" else "garbage_chunks"] += 1
                    counts[f"rejected_{item.reason}"] += 1
                    continue
                counts["received"] += 1
                outcome = judge(item.raw, self.registry, now, peer)
                packet = outcome.packet
                if packet is not None and packet.split:
                    if outcome.kind == "reject" and packet.data_time is None:
                        hint = messages.data_time_for(packet)  # a later part takes its message's DataTime
                        if hint is not None:
                            outcome = judge(item.raw, self.registry, now, peer, hint)
                    if outcome.kind == "store":
                        messages.add(packet)
                if outcome.kind == "reject":
                    counts[f"rejected_{outcome.reason}"] += 1
                    if outcome.detail == "modbus_crc":
                        counts["modbus_crc_refused"] += 1  # a MODBUS CRC, reported as such (counted under crc)
                elif outcome.packet is not None and outcome.packet.crc_kind == "modbus":
                    counts["modbus_crc_accepted"] += 1
                elif outcome.kind == "quarantine":
                    counts["rejected_unknown_mn"] += 1
                    counts["quarantined"] += 1
                elif outcome.kind == "other":
                    counts["other"] += 1
                outcomes.append(outcome)
        finally:  # what was counted before an unexpected error stays counted, as with one add per outcome
            self.counters.add_many(counts)
        return outcomes


def tune_collector() -> None:
    """For a receiver process (``qingshan hj212 serve``; not for a process that only embeds a Receiver, as tests do).

    Every packet makes a few dozen short-lived containers (its values, fields, records), none in a cycle that
    outlives the packet: with CPython's default threshold (700 allocations) the collector ran every few packets and
    walked the connections' state each time (measured with a null sink: 142 → 105–119 µs a packet; in
    ``bench/hj212_ingest.py`` 3,642 → 5,112 packets/s with one process). The objects of start-up are frozen out of
    the collector's walk; cycles are still collected, less often."""
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


async def serve(settings: Settings, sink=None, ready=None) -> None:
    receiver = Receiver(settings, sink)
    server = await receiver.start()
    addrs = ", ".join(str(sock.getsockname()) for sock in server.sockets)
    log.info("hj212 receiver listening on %s", addrs)
    if ready:
        ready(receiver, server)
    async with server:
        await server.serve_forever()
