-- DropIndex
DROP INDEX "Claim_articleId_start_idx";

-- CreateIndex
CREATE INDEX "Claim_articleId_start_id_idx" ON "Claim"("articleId", "start", "id");
