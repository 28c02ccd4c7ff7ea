CREATE TABLE "workload_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text,
	"name" text NOT NULL,
	"unit_label" text,
	"description" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workload_measures_category_name_uq" UNIQUE NULLS NOT DISTINCT("category","name")
);
--> statement-breakpoint
ALTER TABLE "warning_settings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;