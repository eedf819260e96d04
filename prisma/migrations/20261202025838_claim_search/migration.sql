-- Search (lib/data/search): one weighted document per claim, kept in "Claim"."searchVector" and
-- indexed with GIN.
--
-- Why a stored column kept by triggers, rather than expression indexes on Claim and Source joined at
-- query time: the words of a query may sit in different places (unemployment survey: the quote
-- says one, the title of a source the other), and `websearch_to_tsquery` ANDs them, so only a document
-- holding the claim's words and its sources' words together matches, ranks them as one (a word in
-- the quote weighs more than one in the excerpt of a source), and is served by a single index. The
-- triggers keep it correct when a source is added, edited or removed, in the write's own
-- transaction, so search never shows a claim by words its sources no longer have.
--
-- Each word goes in twice: as written (`simple`: any language, no stop words) and with its English
-- stem (`english`: vaccines finds vaccine). Weights: A the quote and summary, B the claimant
-- and tags, C the rationale, D the titles and excerpts of its sources (the first 100,000 characters, well
-- inside a tsvector's 1 MB). Reviews are never part of it: under a blind policy their ratings and
-- rationales are hidden, and a search must not reveal them by what it finds.
--
-- Function bodies are plain SQL without a semicolon, or E-strings writing theirs as \073: the
-- migration runner splits scripts at every semicolon, even inside a quoted body.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

CREATE FUNCTION "claim_search_words"(words text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT setweight(to_tsvector(''pg_catalog.simple'', coalesce(words, '''')) || to_tsvector(''pg_catalog.english'', coalesce(words, '''')), weight)';

CREATE FUNCTION "claim_search_vector"(quote text, summary text, claimant text, tags text[], rationale text, sources text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT "claim_search_words"(concat_ws('' '', quote, summary), ''A'')
          || "claim_search_words"(concat_ws('' '', claimant, array_to_string(tags, '' '')), ''B'')
          || "claim_search_words"(rationale, ''C'')
          || "claim_search_words"(left(sources, 100000), ''D'')';

CREATE FUNCTION "claim_sources_text"(claim_id uuid) RETURNS text
  LANGUAGE sql STABLE
  AS 'SELECT string_agg(concat_ws('' '', s."title", s."excerpt"), '' '' ORDER BY s."createdAt", s."id") FROM "Source" s WHERE s."claimId" = claim_id AND s."deletedAt" IS NULL';

CREATE FUNCTION "claim_search_refresh"(claim_ids uuid[]) RETURNS void
  LANGUAGE sql VOLATILE
  AS 'UPDATE "Claim" c SET "searchVector" = "claim_search_vector"(c."exact", c."summary", c."claimant", c."tags", c."rationale", "claim_sources_text"(c."id"))
       WHERE c."id" = ANY(claim_ids)';

-- A claim's own words: on insert, and when an update changes one of them (re-anchoring rewrites
-- every claim's quote, mostly to the same words: those are skipped).
CREATE FUNCTION "claim_search_vector_of_row"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN NEW."searchVector" := "claim_search_vector"(NEW."exact", NEW."summary", NEW."claimant", NEW."tags", NEW."rationale", "claim_sources_text"(NEW."id"))\073 RETURN NEW\073 END';

CREATE TRIGGER "Claim_search_insert"
  BEFORE INSERT ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_vector_of_row"();

CREATE TRIGGER "Claim_search_update"
  BEFORE UPDATE OF "exact", "summary", "claimant", "tags", "rationale" ON "Claim"
  FOR EACH ROW
  WHEN (OLD."exact" IS DISTINCT FROM NEW."exact" OR OLD."summary" IS DISTINCT FROM NEW."summary" OR OLD."claimant" IS DISTINCT FROM NEW."claimant"
        OR OLD."tags" IS DISTINCT FROM NEW."tags" OR OLD."rationale" IS DISTINCT FROM NEW."rationale")
  EXECUTE FUNCTION "claim_search_vector_of_row"();

-- Its sources' words: once per statement (a restore COPYs thousands of sources in one), for the
-- claims whose sources were added, removed (for real, or softly: deletedAt), restored, or had their
-- title, excerpt or claim changed. A removed source's words are not searched.
CREATE FUNCTION "claim_search_after_sources"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    IF TG_OP = ''INSERT'' THEN
      PERFORM "claim_search_refresh"(ARRAY(SELECT DISTINCT "claimId" FROM new_sources))\073
    ELSIF TG_OP = ''DELETE'' THEN
      PERFORM "claim_search_refresh"(ARRAY(SELECT DISTINCT "claimId" FROM old_sources))\073
    ELSE
      PERFORM "claim_search_refresh"(ARRAY(
        SELECT unnest(ARRAY[o."claimId", n."claimId"]) FROM old_sources o JOIN new_sources n USING ("id")
         WHERE o."title" IS DISTINCT FROM n."title" OR o."excerpt" IS DISTINCT FROM n."excerpt" OR o."claimId" <> n."claimId"
            OR o."deletedAt" IS DISTINCT FROM n."deletedAt"))\073
    END IF\073
    RETURN NULL\073
  END';

CREATE TRIGGER "Source_search_insert"
  AFTER INSERT ON "Source" REFERENCING NEW TABLE AS new_sources
  FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_after_sources"();

CREATE TRIGGER "Source_search_update"
  AFTER UPDATE ON "Source" REFERENCING OLD TABLE AS old_sources NEW TABLE AS new_sources
  FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_after_sources"();

CREATE TRIGGER "Source_search_delete"
  AFTER DELETE ON "Source" REFERENCING OLD TABLE AS old_sources
  FOR EACH STATEMENT EXECUTE FUNCTION "claim_search_after_sources"();

-- The claims already there.
UPDATE "Claim" c SET "searchVector" = "claim_search_vector"(c."exact", c."summary", c."claimant", c."tags", c."rationale", "claim_sources_text"(c."id"));
