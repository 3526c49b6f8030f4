"""Building packets: the platform's answers (HJ 212-2017 §6.5, Appendix C) and, for simulators and tests, the
uploads a device sends.

Who answers what (Table 9, Appendix C):

- a data upload (2011, 2051, 2061, 2031, 2041, 2081, 3020 …) whose Flag has bit A set gets a **9014 data answer**
  from the platform (C.14–C.19, C.24): ``QN`` of the upload, ``ST=91``, ``Flag=4``, ``CP=&&&&``;
- a notification (1013 time-calibration request) gets a **9013 notice answer** (C.4);
- a request gets a **9011 request answer** (``QnRtn``, Table 7: 1 ready, 2 refused, 3 PW wrong, 4 MN wrong, …) and,
  after execution, a **9012 execution result** (``ExeRtn``, Table 6). Requests go from the platform to the field
  device, so a device (the simulator) builds these; the platform answers a request sent *to* it with 9011 and the
  Table 7 code that applies (it executes no device commands);
- a packet with a CRC error gets nothing (§6.3.1: 如果 CRC 错误，执行结束).

The answer keeps the request's QN, PW and MN, and the version bits of its Flag (an HJ/T 212-2005 device gets
Flag=0, a 2017 one Flag=4, as in every Appendix C answer).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from .crc import crc16_hj212, modbus_hex
from .packet import Packet

SYSTEM_INTERACTION = "91"  # Table 5: 系统交互


def frame(data: str | bytes, *, crc: str = "hj212", lowercase: bool = False) -> bytes:
    """Wrap a data segment into ``##LLLL…CCCC\\r\\n``. ``crc="modbus"`` writes the MODBUS CRC (low byte first) as
    the non-conforming devices of the captures do."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if crc == "modbus":
        check = modbus_hex(raw).encode("ascii")
        if lowercase:
            check = check.lower()
        return b"##%04d%s%s\r\n" % (len(raw), raw, check)
    return (b"##%04d%s%04x\r\n" if lowercase else b"##%04d%s%04X\r\n") % (len(raw), raw, crc16_hj212(raw))


def _answer(packet: Packet, cn: str, cp: str) -> bytes:
    flag = packet.flag
    version_bits = 4 if flag is not None and (flag >> 2) & 0x3F == 1 else 0  # Packet.version == "2017"
    qn = f"QN={packet.qn};" if packet.qn else ""
    raw = f"{qn}ST={SYSTEM_INTERACTION};CN={cn};PW={packet.pw};MN={packet.mn};Flag={version_bits};CP=&&{cp}&&".encode()
    return b"##%04d%s%04X\r\n" % (len(raw), raw, crc16_hj212(raw))  # frame(raw), one call less a packet


def data_answer(packet: Packet) -> bytes:
    """9014 数据应答 (C.14)."""
    return _answer(packet, "9014", "")


def notice_answer(packet: Packet) -> bytes:
    """9013 通知应答 (C.4, C.11)."""
    return _answer(packet, "9013", "")


def request_answer(packet: Packet, qn_rtn: int = 1) -> bytes:
    """9011 请求应答 with QnRtn (Table 7)."""
    return _answer(packet, "9011", f"QnRtn={qn_rtn}")


def execution_result(packet: Packet, exe_rtn: int = 1) -> bytes:
    """9012 执行结果 with ExeRtn (Table 6)."""
    return _answer(packet, "9012", f"ExeRtn={exe_rtn}")


class QnRtn:
    """Table 7 请求命令返回表."""

    READY = 1
    REFUSED = 2
    PW_WRONG = 3
    MN_WRONG = 4
    ST_WRONG = 5
    FLAG_WRONG = 6
    QN_WRONG = 7
    CN_WRONG = 8
    CRC_WRONG = 9
    UNKNOWN = 100


def qn_at(moment: datetime) -> str:
    """QN=YYYYMMDDhhmmsszzz (§6.3.2)."""
    return moment.strftime("%Y%m%d%H%M%S") + f"{moment.microsecond // 1000:03d}"


def upload(
    *,
    mn: str,
    pw: str,
    cn: str,
    data_time: datetime,
    values: Iterable[tuple[str, dict[str, object]]],
    st: str = "32",
    qn: str | None = None,
    flag: int = 5,
    pnum: int | None = None,
    pno: int | None = None,
    version: str = "2017",
) -> str:
    """The data segment of a device's data upload (C.14, C.16–C.18): ``values`` are (code, {sub-key: value}).
    ``version="2005"`` writes an HJ/T 212-2005 packet: no QN, no Flag."""
    items = []
    for code, subs in values:
        items.append(",".join(f"{code}-{k}={_fmt(v)}" for k, v in subs.items()))
    cp = ";".join([f"DataTime={data_time:%Y%m%d%H%M%S}", *items])
    if version == "2005":
        head = [f"ST={st}", f"CN={cn}", f"PW={pw}", f"MN={mn}"]
    else:
        head = [f"QN={qn or qn_at(datetime.now())}", f"ST={st}", f"CN={cn}", f"PW={pw}", f"MN={mn}", f"Flag={flag}"]
        if pnum is not None:
            head += [f"PNUM={pnum}", f"PNO={pno}"]
    return ";".join(head) + f";CP=&&{cp}&&"


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value == value else "0"
    return str(value)
