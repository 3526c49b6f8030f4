"""CRC of HJ 212-2017 Appendix A, and the MODBUS CRC some devices send instead.

HJ 212-2017 Appendix A (normative) gives the algorithm as C code::

    crc_reg = 0xFFFF;
    for each byte b:  crc_reg = (crc_reg >> 8) ^ b;  8 times: shift right, XOR 0xA001 if the bit shifted out was 1

which is *not* CRC-16/MODBUS (MODBUS XORs the byte into the low byte, ``crc ^= b``, without the ``>> 8`` first).
Because ``(crc_reg >> 8) ^ b`` is always below 256, the register after each byte is a function of that one byte
value: ``crc = T[(crc >> 8) ^ b]`` with T the 256-entry table of eight reflected 0xA001 steps. The table makes the
per-byte loop one lookup (about 40 ns a byte in CPython; a 355-byte packet ≈ 14 µs).

**Faster, by linearity.** The eight steps only shift and XOR a constant chosen by the bit shifted out, so
``T[x ^ y] = T[x] ^ T[y]``: T is linear over GF(2). Between two bytes only the register's high byte ``h`` survives
(the ``>> 8`` drops the low one), and it moves as ``h' = M(h ^ b)`` with ``M(x) = T[x] >> 8``, a linear map on
8-bit vectors (an 8×8 matrix over GF(2)). Unrolled over the first ``m = n − 1`` bytes ``b_0 … b_{m-1}``::

    h_m = M^m(0xFF)  ^  M^m(b_0)  ^  M^(m-1)(b_1)  ^ … ^  M^1(b_{m-1})        crc = T[h_m ^ b_{n-1}]

And M⁸ is the identity (computed from the table when the module loads, and checked there): the power each byte
gets depends only on its distance from the end modulo 8. So, by linearity again, the bytes at the same position
modulo 8 can be XORed together first: read the ``m`` bytes as one big-endian integer, fold it onto 64 bits by XORing
its halves (CPython's big-integer XOR runs in C), and apply to the byte ``s`` of the result (``s = 0`` the lowest, the
bytes at distance ``s, s + 8, …`` from the end, the last byte at distance 0) the power ``M^s`` by a table lookup:
``h_m ^ b_{n-1}`` in seven lookups whatever the length, and one more for T. That is about 3 µs for a 355-byte packet instead of 14 (numpy's per-call cost alone is ~4 µs,
so it is not used); under 32 bytes the plain loop is faster and is kept. ``tests/test_hj212.py`` checks the two
against each other (and the loop against the bit-by-bit C code of Appendix A) on every length up to 2,000.

No maintained library computes this CRC (it is no catalogued CRC-16 variant — crcmod/crcengine/crccheck model the
standard ones), hence these few lines. The check value is pinned by the standard's own example (1C80) in
``tests/test_hj212.py``; MODBUS gives 0759 on the same bytes.

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


def _powers() -> list[tuple[int, ...]]:
    """``[M^0, M^1, …, M^7]`` as 256-entry tables, M(x) = T[x] >> 8; checks that M^8 is the identity."""
    m = [t >> 8 for t in _T]
    powers = [tuple(range(256))]
    for _ in range(8):
        powers.append(tuple(m[x] for x in powers[-1]))
    if powers[8] != powers[0]:
        raise AssertionError("M^8 is not the identity: the folded CRC would be wrong")
    return powers[:8]


_M = _powers()
#: Byte ``s`` of the folded word (``s = 0`` the lowest) collects the bytes at distance s (mod 8) from the end.
_Q1, _Q2, _Q3, _Q4, _Q5, _Q6, _Q7 = _M[1:]
#: The initial high byte 0xFF after m bytes: M^(m mod 8)(0xFF).
_H0 = tuple(p[0xFF] for p in _M)
#: 64·2^k one-bits, to fold an integer of 2^(k+1) 64-bit words onto 2^k words.
_FOLD_MASKS = tuple((1 << (64 << k)) - 1 for k in range(16))
#: Below this length the byte loop is faster than the fold (measured: equal at ~30 bytes).
_LOOP_BELOW = 32


def _crc16_hj212_loop(data: bytes) -> int:
    """The table loop, byte by byte (the reference the folded version is tested against)."""
    crc = 0xFFFF
    t = _T
    for b in data:
        crc = t[(crc >> 8) ^ b]
    return crc


def crc16_hj212(data: bytes) -> int:
    """HJ 212-2017 Appendix A CRC16 of ``data`` (the data segment, between the length and the CRC)."""
    n = len(data)
    if n < _LOOP_BELOW:
        return _crc16_hj212_loop(data)
    x = int.from_bytes(data)  # big-endian: the last byte is the lowest
    k = (((n + 7) >> 3) - 1).bit_length()  # 2^k 64-bit words hold x
    masks = _FOLD_MASKS
    while k:
        k -= 1
        x = (x >> (64 << k)) ^ (x & masks[k])
    # The last byte enters unchanged (M^0) and T is applied to the sum: crc = T[h_m ^ b_(n-1)].
    h = (_H0[(n - 1) & 7] ^ (x & 255) ^ _Q1[(x >> 8) & 255] ^ _Q2[(x >> 16) & 255] ^ _Q3[(x >> 24) & 255]
         ^ _Q4[(x >> 32) & 255] ^ _Q5[(x >> 40) & 255] ^ _Q6[(x >> 48) & 255] ^ _Q7[x >> 56])
    return _T[h]


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
