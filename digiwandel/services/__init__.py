"""Use cases. Each call opens one session and one transaction and returns plain data.

No Qt here: the GUI and the command line call the same functions.
"""

# The parts that register rules for bringing rows back from the trash
# (`trash.restore_rule`); a restore loads them all, so none is ever skipped.
PARTS_WITH_RESTORE_RULES = (
    "digiwandel.services.check",
    "digiwandel.services.project_records",
    "digiwandel.services.strategy",
)
