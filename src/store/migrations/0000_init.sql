CREATE TABLE "daily_counts" (
	"guild_id" text NOT NULL,
	"day" date NOT NULL,
	"outcome" text NOT NULL,
	"fact_id" text DEFAULT '' NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_counts_guild_id_day_outcome_fact_id_pk" PRIMARY KEY("guild_id","day","outcome","fact_id")
);
--> statement-breakpoint
CREATE TABLE "guild_settings" (
	"guild_id" text PRIMARY KEY NOT NULL,
	"reply_visibility" text,
	"summary_channel_id" text,
	"cooldown_public_seconds" integer,
	"cooldown_summary_seconds" integer,
	"language" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"guild_id" text NOT NULL,
	"reason" text NOT NULL,
	"question" text NOT NULL,
	"fact_id" text,
	"note" text,
	"status" text DEFAULT 'open' NOT NULL,
	"answered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"guild_id" text NOT NULL,
	"answer_ref" text NOT NULL,
	"fact_id" text NOT NULL,
	"vote" text NOT NULL,
	"voter_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "queue_entries_guild_status" ON "queue_entries" USING btree ("guild_id","status","created_at");--> statement-breakpoint
CREATE INDEX "queue_entries_created" ON "queue_entries" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "votes_one_per_voter" ON "votes" USING btree ("answer_ref","voter_hash");--> statement-breakpoint
CREATE INDEX "votes_guild_created" ON "votes" USING btree ("guild_id","created_at");