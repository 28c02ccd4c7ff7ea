CREATE TABLE "ahp_judgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"parent_node_id" uuid,
	"author_id" uuid NOT NULL,
	"matrix" jsonb NOT NULL,
	"item_ids" jsonb NOT NULL,
	"ri_table" text DEFAULT 'saaty1980' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ahp_judgements_author_uq" UNIQUE NULLS NOT DISTINCT("set_id","parent_node_id","author_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"node_id" uuid,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_nodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"set_id" uuid NOT NULL,
	"parent_id" uuid,
	"seq" integer NOT NULL,
	"code" text NOT NULL,
	"level" integer NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"checkpoints" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_points" double precision NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"evidence_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rule" jsonb,
	"dimension" text,
	"weighting" jsonb,
	"lineage_set_id" uuid,
	"lineage_node_id" uuid
);
--> statement-breakpoint
CREATE TABLE "indicator_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"region_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"category" text,
	"full_mark" double precision NOT NULL,
	"bonus_cap" double precision,
	"status" text DEFAULT 'draft' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"derived_from_set_id" uuid,
	"weighting" jsonb,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_sets_series_edition_uq" UNIQUE("series_id","edition")
);
--> statement-breakpoint
ALTER TABLE "ahp_judgements" ADD CONSTRAINT "ahp_judgements_set_id_indicator_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."indicator_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ahp_judgements" ADD CONSTRAINT "ahp_judgements_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_comments" ADD CONSTRAINT "indicator_comments_set_id_indicator_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."indicator_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_comments" ADD CONSTRAINT "indicator_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_nodes" ADD CONSTRAINT "indicator_nodes_set_id_indicator_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."indicator_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_sets" ADD CONSTRAINT "indicator_sets_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_sets" ADD CONSTRAINT "indicator_sets_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_sets" ADD CONSTRAINT "indicator_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_comments_set_idx" ON "indicator_comments" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "indicator_nodes_set_idx" ON "indicator_nodes" USING btree ("set_id");