CREATE TABLE "campaign_score_runs" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"job_id" uuid,
	"stale" boolean DEFAULT false NOT NULL,
	"stamp" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_scores" (
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"total" double precision NOT NULL,
	"grade" text NOT NULL,
	"veto" text,
	"rank" integer NOT NULL,
	"category_rank" integer NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_scores_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_score_runs" ADD CONSTRAINT "campaign_score_runs_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_scores" ADD CONSTRAINT "campaign_scores_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_scores" ADD CONSTRAINT "campaign_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_scores_unit_idx" ON "campaign_scores" USING btree ("unit_id");