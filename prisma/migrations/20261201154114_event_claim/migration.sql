-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "claimId" UUID;

-- CreateIndex
CREATE INDEX "Event_claimId_id_idx" ON "Event"("claimId", "id");

-- Backfill: the claim each earlier event is about, where its payload names one.
UPDATE "Event" SET "claimId" = c.id::uuid
FROM (
  SELECT "id" AS event_id,
         COALESCE("payload"->'claim'->>'id', "payload"->'source'->>'claimId', "payload"->'comment'->>'claimId', "payload"->'review'->>'claimId', "payload"->>'claimId') AS id
  FROM "Event"
) AS c
WHERE "Event"."id" = c.event_id
  AND c.id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
