"""CRC of HJ 212-2017 Appendix A, and the MODBUS CRC some devices send instead.

HJ 212-2017 Appendix A (normative) gives the algorithm as C code::

    crc_reg = 0xFFFF;
    for each byte b:  crc_reg = (crc_reg >> 8) ^ b;  8 times: shift right, XOR 0xA001 if the bit shifted out was 1

which is *not* CRC-16/MODBUS (MODBUS XORs the byte into the low byte, ``crc ^= b``, without the ``>> 8`` first).
Because ``(crc_reg >> 8) ^ b`` is always below 256, the register after each byte is a function of that one byte
value: ``crc = T[(crc >> 8) ^ b]`` with T the 256-entry table of eight reflected 0xA001 steps. The table makes the
per-byte loop one lookup (about 40 ns a byte in CPython; a 300-byte packet ≈ 12 µs).

No maintained library computes this CRC (it is no catalogued CRC-16 variant — crcmod/crcengine/crccheck model the
standard ones), hence these few lines. The check value is pinned by the standard's own example (1C80) in
``tests/test_crc.py``; MODBUS gives 0759 on the same bytes.

The CRC is written as 4 hexadecimal digits, high byte first (Appendix A: 校验码按照先高字节后低字节的顺序存放).
Devices that send MODBUS CRC in the captures write it low byte first (``modbus_hex``).
"""

from __future__ import annotations


def _step_table() -> tuple[int, ...]:
    table = []
    for value in range(256):
        crc = value
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_T = _step_table()


def crc16_hj212(data: bytes) -> int:
    """HJ 212-2017 Appendix A CRC16 of ``data`` (the data segment, between the length and the CRC)."""
    crc = 0xFFFF
    t = _T
    for b in data:
        crc = t[(crc >> 8) ^ b]
    return crc


def crc16_modbus(data: bytes) -> int:
    """CRC-16/MODBUS (init 0xFFFF, reflected polynomial 0xA001), for devices that send it instead."""
    crc = 0xFFFF
    t = _T
    for b in data:
        crc = (crc >> 8) ^ t[(crc ^ b) & 0xFF]
    return crc


def hj212_hex(data: bytes) -> str:
    """The CRC as the standard writes it: 4 uppercase hex digits, high byte first."""
    return f"{crc16_hj212(data):04X}"


def modbus_hex(data: bytes) -> str:
    """MODBUS CRC as the captured devices write it: low byte first (MODBUS RTU's byte order on the wire)."""
    crc = crc16_modbus(data)
    return f"{crc & 0xFF:02X}{crc >> 8:02X}"
