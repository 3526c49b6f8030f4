"""One HJ 212 packet: checking a frame (CRC, length) and reading its data segment.

Layout (HJ 212-2017 §6.3.1, Table 2)::

    ##  LLLL  QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…[;PNUM=…;PNO=…];CP=&&…&&  CCCC  \\r\\n
    head len  data segment (LLLL bytes)                                 CRC   tail

Data segment (§6.3.2, Table 3): ``;``-separated header fields, then ``CP=&&…&&``. Inside CP (§6.3.3.1) items are
separated by ``;`` and the sub-values of one factor by ``,``: ``a21026-Rtd=12.3,a21026-ZsRtd=15.1,a21026-Flag=N``.
Flag (Table 3) is a byte ``V5 V4 V3 V2 V1 V0 D A``: version 000001 = HJ 212-2017, 000000 = HJ/T 212-2005; D = the
packet carries PNUM (total packets) and PNO (this packet's number); A = the sender wants an answer.

Tolerances, each taken from a real capture (``tests/test_captures.py``) and recorded in ``Packet.warnings``:
HJ/T 212-2005 packets without QN and Flag; data segments longer than the standard's 1,024 bytes (the four-digit
length field allows them and devices send them); lowercase CRC hex; an empty item before the closing ``&&``; a
misspelt sub-key kept as it is (``LA-td``); a D flag without PNUM/PNO; the header's ``,`` typo of Appendix C
(``QN=…534,ST=32``); a QN of epoch milliseconds instead of YYYYMMDDhhmmsszzz. What is *not* tolerated — a wrong CRC or length, a missing ST/CN/MN/CP, a non-numeric
measured value, an impossible DataTime — is a :class:`~qingshan.hj212.errors.Rejected` with its reason.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from . import codes
from .crc import crc16_hj212, crc16_modbus
from .errors import Reason, Rejected

#: Sub-values of a factor that carry a number (§6.3.3.2.3, Table 4).
NUMERIC_KEYS = frozenset(
    {"Rtd", "Min", "Avg", "Max", "Cou", "ZsRtd", "ZsMin", "ZsAvg", "ZsMax", "Data", "DayData", "NightData", "RS", "RT"}
)
#: Data commands whose CP holds measured values with a DataTime (Table 9).
DATA_COMMANDS = frozenset({"2011", "2021", "2031", "2041", "2051", "2061"})
#: Commands a field device uploads to the platform and that the platform answers with 9014 when Flag.A is set.
UPLOAD_COMMANDS = DATA_COMMANDS | frozenset({"1011", "1061", "1063", "2081", "3015", "3017", "3018", "3019", "3020"})
#: Notification commands (§6.5.3): answered with 9013.
NOTIFY_COMMANDS = frozenset({"1013", "2012", "2022"})
#: Interaction commands (replies): 9011 request answer, 9012 execution result, 9013 notice answer, 9014 data answer.
REPLY_COMMANDS = frozenset({"9011", "9012", "9013", "9014"})
#: HJ 212-2017 §6.3.1: the data segment is at most 1,024 bytes (longer ones are read, with a warning).
MAX_DATA = 1024

_ST = re.compile(r"[0-9A-Z]{2,3}")
_MN = re.compile(r"[0-9A-Za-z_.:\-]{1,64}")


class Value:
    """One factor's sub-values in a packet: ``fields`` maps the sub-key (Rtd, Avg, Flag, ZsRtd, …) to its text,
    ``numbers`` the numeric ones to their value (checked and converted once, while parsing)."""

    __slots__ = ("code", "raw_code", "fields", "numbers")

    def __init__(self, code: str, raw_code: str, fields: dict[str, str] | None = None) -> None:
        self.code = code  # the HJ 212-2017 code (a 2005 code mapped by Appendix B)
        self.raw_code = raw_code  # the code as sent
        self.fields = fields if fields is not None else {}
        self.numbers: dict[str, float] = {}

    def __repr__(self) -> str:
        return f"Value({self.code!r}, {self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Value) and (self.code, self.raw_code, self.fields) == (
            other.code, other.raw_code, other.fields)

    def number(self, key: str) -> float | None:
        return self.numbers.get(key)

    @property
    def flag(self) -> str:
        return self.fields.get("Flag", "")


@dataclass(slots=True)
class Packet:
    data: bytes  # the data segment as received
    st: str
    cn: str
    mn: str
    pw: str = ""
    qn: str = ""
    flag: int | None = None
    pnum: int | None = None
    pno: int | None = None
    cp: dict[str, str] = field(default_factory=dict)  # CP items that are not a factor's (DataTime, QnRtn, …)
    values: dict[str, Value] = field(default_factory=dict)  # by 2017 code, in the order sent
    data_time: datetime | None = None  # DataTime, naive (the device's local time)
    crc_kind: str = "hj212"  # "hj212" or "modbus"
    warnings: list[str] = field(default_factory=list)
    text: str = ""  # the data segment decoded

    @property
    def version(self) -> str:
        """"2017" when Flag's version bits are 000001, else "2005" (also for packets without Flag)."""
        if self.flag is None:
            return "2005"
        return "2017" if (self.flag >> 2) & 0x3F == 1 else "2005"

    @property
    def wants_answer(self) -> bool:
        """Flag bit A: the sender wants an answer."""
        return bool(self.flag is not None and self.flag & 1)

    @property
    def split(self) -> bool:
        """Flag bit D: one packet of several (PNUM/PNO)."""
        return bool(self.flag is not None and self.flag & 2 and self.pnum)

    @property
    def is_upload(self) -> bool:
        return self.cn in UPLOAD_COMMANDS and ("DataTime" in self.cp or bool(self.values))

    @property
    def is_data(self) -> bool:
        return self.cn in DATA_COMMANDS and self.data_time is not None

    @property
    def is_reply(self) -> bool:
        return self.cn in REPLY_COMMANDS


