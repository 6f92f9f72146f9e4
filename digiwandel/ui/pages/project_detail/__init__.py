"""One measure: its header, the 12 steps as a vertical stepper and the panel of each step.

Every step has its status, dates, notes, checklist and tasks; some steps have a panel of
their own (stakeholders in step 3, success metrics and budget in step 4, …). Risks and
decisions belong to the whole measure. Edits are saved at once and can be undone.

One module per part: `view.py` builds and loads the view, whose methods for the steps,
the checklist, the tasks and the measure itself come from mixins (`steps.py`,
`checklist.py`, `tasks.py`, `measure.py`); the panels of steps 4, 8 and 9 live in
`metrics.py`, `budget.py`, `policy.py` and `evaluation.py`; `models.py` and `widgets.py`
hold what the parts share.
"""

from digiwandel.ui.pages.project_detail.budget import BUDGET_FIELDS, BudgetPanel, budget_spec
from digiwandel.ui.pages.project_detail.evaluation import EvaluationPanel, measurement_spec
from digiwandel.ui.pages.project_detail.metrics import METRIC_FIELDS, metrics_spec
from digiwandel.ui.pages.project_detail.models import ChecklistModel, StepListModel
from digiwandel.ui.pages.project_detail.policy import PolicyPanel
from digiwandel.ui.pages.project_detail.steps import STEP_PANELS
from digiwandel.ui.pages.project_detail.view import PART, ProjectDetailView
from digiwandel.ui.pages.project_detail.widgets import checklist_widget

__all__ = [
    "BUDGET_FIELDS",
    "METRIC_FIELDS",
    "PART",
    "STEP_PANELS",
    "BudgetPanel",
    "ChecklistModel",
    "EvaluationPanel",
    "PolicyPanel",
    "ProjectDetailView",
    "StepListModel",
    "budget_spec",
    "checklist_widget",
    "measurement_spec",
    "metrics_spec",
]
