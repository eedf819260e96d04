-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('sign_in', 'sign_in_failed', 'sign_out', 'role_changed', 'token_created', 'token_revoked', 'sessions_ended');

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "AuditAction" NOT NULL,
    "actorId" UUID,
    "subjectId" UUID,
    "email" TEXT,
    "address" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_action_id_idx" ON "AuditEntry"("action", "id");

-- Append-only: an entry, once written, is never changed or removed (TRUNCATE, an operator's
-- deliberate act, is left to the database owner).
-- The body is an E'' string with \073 for its semicolon: the migration runner splits scripts at
-- every semicolon, even inside a dollar-quoted body.
CREATE FUNCTION "audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN RAISE EXCEPTION ''The audit log is append-only: % is not allowed'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END';

CREATE TRIGGER "AuditEntry_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_is_append_only"();
