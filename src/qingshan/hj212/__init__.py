"""HJ 212 — the data-transmission protocol of pollution-source online monitoring (HJ 212-2017, read also
HJ/T 212-2005 packets). Pure Python, no Django: framing (:mod:`.framing`), the standard's CRC (:mod:`.crc`),
packets (:mod:`.packet`), factor codes of Appendix B (:mod:`.codes`), multi-packet messages (:mod:`.reassembly`)
and answers (:mod:`.replies`). The receiver (``qingshan.sources.receiver``) does the I/O and the storage."""

from .crc import crc16_hj212, crc16_modbus
from .errors import Reason, Rejected
from .framing import Bad, Frame, Framer
from .packet import Packet, Value, parse_data, parse_frame
from .reassembly import Reassembler
from .replies import data_answer, execution_result, frame, notice_answer, request_answer, upload

__all__ = [
    "Bad", "Frame", "Framer", "Packet", "Reason", "Reassembler", "Rejected", "Value", "crc16_hj212",
    "crc16_modbus", "data_answer", "execution_result", "frame", "notice_answer", "parse_data", "parse_frame",
    "request_answer", "upload",
]
