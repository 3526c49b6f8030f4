"""Unit names: splitting a responsibility list into units and matching each to the organisation registry.

The registry is plain data (``qingshan/orgs/data/registry.json`` by default, or any list of names with aliases
handed in by the platform), so the reader stays free of Django.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .model import UnitRef

REGISTRY_FILE = Path(__file__).resolve().parents[1] / "orgs" / "data" / "registry.json"
# Endings of unit names, used to cut names that are run together when the registry does not know them.
SUFFIX = re.compile(
    r".+?(?:管委会|委员会|人民政府|政府|分局|分行|支行|公司|集团|中心|办公室|领导小组成员单位|局|委|办|部|院|会|所|站|队|企业|单位)"
    r"(?=$|[\u4e00-\u9fff])"
)
_DROP_TAIL = re.compile(r"(按职责落实|负责本辖区工作落实|负责落实|分别牵头|牵头|配合|等部门|等单位|等)$")
_BRACKETS = {"(": ")", "〔": "〕", "[": "]", "【": "】"}


@dataclass
class Registry:
    """Known unit names of one area: every name, short name and alias → canonical name."""

    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, path: Path = REGISTRY_FILE, city: str | None = None) -> Registry:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        reg = cls()
        for spec in data["cities"]:
            cname = spec["city"][0]
            if city and city not in (cname, spec["city"][2]):
                continue
            for county, _code in spec["counties"]:
                reg.add(f"{county}人民政府", [f"{county}政府", county])
            for zone in spec["zones"]:
                reg.add(f"{zone}管委会", [])
            if spec["counties"]:
                reg.add(
                    f"{cname}各县(区)人民政府",
                    [
                        spec.get("county_government_alias", ""),
                        "各县(区)政府",
                        "各县区人民政府",
                        "各县(区)人民政府",
                        "各县(市、区)政府",
                        "各县〔市、区〕政府〔管委会〕",
                        "各县(市、区)人民政府",
                    ],
                )
            for name, short, _kind, aliases in spec["units"]:
                reg.add(name, [short, *aliases])
        return reg

    @classmethod
    def from_names(cls, entries: list[tuple[str, list[str]]]) -> Registry:
        reg = cls()
        for name, aliases in entries:
            reg.add(name, aliases)
        return reg

    def add(self, canonical: str, aliases: list[str]) -> None:
        for n in [canonical, *aliases]:
            if n:
                self.names.setdefault(n, canonical)

    def canonical(self, raw: str) -> str | None:
        """Exact name, else with 〔〕 read as (), else without a trailing bracketed note (…政府〔管委会〕)."""
        if raw in self.names:
            return self.names[raw]
        alt = raw.replace("〔", "(").replace("〕", ")")
        if alt in self.names:
            return self.names[alt]
        stripped = re.sub(r"\([^()]*\)$", "", alt)
        return self.names.get(stripped) if stripped != alt else None

    def longest_prefix(self, text: str) -> str | None:
        best = None
        for n in self.names:
            if text.startswith(n) and (best is None or len(n) > len(best)):
                best = n
        return best


def _split_top(text: str, seps: str) -> list[tuple[str, int]]:
    """Split on separators outside brackets; returns (piece, offset)."""
    out, depth, start, closing = [], 0, 0, []
    for i, ch in enumerate(text):
        if ch in _BRACKETS:
            closing.append(_BRACKETS[ch])
            depth += 1
        elif closing and ch == closing[-1]:
            closing.pop()
            depth -= 1
        elif depth == 0 and ch in seps:
            out.append((text[start:i], start))
            start = i + 1
    out.append((text[start:], start))
    return out


def clean_piece(piece: str) -> tuple[str, int]:
    """Trim spaces, full stops and duty phrases; returns (name, offset of the name within piece)."""
    lead = len(piece) - len(piece.lstrip(" \t。.;"))
    s = piece.strip(" \t。.;")
    prev = None
    while prev != s:
        prev = s
        s = _DROP_TAIL.sub("", s).rstrip(" \t。.;")
    return s, lead


def split_units(text: str, registry: Registry, offset: int = 0) -> list[UnitRef]:
    """Units named in a list such as ``A、B,C`` or a run-together ``州生态环境局禄丰分局工业信息化科技局``.

    ``offset`` is the list's position in the normalised text; each UnitRef's span is normalised offsets.
    """
    units: list[UnitRef] = []
    for piece, pos in _split_top(text, "、,;"):
        name, lead = clean_piece(piece)
        if not name:
            continue
        start = offset + pos + lead
        for raw, rel in segment(name, registry):
            units.append(UnitRef(raw, registry.canonical(raw), (start + rel, start + rel + len(raw))))
    return units


def segment(name: str, registry: Registry) -> list[tuple[str, int]]:
    """Cut run-together names: known names first (longest match), otherwise at unit-name endings."""
    if registry.canonical(name) or len(name) <= 4:
        return [(name, 0)]
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(name):
        known = registry.longest_prefix(name[i:])
        if known:
            out.append((known, i))
            i += len(known)
            continue
        # Unknown: take up to the next known name, or the first unit-name ending.
        nxt = next((j for j in range(i + 1, len(name)) if registry.longest_prefix(name[j:])), len(name))
        chunk = name[i:nxt]
        m = SUFFIX.match(chunk)
        if m and m.end() < len(chunk) and registry.canonical(chunk) is None:
            out.append((chunk[: m.end()], i))
            i += m.end()
        else:
            out.append((chunk, i))
            i = nxt
    return out
