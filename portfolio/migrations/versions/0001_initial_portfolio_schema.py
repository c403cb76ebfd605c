"""initial portfolio schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 11:46:24.509592
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('conversation_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('conversation', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel', 'user_id', 'conversation', name='uq_conversation_key')
    )
    op.create_table('digest_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('period', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel', 'period', name='uq_digest_channel_period')
    )
    op.create_table('policy_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('version', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('chunks', sa.Integer(), nullable=False),
    sa.Column('added_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('processed_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source', 'event_id', name='uq_processed_event')
    )
    op.create_table('submitter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('channel_user_id', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel', 'channel_user_id', name='uq_submitter_channel_user')
    )
    op.create_table('use_case',
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('problem', sa.Text(), nullable=True),
    sa.Column('solution', sa.Text(), nullable=True),
    sa.Column('affected', sa.Text(), nullable=True),
    sa.Column('department', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('data_used', sa.Text(), nullable=True),
    sa.Column('personal_data', sa.Boolean(), nullable=True),
    sa.Column('benefit', sa.Text(), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('submitter_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('tier', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('quadrant', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('horizon', sqlmodel.sql.sqltypes.AutoString(length=5), nullable=True),
    sa.Column('effort', sa.Integer(), nullable=True),
    sa.Column('benefit_score', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('triage_draft', sa.JSON(), nullable=True),
    sa.Column('triage_final', sa.JSON(), nullable=True),
    sa.Column('needs_retriage', sa.Boolean(), nullable=False),
    sa.Column('triage_error', sa.Text(), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('source_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['use_case.id'], ),
    sa.ForeignKeyConstraint(['submitter_id'], ['submitter.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_key')
    )
    with op.batch_alter_table('use_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_use_case_department'), ['department'], unique=False)
        batch_op.create_index(batch_op.f('ix_use_case_quadrant'), ['quadrant'], unique=False)
        batch_op.create_index(batch_op.f('ix_use_case_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_use_case_submitter_id'), ['submitter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_use_case_tier'), ['tier'], unique=False)

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('use_case_id', sa.Integer(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('from_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('to_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['use_case_id'], ['use_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_use_case_id'), ['use_case_id'], unique=False)

    op.create_table('duplicate_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('use_case_id', sa.Integer(), nullable=False),
    sa.Column('duplicate_of_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['use_case.id'], ),
    sa.ForeignKeyConstraint(['use_case_id'], ['use_case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('use_case_id', 'duplicate_of_id', name='uq_duplicate_pair')
    )
    with op.batch_alter_table('duplicate_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duplicate_link_duplicate_of_id'), ['duplicate_of_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duplicate_link_use_case_id'), ['use_case_id'], unique=False)

    op.create_table('learning',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('use_case_id', sa.Integer(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['use_case_id'], ['use_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('learning', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learning_use_case_id'), ['use_case_id'], unique=False)

    op.create_table('milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('use_case_id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('due', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['use_case_id'], ['use_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_use_case_id'), ['use_case_id'], unique=False)

    op.create_table('triage_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('use_case_id', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('locked_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['use_case_id'], ['use_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('triage_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_triage_job_next_attempt_at'), ['next_attempt_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_triage_job_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_triage_job_use_case_id'), ['use_case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('triage_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_triage_job_use_case_id'))
        batch_op.drop_index(batch_op.f('ix_triage_job_state'))
        batch_op.drop_index(batch_op.f('ix_triage_job_next_attempt_at'))

    op.drop_table('triage_job')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_use_case_id'))

    op.drop_table('milestone')
    with op.batch_alter_table('learning', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learning_use_case_id'))

    op.drop_table('learning')
    with op.batch_alter_table('duplicate_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duplicate_link_use_case_id'))
        batch_op.drop_index(batch_op.f('ix_duplicate_link_duplicate_of_id'))

    op.drop_table('duplicate_link')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_use_case_id'))

    op.drop_table('audit_event')
    with op.batch_alter_table('use_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_use_case_tier'))
        batch_op.drop_index(batch_op.f('ix_use_case_submitter_id'))
        batch_op.drop_index(batch_op.f('ix_use_case_status'))
        batch_op.drop_index(batch_op.f('ix_use_case_quadrant'))
        batch_op.drop_index(batch_op.f('ix_use_case_department'))

    op.drop_table('use_case')
    op.drop_table('submitter')
    op.drop_table('processed_event')
    op.drop_table('policy_document')
    op.drop_table('digest_run')
    op.drop_table('conversation_state')
