"""Why a packet was refused: one code per reason, carried by :class:`Rejected` (no Django here; the platform maps
the code to a translated message)."""

from __future__ import annotations

import enum


class Reason(enum.StrEnum):
    CRC = "crc"  # the CRC is neither the standard's nor (for devices allowed it) MODBUS
    LENGTH = "length"  # the length field does not match the data segment (or is not 4 digits)
    SYNTAX = "syntax"  # the data segment is not QN=…;ST=…;CN=…;…;CP=&&…&& with valid fields and values
    UNKNOWN_MN = "unknown_mn"  # no registered device has this MN (the packet is quarantined)
    PASSWORD = "password"  # PW differs from the registered device's password
    MODBUS_CRC = "modbus_crc"  # a MODBUS CRC from a device not allowed to send one (counted under crc)
    GARBAGE = "garbage"  # bytes outside any ##…\r\n frame (noise, other protocols on the port)


class Rejected(ValueError):
    """A frame that is not an acceptable packet. ``code`` is a :class:`Reason`; ``detail`` says what was wrong."""

    def __init__(self, code: Reason, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