def check_crc(data: bytes, crc_text: bytes) -> str:
    """``"hj212"`` when ``crc_text`` (4 hex digits, either case) is the standard's CRC of ``data``, ``"modbus"`` when
    it is the MODBUS CRC (either byte order), else raises ``Rejected(crc)``."""
    try:
        sent = int(crc_text, 16)
    except ValueError:
        raise Rejected(Reason.CRC, f"CRC field {crc_text!r} is not 4 hex digits") from None
    if len(crc_text) != 4:
        raise Rejected(Reason.CRC, f"CRC field {crc_text!r} is not 4 hex digits")
    if sent == crc16_hj212(data):
        return "hj212"
    modbus = crc16_modbus(data)
    if sent in (modbus, ((modbus & 0xFF) << 8) | (modbus >> 8)):
        return "modbus"
    raise Rejected(Reason.CRC, f"CRC {crc_text.decode('ascii', 'replace')} ≠ {crc16_hj212(data):04X}")


def parse_frame(frame: bytes) -> Packet:
    """Check and read a whole frame ``##LLLL…CCCC\\r\\n`` (the \\r\\n may be missing). Raises :class:`Rejected`."""
    if frame.endswith(b"\r\n"):
        frame = frame[:-2]
    if not frame.startswith(b"##") or len(frame) < 10:
        raise Rejected(Reason.SYNTAX, "not a ##…CRC frame")
    length_field = frame[2:6]
    if not length_field.isdigit():
        raise Rejected(Reason.LENGTH, f"length field {length_field!r} is not 4 digits")
    data, crc_text = frame[6:-4], frame[-4:]
    declared = int(length_field)
    warnings = []
    if declared != len(data):
        # HJ 212 counts "ASCII characters"; a device writing UTF-8 Chinese (an i11001 log) may count characters.
        try:
            chars = len(data.decode("utf-8"))
        except UnicodeDecodeError:
            chars = -1
        if declared != chars:
            raise Rejected(Reason.LENGTH, f"length field {declared} ≠ data segment {len(data)} bytes")
        warnings.append("length_in_characters")
    crc_kind = check_crc(data, crc_text)
    packet = parse_data(data)
    packet.crc_kind = crc_kind
    if len(data) > MAX_DATA:
        warnings.append("oversize")
    if crc_text != crc_text.upper():
        warnings.append("lowercase_crc")
    packet.warnings[:0] = warnings
    return packet


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")  # older devices write Chinese log text in GB2312
        except UnicodeDecodeError:
            raise Rejected(Reason.SYNTAX, "data segment is neither UTF-8 nor GB18030 text") from None


