"""HJ 212 pure package: the standard's CRC example, every captured packet, framing, multi-packet messages and the
answers of Appendix C."""

from __future__ import annotations

import gzip
import random
import re
from datetime import datetime
from pathlib import Path

import pytest

from qingshan.hj212 import Bad, Frame, Framer, Reason, Reassembler, Rejected, parse_frame, replies
from qingshan.hj212.codes import lookup, to_2017
from qingshan.hj212.crc import crc16_hj212, crc16_modbus, hj212_hex, modbus_hex

CAPTURES = Path(__file__).with_name("captures")
EXAMPLE_DATA = b"QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&"
EXAMPLE = b"##0101" + EXAMPLE_DATA + b"1C80\r\n"


def test_crc_matches_the_standards_example():
    """Appendix A's example: 1C80 over the data segment; MODBUS would give 0759."""
    assert len(EXAMPLE_DATA) == 101
    assert hj212_hex(EXAMPLE_DATA) == "1C80"
    assert crc16_modbus(EXAMPLE_DATA) == 0x0759
    p = parse_frame(EXAMPLE)
    assert (p.qn, p.st, p.cn, p.pw, p.mn, p.flag) == (
        "20160801085857223", "32", "1062", "100000", "010000A8900016F000169DC0", 5,
    )
    assert p.cp == {"RtdInterval": "30"} and p.version == "2017" and p.wants_answer and not p.split


def test_lowercase_crc_is_accepted():
    p = parse_frame(EXAMPLE.replace(b"1C80", b"1c80"))
    assert p.crc_kind == "hj212" and "lowercase_crc" in p.warnings


def test_modbus_crc_is_recognised_and_reported():
    frame = b"##0101" + EXAMPLE_DATA + modbus_hex(EXAMPLE_DATA).encode() + b"\r\n"
    assert parse_frame(frame).crc_kind == "modbus"


def _tsv_rows():
    with gzip.open(CAPTURES / "hj212_packets.tsv.gz", "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"), strict=True)) for line in f]


ROWS = _tsv_rows()


def test_every_valid_captured_packet_parses_and_every_invalid_one_is_rejected_with_its_reason():
    valid = invalid = modbus = 0
    for row in ROWS:
        frame = row["packet"].encode("utf-8") + b"\r\n"
        if row["len_field_ok"] == "1" and row["crc_hj212_ok"] == "1":
            p = parse_frame(frame)
            assert p.crc_kind == "hj212"
            assert p.mn and p.cn and p.st
            valid += 1
        elif row["len_field_ok"] == "1" and row["crc_modbus_ok"] == "1":
            assert parse_frame(frame).crc_kind == "modbus"
            modbus += 1
        else:
            with pytest.raises(Rejected) as err:
                parse_frame(frame)
            assert err.value.code == (Reason.LENGTH if row["len_field_ok"] == "0" else Reason.CRC)
            invalid += 1
    assert (valid, modbus, invalid) == (12228, 3, 2)


def test_captured_values_are_read():
    """skylakezf's minute data (2051), gj0312's 2005-style air station, tonyxia's 2005 water codes."""
    by_repo = {}
    for row in ROWS:
        by_repo.setdefault(row["repo"], []).append(row["packet"])
    minute = next(p for p in by_repo["skylakezf/HJ212_Server"] if ";CN=2051;" in p and "MN=Abc;" in p)
    p = parse_frame(minute.encode() + b"\r\n")
    v = p.values["a00000"]
    assert p.data_time is not None and v.number("Avg") == 0.0 and v.flag == "D" and "Cou" in v.fields
    air = parse_frame(by_repo["gj0312/GB212ReceiverApp"][0].encode() + b"\r\n")
    assert air.version == "2005" and air.flag is None and air.qn == ""
    assert air.values["a21026"].number("Rtd") == 1.119 and air.data_time == datetime(2021, 1, 7, 14, 0)
    typo = parse_frame(next(p for p in by_repo["teafull/hjt212"] if "LA-td" in p).encode() + b"\r\n")
    assert typo.values["LA"].fields["td"] == "50.1"  # a misspelt sub-key is kept, not fatal


def test_2005_codes_map_to_2017_by_appendix_b():
    assert to_2017("011") == "w01018" and to_2017("060") == "w21003" and to_2017("B01") == "w00000"
    assert to_2017("02", "31") == "a21026" and to_2017("03") == "a21002" and to_2017("S01") == "a19001"
    assert to_2017("B02") == "a00000" and to_2017("w01018") == "w01018" and to_2017("zz") is None
    assert lookup("化学需氧量").code == "w01018" and lookup("二氧化硫").code == "a21026"
    data = "ST=32;CN=2011;PW=123456;MN=A1;CP=&&DataTime=20200101000000;011-Rtd=12.5,011-Flag=N;060-Rtd=1.2&&"
    p = parse_frame(replies.frame(data))
    assert set(p.values) == {"w01018", "w21003"} and p.values["w01018"].raw_code == "011"


