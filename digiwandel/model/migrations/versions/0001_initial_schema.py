"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 09:56:02.810545
"""

from alembic import op
import sqlalchemy as sa


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_area_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area")),
        sa.UniqueConstraint("name", name=op.f("uq_area_name")),
    )
    op.create_table(
        "catalog",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("title_de", sa.String(length=200), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("source_file", sa.String(length=200), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.CheckConstraint("length(key) > 0", name=op.f("ck_catalog_key_not_empty")),
        sa.CheckConstraint("length(version) > 0", name=op.f("ck_catalog_version_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog")),
        sa.UniqueConstraint("key", "version", name=op.f("uq_catalog_key_version")),
    )
    op.create_table(
        "driver_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("driver_key", sa.String(length=40), nullable=False),
        sa.Column("relevance", sa.Integer(), nullable=False),
        sa.Column("current_use", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "driver_key IN ('online_platforms', 'ar_vr', 'ai', 'robotics', 'big_data', 'printing_3d', 'iot', 'cloud', 'specialist_software')",
            name=op.f("ck_driver_rating_driver_key_valid"),
        ),
        sa.CheckConstraint(
            "current_use >= 0 AND current_use <= 3", name=op.f("ck_driver_rating_current_use_range")
        ),
        sa.CheckConstraint(
            "relevance >= 0 AND relevance <= 3", name=op.f("ck_driver_rating_relevance_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_driver_rating")),
        sa.UniqueConstraint("driver_key", name=op.f("uq_driver_rating_driver_key")),
    )
    op.create_table(
        "hierarchy_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("is_leadership", sa.Boolean(), nullable=False),
        sa.Column("is_volunteer", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_hierarchy_level_name_not_empty")),
        sa.CheckConstraint("rank >= 0 AND rank <= 99", name=op.f("ck_hierarchy_level_rank_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hierarchy_level")),
        sa.UniqueConstraint("name", name=op.f("uq_hierarchy_level_name")),
    )
    op.create_table(
        "identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vision", sa.Text(), nullable=False),
        sa.Column("vision_digital_note", sa.Text(), nullable=False),
        sa.Column("leitbild", sa.Text(), nullable=False),
        sa.Column("leitbild_digital_note", sa.Text(), nullable=False),
        sa.Column("core_values", sa.Text(), nullable=False),
        sa.Column("core_values_digital_note", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("id >= 1 AND id <= 1", name=op.f("ck_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity")),
    )
    op.create_table(
        "oberziel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("digital_note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_oberziel_title_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oberziel")),
    )
    with op.batch_alter_table("oberziel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_oberziel_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("legal_form", sa.String(length=40), nullable=False),
        sa.Column("fields_of_work", sa.String(length=400), nullable=False),
        sa.Column("staff_count", sa.Integer(), nullable=False),
        sa.Column("volunteer_count", sa.Integer(), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(length=40), nullable=True),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "fiscal_year_start_month >= 1 AND fiscal_year_start_month <= 12",
            name=op.f("ck_organisation_fiscal_year_start_month_range"),
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_organisation_name_not_empty")),
        sa.CheckConstraint("staff_count >= 0", name=op.f("ck_organisation_staff_count_range")),
        sa.CheckConstraint(
            "volunteer_count >= 0", name=op.f("ck_organisation_volunteer_count_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "project_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("title_de", sa.String(length=200), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("is_builtin", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(key) > 0", name=op.f("ck_project_template_key_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_template")),
        sa.UniqueConstraint("key", name=op.f("uq_project_template_key")),
    )
    op.create_table(
        "report_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("period_label", sa.String(length=200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('board', 'assessment', 'project', 'strategy')",
            name=op.f("ck_report_snapshot_kind_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_snapshot")),
    )
    with op.batch_alter_table("report_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            "ix_report_snapshot_kind_created_at", ["kind", "created_at"], unique=False
        )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "strategy_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("adopted_by", sa.String(length=200), nullable=False),
        sa.Column("resolution_ref", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("principles", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("based_on_id", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'adopted', 'archived')",
            name=op.f("ck_strategy_version_status_valid"),
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_strategy_version_title_not_empty")),
        sa.CheckConstraint(
            "period_start IS NULL OR period_end IS NULL OR period_end >= period_start",
            name=op.f("ck_strategy_version_period_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["based_on_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategy_version_based_on_id_strategy_version"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_version")),
    )
    with op.batch_alter_table("strategy_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategy_version_based_on_id"), ["based_on_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_strategy_version_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "trash_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.CheckConstraint("length(batch_id) > 0", name=op.f("ck_trash_entry_batch_id_not_empty")),
        sa.CheckConstraint(
            "length(entity_type) > 0", name=op.f("ck_trash_entry_entity_type_not_empty")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash_entry")),
    )
    with op.batch_alter_table("trash_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trash_entry_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trash_entry_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index("ix_trash_entry_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("catalog_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'completed')", name=op.f("ck_assessment_status_valid")
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_assessment_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["catalog_id"],
            ["catalog.id"],
            name=op.f("fk_assessment_catalog_id_catalog"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_catalog_id"), ["catalog_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "catalog_dimension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("catalog_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_de", sa.String(length=200), nullable=False),
        sa.Column("title_en", sa.String(length=200), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("is_module", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(key) > 0", name=op.f("ck_catalog_dimension_key_not_empty")),
        sa.CheckConstraint("weight >= 0", name=op.f("ck_catalog_dimension_weight_range")),
        sa.ForeignKeyConstraint(
            ["catalog_id"],
            ["catalog.id"],
            name=op.f("fk_catalog_dimension_catalog_id_catalog"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_dimension")),
        sa.UniqueConstraint("catalog_id", "key", name=op.f("uq_catalog_dimension_catalog_id_key")),
    )
    with op.batch_alter_table("catalog_dimension", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_catalog_dimension_catalog_id"), ["catalog_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("level_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_person_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["area_id"], ["area.id"], name=op.f("fk_person_area_id_area"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["level_id"],
            ["hierarchy_level.id"],
            name=op.f("fk_person_level_id_hierarchy_level"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_area_id"), ["area_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_level_id"), ["level_id"], unique=False)

    op.create_table(
        "catalog_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dimension_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question_de", sa.Text(), nullable=False),
        sa.Column("question_en", sa.Text(), nullable=False),
        sa.Column("explanation_de", sa.Text(), nullable=False),
        sa.Column("explanation_en", sa.Text(), nullable=False),
        sa.Column("default_relevance", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "default_relevance >= 0 AND default_relevance <= 2",
            name=op.f("ck_catalog_item_default_relevance_range"),
        ),
        sa.CheckConstraint("length(key) > 0", name=op.f("ck_catalog_item_key_not_empty")),
        sa.ForeignKeyConstraint(
            ["dimension_id"],
            ["catalog_dimension.id"],
            name=op.f("fk_catalog_item_dimension_id_catalog_dimension"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_item")),
        sa.UniqueConstraint("dimension_id", "key", name=op.f("uq_catalog_item_dimension_id_key")),
    )
    with op.batch_alter_table("catalog_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_catalog_item_dimension_id"), ["dimension_id"], unique=False
        )

    op.create_table(
        "dimension_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("dimension_id", sa.Integer(), nullable=False),
        sa.Column("target_percent", sa.Float(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "target_percent >= 0 AND target_percent <= 100",
            name=op.f("ck_dimension_target_target_percent_range"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_dimension_target_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dimension_id"],
            ["catalog_dimension.id"],
            name=op.f("fk_dimension_target_dimension_id_catalog_dimension"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dimension_target")),
        sa.UniqueConstraint(
            "assessment_id",
            "dimension_id",
            name=op.f("uq_dimension_target_assessment_id_dimension_id"),
        ),
    )
    with op.batch_alter_table("dimension_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dimension_target_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dimension_target_dimension_id"), ["dimension_id"], unique=False
        )

    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("target_group", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("light", sa.String(length=40), nullable=False),
        sa.Column("light_reason", sa.Text(), nullable=False),
        sa.Column("finding_key", sa.String(length=200), nullable=True),
        sa.Column("source_assessment_id", sa.Integer(), nullable=True),
        sa.Column("template_key", sa.String(length=80), nullable=True),
        sa.Column("current_pdca_cycle", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "light IN ('green', 'amber', 'red')", name=op.f("ck_project_light_valid")
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'active', 'paused', 'completed', 'cancelled')",
            name=op.f("ck_project_status_valid"),
        ),
        sa.CheckConstraint(
            "current_pdca_cycle >= 0", name=op.f("ck_project_current_pdca_cycle_range")
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_project_title_not_empty")),
        sa.CheckConstraint(
            "starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_project_dates_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_project_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_assessment_id"],
            ["assessment.id"],
            name=op.f("fk_project_source_assessment_id_assessment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_project_source_assessment_id"), ["source_assessment_id"], unique=False
        )

    op.create_table(
        "respondent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("level_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["area.id"], name=op.f("fk_respondent_area_id_area"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_respondent_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["level_id"],
            ["hierarchy_level.id"],
            name=op.f("fk_respondent_level_id_hierarchy_level"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_respondent")),
    )
    with op.batch_alter_table("respondent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_respondent_area_id"), ["area_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_respondent_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_respondent_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_respondent_level_id"), ["level_id"], unique=False)

    op.create_table(
        "strategic_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("strategy_version_id", sa.Integer(), nullable=False),
        sa.Column("oberziel_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("impact_level", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'achieved', 'dropped')",
            name=op.f("ck_strategic_goal_status_valid"),
        ),
        sa.CheckConstraint(
            "impact_level >= 1 AND impact_level <= 7",
            name=op.f("ck_strategic_goal_impact_level_range"),
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_strategic_goal_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["oberziel_id"],
            ["oberziel.id"],
            name=op.f("fk_strategic_goal_oberziel_id_oberziel"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_strategic_goal_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["strategy_version_id"],
            ["strategy_version.id"],
            name=op.f("fk_strategic_goal_strategy_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategic_goal")),
    )
    with op.batch_alter_table("strategic_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategic_goal_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_strategic_goal_oberziel_id"), ["oberziel_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_strategic_goal_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_strategic_goal_strategy_version_id"),
            ["strategy_version_id"],
            unique=False,
        )

    op.create_table(
        "team_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("strategy_version_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "role IN ('lead', 'member', 'sponsor')", name=op.f("ck_team_member_role_valid")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_team_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["strategy_version_id"],
            ["strategy_version.id"],
            name=op.f("fk_team_member_strategy_version_id_strategy_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
        sa.UniqueConstraint(
            "strategy_version_id",
            "person_id",
            name=op.f("uq_team_member_strategy_version_id_person_id"),
        ),
    )
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_member_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_team_member_strategy_version_id"), ["strategy_version_id"], unique=False
        )

    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("relevance", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "(status = 'level' AND level IS NOT NULL) OR (status <> 'level' AND level IS NULL)",
            name=op.f("ck_answer_level_matches_status"),
        ),
        sa.CheckConstraint(
            "status IN ('level', 'dont_know', 'not_applicable')",
            name=op.f("ck_answer_status_valid"),
        ),
        sa.CheckConstraint("level >= 0 AND level <= 3", name=op.f("ck_answer_level_range")),
        sa.CheckConstraint(
            "relevance >= 0 AND relevance <= 2", name=op.f("ck_answer_relevance_range")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["catalog_item.id"],
            name=op.f("fk_answer_item_id_catalog_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["respondent.id"],
            name=op.f("fk_answer_respondent_id_respondent"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint(
            "respondent_id", "item_id", name=op.f("uq_answer_respondent_id_item_id")
        ),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_answer_respondent_id"), ["respondent_id"], unique=False
        )

    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("funding_source", sa.String(length=200), nullable=False),
        sa.Column("planned", sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=False),
        sa.Column("actual", sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("actual >= 0", name=op.f("ck_budget_line_actual_range")),
        sa.CheckConstraint("length(category) > 0", name=op.f("ck_budget_line_category_not_empty")),
        sa.CheckConstraint("planned >= 0", name=op.f("ck_budget_line_planned_range")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_budget_line_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_line_project_id"), ["project_id"], unique=False)

    op.create_table(
        "catalog_item_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("statement_de", sa.Text(), nullable=False),
        sa.Column("statement_en", sa.Text(), nullable=False),
        sa.Column("next_step_de", sa.Text(), nullable=False),
        sa.Column("next_step_en", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "level >= 0 AND level <= 3", name=op.f("ck_catalog_item_level_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["catalog_item.id"],
            name=op.f("fk_catalog_item_level_item_id_catalog_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_item_level")),
        sa.UniqueConstraint("item_id", "level", name=op.f("uq_catalog_item_level_item_id_level")),
    )
    with op.batch_alter_table("catalog_item_level", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_catalog_item_level_item_id"), ["item_id"], unique=False
        )

    op.create_table(
        "communication_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("strategy_version_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("audience", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("key_message", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("frequency", sa.String(length=40), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "frequency IN ('weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'once')",
            name=op.f("ck_communication_item_frequency_valid"),
        ),
        sa.CheckConstraint(
            "purpose IN ('inform', 'involve', 'decide')",
            name=op.f("ck_communication_item_purpose_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'done', 'cancelled')",
            name=op.f("ck_communication_item_status_valid"),
        ),
        sa.CheckConstraint(
            "length(audience) > 0", name=op.f("ck_communication_item_audience_not_empty")
        ),
        sa.CheckConstraint(
            "strategy_version_id IS NULL OR project_id IS NULL",
            name=op.f("ck_communication_item_at_most_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_communication_item_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_communication_item_responsible_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["strategy_version_id"],
            ["strategy_version.id"],
            name=op.f("fk_communication_item_strategy_version_id_strategy_version"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communication_item")),
    )
    with op.batch_alter_table("communication_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_communication_item_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_communication_item_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_communication_item_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_communication_item_strategy_version_id"),
            ["strategy_version_id"],
            unique=False,
        )

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(question) > 0", name=op.f("ck_decision_question_not_empty")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_decision_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_project_id"), ["project_id"], unique=False)

    op.create_table(
        "document_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=2000), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(target) > 0", name=op.f("ck_document_link_target_not_empty")),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_document_link_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_document_link_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_link")),
    )
    with op.batch_alter_table("document_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_link_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_document_link_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "goal_project_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("contribution", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["strategic_goal.id"],
            name=op.f("fk_goal_project_link_goal_id_strategic_goal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_goal_project_link_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_project_link")),
        sa.UniqueConstraint(
            "goal_id", "project_id", name=op.f("uq_goal_project_link_goal_id_project_id")
        ),
    )
    with op.batch_alter_table("goal_project_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_project_link_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_goal_project_link_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=40), nullable=False),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("baseline_on", sa.Date(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("range_low", sa.Float(), nullable=True),
        sa.Column("range_high", sa.Float(), nullable=True),
        sa.Column("frequency", sa.String(length=40), nullable=False),
        sa.Column("data_source", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "direction IN ('higher', 'lower', 'range')", name=op.f("ck_indicator_direction_valid")
        ),
        sa.CheckConstraint(
            "frequency IN ('weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'once')",
            name=op.f("ck_indicator_frequency_valid"),
        ),
        sa.CheckConstraint("kind IN ('number', 'boolean')", name=op.f("ck_indicator_kind_valid")),
        sa.CheckConstraint(
            "(goal_id IS NOT NULL AND project_id IS NULL) OR (goal_id IS NULL AND project_id IS NOT NULL)",
            name=op.f("ck_indicator_one_owner"),
        ),
        sa.CheckConstraint(
            "baseline_on IS NULL OR target_on IS NULL OR target_on >= baseline_on",
            name=op.f("ck_indicator_target_after_baseline"),
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_indicator_name_not_empty")),
        sa.CheckConstraint(
            "range_low IS NULL OR range_high IS NULL OR range_high >= range_low",
            name=op.f("ck_indicator_range_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["strategic_goal.id"],
            name=op.f("fk_indicator_goal_id_strategic_goal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_indicator_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_indicator_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_project_id"), ["project_id"], unique=False)

    op.create_table(
        "lesson",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_lesson_text_not_empty")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_lesson_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson")),
    )
    with op.batch_alter_table("lesson", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lesson_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_lesson_project_id"), ["project_id"], unique=False)

    op.create_table(
        "pdca_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("plan_notes", sa.Text(), nullable=False),
        sa.Column("do_notes", sa.Text(), nullable=False),
        sa.Column("check_notes", sa.Text(), nullable=False),
        sa.Column("act_notes", sa.Text(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("number >= 1", name=op.f("ck_pdca_cycle_number_range")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_pdca_cycle_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pdca_cycle")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_pdca_cycle_project_id_number")),
    )
    with op.batch_alter_table("pdca_cycle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pdca_cycle_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_pdca_cycle_project_id"), ["project_id"], unique=False)

    op.create_table(
        "policy_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("dpia_needed", sa.Boolean(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('accessibility', 'inclusive_design', 'data_protection', 'ethics', 'it_security')",
            name=op.f("ck_policy_check_kind_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'done', 'not_needed')",
            name=op.f("ck_policy_check_status_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_policy_check_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_check")),
        sa.UniqueConstraint("project_id", "kind", name=op.f("uq_policy_check_project_id_kind")),
    )
    with op.batch_alter_table("policy_check", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_policy_check_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "procurement_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("supplier", sa.String(length=200), nullable=False),
        sa.Column("cost", sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'requested', 'ordered', 'delivered', 'cancelled')",
            name=op.f("ck_procurement_item_status_valid"),
        ),
        sa.CheckConstraint("cost >= 0", name=op.f("ck_procurement_item_cost_range")),
        sa.CheckConstraint("length(what) > 0", name=op.f("ck_procurement_item_what_not_empty")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_procurement_item_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procurement_item")),
    )
    with op.batch_alter_table("procurement_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_procurement_item_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_procurement_item_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_driver",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("driver_key", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "driver_key IN ('online_platforms', 'ar_vr', 'ai', 'robotics', 'big_data', 'printing_3d', 'iot', 'cloud', 'specialist_software')",
            name=op.f("ck_project_driver_driver_key_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_driver_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_driver")),
        sa.UniqueConstraint(
            "project_id", "driver_key", name=op.f("uq_project_driver_project_id_driver_key")
        ),
    )
    with op.batch_alter_table("project_driver", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_driver_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("skip_reason", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("gate_decided_by", sa.String(length=200), nullable=False),
        sa.Column("gate_decided_on", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status <> 'skipped' OR length(skip_reason) > 0",
            name=op.f("ck_project_step_skip_has_reason"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'done', 'skipped')",
            name=op.f("ck_project_step_status_valid"),
        ),
        sa.CheckConstraint(
            "number >= 1 AND number <= 12", name=op.f("ck_project_step_number_range")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_step_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_project_step_responsible_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_step")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_project_step_project_id_number")),
    )
    with op.batch_alter_table("project_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_step_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_step_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "risk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('open', 'mitigated', 'closed', 'occurred')",
            name=op.f("ck_risk_status_valid"),
        ),
        sa.CheckConstraint("impact >= 1 AND impact <= 5", name=op.f("ck_risk_impact_range")),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_risk_title_not_empty")),
        sa.CheckConstraint(
            "likelihood >= 1 AND likelihood <= 5", name=op.f("ck_risk_likelihood_range")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_risk_owner_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_risk_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk")),
    )
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_risk_project_id"), ["project_id"], unique=False)

    op.create_table(
        "stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("involvement", sa.String(length=40), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "involvement IN ('inform', 'consult', 'involve', 'decide')",
            name=op.f("ck_stakeholder_involvement_valid"),
        ),
        sa.CheckConstraint(
            "kind IN ('staff', 'clients', 'technology_partner', 'funder', 'board', 'other')",
            name=op.f("ck_stakeholder_kind_valid"),
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_stakeholder_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_stakeholder_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_project_id"), ["project_id"], unique=False)

    op.create_table(
        "training",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(topic) > 0", name=op.f("ck_training_topic_not_empty")),
        sa.CheckConstraint("participants >= 0", name=op.f("ck_training_participants_range")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_training_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_project_id"), ["project_id"], unique=False)

    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("from_template", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_checklist_item_text_not_empty")),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["project_step.id"],
            name=op.f("fk_checklist_item_step_id_project_step"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_item_step_id"), ["step_id"], unique=False)

    op.create_table(
        "measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 10", name=op.f("ck_measurement_confidence_range")
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_measurement_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measurement_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_measurement_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("is_milestone", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_task_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_task_responsible_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["project_step.id"],
            name=op.f("fk_task_step_id_project_step"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_task_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_task_step_id"), ["step_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_step_id"))
        batch_op.drop_index(batch_op.f("ix_task_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_task_deleted_at"))

    op.drop_table("task")
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_measurement_deleted_at"))

    op.drop_table("measurement")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_step_id"))

    op.drop_table("checklist_item")
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_project_id"))
        batch_op.drop_index(batch_op.f("ix_training_deleted_at"))

    op.drop_table("training")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_project_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_deleted_at"))

    op.drop_table("stakeholder")
    with op.batch_alter_table("risk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_project_id"))
        batch_op.drop_index(batch_op.f("ix_risk_owner_id"))
        batch_op.drop_index(batch_op.f("ix_risk_deleted_at"))

    op.drop_table("risk")
    with op.batch_alter_table("project_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_step_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_project_step_project_id"))

    op.drop_table("project_step")
    with op.batch_alter_table("project_driver", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_driver_project_id"))

    op.drop_table("project_driver")
    with op.batch_alter_table("procurement_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procurement_item_project_id"))
        batch_op.drop_index(batch_op.f("ix_procurement_item_deleted_at"))

    op.drop_table("procurement_item")
    with op.batch_alter_table("policy_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_policy_check_project_id"))

    op.drop_table("policy_check")
    with op.batch_alter_table("pdca_cycle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pdca_cycle_project_id"))
        batch_op.drop_index(batch_op.f("ix_pdca_cycle_deleted_at"))

    op.drop_table("pdca_cycle")
    with op.batch_alter_table("lesson", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_project_id"))
        batch_op.drop_index(batch_op.f("ix_lesson_deleted_at"))

    op.drop_table("lesson")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_project_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_owner_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_goal_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_deleted_at"))

    op.drop_table("indicator")
    with op.batch_alter_table("goal_project_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_project_link_project_id"))
        batch_op.drop_index(batch_op.f("ix_goal_project_link_goal_id"))

    op.drop_table("goal_project_link")
    with op.batch_alter_table("document_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_link_project_id"))
        batch_op.drop_index(batch_op.f("ix_document_link_deleted_at"))

    op.drop_table("document_link")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_project_id"))
        batch_op.drop_index(batch_op.f("ix_decision_deleted_at"))

    op.drop_table("decision")
    with op.batch_alter_table("communication_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_communication_item_strategy_version_id"))
        batch_op.drop_index(batch_op.f("ix_communication_item_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_communication_item_project_id"))
        batch_op.drop_index(batch_op.f("ix_communication_item_deleted_at"))

    op.drop_table("communication_item")
    with op.batch_alter_table("catalog_item_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalog_item_level_item_id"))

    op.drop_table("catalog_item_level")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_project_id"))
        batch_op.drop_index(batch_op.f("ix_budget_line_deleted_at"))

    op.drop_table("budget_line")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_respondent_id"))
        batch_op.drop_index(batch_op.f("ix_answer_item_id"))

    op.drop_table("answer")
    with op.batch_alter_table("team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_member_strategy_version_id"))
        batch_op.drop_index(batch_op.f("ix_team_member_person_id"))

    op.drop_table("team_member")
    with op.batch_alter_table("strategic_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategic_goal_strategy_version_id"))
        batch_op.drop_index(batch_op.f("ix_strategic_goal_owner_id"))
        batch_op.drop_index(batch_op.f("ix_strategic_goal_oberziel_id"))
        batch_op.drop_index(batch_op.f("ix_strategic_goal_deleted_at"))

    op.drop_table("strategic_goal")
    with op.batch_alter_table("respondent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_respondent_level_id"))
        batch_op.drop_index(batch_op.f("ix_respondent_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_respondent_assessment_id"))
        batch_op.drop_index(batch_op.f("ix_respondent_area_id"))

    op.drop_table("respondent")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_source_assessment_id"))
        batch_op.drop_index(batch_op.f("ix_project_owner_id"))
        batch_op.drop_index(batch_op.f("ix_project_deleted_at"))

    op.drop_table("project")
    with op.batch_alter_table("dimension_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dimension_target_dimension_id"))
        batch_op.drop_index(batch_op.f("ix_dimension_target_assessment_id"))

    op.drop_table("dimension_target")
    with op.batch_alter_table("catalog_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalog_item_dimension_id"))

    op.drop_table("catalog_item")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_level_id"))
        batch_op.drop_index(batch_op.f("ix_person_area_id"))

    op.drop_table("person")
    with op.batch_alter_table("catalog_dimension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalog_dimension_catalog_id"))

    op.drop_table("catalog_dimension")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_assessment_catalog_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("trash_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_trash_entry_entity")
        batch_op.drop_index(batch_op.f("ix_trash_entry_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_trash_entry_batch_id"))

    op.drop_table("trash_entry")
    with op.batch_alter_table("strategy_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_version_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_strategy_version_based_on_id"))

    op.drop_table("strategy_version")
    op.drop_table("setting")
    with op.batch_alter_table("report_snapshot", schema=None) as batch_op:
        batch_op.drop_index("ix_report_snapshot_kind_created_at")

    op.drop_table("report_snapshot")
    op.drop_table("project_template")
    op.drop_table("organisation")
    with op.batch_alter_table("oberziel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_oberziel_deleted_at"))

    op.drop_table("oberziel")
    op.drop_table("identity")
    op.drop_table("hierarchy_level")
    op.drop_table("driver_rating")
    op.drop_table("catalog")
    op.drop_table("area")
