CREATE TABLE "newsletter_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "newsletter_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"email" text NOT NULL,
	"status" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "newsletter_subscriptions_key" UNIQUE("region_id","email")
);
--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', lead), 'B') || setweight(to_tsvector('dutch', regexp_replace(body, '<[^>]*>', ' ', 'g')), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "newsletter_subscriptions" ADD CONSTRAINT "newsletter_subscriptions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "newsletter_attempts_key_idx" ON "newsletter_attempts" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "newsletter_subscriptions_token_idx" ON "newsletter_subscriptions" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "stories_search_idx" ON "stories" USING gin ("search");