def _rx_log_reads() -> list[bytes]:
    """Each logged TCP read of tonyxia2016's rx.log, as the receiver got it. The log file was written in Windows
    text mode (every \\n became \\r\\n, so the frames' \\r\\n reads \\r\\r\\n) and the logger added \\r\\n after a
    read that did not end in \\n."""
    raw = gzip.decompress((CAPTURES / "tonyxia2016_rx.log.gz").read_bytes()).replace(b"\r\r\n", b"\r\n")
    stamps = list(re.finditer(rb"\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\]\r\n", raw))
    reads = []
    for a, b in zip(stamps, [*stamps[1:], None], strict=True):
        body = raw[a.end() : b.start() if b else len(raw)]
        reads.append(body if body.endswith(b"&&" + body[-6:-2] + b"\r\n") else body.removesuffix(b"\r\n"))
    return reads


def test_rx_log_replayed_read_by_read():
    """Feed every read of the log in order: every whole packet comes out, the MODBUS-TCP polls on the same port and
    the reads holding only part of a packet (its '##' head lost) are set aside as garbage, and nothing stops the
    framer."""
    framer = Framer()
    frames, bad = [], []
    for read in _rx_log_reads():
        for item in framer.feed(read):
            (frames if isinstance(item, Frame) else bad).append(item)
    packets = [parse_frame(f.raw) for f in frames]
    assert len(packets) == 50  # the capture set counted 50 occurrences of 6 unique packets in this log
    assert {p.crc_kind for p in packets} == {"hj212", "modbus"}
    assert len({p.data for p in packets}) == 6
    assert all(b.reason == Reason.GARBAGE for b in bad)
    fragments = [b for b in bad if b.raw.startswith(b"1623QN=")]
    assert len(fragments) == 3


def test_split_packet_of_rx_log_is_reassembled():
    """The log's 16:06:37 read ends after '816-Max=' in the middle of the 1,623-byte minute packet: the same packet,
    cut at that point into two reads (and into many reads), comes out whole, once."""
    reads = _rx_log_reads()
    whole = next(r for r in reads if r.startswith(b"##1623QN="))
    cut = next(r for r in reads if r.startswith(b"1623QN=") and r.endswith(b"816-Max="))
    boundary = len(cut) + 2  # + the lost '##'
    assert whole[2:boundary] == cut
    framer = Framer()
    assert framer.feed(whole[:boundary]) == [] and framer.pending == boundary
    out = framer.feed(whole[boundary:])
    assert out == [Frame(whole)]
    p = parse_frame(out[0].raw)
    assert p.cn == "2051" and p.crc_kind == "modbus" and "oversize" in p.warnings and len(p.values) > 30
    rnd = random.Random(212)
    framer, got, pos = Framer(), [], 0
    while pos < len(whole):
        step = rnd.randint(1, 97)
        got += framer.feed(whole[pos : pos + step])
        pos += step
    assert got == [Frame(whole)]


def test_stream_of_all_captures_in_random_reads_gives_back_every_packet():
    """Several packets in one read and packets across reads: the whole capture set as one stream cut at random."""
    stream = b"".join(r["packet"].encode("utf-8") + b"\r\n" for r in ROWS)
    rnd = random.Random(17)
    framer, frames, bad, pos = Framer(), [], [], 0
    while pos < len(stream):
        step = rnd.choice([1, 7, 64, 500, 4096, 20000])
        for item in framer.feed(stream[pos : pos + step]):
            (frames if isinstance(item, Frame) else bad).append(item)
        pos += step
    assert len(frames) == len(ROWS) - 2 and [b.reason for b in bad] == [Reason.LENGTH, Reason.LENGTH]
    assert framer.pending == 0