def parse_data(data: bytes) -> Packet:
    """Read a data segment (between the length field and the CRC). Raises :class:`Rejected` (syntax)."""
    text = _decode(data)
    cp_at = text.find("CP=&&")
    if cp_at < 0:
        raise Rejected(Reason.SYNTAX, "no CP=&&")
    if not text.endswith("&&") or len(text) < cp_at + 7:
        raise Rejected(Reason.SYNTAX, "CP does not end with &&")
    head, body = text[:cp_at], text[cp_at + 5 : -2]
    warnings: list[str] = []
    header: dict[str, str] = {}
    if "," in head and ";" in head:
        # Appendix C's own typo (QN=…534,ST=32;…): a comma between header fields.
        warnings.append("comma_in_header")
        head = head.replace(",", ";")
    # Every whitespace character but the space is unprintable: without either, no item needs stripping.
    spaced = " " in head or not head.isprintable()
    for item in head.split(";"):
        if spaced:
            item = item.strip()
        key, eq, value = item.partition("=")
        if eq:
            header[key] = value
        elif item:
            raise Rejected(Reason.SYNTAX, f"header item {item[:20]!r} has no '='")
    st, cn, mn = header.get("ST"), header.get("CN"), header.get("MN")
    if not st or not _ST.fullmatch(st):
        raise Rejected(Reason.SYNTAX, f"ST {st!r}")
    # isdecimal() is exactly the regex's \d (Unicode category Nd) and cheaper than a fullmatch call.
    if not cn or not (len(cn) == 4 and cn.isdecimal()):
        raise Rejected(Reason.SYNTAX, f"CN {cn!r}")
    if not mn or not _MN.fullmatch(mn):
        raise Rejected(Reason.SYNTAX, f"MN {mn!r}")
    qn = header.get("QN", "")
    if qn and not (len(qn) <= 20 and qn.isdecimal()):
        raise Rejected(Reason.SYNTAX, f"QN {qn!r}")
    if qn and len(qn) != 17:
        warnings.append("qn_not_timestamp")  # HJ212Virtual sends epoch milliseconds (13 digits)
    flag = _int_field(header, "Flag", 0, 255)
    pnum = pno = None
    if "PNUM" in header or "PNO" in header:  # most packets have neither
        pnum = _int_field(header, "PNUM", 1, 9999)
        pno = _int_field(header, "PNO", 1, 9999)
    if flag is not None and flag & 2:
        if pnum is None or pno is None:
            warnings.append("d_flag_without_pnum")
        elif pno > pnum:
            raise Rejected(Reason.SYNTAX, f"PNO {pno} > PNUM {pnum}")
    packet = Packet(
        data=data, st=st, cn=cn, mn=mn, pw=header.get("PW", ""), qn=qn, flag=flag, pnum=pnum, pno=pno,
        warnings=warnings, text=text,
    )
    _read_cp(body, packet)
    dt = packet.cp.get("DataTime")
    if dt is not None:
        packet.data_time = parse_time(dt)
    elif cn in DATA_COMMANDS and packet.values and not (pno and pno > 1):
        raise Rejected(Reason.SYNTAX, "data without DataTime")
    return packet


def _int_field(header: dict[str, str], name: str, low: int, high: int) -> int | None:
    text = header.get(name)
    if text is None:
        return None
    if not text.isdigit() or not low <= int(text) <= high:
        raise Rejected(Reason.SYNTAX, f"{name} {text!r}")
    return int(text)


def _number(key: str, value: str) -> float:
    """A measured value (Table 4's numeric sub-keys): a finite number, else ``Rejected(syntax)``."""
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if number - number != 0.0:  # NaN or ±infinity (x − x is 0.0 for every finite x)
        raise Rejected(Reason.SYNTAX, f"{key}={value[:20]!r} is not a number")
    return number


def _check_flag(key: str, value: str) -> None:
    """A data flag (N, F, M, S, D, C, T, B …): at most 4 ASCII letters or digits."""
    if not (len(value) <= 4 and value.isascii() and value.isalnum()):
        raise Rejected(Reason.SYNTAX, f"{key}={value[:20]!r}")


def _read_cp(body: str, packet: Packet) -> None:
    if "//" in body:
        _read_cp_careful(body, packet)
    else:
        _read_cp_plain(body, packet)


def _read_cp_plain(body: str, packet: Packet) -> None:
    """:func:`_read_cp_careful` for a CP without any ``//``, i.e. without log text (almost every packet): no item
    can then hide a ``;`` or ``,`` inside ``//…//``, so the items and their sub-values are the pieces between any
    ``;`` or ``,`` — an empty item gives an empty piece, skipped like an empty item. The same checks, in the same
    order, give the same values, warnings and :class:`Rejected` reasons (``tests/test_hj212.py`` compares the two
    on every captured packet); only the per-piece work is less: one split, a key's split at its last ``-``
    remembered (:data:`_KEYS`), the factor of the previous sub-value reused (a factor's sub-values come together),
    a 2017 code recognised without :func:`codes.to_2017`, no key checked for spaces when the CP has no space.
    (A compiled regex ``findall`` giving (code, sub-key, value) triples was measured slower than these splits.)"""
    values = packet.values
    cp = packet.cp
    numeric = NUMERIC_KEYS
    known = codes.factors()
    keys = _KEYS
    spaced = " " in body
    last: str | None = None  # the code of the previous sub-value
    fields: dict[str, str] = {}
    numbers: dict[str, float] = {}
    aliased = False
    for piece in body.replace(",", ";").split(";"):
        key, eq, value = piece.partition("=")
        if not eq:
            if not piece.strip():
                continue
            raise Rejected(Reason.SYNTAX, f"CP item {piece[:20]!r} has no '='")
        if spaced and (key[:1] == " " or key[-1:] == " "):
            key = key.strip()
        split = keys.get(key)
        if split is None:
            split = key.rpartition("-")
            if len(keys) < _KEYS_MAX and len(key) <= 40:
                keys[key] = split
        code, dash, sub = split
        if not dash:
            cp[key] = value
            continue
        if code != last or not sub:
            if not code or not sub:
                raise Rejected(Reason.SYNTAX, f"CP key {key!r}")
            entry = values.get(code)
            if entry is None:
                if code in known:  # a 2017 code: to_2017 gives it back, no warning
                    entry = values[code] = Value(code, code)
                else:
                    entry = _new_value(code, packet)
                    aliased = True
            fields = entry.fields
            numbers = entry.numbers
            last = code
        if sub in numeric:
            numbers[sub] = _number(key, value)
        elif sub == "Flag" and value and value not in _PLAIN_FLAGS:
            _check_flag(key, value)
        fields[sub] = value
    if aliased:
        _drop_aliases(values)


