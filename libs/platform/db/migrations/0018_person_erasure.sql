CREATE TABLE "person_erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"requested_by_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"steps_done" integer DEFAULT 0 NOT NULL,
	"steps_total" integer NOT NULL,
	"removed" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "person_erasures_person_id_unique" UNIQUE("person_id")
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "story_history" ADD COLUMN "actor_id" uuid;--> statement-breakpoint
ALTER TABLE "story_history" ADD CONSTRAINT "story_history_actor_id_persons_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;