def test_malformed_frames_are_rejected_with_their_reason():
    good = replies.frame("QN=20240101000000000;ST=31;CN=2011;PW=1;MN=M1;Flag=5;CP=&&DataTime=20240101000000;"
                         "a21026-Rtd=12.5,a21026-Flag=N&&")
    assert parse_frame(good).values["a21026"].number("Rtd") == 12.5
    cases = {
        Reason.CRC: good[:-6] + b"0000\r\n",
        Reason.LENGTH: b"##9999" + good[6:],
        Reason.SYNTAX: replies.frame("QN=1;ST=31;CN=2011;PW=1;MN=M1;Flag=5;&&"),
    }
    for reason, frame in cases.items():
        with pytest.raises(Rejected) as err:
            parse_frame(frame)
        assert err.value.code == reason
    for data in [
        "ST=31;CN=2011;PW=1;Flag=5;CP=&&DataTime=20240101000000&&",  # no MN
        "ST=31;CN=20x1;PW=1;MN=M;CP=&&&&",  # CN not 4 digits
        "ST=31;CN=2011;PW=1;MN=M;CP=&&DataTime=20241301000000;a21026-Rtd=1&&",  # month 13
        "ST=31;CN=2011;PW=1;MN=M;CP=&&DataTime=20240101000000;a21026-Rtd=abc&&",  # not a number
        "ST=31;CN=2011;PW=1;MN=M;CP=&&a21026-Rtd=1.0&&",  # data without DataTime
        "ST=31;CN=2011;PW=1;MN=M;Flag=x;CP=&&&&",
        "ST=31;CN=2011;PW=1;MN=M;CP=&&DataTime=20240101000000;a21026-Rtd=nan&&",
    ]:
        with pytest.raises(Rejected) as err:
            parse_frame(replies.frame(data))
        assert err.value.code == Reason.SYNTAX, data


def test_framer_resynchronises_after_a_lying_length_and_garbage():
    a = replies.frame("ST=32;CN=2011;PW=1;MN=A;CP=&&DataTime=20240101000000;w01018-Rtd=1&&")
    b = replies.frame("ST=32;CN=2011;PW=1;MN=B;CP=&&DataTime=20240101000000;w01018-Rtd=2&&")
    liar_short = b"##0010" + a[6:]
    liar_long = b"##0900" + a[6:]
    truncated = a[:40]
    out = Framer().feed(b"\x00\x01garbage" + liar_short + b + liar_long + b + truncated + b + b"\r\n")
    kinds = [(type(x).__name__, getattr(x, "reason", None)) for x in out]
    assert kinds == [
        ("Bad", Reason.GARBAGE), ("Bad", Reason.LENGTH), ("Frame", None), ("Bad", Reason.LENGTH), ("Frame", None),
        ("Bad", Reason.LENGTH), ("Frame", None),
    ]
    assert all(parse_frame(x.raw).mn == "B" for x in out if isinstance(x, Frame))


def test_multi_packet_message_is_reassembled():
    """Appendix C.50: two packets, Flag=7 (2017, D, A), PNUM=2, own QNs, the same DataTime."""
    t = datetime(2016, 8, 1, 8, 0)
    part = dict(mn="010000A8900016F000169DC0", pw="123456", cn="2061", st="32", data_time=t, flag=7, pnum=2)
    p1 = parse_frame(replies.frame(replies.upload(
        qn="20160801085857534", pno=1, values=[("w00000", {"Cou": 63.0, "Avg": 17.5, "Flag": "N"})], **part)))
    p2 = parse_frame(replies.frame(replies.upload(
        qn="20160801085857535", pno=2, values=[("w01018", {"Avg": 40.1, "Flag": "N"})], **part)))
    assert p1.split and p1.wants_answer and (p1.pnum, p1.pno) == (2, 1)
    r = Reassembler()
    assert r.add(p2) is None and r.open_messages == 1
    whole = r.add(p1)
    assert whole is not None and list(whole.values) == ["w00000", "w01018"] and r.open_messages == 0
    assert whole.data_time == t and whole.values["w01018"].number("Avg") == 40.1
    # Each part is answered by its own QN (C.50).
    assert b"QN=20160801085857535;ST=91;CN=9014" in replies.data_answer(p2)


def test_answers_are_those_of_appendix_c():
    up = parse_frame(replies.frame(
        "QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;"
        "CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N&&"
    ))
    answer = replies.data_answer(up)
    expected = b"QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&"
    assert answer == b"##%04d" % len(expected) + expected + hj212_hex(expected).encode() + b"\r\n"
    assert parse_frame(answer).cn == "9014"
    req = parse_frame(EXAMPLE)  # C.6 设置实时数据间隔 request
    assert replies.request_answer(req)[6:-6].endswith(b"CN=9011;PW=100000;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&")
    assert replies.execution_result(req)[6:-6].endswith(b"CN=9012;PW=100000;MN=010000A8900016F000169DC0;Flag=4;CP=&&ExeRtn=1&&")
    assert b"CN=9013" in replies.notice_answer(req)
    old = parse_frame(replies.frame("ST=32;CN=2011;PW=1;MN=M;CP=&&DataTime=20200101000000;011-Rtd=1&&"))
    assert old.version == "2005" and not old.wants_answer
    assert b";Flag=0;" in replies.data_answer(old)


