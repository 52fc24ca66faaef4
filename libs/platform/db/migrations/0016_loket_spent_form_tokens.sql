CREATE TABLE "loket_spent_form_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "loket_spent_form_tokens_expires_idx" ON "loket_spent_form_tokens" USING btree ("expires_at");