ALTER TABLE "persons" ADD COLUMN "erasure_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "departed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "person_erasures" ADD COLUMN "pending_email" text;--> statement-breakpoint
-- Story history written before actor_id existed: the actor is the person of that name, where exactly one person has it (erasure pseudonymises the name by actor_id).
UPDATE "story_history" h SET "actor_id" = p."id" FROM "persons" p WHERE h."actor_id" IS NULL AND h."actor_name" = p."name" AND (SELECT count(*) FROM "persons" q WHERE q."name" = p."name") = 1;
