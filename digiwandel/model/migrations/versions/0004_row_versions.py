"""row versions and change marks, for several PCs sharing one database

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Every table whose rows users edit (the ORM's TimestampMixin tables), as of this revision.
TABLES = (
    "answer",
    "assessment",
    "budget_line",
    "checklist_item",
    "communication_item",
    "decision",
    "dimension_target",
    "document_link",
    "driver_rating",
    "goal_project_link",
    "hierarchy_level",
    "identity",
    "indicator",
    "lesson",
    "measurement",
    "oberziel",
    "organisation",
    "area",
    "pdca_cycle",
    "person",
    "policy_check",
    "procurement_item",
    "project",
    "project_step",
    "project_template",
    "respondent",
    "risk",
    "stakeholder",
    "strategic_goal",
    "strategy_version",
    "task",
    "team_member",
    "training",
)


AREAS = ("organisation", "check", "drivers", "strategy", "projects", "reports")


def upgrade() -> None:
    # Existing rows start at version 1; ADD COLUMN with a constant default needs no table copy.
    for name in TABLES:
        op.add_column(
            name,
            sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        )
    marks = op.create_table(
        "change_mark",
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("area", name="pk_change_mark"),
    )
    op.bulk_insert(marks, [{"area": area, "counter": 0} for area in AREAS])


def downgrade() -> None:
    op.drop_table("change_mark")
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("row_version")