#: CP keys seen, split at their last "-" (``a21026-Rtd`` → ``("a21026", "-", "Rtd")``): devices send the same few
#: dozen keys in every packet. Bounded (count and key length), so that a sender of ever new keys cannot grow it.
_KEYS: dict[str, tuple[str, str, str]] = {}
_KEYS_MAX = 4096
#: Common data flags (HJ 212-2017 §6.3.3.2 N, F, M, S, D, C, T, B …): they pass the ``Flag`` check (at most 4 ASCII
#: letters or digits) anyway; a set lookup is cheaper than the check.
_PLAIN_FLAGS = frozenset({"N", "F", "M", "S", "D", "C", "T", "B", "P", "H", "L", "E", "Md"})


def _new_value(code: str, packet: Packet) -> Value:
    """The entry for a code not seen yet in this packet: its 2017 code by Appendix B (with a warning when it was a
    2005 code, or a numeric code Appendix B lacks); also entered under the sent code until :func:`_drop_aliases`."""
    values = packet.values
    mapped = codes.to_2017(code, packet.st)
    if mapped is None:
        mapped = code
        if code.isdigit() and "unmapped_code" not in packet.warnings:
            packet.warnings.append("unmapped_code")  # a 2005-style numeric code Appendix B lacks
    elif mapped != code and "mapped_2005_code" not in packet.warnings:
        packet.warnings.append("mapped_2005_code")
    entry = values.get(mapped)
    if entry is None:
        entry = values[mapped] = Value(mapped, code)
    if mapped != code:
        values[code] = entry  # looked up by the sent code below; removed at the end
    return entry


def _drop_aliases(values: dict[str, Value]) -> None:
    for code in [c for c, v in values.items() if v.code != c]:
        del values[code]


def _read_cp_careful(body: str, packet: Packet) -> None:
    """The CP items one by one, a log text ``//…//`` possibly holding ``;`` or ``,``."""
    values = packet.values
    pending = ""
    numeric = NUMERIC_KEYS
    for item in body.split(";"):
        if not item:
            continue
        for piece in item.split(","):
            if pending:
                piece = pending + piece
                pending = ""
            key, eq, value = piece.partition("=")
            if not eq:
                if not piece.strip():
                    continue
                raise Rejected(Reason.SYNTAX, f"CP item {piece[:20]!r} has no '='")
            if key[:1] == " " or key[-1:] == " ":
                key = key.strip()
            if value[:2] == "//" and not (len(value) >= 4 and value[-2:] == "//"):
                # A log text (xxxxxx-Info=//…//) may itself contain ';' or ','.
                pending = piece + ";"
                continue
            code, dash, sub = key.rpartition("-")
            if not dash:
                packet.cp[key] = value
                continue
            if not code or not sub:
                raise Rejected(Reason.SYNTAX, f"CP key {key!r}")
            entry = values.get(code)
            if entry is None:
                entry = _new_value(code, packet)
            if sub in numeric:
                entry.numbers[sub] = _number(key, value)
            elif sub == "Flag" and value:
                _check_flag(key, value)
            entry.fields[sub] = value
    if pending:
        raise Rejected(Reason.SYNTAX, "unterminated //…// text")
    _drop_aliases(values)


@lru_cache(maxsize=512)
def parse_time(text: str) -> datetime:
    """A 14-digit YYYYMMDDhhmmss time (DataTime, SystemTime …). Raises ``Rejected(syntax)``. Cached: the devices of
    one platform report the same minutes and hours (building a datetime from the text costs more than reading a
    whole factor); datetimes are immutable, and a rejected text is not cached."""
    if len(text) != 14 or not text.isdigit():
        raise Rejected(Reason.SYNTAX, f"time {text!r} is not YYYYMMDDhhmmss")
    try:
        return datetime(
            int(text[:4]), int(text[4:6]), int(text[6:8]), int(text[8:10]), int(text[10:12]), int(text[12:14])
        )
    except ValueError:
        raise Rejected(Reason.SYNTAX, f"time {text!r} is not a date") from None
