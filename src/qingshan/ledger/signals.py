"""What the ledger announces to the apps above it (they subscribe; the ledger never imports them).

- :data:`plan_imported` — sent inside the import's transaction once a plan and its tasks and targets are stored
  (``targets`` links the new targets to the indicator catalogue).
- Plan confirmation is a workflow transition: subscribers listen to ``core.workflow.committed`` with
  ``sender=Plan`` and ``transition.action == "confirm"`` (``dispatch`` creates the reporting schedule).
"""

from __future__ import annotations

from django.dispatch import Signal

#: ``sender`` = Plan, ``plan`` = the stored plan.
plan_imported = Signal()
