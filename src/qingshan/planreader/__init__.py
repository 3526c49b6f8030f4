"""The plan reader (pure Python, no Django): a plan document → title, 文号, tasks with lead and cooperating
units, implicit units and quantitative targets, each with its span in the document as read.

    from qingshan.planreader import parse_file
    plan = parse_file("plan.docx")
"""

from .loader import PlanReadError, load_text
from .model import Plan, Target, Task, UnitRef
from .reader import parse_file, parse_text
from .units import Registry

__all__ = [
    "Plan",
    "PlanReadError",
    "Registry",
    "Target",
    "Task",
    "UnitRef",
    "load_text",
    "parse_file",
    "parse_text",
]