def test_the_pure_package_imports_no_django():
    import subprocess
    import sys

    code = "import sys, qingshan.hj212, qingshan.hj212.framing; assert 'django' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_crc_table_equals_the_bitwise_algorithm_of_appendix_a():
    def appendix_a(data: bytes) -> int:
        crc = 0xFFFF
        for b in data:
            crc = (crc >> 8) ^ b
            for _ in range(8):
                check = crc & 1
                crc >>= 1
                if check:
                    crc ^= 0xA001
        return crc

    rnd = random.Random(1)
    for _ in range(200):
        data = bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 300)))
        assert crc16_hj212(data) == appendix_a(data)


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 13])
def test_tiny_reads(chunk):
    stream = EXAMPLE * 3
    framer, out = Framer(), []
    for i in range(0, len(stream), chunk):
        out += framer.feed(stream[i : i + chunk])
    assert out == [Frame(EXAMPLE)] * 3


def test_bad_is_a_dataclass_with_reason():
    assert Bad(b"x", Reason.GARBAGE).reason == "garbage"


def test_folded_crc_equals_the_table_loop_on_every_length():
    """crc.py's folded CRC (M⁸ = I) against the byte loop: every length 0…2,000, a few long ones up to the largest
    data segment the length field allows, and every captured packet."""
    from qingshan.hj212.crc import _crc16_hj212_loop

    rnd = random.Random(212)
    for n in [*range(2001), 4095, 4096, 4097, 8192, 9999]:
        data = rnd.randbytes(n)
        assert crc16_hj212(data) == _crc16_hj212_loop(data), n
    for row in ROWS:
        data = row["packet"].encode("utf-8")[6:-4]
        assert crc16_hj212(data) == _crc16_hj212_loop(data)


def _cp_outcome(read, body: str, st: str = "31"):
    from qingshan.hj212.packet import Packet

    packet = Packet(data=b"", st=st, cn="2011", mn="M")
    try:
        read(body, packet)
    except Rejected as exc:
        return ("rejected", exc.code, exc.detail)
    return (packet.cp, packet.warnings, [(c, v.code, v.raw_code, v.fields, v.numbers) for c, v in packet.values.items()])


CP_EDGE_CASES = [
    "", ";", ";;", "DataTime=20240101000000;", "a21026-Rtd=1,,a21026-Flag=N;;", " a21026-Rtd =1", "a21026-Rtd=1; ",
    "a21026-Rtd=x", "a21026-Rtd=nan", "a21026-Rtd=inf", "a21026-Rtd= 1_0 ", "a21026-Rtd=", "a21026-Flag=Nope!",
    "a21026-Flag=", "a21026-Flag=Md", "-Rtd=1", "a21026-=1", "a21026-Rtd=1,-Rtd=2", "a21026-Rtd=1,a21026-=2",
    "a21026-Rtd=1,junk", "a21026-Rtd=1, ", "02-Rtd=1,02-Flag=N;a21026-Rtd=2", "a21026-Rtd=2;02-Rtd=1",
    "999-Rtd=1;999-Flag=N", "LA-td=50.1", "a-b-Rtd=1", "x=1=2;y==", "=5", "a21026-Rtd=1;a21026-Rtd=2",
    "a21026-Rtd=1\t,a21026-Flag=N", "中文-Rtd=1", "a21026-Rtd=-1.5e3,a21026-ZsRtd=+2",
]


@pytest.mark.parametrize("st", ["31", "32", "22"])
def test_plain_cp_reader_equals_the_careful_one(st):
    """The CP reader for a CP without ``//`` gives what the careful reader gives — values, numbers, warnings, the
    other CP items, or the same rejection — on every captured packet and on edge cases."""
    from qingshan.hj212.packet import _read_cp_careful, _read_cp_plain

    bodies = []
    for row in ROWS:
        text = row["packet"][6:-4]
        at = text.find("CP=&&")
        if at >= 0 and text.endswith("&&"):
            bodies.append(text[at + 5 : -2])
    bodies = [b for b in bodies if "//" not in b]
    assert len(bodies) > 12000
    for body in [*bodies, *CP_EDGE_CASES]:
        assert _cp_outcome(_read_cp_plain, body, st) == _cp_outcome(_read_cp_careful, body, st), body
