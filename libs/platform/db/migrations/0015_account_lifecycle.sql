CREATE TABLE "password_reset_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "oidc_identities" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "oidc_id_token" text;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_reset_tokens_person_idx" ON "password_reset_tokens" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "password_reset_tokens_expires_idx" ON "password_reset_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "oidc_identities_person_idx" ON "oidc_identities" USING btree ("person_id");--> statement-breakpoint
-- data migration (wt/accounts)
-- Links made before this release: each person's first link stays valid; later subjects that were
-- linked silently (the same e-mail from another account or tenant) wait for confirmation.
UPDATE "oidc_identities" AS o SET "confirmed_at" = o."linked_at"
WHERE NOT EXISTS (
  SELECT 1 FROM "oidc_identities" AS e
  WHERE e."person_id" = o."person_id"
    AND (e."linked_at" < o."linked_at" OR (e."linked_at" = o."linked_at" AND (e."issuer", e."subject") < (o."issuer", o."subject")))
);
