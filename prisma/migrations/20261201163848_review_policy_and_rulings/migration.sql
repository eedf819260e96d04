-- CreateEnum
CREATE TYPE "ReviewPolicy" AS ENUM ('open', 'blind');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "reviewPolicy" "ReviewPolicy" NOT NULL DEFAULT 'open';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "recheckPreviousExact" TEXT,
ADD COLUMN     "recheckSince" TIMESTAMP(3),
ADD COLUMN     "verdictAt" TIMESTAMP(3),
ADD COLUMN     "verdictById" UUID;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "madeBlind" BOOLEAN NOT NULL DEFAULT false;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verdictById_fkey" FOREIGN KEY ("verdictById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
