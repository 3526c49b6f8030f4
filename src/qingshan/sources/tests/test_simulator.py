"""``qingshan hj212 simulate``'s devices: they reconnect and send unanswered packets again when the receiver dies,
and date no packet in the future (a listener of our own stands in for the receiver, killed and restarted)."""

from __future__ import annotations

import asyncio
import socket
from datetime import datetime

from qingshan.hj212 import parse_frame
from qingshan.sources.simulator import fictitious_devices, simulate


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_devices_reconnect_resend_and_never_run_ahead_of_the_clock():
    port = _free_port()
    times: list[datetime] = []
    seen: list[int] = [0]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while line := await reader.readuntil(b"\r\n"):
                seen[0] += 1
                if seen[0] == 3:
                    writer.transport.abort()  # dies before answering the third packet
                    return
                times.append(parse_frame(line).data_time)
                writer.write(b"##0000ok\r\n")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass

    async def run():
        server = await asyncio.start_server(handle, "127.0.0.1", port)
        devices = fictitious_devices(1)
        for d in devices:
            d.registered = True
        started = datetime.now()
        stats = await simulate(devices, "127.0.0.1", port, rate=10, duration=1.5)
        server.close()
        return stats, started

    stats, started = asyncio.run(run())
    assert stats.resent >= 1 and stats.errors >= 1  # the unanswered packet went again over a new connection
    assert stats.answered == len(times) and stats.answered >= 5
    assert max(times) <= datetime.now()  # the simulated clock ends at the present
    assert len(set(times)) == len(times)  # the packet the listener died on was recorded once, when resent
    assert min(times) < started  # a day of data in minutes, ending now: the first packets are in the past
