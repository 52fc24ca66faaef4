CREATE TABLE "rate_limit_attempts" (
	"key" text NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL,
	"succeeded" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
INSERT INTO "rate_limit_attempts" ("key", "attempted_at", "succeeded") SELECT "key", "attempted_at", "succeeded" FROM "login_attempts";--> statement-breakpoint
INSERT INTO "rate_limit_attempts" ("key", "attempted_at") SELECT "key", "attempted_at" FROM "loket_attempts";--> statement-breakpoint
INSERT INTO "rate_limit_attempts" ("key", "attempted_at") SELECT "key", "attempted_at" FROM "registration_attempts";--> statement-breakpoint
INSERT INTO "rate_limit_attempts" ("key", "attempted_at") SELECT "key", "at" FROM "newsletter_attempts";--> statement-breakpoint
DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "loket_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "registration_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "newsletter_attempts" CASCADE;--> statement-breakpoint
CREATE INDEX "rate_limit_attempts_key_idx" ON "rate_limit_attempts" USING btree ("key","attempted_at");
