-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "deletedAt" TIMESTAMP(3);
