CREATE TABLE "curriculum_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkgroep_id" uuid NOT NULL,
	"side" text NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"school_id" uuid,
	"study_hours" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "curriculum_items_code_key" UNIQUE("werkgroep_id","side","code")
);
--> statement-breakpoint
CREATE TABLE "curriculum_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkgroep_id" uuid NOT NULL,
	"vo_item_id" uuid NOT NULL,
	"mbo_item_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"decision" text,
	"owner_id" uuid,
	"hours_freed" integer DEFAULT 0 NOT NULL,
	"note" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "curriculum_pairs_key" UNIQUE("vo_item_id","mbo_item_id")
);
--> statement-breakpoint
CREATE TABLE "document_folders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkgroep_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_folders_name_key" UNIQUE NULLS NOT DISTINCT("werkgroep_id","parent_id","name")
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"author_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_versions_key" UNIQUE("document_id","version")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkgroep_id" uuid NOT NULL,
	"folder_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"content_text" text,
	"search" "tsvector",
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "draaiboek_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkgroep_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "draaiboek_versions_key" UNIQUE("werkgroep_id","version")
);
--> statement-breakpoint
CREATE TABLE "glossary_meanings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term_id" uuid NOT NULL,
	"school_id" uuid,
	"sector" text,
	"meaning" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"werkgroep_id" uuid,
	"term" text NOT NULL,
	"shared_meaning" text,
	"search" "tsvector",
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "werkgroep_members" (
	"werkgroep_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"school_id" uuid,
	"layer" text NOT NULL,
	"role" text DEFAULT 'LID' NOT NULL,
	"last_read_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "werkgroep_members_werkgroep_id_person_id_pk" PRIMARY KEY("werkgroep_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "werkgroep_post_reactions" (
	"post_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reaction" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "werkgroep_post_reactions_post_id_person_id_reaction_pk" PRIMARY KEY("post_id","person_id","reaction")
);
--> statement-breakpoint
CREATE TABLE "werkgroep_post_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"body" text NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_by_id" uuid,
	"change" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "werkgroep_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkgroep_id" uuid NOT NULL,
	"parent_id" uuid,
	"author_id" uuid,
	"body" text NOT NULL,
	"mention_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "werkgroepen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"sector" text,
	"visibility" text DEFAULT 'MEMBERS' NOT NULL,
	"cadence_days" integer,
	"cadence_note" text,
	"actielijn_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "werkgroepen_region_name_key" UNIQUE("region_id","name")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "werkgroep_id" uuid;--> statement-breakpoint
ALTER TABLE "curriculum_items" ADD CONSTRAINT "curriculum_items_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_items" ADD CONSTRAINT "curriculum_items_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_pairs" ADD CONSTRAINT "curriculum_pairs_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_pairs" ADD CONSTRAINT "curriculum_pairs_vo_item_id_curriculum_items_id_fk" FOREIGN KEY ("vo_item_id") REFERENCES "public"."curriculum_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_pairs" ADD CONSTRAINT "curriculum_pairs_mbo_item_id_curriculum_items_id_fk" FOREIGN KEY ("mbo_item_id") REFERENCES "public"."curriculum_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_pairs" ADD CONSTRAINT "curriculum_pairs_owner_id_persons_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_folders" ADD CONSTRAINT "document_folders_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_folders" ADD CONSTRAINT "document_folders_parent_id_document_folders_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."document_folders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_folder_id_document_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."document_folders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_persons_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draaiboek_versions" ADD CONSTRAINT "draaiboek_versions_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draaiboek_versions" ADD CONSTRAINT "draaiboek_versions_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_meanings" ADD CONSTRAINT "glossary_meanings_term_id_glossary_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_meanings" ADD CONSTRAINT "glossary_meanings_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_created_by_id_persons_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_members" ADD CONSTRAINT "werkgroep_members_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_members" ADD CONSTRAINT "werkgroep_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_members" ADD CONSTRAINT "werkgroep_members_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_post_reactions" ADD CONSTRAINT "werkgroep_post_reactions_post_id_werkgroep_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."werkgroep_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_post_reactions" ADD CONSTRAINT "werkgroep_post_reactions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_post_revisions" ADD CONSTRAINT "werkgroep_post_revisions_post_id_werkgroep_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."werkgroep_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_post_revisions" ADD CONSTRAINT "werkgroep_post_revisions_replaced_by_id_persons_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_posts" ADD CONSTRAINT "werkgroep_posts_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_posts" ADD CONSTRAINT "werkgroep_posts_parent_id_werkgroep_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."werkgroep_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_posts" ADD CONSTRAINT "werkgroep_posts_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroep_posts" ADD CONSTRAINT "werkgroep_posts_deleted_by_id_persons_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "werkgroepen" ADD CONSTRAINT "werkgroepen_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "curriculum_items_group_idx" ON "curriculum_items" USING btree ("werkgroep_id");--> statement-breakpoint
CREATE INDEX "curriculum_pairs_group_idx" ON "curriculum_pairs" USING btree ("werkgroep_id");--> statement-breakpoint
CREATE INDEX "document_versions_sha_idx" ON "document_versions" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "documents_group_idx" ON "documents" USING btree ("werkgroep_id");--> statement-breakpoint
CREATE INDEX "documents_search_idx" ON "documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "glossary_meanings_term_idx" ON "glossary_meanings" USING btree ("term_id");--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_terms_key" ON "glossary_terms" USING btree ("region_id",lower("term"));--> statement-breakpoint
CREATE INDEX "glossary_terms_search_idx" ON "glossary_terms" USING gin ("search");--> statement-breakpoint
CREATE INDEX "werkgroep_members_person_idx" ON "werkgroep_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "werkgroep_post_revisions_post_idx" ON "werkgroep_post_revisions" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "werkgroep_posts_group_idx" ON "werkgroep_posts" USING btree ("werkgroep_id","created_at");--> statement-breakpoint
CREATE INDEX "werkgroep_posts_parent_idx" ON "werkgroep_posts" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "werkgroepen_region_idx" ON "werkgroepen" USING btree ("region_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE set null ON UPDATE no action;